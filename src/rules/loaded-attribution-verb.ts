import type { ArticleRule } from './types.js';

/**
 * `loaded-attribution-verb`: a quote attributed with a verb that judges the speaker ("claimed",
 * "admitted", "insisted") rather than reports them. AP style and the Reuters handbook prefer
 * "said"; the verb's class comes from the cue lexicon the quote extractor uses.
 */
export const loadedAttributionVerb: ArticleRule = {
  id: 'loaded-attribution-verb',
  severity: 'warn',
  check({ article }) {
    // Quotes sharing one cue ("X and Y, she claimed") are reported once.
    const seen = new Set<number>();
    return article.quotes.flatMap((quote) => {
      const cue = quote.cue;
      if (!cue || cue.class !== 'loaded' || seen.has(cue.span.start)) return [];
      seen.add(cue.span.start);
      return [
        {
          ruleId: this.id,
          reason: `Unexpected loaded attribution verb \`${cue.text}\`, expected a neutral one such as \`said\``,
          span: cue.span,
          fatal: false,
          actual: cue.text,
          expected: ['said'],
        },
      ];
    });
  },
};
