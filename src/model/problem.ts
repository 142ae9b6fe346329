import type { Span } from '../schema/span.js';

/**
 * A problem found in the content, as data. The parser turns each into a `VFileMessage` with a
 * line and column; extractors only say what and where.
 */
export interface Problem {
  /** Permanent kebab-case id, such as `unbalanced-quote-mark`. */
  ruleId: string;
  /** Human message: "Unexpected X, expected Y". No position inside. */
  reason: string;
  /** Where in the input. */
  span: Span;
  /** True for errors, false for warnings. */
  fatal: boolean;
  actual?: string;
  expected?: string[];
}
