import { ANONYMITY_REASON, ANONYMITY_STATED, NOT_AUTHORIZED } from '../lexicon/sources.js';
import { lastAtOrBefore } from '../model/search.js';
import { problem } from '../model/problem.js';
import type { Article } from '../schema/article.js';
import type { Span } from '../schema/span.js';
import type { ArticleRule } from './types.js';

/** Whether a sentence says why a source is not named. */
function givesReason(sentence: string): boolean {
  if (NOT_AUTHORIZED.test(sentence)) return true;
  const stated = ANONYMITY_STATED.exec(sentence);
  return stated !== null && ANONYMITY_REASON.test(sentence.slice(stated.index + stated[0].length));
}

/**
 * Whether the paragraph a speaker is in, or the one after it, says why the source is not named
 * ("The official spoke on condition of anonymity because …"). Each paragraph is read once,
 * however many anonymous speakers it holds.
 */
function explainsAnonymity(article: Article): (span: Span) => boolean {
  const paragraphs = article.sections.flatMap((section) => section.paragraphs);
  const reasons = new Map<number, boolean>();
  const gives = (index: number): boolean => {
    let found = reasons.get(index);
    if (found === undefined) {
      found = paragraphs[index]?.sentences.some((sentence) => givesReason(sentence.text)) ?? false;
      reasons.set(index, found);
    }
    return found;
  };
  return (span) => {
    const at = lastAtOrBefore(paragraphs, span.start, (paragraph) => paragraph.span.start);
    if (at < 0 || span.start >= paragraphs[at]!.span.end) return false;
    return gives(at) || gives(at + 1);
  };
}

/**
 * `anonymous-source`: a quote whose speaker is unnamed ("officials said", "a source said") and
 * whose anonymity is not explained. Style guides (AP, Reuters Handbook of Journalism) ask for
 * anonymity to be the exception and explained, so an editor should see each one; a reason in the
 * speaker's paragraph or the next ("spoke on condition of anonymity because …", "not authorized
 * to speak publicly") satisfies the rule. The speaker's `anonymous` flag comes from the quote
 * extractor.
 */
export const anonymousSource: ArticleRule = {
  id: 'anonymous-source',
  check({ article }) {
    const explained = explainsAnonymity(article);
    return article.quotes.flatMap((quote) =>
      quote.speaker?.anonymous && !explained(quote.speaker.span)
        ? [{ ...problem(this.id, quote.speaker.span, quote.speaker.text), actual: quote.speaker.text }]
        : [],
    );
  },
};
