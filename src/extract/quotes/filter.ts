// The quote filter's features of the rules' quotes (src/learn/attribution-filter.ts; the
// tagger's quotes get theirs from the linker, ./learned.ts). Read off the finished quote: its
// cue, its speaker and where each lies, its content, all as hashed ids joined with the quote's
// origin, so each kind of rule quote weighs its facts apart.
import type { AttributionContext } from '../../learn/attribution-features.js';
import { filterFeature } from '../../learn/attribution-filter.js';
import { hashMix } from '../../learn/hash.js';
import { FUNCTION_WORDS, PRONOUNS } from '../../lexicon/function-words.js';
import type { DocumentModel } from '../../model/document.js';
import { lastAtOrBefore } from '../../model/search.js';
import type { Quote } from '../../schema/quote.js';
import type { Span } from '../../schema/span.js';

/** Where a quote came from, for the filter: the tagger, or a rule and the kind of quote it found. */
export const ORIGIN_TAGGER = 0;
export const ORIGIN_DIRECT = 1;
export const ORIGIN_MIXED = 2;
export const ORIGIN_INDIRECT = 3;
/** A quotation with no cue of its own: a floating one given the last speaker, a transcript line. */
export const ORIGIN_UNCUED = 4;

/**
 * The origin of a rule quote.
 *
 * @param quote A quote the rules found.
 * @returns Its `ORIGIN_*` code.
 */
export function ruleOrigin(quote: Omit<Quote, 'id'>): number {
  if (!quote.cue) return ORIGIN_UNCUED;
  return quote.kind === 'direct' ? ORIGIN_DIRECT : quote.kind === 'mixed' ? ORIGIN_MIXED : ORIGIN_INDIRECT;
}

/** A bucket for a count: 0, 1, 2, 3-4, 5-8, 9-16, more. */
export function countBucket(count: number): number {
  return count <= 2 ? count : count <= 4 ? 3 : count <= 8 ? 4 : count <= 16 ? 5 : 6;
}

/** The token range `[from, to)` of a span. */
function tokenRange(document: DocumentModel, span: Span): [number, number] {
  const { tokens } = document;
  const from = Math.max(0, lastAtOrBefore(tokens, span.start, (token) => token.start));
  let to = from;
  while (to < tokens.length && tokens[to]!.start < span.end) to++;
  return [from, Math.max(to, from + 1)];
}

// Templates, apart from the linker's (1-23).
const R_BIAS = 40;
const R_CUE_CLASS = 41;
const R_CUE_LEMMA = 42;
const R_CUE_WORD = 43;
const R_BEFORE_CUE = 44;
const R_AFTER_CUE = 45;
const R_SPEAKER_KIND = 46;
const R_SPEAKER_HEAD = 47;
const R_SPEAKER_PLACE = 48;
const R_SPEAKER_LENGTH = 49;
const R_CONTENT = 50;
const R_CONTENT_PLACE = 51;
const R_CUE_PLACE = 52;
const R_BLOCK = 53;
const R_CLASS_KIND = 54;
const R_LEMMA_KIND = 55;
const R_SPEAKER_QUOTED = 56;
const R_SPEAKER_FIRST = 57;
const R_VIA = 58;

/**
 * The filter's features of a rule quote.
 *
 * @param document The document model.
 * @param context The attribution context (cue classes, mentions, quote marks, places).
 * @param quote The quote.
 * @param origin Its origin (`ruleOrigin`).
 * @param quoted Per token, 1 when it lies in some quote's content.
 * @returns Feature ids.
 */
export function ruleQuoteFeatures(document: DocumentModel, context: AttributionContext, quote: Omit<Quote, 'id'>, origin: number, quoted: Uint8Array): number[] {
  const { tokens } = document;
  const { lower } = context.words;
  const parts = (quote.content.parts ?? [quote.content]).map((part) => tokenRange(document, part.span));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  let words = 0;
  for (const [from, to] of parts) for (let at = from; at < to; at++) if (tokens[at]!.kind === 'word') words++;
  const out: number[] = [];
  const add = (template: number, value: number, other = 0): void => {
    const id = filterFeature(template, value, other);
    out.push(id, hashMix(id, 0x5eed + origin));
  };
  add(R_BIAS, 0);
  add(R_CONTENT, countBucket(words) * 8 + Math.min(parts.length, 4));
  add(R_BLOCK, context.block[first[0]]!);
  add(R_VIA, quote.via ? 1 : 0);
  let cueHead = -1;
  if (quote.cue) {
    const [from, to] = tokenRange(document, quote.cue.span);
    cueHead = from;
    for (let at = from; at < to; at++) {
      if (context.cue[at]) {
        cueHead = at;
        break;
      }
    }
    const sentence = tokens[cueHead]!.sentence;
    const cueClass = context.cue[cueHead]!;
    add(R_CUE_CLASS, cueClass);
    add(R_CUE_LEMMA, context.lemma[cueHead] || lower[cueHead]!);
    add(R_CUE_WORD, lower[cueHead]!);
    add(R_BEFORE_CUE, from > 0 && tokens[from - 1]!.sentence === sentence ? lower[from - 1]! : 0);
    add(R_AFTER_CUE, to < tokens.length && tokens[to]!.sentence === sentence ? lower[to]! : 0);
    add(R_CUE_PLACE, context.place[cueHead]!);
    const side = first[0] >= to ? 1 : last[1] <= from ? 2 : 3;
    add(R_CONTENT_PLACE, side * 16 + countBucket(side === 1 ? first[0] - to : side === 2 ? from - last[1] : 0));
  }
  let speakerKind = 0;
  if (quote.speaker) {
    const [from, to] = tokenRange(document, quote.speaker.span);
    const head = tokens[to - 1]!;
    speakerKind = context.mention[to - 1]! || (FUNCTION_WORDS.has(head.lower) ? (PRONOUNS[head.lower] ? 8 : 9) : head.cap ? 10 : 11);
    add(R_SPEAKER_HEAD, lower[to - 1]!);
    add(R_SPEAKER_LENGTH, countBucket(to - from));
    add(R_SPEAKER_QUOTED, (context.quote[from]! & 1) * 2 + quoted[from]! + (quote.speaker.entityId ? 4 : 0) + (quote.speaker.anonymous ? 8 : 0));
    const sentence = document.sentences[tokens[from]!.sentence];
    add(R_SPEAKER_FIRST, sentence && from === sentence.tokens[0] ? 1 : 2);
    if (cueHead >= 0) {
      const gap = from > cueHead ? from - cueHead : cueHead >= to ? cueHead - to : 0;
      add(R_SPEAKER_PLACE, (from > cueHead ? 1 : 2) * 16 + countBucket(gap) * 2 + (tokens[from]!.sentence === tokens[cueHead]!.sentence ? 0 : 1));
    } else {
      // With no cue, where the speaker lies from the content: how far back a floating quote reached.
      add(R_SPEAKER_PLACE, 64 + (tokens[from]!.sentence === tokens[first[0]]!.sentence ? 0 : 1) + (tokens[from]!.start < tokens[first[0]]!.start ? 2 : 0));
    }
  }
  add(R_SPEAKER_KIND, speakerKind);
  if (cueHead >= 0) {
    add(R_CLASS_KIND, context.cue[cueHead]!, speakerKind);
    add(R_LEMMA_KIND, context.lemma[cueHead] || lower[cueHead]!, speakerKind);
  }
  return out;
}

/**
 * Per token, 1 when it lies in the content of one of the quotes.
 *
 * @param document The document model.
 * @param quotes The quotes.
 * @returns The marks.
 */
export function quotedTokens(document: DocumentModel, quotes: readonly Omit<Quote, 'id'>[]): Uint8Array {
  const marks = new Uint8Array(document.tokens.length);
  for (const quote of quotes) {
    for (const part of quote.content.parts ?? [quote.content]) {
      const [from, to] = tokenRange(document, part.span);
      marks.fill(1, from, to);
    }
  }
  return marks;
}
