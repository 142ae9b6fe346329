import type { ArticleRule } from './types.js';

/**
 * `empty-section`: a heading with no paragraph under it, usually a draft's placeholder or text
 * lost in an edit.
 */
export const emptySection: ArticleRule = {
  id: 'empty-section',
  severity: 'warn',
  check({ article }) {
    return article.sections.flatMap((section) =>
      section.heading && section.paragraphs.length === 0
        ? [
            {
              ruleId: this.id,
              reason: `Unexpected empty section \`${section.heading.text}\`, expected paragraphs under its heading`,
              span: section.heading.span,
              fatal: false,
              actual: section.heading.text,
            },
          ]
        : [],
    );
  },
};
