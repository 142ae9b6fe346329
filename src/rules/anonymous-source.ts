import { phraseAt, phraseIndex, type PhraseIndex } from '../lexicon/phrase-index.js';
import { ANONYMITY_REASON, ANONYMITY_STATED, NOT_AUTHORIZED } from '../lexicon/sources.js';
import type { DocumentModel } from '../model/document.js';
import { lastAtOrBefore } from '../model/search.js';
import { problem } from '../model/problem.js';
import type { TokenStore } from '../model/tokenize.js';
import type { Span } from '../schema/span.js';
import type { ArticleRule } from './types.js';

type Phrases = PhraseIndex<{ words: readonly string[] }>;
const index = (phrases: readonly (readonly string[])[]): Phrases => phraseIndex(phrases.map((words) => ({ words })));
const STATED = index(ANONYMITY_STATED);
const REASON = index(ANONYMITY_REASON);
const NOT_ALLOWED = index(NOT_AUTHORIZED);

/** Where a phrase starting at token `at` ends (by `end`), or -1; with `open`, its last word may open a longer word. */
function phraseEnd(phrases: Phrases, wordAt: (position: number) => string | undefined, at: number, end: number, open: boolean): number {
  return phraseAt(phrases, at, end, wordAt, open)?.end ?? -1;
}

/**
 * Whether the sentence of tokens `[from, end)` says why a source is not named: it was not
 * allowed to speak, or its anonymity is stated with a reason after it in the same clause.
 */
function givesReason(tokens: TokenStore, from: number, end: number): boolean {
  // One reader of words for the sentence, not one a token.
  const wordAt = (position: number) => tokens.lowerAt(position);
  let stated = -1;
  for (let at = from; at < end; at++) {
    if (phraseEnd(NOT_ALLOWED, wordAt, at, end, true) !== -1) return true;
    if (stated === -1) stated = phraseEnd(STATED, wordAt, at, end, true);
  }
  // The reason follows the first statement of anonymity, before a full stop or semicolon.
  for (let at = stated; stated !== -1 && at < end; at++) {
    const text = tokens.text(at);
    if (text.includes('.') || text.includes(';')) return false;
    if (phraseEnd(REASON, wordAt, at, end, false) !== -1) return true;
  }
  return false;
}

/**
 * Whether the paragraph a speaker is in, or the one after it, says why the source is not named
 * ("The official spoke on condition of anonymity because …"). Each paragraph is read once,
 * however many anonymous speakers it holds.
 */
function explainsAnonymity(document: DocumentModel): (span: Span) => boolean {
  const { tokens, sentences } = document;
  const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph');
  const reasons = new Map<number, boolean>();
  const gives = (index: number): boolean => {
    let found = reasons.get(index);
    if (found === undefined) {
      found = false;
      const paragraph = paragraphs[index];
      for (let at = paragraph?.sentences[0] ?? 0; paragraph && at < paragraph.sentences[1] && !found; at++) found = givesReason(tokens, ...sentences[at]!.tokens);
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
 * extractor; the reasons are read from the document model's tokens.
 */
export const anonymousSource: ArticleRule = {
  id: 'anonymous-source',
  check({ article, document }) {
    const explained = explainsAnonymity(document);
    return article.quotes.flatMap((quote) =>
      quote.speaker?.anonymous && !explained(quote.speaker.span)
        ? [{ ...problem(this.id, quote.speaker.span, quote.speaker.text), actual: quote.speaker.text }]
        : [],
    );
  },
};
