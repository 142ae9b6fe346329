// Features of the attribution tagger: each distinct word's features, found once and kept
// between documents, in five roles (itself, one and two before, one and two after), and per
// position what tells a cue, its source and its content apart: quote marks around a token,
// entity mentions, cue words from the project's lexicon, and how far the nearest cue word lies
// to either side.
// Kept apart from the entity tagger's features (./ner-features) so that either tagger can
// change its features without retraining the other.
import { ACCORDING_TO, CLAIM_NOUNS, CUE_NOUNS, CUE_VERBS } from '../lexicon/cues.js';
import type { DocumentModel } from '../model/document.js';
import { hashMix, hashString } from './hash.js';

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

/** The words of a document and their feature ids by role. A word index equal to `words` is a sequence edge. */
export interface WordTable {
  /** Token index to word index. */
  tokenWord: Int32Array;
  words: number;
  /** Per word and role, `[word * ROLES + role]`, offsets into `ids` (one more at the end). */
  offsets: Uint32Array;
  ids: Uint32Array;
  /** Per word: hashes of its lowercase and its shape. */
  lowerHash: Uint32Array;
  shapeHash: Uint32Array;
  /** Per token: block kind (0 paragraph, 1 headline, 2 heading, 3 other). */
  block: Uint8Array;
  /** Per word: its slot in the word cache kept between documents (from 1), valid while the cache's `generation` is this one. */
  slots: Int32Array;
  generation: number;
}

/** Word shape: runs of upper, lower, digit and other characters, hashed. */
function shapeOf(text: string): number {
  let shape = 0x811c9dc5;
  let last = -1;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    const code = char >= 'A' && char <= 'Z' ? 88 : char >= 'a' && char <= 'z' ? 120 : char >= '0' && char <= '9' ? 100 : char !== char.toLowerCase() ? 88 : char !== char.toUpperCase() ? 120 : text.charCodeAt(at);
    if (code === last) continue;
    last = code;
    shape = Math.imul(shape ^ code, 0x01000193);
  }
  return shape >>> 0;
}

/** Most ids a word has: six as itself, two in each other role. */
const WORD_IDS = 6 + 2 * (ROLES - 1);
/** Words whose features are kept between documents; past this the cache starts again. */
const CACHE_WORDS = 16384;

/**
 * Each word's features, found once and kept between documents, so a word common in news costs
 * one map look-up a document. Slot 0 is unused (taggers keep the sequence edge there).
 */
const cache = {
  slots: new Map<string, number>(),
  /** Bumped whenever the cache starts again, so rows kept per slot elsewhere know to go. */
  generation: 0,
  lower: new Uint32Array(CACHE_WORDS),
  shape: new Uint32Array(CACHE_WORDS),
  /** Per slot `WORD_IDS` ids; `ends[slot * ROLES + role]` is where each role's ids end. */
  ids: new Uint32Array(CACHE_WORDS * WORD_IDS),
  ends: new Uint8Array(CACHE_WORDS * ROLES),
  /** Per slot: the `wordTable` call that last saw it, and its word index in that document. */
  seen: new Uint32Array(CACHE_WORDS),
  word: new Int32Array(CACHE_WORDS),
  /** Counts `wordTable` calls, so a slot's word index is read only in the document that set it. */
  calls: 0,
};

/** A word's slot in the cache, its features found when it is new. */
function slotOf(text: string): number {
  const known = cache.slots.get(text);
  if (known !== undefined) return known;
  const slot = cache.slots.size + 1;
  cache.slots.set(text, slot);
  const lower = text.toLowerCase();
  const lowered = hashString(lower);
  const shape = shapeOf(text);
  cache.lower[slot] = lowered;
  cache.shape[slot] = shape;
  const { ids, ends } = cache;
  let at = slot * WORD_IDS;
  ids[at++] = hashMix(T_WORD, hashString(text));
  ids[at++] = hashMix(T_LOWER, lowered);
  ids[at++] = hashMix(T_SHAPE, shape);
  if (lower.length > 3) {
    ids[at++] = hashMix(T_SUFFIX, hashString(lower.slice(-2)));
    ids[at++] = hashMix(T_SUFFIX, hashString(lower.slice(-3)));
    ids[at++] = hashMix(T_PREFIX, hashString(lower.slice(0, 3)));
  }
  ends[slot * ROLES] = at - slot * WORD_IDS;
  for (let role = 1; role < ROLES; role++) {
    ids[at++] = hashMix(hashMix(T_LOWER, lowered), ROLE_SALT + role);
    ids[at++] = hashMix(hashMix(T_SHAPE, shape), ROLE_SALT + role);
    ends[slot * ROLES + role] = at - slot * WORD_IDS;
  }
  return slot;
}

/** Start the cache again when a document's words might not fit in what is left, growing it for a document larger than it. */
function makeRoom(tokens: number): void {
  if (cache.slots.size + tokens + 1 <= cache.lower.length) return;
  cache.slots.clear();
  cache.generation++;
  if (tokens + 1 > cache.lower.length) {
    const words = tokens + 1;
    cache.lower = new Uint32Array(words);
    cache.shape = new Uint32Array(words);
    cache.ids = new Uint32Array(words * WORD_IDS);
    cache.ends = new Uint8Array(words * ROLES);
    cache.seen = new Uint32Array(words);
    cache.word = new Int32Array(words);
  }
}

/**
 * Find a document's distinct words and their features: as itself its form, lowercase, shape,
 * two- and three-letter prefix and suffix; as a neighbour its lowercase and shape.
 *
 * @param document The document model.
 * @returns The word table.
 */
export function wordTable(document: DocumentModel): WordTable {
  const { tokens } = document;
  makeRoom(tokens.length);
  const call = (cache.calls = (cache.calls + 1) >>> 0 || 1);
  const tokenWord = new Int32Array(tokens.length);
  const wordSlots = new Int32Array(tokens.length);
  let words = 0;
  for (let at = 0; at < tokens.length; at++) {
    const slot = slotOf(tokens[at]!.text);
    if (cache.seen[slot] !== call) {
      cache.seen[slot] = call;
      cache.word[slot] = words;
      wordSlots[words++] = slot;
    }
    tokenWord[at] = cache.word[slot]!;
  }
  const ids = new Uint32Array(words * WORD_IDS);
  const offsets = new Uint32Array(words * ROLES + 1);
  const lowerHash = new Uint32Array(words);
  const shapeHash = new Uint32Array(words);
  const slots = wordSlots.slice(0, words);
  let length = 0;
  for (let word = 0; word < words; word++) {
    const slot = slots[word]!;
    lowerHash[word] = cache.lower[slot]!;
    shapeHash[word] = cache.shape[slot]!;
    const count = cache.ends[slot * ROLES + ROLES - 1]!;
    for (let role = 0; role < ROLES; role++) offsets[word * ROLES + role] = length + (role === 0 ? 0 : cache.ends[slot * ROLES + role - 1]!);
    for (let at = 0; at < count; at++) ids[length + at] = cache.ids[slot * WORD_IDS + at]!;
    length += count;
  }
  offsets[words * ROLES] = length;
  const block = new Uint8Array(tokens.length);
  for (const item of document.blocks) block.fill(item.kind === 'paragraph' ? 0 : item.kind === 'headline' ? 1 : item.kind === 'heading' ? 2 : 3, item.tokens[0], item.tokens[1]);
  return { tokenWord, words, offsets, ids: ids.subarray(0, length), lowerHash, shapeHash, block, slots, generation: cache.generation };
}

/** The word cache's generation: rows kept by slot are valid while it is unchanged. */
export function wordCacheGeneration(): number {
  return cache.generation;
}

/** The word a role sees at `position` of the sequence `[from, to)`: a word index, or `words` at the edge. */
export function roleWord(table: WordTable, position: number, role: number, from: number, to: number): number {
  const at = position + ROLE_OFFSETS[role]!;
  return at < from || at >= to ? table.words : table.tokenWord[at]!;
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
export const ATTRIBUTION_FEATURES = 19;

/**
 * The attribution features of one position, written to `out` from `at`.
 *
 * @param context The document's attribution context.
 * @param features The document's word table.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @returns The index after the last id written.
 */
export function attributionFeatures(context: AttributionContext, features: WordTable, position: number, from: number, to: number, out: Uint32Array | number[], at: number): number {
  const { quote, mention, cue, lemma, left, right, commas, place } = context;
  const word = features.tokenWord[position]!;
  const lower = features.lowerHash[word]!;
  const shape = features.shapeHash[word]!;
  const wordBefore = position > from ? features.tokenWord[position - 1]! : -1;
  const wordAfter = position + 1 < to ? features.tokenWord[position + 1]! : -1;
  out[at++] = T_BIAS;
  out[at++] = hashMix(hashMix(T_BIGRAM_BEFORE, wordBefore < 0 ? 0 : features.lowerHash[wordBefore]!), lower);
  out[at++] = hashMix(hashMix(T_BIGRAM_AFTER, wordAfter < 0 ? 0 : features.lowerHash[wordAfter]!), lower);
  out[at++] = hashMix(hashMix(hashMix(T_SHAPES, wordBefore < 0 ? 0 : features.shapeHash[wordBefore]!), shape), wordAfter < 0 ? 0 : features.shapeHash[wordAfter]!);
  out[at++] = hashMix(hashMix(T_BLOCK, features.block[position]!), shape);
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
