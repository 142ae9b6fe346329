import type { ArticleRule } from './types.js';

/**
 * `anonymous-source`: a quote whose speaker is unnamed ("officials said", "a source said").
 * Style guides (AP, Reuters Handbook of Journalism) ask for anonymity to be the exception and
 * explained, so an editor should see each one. The speaker's `anonymous` flag comes from the
 * quote extractor.
 */
export const anonymousSource: ArticleRule = {
  id: 'anonymous-source',
  severity: 'warn',
  check({ article }) {
    return article.quotes.flatMap((quote) =>
      quote.speaker?.anonymous
        ? [
            {
              ruleId: this.id,
              reason: `Unexpected anonymous source \`${quote.speaker.text}\`, expected a named speaker or a reason for anonymity`,
              span: quote.speaker.span,
              fatal: false,
              actual: quote.speaker.text,
            },
          ]
        : [],
    );
  },
};
