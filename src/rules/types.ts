import type { Problem } from '../model/problem.js';
import type { Article } from '../schema/article.js';

/** How a rule's messages count: not at all, as warnings, or as errors that fail a check. */
export type Severity = 'off' | 'warn' | 'error';

/** What a rule reads: the article and the text it came from. */
export interface RuleContext {
  article: Article;
  input: string;
}

/** A rule that checks a built article. Its problems carry its id and its default severity. */
export interface ArticleRule {
  id: string;
  severity: Exclude<Severity, 'off'>;
  check: (context: RuleContext) => Problem[];
}
