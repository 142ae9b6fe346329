import type { Article, ArticleSchema } from '../src/index.js';

/** Paths of objects with `text` and `span` whose span does not slice back to the text. */
export function spanViolations(input: string, value: unknown, where?: string): string[];
/** Blocks of text separated by blank lines. */
export function blankLineBlocks(input: string): string[];
/** The invariants of an article in the corpus shape; empty when every one holds. */
export function checkArticle(
  lib: { parseArticle: (input: string) => Article; ArticleSchema: typeof ArticleSchema },
  input: string,
  options?: { paragraphs?: boolean },
): string[];
