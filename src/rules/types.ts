import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import type { Article } from '../schema/article.js';
import type { RuleId } from './registry.js';

/** How a rule's messages count: not at all, as warnings, or as errors that fail a check. */
export type Severity = 'off' | 'warn' | 'error';

/** What a rule reads: the article and the document model it was built from (never the text again). */
export interface RuleContext {
  article: Article;
  document: DocumentModel;
}

/** A rule that checks a built article; its default severity and message are in the registry. */
export interface ArticleRule {
  id: RuleId;
  check: (context: RuleContext) => Problem[];
}
