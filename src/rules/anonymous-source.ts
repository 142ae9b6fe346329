import { ANONYMITY_REASON, ANONYMITY_STATED, NOT_AUTHORIZED } from '../lexicon/sources.js';
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
 * The sentences that may explain a source's anonymity: those of the paragraph the speaker is in,
 * and of the paragraph after it ("The official spoke on condition of anonymity because …").
 */
function nearbySentences(article: Article, span: Span): string[] {
  const paragraphs = article.sections.flatMap((section) => section.paragraphs);
  const at = paragraphs.findIndex((paragraph) => paragraph.span.start <= span.start && span.start < paragraph.span.end);
  if (at < 0) return [];
  return paragraphs.slice(at, at + 2).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text));
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
  severity: 'warn',
  check({ article }) {
    return article.quotes.flatMap((quote) =>
      quote.speaker?.anonymous && !nearbySentences(article, quote.speaker.span).some(givesReason)
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
