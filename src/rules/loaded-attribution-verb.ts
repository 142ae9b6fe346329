import { cueWordClass } from '../extract/cue-class.js';
import { problem } from '../model/problem.js';
import type { ArticleRule } from './types.js';

/**
 * `loaded-attribution-verb`: a quote attributed with a verb that judges the speaker ("claimed",
 * "admitted", "insisted") rather than reports them. AP style and the Reuters handbook prefer
 * "said"; the verb's class comes from the cue lexicon the quote extractor uses, and whether the
 * cue is a verb at all from the word class the stance extractor reads too.
 */
export const loadedAttributionVerb: ArticleRule = {
  id: 'loaded-attribution-verb',
  check({ article, document }) {
    // Quotes sharing one cue ("X and Y, she claimed") are reported once.
    const seen = new Set<number>();
    return article.quotes.flatMap((quote) => {
      const cue = quote.cue;
      if (!cue || cue.class !== 'loaded' || seen.has(cue.span.start)) return [];
      // A noun of saying ("his claim that …", "the attacks on …") is no attribution verb.
      if (cueWordClass(document, cue.span) === 'noun') return [];
      seen.add(cue.span.start);
      return [{ ...problem(this.id, cue.span, cue.text), actual: cue.text, expected: ['said'] }];
    });
  },
};
