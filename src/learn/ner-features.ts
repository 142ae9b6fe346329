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
import { StringTable } from '../model/string-table.js';
import { hashMix, hashString } from './hash.js';
import { shapeHash } from './words.js';

/** The span types the entity tagger tells apart, CoNLL-2003's. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Roles a word plays for the position being tagged: itself, the word before, after, two before, two after. */
export const ROLES = 5;
const SELF = 0;
const PREVIOUS = 1;
const NEXT = 2;
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

/**
 * Word to the entity tagger's lexicon class bits, built once. Keys are words as written
 * (lowercase classes: lowercase).
 *
 * @returns The classes.
 */
export function nerWordClasses(): ReadonlyMap<string, number> {
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

/** The features of one word, in each role: `ids[ends[role - 1] ?? 0 .. ends[role])`. */
export interface WordFeatures {
  ids: Uint32Array;
  ends: Uint32Array;
  /** Hash of the word in lowercase and of its shape, for the features of word pairs. */
  lower: number;
  shape: number;
}

/**
 * The features a word has wherever it stands: the word, its lowercase, shape, length,
 * prefixes and suffixes, and its lexicon classes (given name, country, title, ...), in the
 * role of the tagged word; fewer as a neighbour.
 *
 * @param text The word as written.
 * @returns Its feature ids by role.
 */
export function wordFeatures(text: string): WordFeatures {
  const lexicon = nerWordClasses();
  const lower = text.toLowerCase();
  const wordHash = hashString(text);
  const lowered = lower === text ? wordHash : hashString(lower);
  const shape = shapeHash(text);
  const bits = (lexicon.get(text) ?? 0) | (lower !== text ? (lexicon.get(lower) ?? 0) & (FUNCTION | ORG_CONTEXT | PLACE_CONTEXT | TITLE_NOUN) : 0);
  const ids: number[] = [hashMix(T_WORD, wordHash), hashMix(T_LOWER, lowered), hashMix(T_SHAPE, shape), hashMix(T_LENGTH, Math.min(text.length, 12))];
  let prefix = 0x811c9dc5;
  for (let at = 0; at < Math.min(4, lower.length - 1); at++) {
    prefix = Math.imul(prefix ^ lower.charCodeAt(at), 0x01000193);
    if (at >= 1) ids.push(hashMix(T_PREFIX, prefix >>> 0));
  }
  let suffix = 0x811c9dc5;
  for (let at = 0; at < Math.min(4, lower.length - 1); at++) {
    suffix = Math.imul(suffix ^ lower.charCodeAt(lower.length - 1 - at), 0x01000193);
    ids.push(hashMix(T_SUFFIX, suffix >>> 0));
  }
  const classIds: number[] = [];
  for (let bit = 0; bit < CLASS_BITS; bit++) if (bits & (1 << bit)) classIds.push(hashMix(T_CLASS, bit));
  const lastSuffix = ids[ids.length - 1]!;
  ids.push(...classIds);
  const ends = new Uint32Array(ROLES);
  ends[SELF] = ids.length;
  for (let role = 1; role < ROLES; role++) {
    const salt = ROLE_SALT + role;
    ids.push(hashMix(hashMix(T_LOWER, lowered), salt), hashMix(hashMix(T_SHAPE, shape), salt));
    if (role === PREVIOUS || role === NEXT) {
      for (const id of classIds) ids.push(hashMix(id, salt));
      ids.push(hashMix(lastSuffix, salt));
    }
    ends[role] = ids.length;
  }
  return { ids: Uint32Array.from(ids), ends, lower: lowered, shape };
}

/** What the document says about each token, beyond its word: filled by {@link tokenContext}. */
export interface TokenContext {
  /** Hashes of each token's word in lowercase and of its shape (from its WordFeatures), signed as V8 keeps them unboxed. */
  lower: Int32Array;
  shape: Int32Array;
  /** 1 when the token opens its sentence. */
  initial: Uint8Array;
  /** Block kind (0 paragraph, 1 headline, 2 heading, 3 other), plus 4 when the block is set in capitals. */
  block: Uint8Array;
  /**
   * For a word with capitals: 1, plus 1 when the text also writes it in lowercase, plus 2 when
   * it is capitalised inside a sentence somewhere; 0 for other tokens.
   */
  seen: Uint8Array;
}

/** The lowercase forms of the document {@link tokenContext} reads, and their indexes: kept between calls (a `Map` a document was 5% of what a parse allocated). */
const forms: string[] = [];
const formTable = new StringTable();

/**
 * Fill the per-token context of a document; `lower` and `shape` are left to the caller, who
 * has each token's WordFeatures.
 *
 * @param document The document model.
 * @returns The context, `lower` and `shape` zeroed.
 */
export function tokenContext(document: DocumentModel): TokenContext {
  const { tokens } = document;
  const length = tokens.length;
  const initial = new Uint8Array(length);
  for (const sentence of document.sentences) initial[sentence.opening] = 1;
  // Document-level evidence: a word the text also writes in lowercase, or capitalised mid-sentence.
  // Kept per lowercase form, which each distinct word of the document finds once (`group`), so
  // tokens read typed arrays rather than a set of strings.
  const group = new Int32Array(document.words.length).fill(-1);
  const lowerSeen = new Uint8Array(document.words.length);
  const capitalMid = new Uint8Array(document.words.length);
  formTable.clear();
  for (let at = 0; at < length; at++) {
    if (tokens.kind(at) !== 'word') continue;
    let form = group[tokens.word(at)]!;
    if (form < 0) {
      const lower = tokens.lower(at);
      const found = formTable.find(lower, forms);
      form = found >= 0 ? found : forms.push(lower) - 1;
      if (found < 0) formTable.addAt(found, form, forms);
      group[tokens.word(at)] = form;
    }
    if (!tokens.cap(at)) lowerSeen[form] = 1;
    else if (!initial[at] && tokens.sentence(at) >= 0) capitalMid[form] = 1;
  }
  forms.length = 0;
  const seen = new Uint8Array(length);
  for (let at = 0; at < length; at++) {
    if (tokens.kind(at) === 'word' && tokens.lower(at) !== tokens.text(at)) {
      const form = group[tokens.word(at)]!;
      seen[at] = 1 + lowerSeen[form]! + capitalMid[form]! * 2;
    }
  }
  const block = new Uint8Array(length);
  for (const item of document.blocks) {
    let code = item.kind === 'paragraph' ? 0 : item.kind === 'headline' ? 1 : item.kind === 'heading' ? 2 : 3;
    let upper = 0;
    let words = 0;
    for (let at = item.tokens[0]; at < item.tokens[1]; at++) {
      if (tokens.kind(at) !== 'word' || tokens.text(at).length < 2) continue;
      words++;
      if (tokens.upper(at)) upper++;
    }
    if (words >= 2 && upper >= words * 0.8) code += 4;
    block.fill(code, item.tokens[0], item.tokens[1]);
  }
  return { lower: new Int32Array(length), shape: new Int32Array(length), initial, block, seen };
}

const EDGE_IDS: number[] = [];
for (let role = 0; role < ROLES; role++) EDGE_IDS.push(hashMix(hashMix(T_EDGE, role), ROLE_SALT + role));

/** The feature id of the sequence edge in a role (the word before the first, after the last). */
export function edgeFeature(role: number): number {
  return EDGE_IDS[role]!;
}

/** How many ids {@link contextFeatures} writes. */
export const CONTEXT_FEATURES = 5;

/** The sentence-opening feature: 1 when the token opens its sentence, plus 2 when it opens its sequence, with its shape. */
function initialFeature(opening: number, shape: number): number {
  return hashMix(hashMix(T_INITIAL, opening), shape);
}

/** The block feature: the block's code ({@link TokenContext.block}) with the token's shape. */
function blockFeature(block: number, shape: number): number {
  return hashMix(hashMix(T_BLOCK, block), shape);
}

/**
 * The context features of most positions, which their word's shape alone settles there: not
 * opening a sentence or a sequence, in a paragraph not set in capitals. A tagger adds them
 * through the word's own row (kept between documents), leaves them out of
 * `contextFeatures(..., folded)`, and takes them off where a position differs
 * ({@link unfoldedFeatures}).
 *
 * @param shape Hash of the word's shape.
 * @returns The two ids.
 */
export function wordContextFeatures(shape: number): [number, number] {
  return [initialFeature(0, shape), blockFeature(0, shape)];
}

/**
 * The ids of {@link wordContextFeatures} that a position does not have, to take off its score.
 *
 * @param context The document's token context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param out Receives feature ids (at most two).
 * @returns How many were written.
 */
export function unfoldedFeatures(context: TokenContext, position: number, from: number, out: Uint32Array): number {
  const shape = context.shape[position]!;
  let at = 0;
  if ((context.initial[position]! | (position === from ? 2 : 0)) !== 0) out[at++] = initialFeature(0, shape);
  if (context.block[position]! !== 0) out[at++] = blockFeature(0, shape);
  return at;
}

/**
 * The features of a position that are not one word's and take many values: sentence opening
 * with shape, block kind with shape, neighbouring word pairs, and the shapes around it. Written
 * to `out` from `at`; returns the new end.
 *
 * @param context The document's token context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @param folded Leave out the opening and block features where they are {@link wordContextFeatures}.
 * @returns The index after the last id written.
 */
export function contextFeatures(context: TokenContext, position: number, from: number, to: number, out: Uint32Array | number[], at: number, folded = false): number {
  const shape = context.shape[position]!;
  const lower = context.lower[position]!;
  const first = position === from;
  const last = position + 1 >= to;
  const opening = context.initial[position]! | (first ? 2 : 0);
  const block = context.block[position]!;
  if (!folded || opening !== 0) out[at++] = initialFeature(opening, shape);
  if (!folded || block !== 0) out[at++] = blockFeature(block, shape);
  out[at++] = hashMix(hashMix(T_BIGRAM_BEFORE, first ? 0 : context.lower[position - 1]!), lower);
  out[at++] = hashMix(hashMix(T_BIGRAM_AFTER, last ? 0 : context.lower[position + 1]!), lower);
  out[at++] = hashMix(hashMix(hashMix(T_SHAPES, first ? 0 : context.shape[position - 1]!), shape), last ? 0 : context.shape[position + 1]!);
  return at;
}

const contextIds = new Uint32Array(CONTEXT_FEATURES);

/**
 * All the features of a position that are not one word's, in the order the model was trained
 * on: the bias, the first two {@link contextFeatures}, what the document says of the word
 * ({@link docFeature}), then the other context features. Training reads these; the tagger adds
 * the bias and the document feature as one row by the document code, and the rest one by one.
 *
 * @param context The document's token context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives feature ids.
 * @param at Where to write.
 * @returns The index after the last id written.
 */
export function positionFeatures(context: TokenContext, position: number, from: number, to: number, out: Uint32Array | number[], at: number): number {
  contextFeatures(context, position, from, to, contextIds, 0);
  out[at++] = BIAS_FEATURE;
  out[at++] = contextIds[0]!;
  out[at++] = contextIds[1]!;
  out[at++] = docFeature(context.seen[position]!);
  for (let index = 2; index < CONTEXT_FEATURES; index++) out[at++] = contextIds[index]!;
  return at;
}

/** The bias feature's id: every position has it. */
export const BIAS_FEATURE = T_BIAS;

/** How many values {@link TokenContext.seen} takes. */
export const DOC_CODES = 5;

/**
 * The id of the feature for what the document says of a word ({@link TokenContext.seen}).
 *
 * @param seen The token's `seen` code.
 * @returns The feature id.
 */
export function docFeature(seen: number): number {
  return hashMix(T_DOC, seen);
}

/** How many ids {@link positionFeatures} writes. */
export const POSITION_FEATURES = 2 + CONTEXT_FEATURES;
