import { problem } from '../model/problem.js';
import type { ArticleRule } from './types.js';

// A determiner or possessive right before the cue makes it a noun ("his claim", "the attacks").
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|such|any|no)|['\u2019]s?)\s+$/iu;

/**
 * `loaded-attribution-verb`: a quote attributed with a verb that judges the speaker ("claimed",
 * "admitted", "insisted") rather than reports them. AP style and the Reuters handbook prefer
 * "said"; the verb's class comes from the cue lexicon the quote extractor uses.
 */
export const loadedAttributionVerb: ArticleRule = {
  id: 'loaded-attribution-verb',
  check({ article, input }) {
    // Quotes sharing one cue ("X and Y, she claimed") are reported once.
    const seen = new Set<number>();
    return article.quotes.flatMap((quote) => {
      const cue = quote.cue;
      if (!cue || cue.class !== 'loaded' || seen.has(cue.span.start)) return [];
      // A noun of saying ("his claim that …", "the attacks on …") is no attribution verb.
      if (NOUN_BEFORE.test(input.slice(Math.max(0, cue.span.start - 40), cue.span.start))) return [];
      seen.add(cue.span.start);
      return [{ ...problem(this.id, cue.span, cue.text), actual: cue.text, expected: ['said'] }];
    });
  },
};
