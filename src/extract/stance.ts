import { MAX_STANCE_WORDS, STANCE_BY_PHRASE } from '../lexicon/stance.js';
import type { DocumentModel } from '../model/document.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import type { StanceHolder, StanceMarker } from '../schema/stance.js';

function holderAt(span: Span, quotes: readonly Quote[]): StanceHolder {
  for (const quote of quotes) {
    if (quote.kind !== 'direct') continue;
    const pieces = quote.content.parts?.map((part) => part.span) ?? [quote.content.span];
    if (pieces.some((piece) => span.start >= piece.start && span.end <= piece.end)) {
      return { kind: 'speaker', quoteId: quote.id, entityId: quote.speaker?.entityId ?? null };
    }
  }
  return { kind: 'author' };
}

/**
 * Stance markers (Hyland 2005): hedges, boosters, attitude markers, self-mention and engagement,
 * matched longest phrase first over each sentence's tokens. A marker inside a direct quote is
 * held by the quote's speaker; any other by the author. A capitalised word inside a sentence
 * is a name, not a marker ("May", "Hope").
 *
 * @param document The document model.
 * @param quotes The article's quotes, for holders.
 * @returns The markers in reading order, ids `m1`….
 */
export function extractStance(document: DocumentModel, quotes: readonly Quote[]): StanceMarker[] {
  const { tokens, input } = document;
  const markers: StanceMarker[] = [];
  for (const sentence of document.sentences) {
    const [first, end] = sentence.tokens;
    for (let index = first; index < end; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word' && token.kind !== 'clitic') continue;
      if (token.cap && index !== first && tokens[index - 1]?.kind !== 'quote') continue;
      let phrase = '';
      let match: { entry: NonNullable<ReturnType<typeof STANCE_BY_PHRASE.get>>; end: number } | undefined;
      for (let at = index; at < Math.min(end, index + MAX_STANCE_WORDS); at++) {
        phrase = at === index ? tokens[at]!.lower : `${phrase}${tokens[at]!.kind === 'clitic' ? '' : ' '}${tokens[at]!.lower}`;
        const entry = STANCE_BY_PHRASE.get(phrase);
        if (entry) match = { entry, end: at + 1 };
      }
      if (!match) continue;
      const span = { start: token.start, end: tokens[match.end - 1]!.end };
      markers.push({
        id: `m${markers.length + 1}`,
        kind: match.entry.kind,
        text: input.slice(span.start, span.end),
        lemma: match.entry.lemma,
        span,
        holder: holderAt(span, quotes),
      });
      index = match.end - 1;
    }
  }
  return markers;
}
