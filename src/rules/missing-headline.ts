import { problem } from '../model/problem.js';
import type { ArticleRule } from './types.js';

/**
 * `missing-headline`: neither the front matter nor the text gives a headline. Every outlet's
 * article has one, and feeds, `NewsArticle.headline` and ninjs `headlines` need it. A warning
 * by default, since wire copy and pasted body text often come without one; a site whose
 * articles all have front matter sets it to `error`.
 */
export const missingHeadline: ArticleRule = {
  id: 'missing-headline',
  check({ article }) {
    if (article.meta.headline !== null) return [];
    // Point at where a headline would stand: before the first paragraph.
    const first = article.sections[0]?.paragraphs[0]?.span.start ?? 0;
    return [problem(this.id, { start: first, end: first })];
  },
};
