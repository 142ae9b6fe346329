import { problem } from '../model/problem.js';
import type { ArticleRule } from './types.js';

/**
 * `empty-section`: a heading with no paragraph under it, usually a draft's placeholder or text
 * lost in an edit.
 */
export const emptySection: ArticleRule = {
  id: 'empty-section',
  check({ article }) {
    return article.sections.flatMap((section) =>
      section.heading && section.paragraphs.length === 0
        ? [{ ...problem(this.id, section.heading.span, section.heading.text), actual: section.heading.text }]
        : [],
    );
  },
};
