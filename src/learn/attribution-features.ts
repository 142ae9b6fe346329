// Features of the attribution tagger. Word features come from the entity tagger's pass over
// the document (./ner-features: one pass a document, shared); this module adds what tells
// a cue, its source and its content apart: quote marks around a token, entity mentions, cue
// words from the project's lexicon, and how far the nearest cue word lies to either side.
import { ACCORDING_TO, CLAIM_NOUNS, CUE_NOUNS, CUE_VERBS } from '../lexicon/cues.js';
import type { DocumentModel } from '../model/document.js';
import { hashMix, hashString } from './hash.js';
import type { DocumentFeatures } from './ner-features.js';

/** The span types of the attribution tagger. */
export const ATTRIBUTION_TYPES = ['CUE', 'SOURCE', 'CONTENT'] as const;

/** Mention codes a caller gives per token (0: none). */
export const MENTION_NONE = 0;
export const MENTION_PERSON = 1;
export const MENTION_ORGANIZATION = 2;
export const MENTION_OTHER_NAME = 3;
export const MENTION_PRONOUN = 4;
export const MENTION_DESCRIPTION = 5;

// Templates, in the attribution model's own table.
const T_QUOTE = 101;
const T_QUOTE_CUE = 102;
const T_MENTION = 103;
const T_MENTION_AROUND = 104;
const T_CUE = 105;
const T_LEFT = 106;
const T_LEFT_LEMMA = 107;
const T_RIGHT = 108;
const T_RIGHT_LEMMA = 109;
const T_SENTENCE = 110;
const T_LEFT_QUOTE = 111;
const T_COMMAS = 112;
const T_SELF_LEFT = 113;
const T_PAIR = 114;

// Cue classes of a word.
const CUE_VERB = 1;
const CUE_NOUN = 2;
const CLAIM_NOUN = 3;
const ACCORDING = 4;

let cueWords: Map<string, { cls: number; lemma: number }> | undefined;

/** Word to cue class and lemma hash: every inflected form of every cue verb, cue and claim nouns, "according". */
function cueLexicon(): Map<string, { cls: number; lemma: number }> {
  if (cueWords) return cueWords;
  const map = new Map<string, { cls: number; lemma: number }>();
  for (const noun of CUE_NOUNS) if (!noun.includes(' ')) map.set(noun, { cls: CUE_NOUN, lemma: hashString(noun) });
  for (const noun of CLAIM_NOUNS) if (!map.has(noun)) map.set(noun, { cls: CLAIM_NOUN, lemma: hashString(noun) });
  for (const verb of CUE_VERBS) {
    const lemma = hashString(verb.lemma);
    for (const form of verb.forms) {
      const first = form.split(' ')[0]!;
      if (!map.has(first) || map.get(first)!.cls !== CUE_VERB) map.set(first, { cls: CUE_VERB, lemma });
    }
  }
  for (const phrase of ACCORDING_TO) map.set(phrase.split(' ')[0]!, { cls: ACCORDING, lemma: hashString(phrase) });
  cueWords = map;
  return map;
}

/** Distance buckets: 1, 2, 3, 4-6, 7-10, 11-20, more. */
function bucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 10) return 5;
  if (distance <= 20) return 6;
  return 7;
}

/** Per-token facts the attribution features read, found once per document. */
export interface AttributionContext {
  /** Quote state: 1 inside double quote marks, plus 2 on an opening mark, 4 on a closing one. */
  quote: Uint8Array;
  /** Mention code (`MENTION_*`). */
  mention: Uint8Array;
  /** Cue class of the word (0 none). */
  cue: Uint8Array;
  /** Cue lemma hash of the word (0 none). */
  lemma: Uint32Array;
  /** Nearest cue word before, in the block: its token index, or -1. */
  left: Int32Array;
  /** Nearest cue word after, in the block, or -1. */
  right: Int32Array;
  /** Commas since the nearest cue word before (capped at 3). */
  commas: Uint8Array;
  /** Token index in its sentence (capped) and tokens to its end (capped), packed. */
  place: Uint8Array;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u00ab', '\u201e']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);

/**
 * Find the per-token facts of a document's attribution features.
 *
 * @param document The document model.
 * @param mentions Mention code per token (`MENTION_*`), as the caller reads its entity index.
 * @returns The context.
 */
export function attributionContext(document: DocumentModel, mentions: Uint8Array): AttributionContext {
  const { tokens, input } = document;
  const n = tokens.length;
  const lexicon = cueLexicon();
  const quote = new Uint8Array(n);
  const cue = new Uint8Array(n);
  const lemma = new Uint32Array(n);
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const commas = new Uint8Array(n);
  const place = new Uint8Array(n);
  for (let at = 0; at < n; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    const entry = lexicon.get(token.lower);
    if (entry) {
      cue[at] = entry.cls;
      lemma[at] = entry.lemma;
    }
  }
  for (const block of document.blocks) {
    const [first, end] = block.tokens;
    let inside = 0;
    let lastCue = -1;
    let commaCount = 0;
    for (let at = first; at < end; at++) {
      const token = tokens[at]!;
      let state = inside;
      if (token.kind === 'quote' && token.text !== "'" && token.text !== '\u2018' && token.text !== '\u2019') {
        let opening: boolean;
        if (DOUBLE_OPEN.has(token.text)) opening = true;
        else if (DOUBLE_CLOSE.has(token.text)) opening = false;
        else {
          const before = input[token.start - 1];
          opening = inside === 0 && (before === undefined || /[\s([\u2014\u2013-]/u.test(before));
          if (inside === 0 && !opening) opening = true;
        }
        if (opening) {
          inside = 1;
          state = 2;
        } else {
          inside = 0;
          state = 1 | 4;
        }
      }
      quote[at] = state;
      left[at] = lastCue;
      if (token.text === ',') commaCount++;
      commas[at] = Math.min(commaCount, 3);
      if (cue[at]) {
        lastCue = at;
        commaCount = 0;
      }
    }
    let nextCue = -1;
    for (let at = end - 1; at >= first; at--) {
      right[at] = nextCue;
      if (cue[at]) nextCue = at;
    }
  }
  for (const sentence of document.sentences) {
    const [first, end] = sentence.tokens;
    for (let at = first; at < end; at++) place[at] = Math.min(at - first, 7) * 8 + Math.min(end - 1 - at, 7);
  }
  return { quote, mention: mentions, cue, lemma, left, right, commas, place };
}

/** How many ids {@link attributionFeatures} writes. */
export const ATTRIBUTION_FEATURES = 14;

/**
 * The attribution features of one position, written to `out` from `at`.
 *
 * @param context The document's attribution context.
 * @param features The document's word features (for word hashes).
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @returns The index after the last id written.
 */
export function attributionFeatures(context: AttributionContext, features: DocumentFeatures, position: number, from: number, to: number, out: Uint32Array | number[], at: number): number {
  const { quote, mention, cue, lemma, left, right, commas, place } = context;
  const lower = features.lowerHash[features.tokenWord[position]!]!;
  const state = quote[position]!;
  const cueClass = cue[position]!;
  const leftAt = left[position]!;
  const rightAt = right[position]!;
  const leftBucket = leftAt < 0 ? 0 : bucket(position - leftAt);
  const rightBucket = rightAt < 0 ? 0 : bucket(rightAt - position);
  const before = position > from ? mention[position - 1]! : 7;
  const after = position + 1 < to ? mention[position + 1]! : 7;
  out[at++] = hashMix(T_QUOTE, state);
  out[at++] = hashMix(hashMix(T_QUOTE_CUE, state), cueClass * 8 + leftBucket);
  out[at++] = hashMix(T_MENTION, mention[position]!);
  out[at++] = hashMix(T_MENTION_AROUND, before * 64 + mention[position]! * 8 + after);
  out[at++] = hashMix(hashMix(T_CUE, cueClass), lemma[position]!);
  out[at++] = hashMix(T_LEFT, leftBucket * 8 + (leftAt >= 0 ? cue[leftAt]! : 0));
  out[at++] = hashMix(hashMix(T_LEFT_LEMMA, Math.min(leftBucket, 4)), leftAt >= 0 ? lemma[leftAt]! : 0);
  out[at++] = hashMix(T_RIGHT, rightBucket * 8 + (rightAt >= 0 ? cue[rightAt]! : 0));
  out[at++] = hashMix(hashMix(T_RIGHT_LEMMA, Math.min(rightBucket, 4)), rightAt >= 0 ? lemma[rightAt]! : 0);
  out[at++] = hashMix(T_SENTENCE, place[position]! * 8 + (state & 1) * 4 + (mention[position]! ? 2 : 0) + (cueClass ? 1 : 0));
  out[at++] = hashMix(T_LEFT_QUOTE, leftBucket * 16 + (leftAt >= 0 ? quote[leftAt]! : 8) * 2 + (state & 1));
  out[at++] = hashMix(T_COMMAS, commas[position]! * 64 + leftBucket * 8 + rightBucket);
  out[at++] = hashMix(hashMix(T_SELF_LEFT, lower), Math.min(leftBucket, 3));
  out[at++] = hashMix(hashMix(T_PAIR, leftAt >= 0 ? features.lowerHash[features.tokenWord[leftAt + 1 < to ? leftAt + 1 : leftAt]!]! : 0), Math.min(leftBucket, 3) * 2 + (state & 1));
  return at;
}
