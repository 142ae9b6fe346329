// Features of the entity tagger, from the document model's tokens. A feature id is
// `hashMix(template, value)` where value is a 32-bit hash of a word, a word part or a class;
// no string is built per token. Word features are found once per distinct word of a
// document, in five roles (the word itself, one and two before, one and two after), so the
// tagger adds cached score rows per token rather than looking features up again.
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon/function-words.js';
import { givenNames } from '../lexicon/given-names.js';
import {
  CORPORATE_DESIGNATORS,
  EVENT_SUFFIXES,
  NEWS_AGENCIES,
  ORG_CONTEXT_AFTER,
  ORG_SUFFIXES,
  PLACE_CONTEXT_NOUNS,
  PLACE_SUFFIXES,
} from '../lexicon/organizations.js';
import { placeGazetteer } from '../lexicon/places.js';
import { PERSON_TITLES, TITLE_WORDS_LOWER } from '../lexicon/titles.js';
import type { DocumentModel } from '../model/document.js';
import { hashMix, hashString } from './hash.js';

/** The span types the entity tagger tells apart, CoNLL-2003's. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Roles a word plays for the position being tagged. */
export const ROLES = 5;
const SELF = 0;
const PREVIOUS = 1;
const NEXT = 2;
const PREVIOUS_2 = 3;
const NEXT_2 = 4;
/** Offset of each role's word from the position. */
export const ROLE_OFFSETS = [0, -1, 1, -2, 2] as const;

// Templates: small integers, mixed with values into feature ids.
const T_WORD = 1;
const T_LOWER = 2;
const T_SHAPE = 3;
const T_PREFIX = 4;
const T_SUFFIX = 5;
const T_CLASS = 6;
const T_LENGTH = 7;
const T_DOC = 8;
const T_BIAS = 20;
const T_INITIAL = 21;
const T_BLOCK = 22;
const T_BIGRAM_BEFORE = 23;
const T_BIGRAM_AFTER = 24;
const T_EDGE = 25;
const T_SHAPES = 26;
const ROLE_SALT = 0x51ed27;

// Word classes from the project's lexicons, one bit each.
const GIVEN = 1;
const COUNTRY = 2;
const CAPITAL = 4;
const REGION = 8;
const DEMONYM = 16;
const TITLE = 32;
const ORG_SUFFIX = 64;
const PLACE_SUFFIX = 128;
const EVENT_SUFFIX = 256;
const FUNCTION = 512;
const CALENDAR = 1024;
const ORG_CONTEXT = 2048;
const PLACE_CONTEXT = 4096;
const AGENCY = 8192;
const DESIGNATOR = 16384;
const PLACE_PART = 32768;
const TITLE_NOUN = 65536;
const CLASS_BITS = 17;

let classes: Map<string, number> | undefined;

/** Word to lexicon class bits, built once. Keys are words as written (lowercase classes: lowercase). */
function wordClasses(): Map<string, number> {
  if (classes) return classes;
  const map = new Map<string, number>();
  const add = (word: string, bit: number) => map.set(word, (map.get(word) ?? 0) | bit);
  for (const name of givenNames()) add(name, GIVEN);
  const places = placeGazetteer();
  for (const [name, place] of places.names) {
    const words = name.split(' ');
    if (words.length === 1) add(name, place.kind === 'country' ? COUNTRY : place.kind === 'capital' ? CAPITAL : REGION);
    else for (const word of words) if (/^\p{Lu}/u.test(word)) add(word, PLACE_PART);
  }
  for (const name of places.afterThe.keys()) for (const word of name.split(' ')) add(word, REGION);
  for (const name of places.demonyms.keys()) for (const word of name.split(' ')) add(word, DEMONYM);
  for (const entry of PERSON_TITLES) {
    for (const form of [entry.title, ...(entry.abbreviations ?? [])]) for (const word of form.split(' ')) add(word.replace(/\.$/u, ''), TITLE);
  }
  for (const word of ORG_SUFFIXES) add(word, ORG_SUFFIX);
  for (const word of CORPORATE_DESIGNATORS) add(word, DESIGNATOR);
  for (const word of PLACE_SUFFIXES) add(word, PLACE_SUFFIX);
  for (const phrase of EVENT_SUFFIXES) for (const word of phrase.split(' ')) add(word, EVENT_SUFFIX);
  for (const name of NEWS_AGENCIES) for (const word of name.split(' ')) add(word, AGENCY);
  for (const word of FUNCTION_WORDS) add(word, FUNCTION);
  for (const word of [...MONTHS, ...WEEKDAYS]) add(word, CALENDAR);
  for (const word of ORG_CONTEXT_AFTER) add(word, ORG_CONTEXT);
  for (const word of PLACE_CONTEXT_NOUNS) add(word, PLACE_CONTEXT);
  for (const phrase of TITLE_WORDS_LOWER) for (const word of phrase.split(' ')) add(word, TITLE_NOUN);
  classes = map;
  return map;
}

/** Character class codes for word shapes: X upper, x lower, d digit, else the character itself. */
function shapeCode(code: number): number {
  if (code >= 65 && code <= 90) return 88;
  if (code >= 97 && code <= 122) return 120;
  if (code >= 48 && code <= 57) return 100;
  if (code < 128) return code;
  const char = String.fromCharCode(code);
  if (char !== char.toLowerCase()) return 88;
  if (char !== char.toUpperCase()) return 120;
  return code;
}

/** The token sequences the tagger reads: sentences of paragraphs, and whole other blocks. */
export function taggedRanges(document: DocumentModel): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const block of document.blocks) {
    const [first, end] = block.sentences;
    if (end > first) for (let at = first; at < end; at++) ranges.push(document.sentences[at]!.tokens);
    else if (block.tokens[1] > block.tokens[0]) ranges.push(block.tokens);
  }
  return ranges;
}

/**
 * The features of one document: each token's word (an index into the distinct words) and
 * each distinct word's feature ids per role. A word index equal to `words` is the edge of a
 * sequence.
 */
export interface DocumentFeatures {
  /** Token index to word index. */
  tokenWord: Int32Array;
  /** Number of distinct words. */
  words: number;
  /** Per word and role, `[word * ROLES + role]`, offsets into `ids` (one more at the end). */
  offsets: Uint32Array;
  ids: Uint32Array;
  /** Per token: block kind code (0 paragraph, 1 headline, 2 heading, 3 other) and case of the block. */
  blockCode: Uint8Array;
  /** Per token: it opens its sentence. */
  initial: Uint8Array;
  /** Per word: lowercase hash, for word pairs. */
  lowerHash: Uint32Array;
  /** Per word: shape hash. */
  shapeHash: Uint32Array;
}

/**
 * Find the features of a document's words, once per distinct word.
 *
 * @param document The document model.
 * @returns The document's features.
 */
export function documentFeatures(document: DocumentModel): DocumentFeatures {
  const { tokens } = document;
  const lexicon = wordClasses();
  const index = new Map<string, number>();
  const tokenWord = new Int32Array(tokens.length);
  const texts: string[] = [];
  // Document-level evidence: a word the text also writes in lowercase, or capitalised mid-sentence.
  const lowerSeen = new Set<string>();
  const capitalMid = new Set<string>();
  const initial = new Uint8Array(tokens.length);
  for (const sentence of document.sentences) initial[sentence.opening] = 1;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    let word = index.get(token.text);
    if (word === undefined) {
      word = texts.length;
      index.set(token.text, word);
      texts.push(token.text);
    }
    tokenWord[at] = word;
    if (token.kind === 'word') {
      if (!token.cap) lowerSeen.add(token.lower);
      else if (!initial[at] && token.sentence >= 0) capitalMid.add(token.lower);
    }
  }
  const blockCode = new Uint8Array(tokens.length);
  for (const block of document.blocks) {
    let code = block.kind === 'paragraph' ? 0 : block.kind === 'headline' ? 1 : block.kind === 'heading' ? 2 : 3;
    let upper = 0;
    let words = 0;
    for (let at = block.tokens[0]; at < block.tokens[1]; at++) {
      const token = tokens[at]!;
      if (token.kind !== 'word' || token.text.length < 2) continue;
      words++;
      if (token.upper) upper++;
    }
    if (words >= 2 && upper >= words * 0.8) code += 4;
    blockCode.fill(code, block.tokens[0], block.tokens[1]);
  }

  const ids: number[] = [];
  const offsets = new Uint32Array(texts.length * ROLES + 1);
  const lowerHash = new Uint32Array(texts.length + 1);
  const shapeHash = new Uint32Array(texts.length + 1);
  for (let word = 0; word < texts.length; word++) {
    const text = texts[word]!;
    const lower = text.toLowerCase();
    const wordHash = hashString(text);
    const lowered = lower === text ? wordHash : hashString(lower);
    let shape = 0x811c9dc5;
    let last = -1;
    for (let at = 0; at < text.length; at++) {
      const code = shapeCode(text.charCodeAt(at));
      if (code === last) continue;
      last = code;
      shape = Math.imul(shape ^ code, 0x01000193);
    }
    shape >>>= 0;
    lowerHash[word] = lowered;
    shapeHash[word] = shape;
    const bits = (lexicon.get(text) ?? 0) | (lower !== text ? (lexicon.get(lower) ?? 0) & (FUNCTION | ORG_CONTEXT | PLACE_CONTEXT | TITLE_NOUN) : 0);
    const own: number[] = [hashMix(T_WORD, wordHash), hashMix(T_LOWER, lowered), hashMix(T_SHAPE, shape), hashMix(T_LENGTH, Math.min(text.length, 12))];
    let prefix = 0x811c9dc5;
    for (let at = 0; at < Math.min(4, lower.length - 1); at++) {
      prefix = Math.imul(prefix ^ lower.charCodeAt(at), 0x01000193);
      if (at >= 1) own.push(hashMix(T_PREFIX, prefix >>> 0));
    }
    let suffix = 0x811c9dc5;
    for (let at = 0; at < Math.min(4, lower.length - 1); at++) {
      suffix = Math.imul(suffix ^ lower.charCodeAt(lower.length - 1 - at), 0x01000193);
      own.push(hashMix(T_SUFFIX, suffix >>> 0));
    }
    const classIds: number[] = [];
    for (let bit = 0; bit < CLASS_BITS; bit++) if (bits & (1 << bit)) classIds.push(hashMix(T_CLASS, bit));
    const documentIds: number[] = [];
    if (lower !== text) {
      documentIds.push(hashMix(T_DOC, lowerSeen.has(lower) ? 1 : 2));
      documentIds.push(hashMix(T_DOC, capitalMid.has(lower) ? 3 : 4));
    }
    for (let role = 0; role < ROLES; role++) {
      offsets[word * ROLES + role] = ids.length;
      if (role === SELF) {
        ids.push(...own, ...classIds, ...documentIds);
        continue;
      }
      const salt = ROLE_SALT + role;
      ids.push(hashMix(hashMix(T_LOWER, lowered), salt), hashMix(hashMix(T_SHAPE, shape), salt));
      if (role === PREVIOUS || role === NEXT) {
        for (const id of classIds) ids.push(hashMix(id, salt));
        ids.push(hashMix(own[own.length - 1]!, salt));
      }
    }
  }
  offsets[texts.length * ROLES] = ids.length;
  return { tokenWord, words: texts.length, offsets, ids: Uint32Array.from(ids), blockCode, initial, lowerHash, shapeHash };
}

/** The word a role sees at `position` of the sequence `[from, to)`: a word index, or `words` at the edge. */
export function roleWord(features: DocumentFeatures, position: number, role: number, from: number, to: number): number {
  const at = position + ROLE_OFFSETS[role]!;
  return at < from || at >= to ? features.words : features.tokenWord[at]!;
}

const EDGE_IDS: number[] = [];
for (let role = 0; role < ROLES; role++) EDGE_IDS.push(hashMix(hashMix(T_EDGE, role), ROLE_SALT + role));

/** The feature id of the sequence edge in a role (the word before the first, after the last). */
export function edgeFeature(role: number): number {
  return EDGE_IDS[role]!;
}

/**
 * The features of a position that are not one word's: bias, sentence opening with shape,
 * block kind with shape, neighbouring word pairs, and the shapes around it. Written to `out`
 * from `at`; returns the new end.
 *
 * @param features The document's features.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @returns The index after the last id written.
 */
export function positionFeatures(features: DocumentFeatures, position: number, from: number, to: number, out: Uint32Array | number[], at: number): number {
  const word = features.tokenWord[position]!;
  const shape = features.shapeHash[word]!;
  const before = position > from ? features.tokenWord[position - 1]! : -1;
  const after = position + 1 < to ? features.tokenWord[position + 1]! : -1;
  const lower = features.lowerHash[word]!;
  out[at++] = T_BIAS;
  out[at++] = hashMix(hashMix(T_INITIAL, features.initial[position]! | (position === from ? 2 : 0)), shape);
  out[at++] = hashMix(hashMix(T_BLOCK, features.blockCode[position]!), shape);
  out[at++] = hashMix(hashMix(T_BIGRAM_BEFORE, before < 0 ? 0 : features.lowerHash[before]!), lower);
  out[at++] = hashMix(hashMix(T_BIGRAM_AFTER, after < 0 ? 0 : features.lowerHash[after]!), lower);
  out[at++] = hashMix(hashMix(hashMix(T_SHAPES, before < 0 ? 0 : features.shapeHash[before]!), shape), after < 0 ? 0 : features.shapeHash[after]!);
  return at;
}

/** How many ids {@link positionFeatures} writes. */
export const POSITION_FEATURES = 6;
