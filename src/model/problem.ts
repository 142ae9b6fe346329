import { type ReasonArgs, type RuleId, ruleReason } from '../rules/registry.js';
import type { Span } from '../schema/span.js';

/**
 * A problem found in the content, as data. The parser turns each into a `VFileMessage` with a
 * line and column, and the severity its rule has by default or by config; extractors only say
 * what and where.
 */
export interface Problem {
  /** The rule, such as `unbalanced-quote-mark`. */
  ruleId: RuleId;
  /** Human message: "Unexpected X, expected Y". No position inside. */
  reason: string;
  /** Where in the input. */
  span: Span;
  actual?: string;
  expected?: string[];
}

/**
 * A problem of a rule at a span, with the rule's message.
 *
 * @param id The rule.
 * @param span Where in the input.
 * @param args What the rule's message names.
 * @returns The problem; add `actual` and `expected` where they help.
 */
export function problem<Id extends RuleId>(id: Id, span: Span, ...args: ReasonArgs<Id>): Problem {
  return { ruleId: id, reason: ruleReason(id, ...args), span };
}
