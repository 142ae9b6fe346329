// Features of the attribution tagger: each distinct word's features (kept between documents
// by the tagger, see ./words), in five roles (itself, one and two before, one and two after), and per
// position what tells a cue, its source and its content apart: quote marks around a token,
// entity mentions, cue words from the project's lexicon, and how far the nearest cue word lies
// to either side.
// Kept apart from the entity tagger's features (./ner-features) so that either tagger can
// change its features without retraining the other.
import { ACCORDING_TO, CLAIM_NOUNS, CUE_NOUNS, CUE_VERBS } from '../lexicon/cues.js';
import type { DocumentModel } from '../model/document.js';
import { hashMix, hashString } from './hash.js';
import { type DocumentWords, documentWords, WordRows } from './words.js';

/** Roles a word plays for the position being tagged: itself, one before, one after, two before, two after. */
export const ROLES = 5;
const ROLE_OFFSETS = [0, -1, 1, -2, 2] as const;
const ROLE_SALT = 0x5a17e3;
const T_WORD = 81;
const T_LOWER = 82;
const T_SHAPE = 83;
const T_SUFFIX = 84;
const T_PREFIX = 85;
const T_EDGE = 86;
const T_BIAS = 87;
const T_BIGRAM_BEFORE = 88;
const T_BIGRAM_AFTER = 89;
const T_SHAPES = 90;
const T_BLOCK = 91;

/** The features of one word, in each role: `ids[ends[role - 1] ?? 0 .. ends[role])`. */
export interface AttributionWordFeatures {
  ids: Uint32Array;
  ends: Uint8Array;
}

/**
 * The features a word has wherever it stands: as itself its form, lowercase, shape, two- and
 * three-letter suffix and three-letter prefix; as a neighbour its lowercase and shape.
 *
 * @param text The word as written.
 * @param lower Hash of its lowercase (as `documentWords` gives).
 * @param shape Hash of its shape.
 * @returns Its feature ids by role.
 */
export function attributionWordFeatures(text: string, lower: number, shape: number): AttributionWordFeatures {
  const ids: number[] = [hashMix(T_WORD, hashString(text)), hashMix(T_LOWER, lower), hashMix(T_SHAPE, shape)];
  const lowercase = text.toLowerCase();
  if (lowercase.length > 3) {
    ids.push(hashMix(T_SUFFIX, hashString(lowercase.slice(-2))), hashMix(T_SUFFIX, hashString(lowercase.slice(-3))), hashMix(T_PREFIX, hashString(lowercase.slice(0, 3))));
  }
  const ends = new Uint8Array(ROLES);
  ends[0] = ids.length;
  for (let role = 1; role < ROLES; role++) {
    ids.push(hashMix(hashMix(T_LOWER, lower), ROLE_SALT + role), hashMix(hashMix(T_SHAPE, shape), ROLE_SALT + role));
    ends[role] = ids.length;
  }
  return { ids: Uint32Array.from(ids), ends };
}

/** The token a role sees at `position` of the sequence `[from, to)`, or -1 at the edge. */
export function roleToken(position: number, role: number, from: number, to: number): number {
  const at = position + ROLE_OFFSETS[role]!;
  return at < from || at >= to ? -1 : at;
}

const EDGE_IDS: number[] = [];
for (let role = 0; role < ROLES; role++) EDGE_IDS.push(hashMix(hashMix(T_EDGE, role), ROLE_SALT + role));

/** The feature id of the sequence edge in a role (the word before the first, after the last). */
export function edgeFeature(role: number): number {
  return EDGE_IDS[role]!;
}

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

/**
 * Word to cue class and lemma hash: every inflected form of every cue verb, cue and claim
 * nouns, "according". Built once.
 *
 * @returns The cue words.
 */
export function cueLexicon(): ReadonlyMap<string, { cls: number; lemma: number }> {
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

/** Lemma hashes of the cue lexicon, by the index {@link cueRowsOf} keeps (index 0: none). */
const cueLemmas: number[] = [0];
let cueRows: WordRows | undefined;

/**
 * Each cached word's cue class and lemma index (two scores a row), kept by the word cache's slot
 * between documents as the taggers' rows are: the lexicon is read once per word of an archive,
 * not once per word of every document (that look-up was half of `attributionContext`).
 */
function cueRowsOf(): WordRows {
  if (cueRows) return cueRows;
  const lexicon = cueLexicon();
  const lemmaIndex = new Map<number, number>();
  cueRows = new WordRows(
    2,
    (text, _lower, _shape, rows, offset) => {
      const entry = lexicon.get(text.toLowerCase());
      if (!entry) return;
      let index = lemmaIndex.get(entry.lemma);
      if (index === undefined) {
        index = cueLemmas.length;
        cueLemmas.push(entry.lemma);
        lemmaIndex.set(entry.lemma, index);
      }
      rows[offset] = entry.cls;
      rows[offset + 1] = index;
    },
    () => {},
  );
  return cueRows;
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
  /** Cue lemma hash of the word (0 none), signed as V8 keeps it unboxed. */
  lemma: Int32Array;
  /** Nearest cue word before, in the block: its token index, or -1. */
  left: Int32Array;
  /** Nearest cue word after, in the block, or -1. */
  right: Int32Array;
  /** Commas since the nearest cue word before (capped at 3). */
  commas: Uint8Array;
  /** Token index in its sentence (capped) and tokens to its end (capped), packed. */
  place: Uint8Array;
  /** Block kind (0 paragraph, 1 headline, 2 heading, 3 other). */
  block: Uint8Array;
  /** The document's words: each token's word slot and its lowercase and shape hashes. */
  words: DocumentWords;
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
  const words = documentWords(document);
  const cueTable = cueRowsOf().ensure(words);
  const quote = new Uint8Array(n);
  const cue = new Uint8Array(n);
  const lemma = new Int32Array(n);
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const commas = new Uint8Array(n);
  const place = new Uint8Array(n);
  const { slots } = words;
  for (let at = 0; at < n; at++) {
    const row = slots[at]! * 2;
    const cls = cueTable[row]!;
    if (cls === 0 || tokens.kind(at) !== 'word') continue;
    cue[at] = cls;
    lemma[at] = cueLemmas[cueTable[row + 1]!]!;
  }
  for (const block of document.blocks) {
    const [first, end] = block.tokens;
    let inside = 0;
    let lastCue = -1;
    let commaCount = 0;
    for (let at = first; at < end; at++) {
      let state = inside;
      if (tokens.kind(at) === 'quote' && tokens.text(at) !== "'" && tokens.text(at) !== '\u2018' && tokens.text(at) !== '\u2019') {
        let opening: boolean;
        if (DOUBLE_OPEN.has(tokens.text(at))) opening = true;
        else if (DOUBLE_CLOSE.has(tokens.text(at))) opening = false;
        else {
          const before = input[tokens.start(at) - 1];
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
      if (tokens.text(at) === ',') commaCount++;
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
  const block = new Uint8Array(n);
  for (const item of document.blocks) block.fill(item.kind === 'paragraph' ? 0 : item.kind === 'headline' ? 1 : item.kind === 'heading' ? 2 : 3, item.tokens[0], item.tokens[1]);
  return { quote, mention: mentions, cue, lemma, left, right, commas, place, block, words };
}

/** A position feature with few values: its feature id by code, and the code of another dense feature its code settles, if any. */
export interface DenseFeature {
  size: number;
  id: (code: number) => number;
  /** Another dense feature whose code follows from this one's (a tagger can add the two as one row). */
  implies?: { feature: number; code: (code: number) => number };
  /**
   * Ids of hashed features that this code settles (the nearest cue before or after is missing,
   * so their values are fixed): a tagger adds them through this code's row and leaves them out
   * of `hashedFeatures(..., folded)`.
   */
  folds?: (code: number) => number[];
}

/**
 * The position features with few values, each a template's code: `id(code)` is the feature id
 * for a code below `size`. A tagger can keep one score row per code instead of hashing.
 */
export const DENSE_FEATURES: ReadonlyArray<DenseFeature> = [
  { size: 8, id: (code) => hashMix(T_QUOTE, code) },
  {
    size: 320,
    id: (code) => hashMix(hashMix(T_QUOTE_CUE, Math.floor(code / 40)), code % 40),
    implies: { feature: 0, code: (code) => Math.floor(code / 40) },
    // Distance bucket 0 (the last three bits) is no cue before: the pair feature has no word.
    folds: (code) => (code % 8 === 0 ? [pairFeature(0, 0, Math.floor(code / 40) & 1)] : []),
  },
  { size: 8, id: (code) => hashMix(T_MENTION, code) },
  { size: 512, id: (code) => hashMix(T_MENTION_AROUND, code), implies: { feature: 2, code: (code) => (code >>> 3) & 7 } },
  { size: 64, id: (code) => hashMix(T_LEFT, code), folds: (code) => (code === 0 ? [leftLemmaFeature(0, 0)] : []) },
  { size: 64, id: (code) => hashMix(T_RIGHT, code), folds: (code) => (code === 0 ? [rightLemmaFeature(0, 0)] : []) },
  { size: 512, id: (code) => hashMix(T_SENTENCE, code) },
  { size: 160, id: (code) => hashMix(T_LEFT_QUOTE, code) },
  { size: 256, id: (code) => hashMix(T_COMMAS, code) },
];

/** How many ids {@link attributionFeatures} writes: the hashed ones, then one a dense feature. */
export const ATTRIBUTION_FEATURES = 10 + DENSE_FEATURES.length;

/**
 * The attribution features of one position, written to `out` from `at`: the hashed ones
 * ({@link hashedFeatures}), then the ids of the dense ones ({@link denseCodes}).
 *
 * @param context The document's attribution context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @returns The index after the last id written.
 */
export function attributionFeatures(context: AttributionContext, position: number, from: number, to: number, out: Uint32Array | number[], at: number): number {
  at = hashedFeatures(context, position, from, to, out, at);
  const codes = denseCodes(context, position, from, to, codeBuffer);
  for (let feature = 0; feature < DENSE_FEATURES.length; feature++) out[at++] = DENSE_FEATURES[feature]!.id(codes[feature]!);
  return at;
}

const codeBuffer = new Uint32Array(DENSE_FEATURES.length);

/** Where the nearest cue words lie from a position: their token indexes (or -1) and distance buckets. */
interface CueDistances {
  leftAt: number;
  leftBucket: number;
  rightAt: number;
  rightBucket: number;
}

// One object, refilled at every call and read at once by the caller: an object a position was
// about 3% of what a parse allocates.
const distances: CueDistances = { leftAt: -1, leftBucket: 0, rightAt: -1, rightBucket: 0 };

/** The cue distances of a position, in an object the next call overwrites. */
function cueDistances(context: AttributionContext, position: number): Readonly<CueDistances> {
  const leftAt = context.left[position]!;
  const rightAt = context.right[position]!;
  distances.leftAt = leftAt;
  distances.leftBucket = leftAt < 0 ? 0 : bucket(position - leftAt);
  distances.rightAt = rightAt;
  distances.rightBucket = rightAt < 0 ? 0 : bucket(rightAt - position);
  return distances;
}

/**
 * The codes of a position's dense features, in {@link DENSE_FEATURES} order: quote state, quote
 * state with the cue class and the nearest cue before, mention, mentions around, the nearest cue
 * before and after, place in the sentence, quote state at the cue before, commas since it.
 *
 * @param context The document's attribution context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param codes Receives one code a dense feature.
 * @returns `codes`.
 */
export function denseCodes(context: AttributionContext, position: number, from: number, to: number, codes: Uint32Array): Uint32Array {
  const { quote, mention, cue, commas, place } = context;
  const state = quote[position]!;
  const cueClass = cue[position]!;
  const { leftAt, leftBucket, rightAt, rightBucket } = cueDistances(context, position);
  const before = position > from ? mention[position - 1]! : 7;
  const after = position + 1 < to ? mention[position + 1]! : 7;
  codes[0] = state;
  codes[1] = state * 40 + cueClass * 8 + leftBucket;
  codes[2] = mention[position]!;
  codes[3] = before * 64 + mention[position]! * 8 + after;
  codes[4] = leftBucket * 8 + (leftAt >= 0 ? cue[leftAt]! : 0);
  codes[5] = rightBucket * 8 + (rightAt >= 0 ? cue[rightAt]! : 0);
  codes[6] = place[position]! * 8 + (state & 1) * 4 + (mention[position]! ? 2 : 0) + (cueClass ? 1 : 0);
  codes[7] = leftBucket * 16 + (leftAt >= 0 ? quote[leftAt]! : 8) * 2 + (state & 1);
  codes[8] = commas[position]! * 64 + leftBucket * 8 + rightBucket;
  return codes;
}

/** The bias feature's id, the first that {@link hashedFeatures} writes: every position has it. */
export const BIAS_FEATURE = T_BIAS;

/** How many ids {@link hashedFeatures} writes. */
export const HASHED_FEATURES = 10;

/** The block kind of most positions (a paragraph), whose block feature a tagger may add through the word's row. */
export const PARAGRAPH = 0;

/** The block feature: the block kind with the word's shape. */
export function blockFeature(block: number, shape: number): number {
  return hashMix(hashMix(T_BLOCK, block), shape);
}

/** The cue feature: the word's cue class and lemma (0 and 0 for a word that is no cue). */
function cueFeature(cueClass: number, lemma: number): number {
  return hashMix(hashMix(T_CUE, cueClass), lemma);
}

/** The lemma of the nearest cue before, with its distance bucket (0: none, and lemma 0). */
function leftLemmaFeature(distance: number, lemma: number): number {
  return hashMix(hashMix(T_LEFT_LEMMA, Math.min(distance, 4)), lemma);
}

/** The lemma of the nearest cue after, with its distance bucket. */
function rightLemmaFeature(distance: number, lemma: number): number {
  return hashMix(hashMix(T_RIGHT_LEMMA, Math.min(distance, 4)), lemma);
}

/** The word after the nearest cue before (its lowercase hash, 0 for none), its distance bucket, and whether the position is inside quote marks. */
function pairFeature(word: number, distance: number, inside: number): number {
  return hashMix(hashMix(T_PAIR, word), Math.min(distance, 3) * 2 + inside);
}

/**
 * The hashed features of a position that its word alone settles, or its word and the value
 * most positions share: its cue class and lemma (the lexicon reads the word only), and the
 * block feature of a paragraph. A tagger adds them through the word's own row, kept between
 * documents, and takes the paragraph's block feature off again at a position in another block.
 *
 * @param text The word as written.
 * @param shape Hash of its shape.
 * @returns The two ids.
 */
export function wordPositionFeatures(text: string, shape: number): [number, number] {
  // The lexicon holds words only (a test checks each starts with a letter), so a token with
  // its text has the kind `word`, as `attributionContext` requires of a cue.
  const entry = cueLexicon().get(text.toLowerCase());
  return [cueFeature(entry?.cls ?? 0, entry?.lemma ?? 0), blockFeature(PARAGRAPH, shape)];
}

/**
 * The features of a position with many values, as hashed ids: bias, word pairs and shapes
 * around it, block kind, cue word and lemma, the cue lemmas before and after, the word with the
 * distance to the cue before, and the word after that cue.
 *
 * With `folded`, only those a tagger cannot add through other rows: no bias, cue word or
 * paragraph block feature ({@link wordPositionFeatures}), and none of those that a missing cue
 * before or after settles (`DenseFeature.folds`).
 *
 * @param context The document's attribution context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @param folded Leave out the features a tagger adds through other rows.
 * @returns The index after the last id written.
 */
export function hashedFeatures(context: AttributionContext, position: number, from: number, to: number, out: Uint32Array | number[], at: number, folded = false): number {
  const { quote, cue, lemma } = context;
  const hashes = context.words.lower;
  const shapes = context.words.shape;
  const lower = hashes[position]!;
  const shape = shapes[position]!;
  const first = position <= from;
  const last = position + 1 >= to;
  const { leftAt, leftBucket, rightAt, rightBucket } = cueDistances(context, position);
  const state = quote[position]!;
  const block = context.block[position]!;
  if (!folded) out[at++] = BIAS_FEATURE;
  out[at++] = hashMix(hashMix(T_BIGRAM_BEFORE, first ? 0 : hashes[position - 1]!), lower);
  out[at++] = hashMix(hashMix(T_BIGRAM_AFTER, last ? 0 : hashes[position + 1]!), lower);
  out[at++] = hashMix(hashMix(hashMix(T_SHAPES, first ? 0 : shapes[position - 1]!), shape), last ? 0 : shapes[position + 1]!);
  if (!folded || block !== PARAGRAPH) out[at++] = blockFeature(block, shape);
  if (!folded) out[at++] = cueFeature(cue[position]!, lemma[position]!);
  if (!folded || leftAt >= 0) out[at++] = leftLemmaFeature(leftBucket, leftAt >= 0 ? lemma[leftAt]! : 0);
  if (!folded || rightAt >= 0) out[at++] = rightLemmaFeature(rightBucket, rightAt >= 0 ? lemma[rightAt]! : 0);
  out[at++] = hashMix(hashMix(T_SELF_LEFT, lower), Math.min(leftBucket, 3));
  if (!folded || leftAt >= 0) out[at++] = pairFeature(leftAt >= 0 ? hashes[leftAt + 1 < to ? leftAt + 1 : leftAt]! : 0, leftBucket, state & 1);
  return at;
}
