// The words both taggers read, found once: each distinct word of the documents seen gets a
// slot in one cache kept between documents, with the hashes every feature set starts from
// (the word's lowercase and its shape). A tagger keeps its own score rows by slot
// (`WordRows`), so a word common in news costs one map look-up a document for both taggers.
// When the cache is full it starts again keeping its most used words (renumbered, with their
// rows moved along), so over an archive the common words of news are read once, not once a
// few hundred articles.
import type { DocumentModel } from '../model/document.js';
import { hashString, StringTable } from '../model/string-table.js';

/**
 * Words kept between documents; past this the cache starts again (grown for a document larger
 * than it). News reuses a vocabulary of some tens of thousands of words (the 2,225 BBC articles
 * hold 37,600): at 32,768 the cache started again once or twice a pass over them, and about one
 * word in twenty had to be read and scored again; at 65,536 none, and parses are 4% faster. The
 * taggers' rows grow with the words actually read, up to about 16 MB at 65,536 words (16-bit rows).
 */
const CACHE_WORDS = 65536;
/** At most this share of the cache is kept when it starts again. */
const KEEP_SHARE = 0.5;

/** A document's words: per token, its word's slot and hashes, for the cache `generation` they were read in. */
export interface DocumentWords {
  /** Per token: its word's slot in the cache (from 1; 0 is kept for the sequence edge). */
  slots: Int32Array;
  /** Per distinct word of the document (`DocumentModel.words`): its slot. */
  wordSlots: Int32Array;
  /** The highest of `wordSlots` (0 for a document of no words). */
  top: number;
  /** Per token: hash of its word in lowercase (signed, as V8 keeps such numbers unboxed: only the bits count). */
  lower: Int32Array;
  /** Per token: hash of its word's shape (runs of upper, lower, digit and other characters), signed. */
  shape: Int32Array;
  /** The cache generation the slots belong to. */
  generation: number;
}

const cache = {
  /** Each word's slot (its index in `texts`). */
  table: new StringTable(CACHE_WORDS),
  /** Words in the cache (slots 1 to `count`). */
  count: 0,
  /** Bumped whenever the cache starts again, so rows kept by slot elsewhere know to move or go. */
  generation: 0,
  texts: [''] as string[],
  lower: new Int32Array(CACHE_WORDS),
  shape: new Int32Array(CACHE_WORDS),
  /** Per slot: how often its word was read (capped), to choose what to keep. */
  uses: new Uint8Array(CACHE_WORDS),
  /** Where the last start moved each slot of the generation before (0: dropped). */
  moved: new Int32Array(0),
};

const read = new WeakMap<DocumentModel, DocumentWords>();

/**
 * Hash of a word's shape: each run of upper-case, lower-case, digit or other characters
 * counted once (`Xx`, `XX`, `Xx-Xx`, `d.d`), any script's letters by their case.
 *
 * @param text A word.
 * @returns An unsigned 32-bit hash.
 */
export function shapeHash(text: string): number {
  let shape = 0x811c9dc5;
  let last = -1;
  for (let at = 0; at < text.length; at++) {
    const code = shapeCode(text.charCodeAt(at));
    if (code === last) continue;
    last = code;
    shape = Math.imul(shape ^ code, 0x01000193);
  }
  return shape >>> 0;
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

function slotOf(text: string): number {
  const found = cache.table.find(text, cache.texts);
  if (found >= 0) return found;
  const slot = ++cache.count;
  cache.texts[slot] = text;
  cache.table.addAt(found, slot, cache.texts);
  cache.lower[slot] = hashString(text.toLowerCase());
  cache.shape[slot] = shapeHash(text);
  return slot;
}

/**
 * How many words the cache holds now: {@link CACHE_WORDS}, or more while the last document read
 * was larger than that.
 *
 * @returns The number of slots.
 */
export function wordCacheCapacity(): number {
  return cache.lower.length;
}

/**
 * Start the cache again when a document's distinct words might not fit in what is left, growing
 * it for a document of more words than it holds, and shrinking it back for the next one that
 * fits the usual size (a server that once read a huge article does not keep its words). A long
 * document of few words (a 1 MB article has about 200,000 tokens but some 20,000 words) fits
 * beside the words kept, so it neither grows the cache nor drops them.
 *
 * @param tokens The number of distinct words of the document about to be read.
 */
function makeRoom(tokens: number): void {
  const oversized = cache.lower.length > CACHE_WORDS && tokens + 1 <= CACHE_WORDS;
  if (!oversized && cache.count + tokens + 1 <= cache.lower.length) return;
  const capacity = Math.max(CACHE_WORDS, tokens + 1);
  // The most used words stay, up to KEEP_SHARE of the cache and leaving room for this document.
  const room = Math.min(Math.floor(capacity * KEEP_SHARE), capacity - tokens - 1);
  const { uses } = cache;
  const count = new Uint32Array(256);
  for (let slot = 1; slot <= cache.count; slot++) count[uses[slot]!]!++;
  // The lowest use count that keeps no more than `room` words; never words read only once.
  let least = 256;
  for (let kept = 0; least > 2 && kept + count[least - 1]! <= room; ) kept += count[--least]!;
  const moved = new Int32Array(cache.count + 1);
  const texts = [''];
  const lower = capacity !== cache.lower.length ? new Int32Array(capacity) : cache.lower;
  const shape = capacity !== cache.shape.length ? new Int32Array(capacity) : cache.shape;
  const aged = new Uint8Array(capacity);
  cache.table.clear(capacity);
  for (let slot = 1; slot < moved.length; slot++) {
    if (uses[slot]! < least) continue;
    const next = texts.length;
    moved[slot] = next;
    texts.push(cache.texts[slot]!);
    cache.table.add(cache.texts[slot]!, next, texts);
    // Slots only move down, so copying in slot order never overwrites one still to move.
    lower[next] = cache.lower[slot]!;
    shape[next] = cache.shape[slot]!;
    // Counts halve, so words common long ago give way to words common now.
    aged[next] = uses[slot]! >>> 1;
  }
  cache.count = texts.length - 1;
  cache.texts = texts;
  cache.lower = lower;
  cache.shape = shape;
  cache.uses = aged;
  cache.moved = moved;
  cache.generation++;
}

/**
 * The words of a document, read once and shared by the taggers: while the cache has not
 * started again since, a second call returns the same object.
 *
 * @param document The document model.
 * @returns Per token its word's slot and hashes.
 */
export function documentWords(document: DocumentModel): DocumentWords {
  const known = read.get(document);
  if (known && known.generation === cache.generation) return known;
  const { tokens } = document;
  makeRoom(document.words.length);
  // Each distinct word is looked up once, in order of first use, so slots are given as a look-up
  // per token would give them.
  const count = document.words.length;
  const wordSlots = new Int32Array(count);
  // The cache's columns are read once a word, and tokens copy from these: a token per cache read
  // was a read at a random slot of a large table (parses about 1% faster).
  const wordLower = new Int32Array(count);
  const wordShape = new Int32Array(count);
  const wordUses = new Int32Array(count);
  let top = 0;
  for (let word = 0; word < count; word++) {
    const slot = slotOf(document.words[word]!);
    wordSlots[word] = slot;
    wordLower[word] = cache.lower[slot]!;
    wordShape[word] = cache.shape[slot]!;
    if (slot > top) top = slot;
  }
  const slots = new Int32Array(tokens.length);
  const lower = new Int32Array(tokens.length);
  const shape = new Int32Array(tokens.length);
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens.word(at);
    wordUses[word]!++;
    slots[at] = wordSlots[word]!;
    lower[at] = wordLower[word]!;
    shape[at] = wordShape[word]!;
  }
  const { uses } = cache;
  for (let word = 0; word < count; word++) uses[wordSlots[word]!] = Math.min(255, uses[wordSlots[word]!]! + wordUses[word]!);
  const words: DocumentWords = { slots, wordSlots, top, lower, shape, generation: cache.generation };
  read.set(document, words);
  return words;
}

/** What a tagger keeps per word: its score rows, filled from the word's text and hashes. */
export type FillRow = (text: string, lower: number, shape: number, rows: Float32Array, offset: number) => void;

/**
 * One tagger's score rows by word slot, `width` scores each, kept while the word cache holds.
 * Slot 0 is the sequence edge's row, filled once.
 *
 * Rows are filled in slot order, every slot up to the highest a document reads, its own words or
 * not: the cache gives slots in order, so the slots past the last filled are the words new since
 * the tagger last read, and a document whose words are all older needs no look at its words at
 * all. A tagger that reads every document (as `parseArticle`'s do) fills the same rows as one
 * filling its documents' words only; one that skips documents fills their words too, once.
 */
export class WordRows {
  private generation = -1;
  /** Every slot from 1 to this one has its row. */
  private through = 0;
  /** How many slots the rows have room for. */
  private capacity = 1024;
  /** The rows: a slot's start at `slot * width`. */
  rows: Float32Array | Int16Array;
  /** One row as `fill` writes it, before it is copied into narrow rows. */
  private readonly scratch: Float32Array;

  /**
   * @param width Scores a row.
   * @param fill Fills a word's row.
   * @param edge Fills the edge's row (at offset 0, zeroed first).
   * @param narrow Keep the rows as 16-bit integers: only for rows that are sums of few 8-bit
   *   integer weights (a model whose weights are an `Int8Array`), which always fit. Half the
   *   memory, and a row's reads wait less on it: most of a document's rare words' rows are out
   *   of the processor's caches (parses about 1% faster, the taggers alone as much).
   */
  constructor(
    readonly width: number,
    private readonly fill: FillRow,
    edge: (rows: Float32Array) => void,
    narrow = false,
  ) {
    this.scratch = new Float32Array(width);
    edge(this.scratch);
    this.rows = narrow ? new Int16Array(this.capacity * width) : new Float32Array(this.capacity * width);
    this.rows.set(this.scratch);
  }

  /**
   * Where a position's five role rows start in {@link rows}: the word's own role, then the
   * words one before, one after, two before and two after in theirs (a row holds five roles of
   * `width / 5` scores, in that order; the sequence edge stands in beyond `[from, to)`). A
   * tagger sums them with its other rows in one pass over the labels.
   *
   * @param slots The document's word slots (`DocumentWords.slots`), rows ensured.
   * @param position A token index.
   * @param from Start of its sequence.
   * @param to End of its sequence.
   * @param out Receives the five starts.
   */
  roleRows(slots: Int32Array, position: number, from: number, to: number, out: Int32Array): void {
    const { width } = this;
    const labels = width / 5;
    out[0] = slots[position]! * width;
    out[1] = (position - 1 < from ? 0 : slots[position - 1]! * width) + labels;
    out[2] = (position + 1 >= to ? 0 : slots[position + 1]! * width) + 2 * labels;
    out[3] = (position - 2 < from ? 0 : slots[position - 2]! * width) + 3 * labels;
    out[4] = (position + 2 >= to ? 0 : slots[position + 2]! * width) + 4 * labels;
  }

  /** Make room for `size` slots' rows, keeping the first ones' (all of them when growing). */
  private resize(size: number): void {
    const rows = this.rows instanceof Int16Array ? new Int16Array(size * this.width) : new Float32Array(size * this.width);
    rows.set(this.rows.subarray(0, Math.min(rows.length, this.rows.length)));
    this.rows = rows;
    this.capacity = size;
  }

  /**
   * Follow the cache's last start: rows of kept words move to their new slots, the rest go.
   *
   * @returns The new {@link through}: kept words keep their order, so the kept ones of slots
   *   `1 .. through` are the first slots after the start.
   */
  private move(moved: Int32Array): number {
    const { rows, width } = this;
    // Slots only move down, so going up never overwrites a row still to move.
    let through = 0;
    const end = Math.min(this.through + 1, moved.length);
    for (let slot = 1; slot < end; slot++) {
      const next = moved[slot]!;
      if (next === 0) continue;
      rows.copyWithin(next * width, slot * width, (slot + 1) * width);
      through = next;
    }
    return through;
  }

  /**
   * Make sure every word of a document has its row.
   *
   * @param words The document's words.
   * @returns The rows (the array may be new after the call).
   */
  ensure(words: DocumentWords): Float32Array | Int16Array {
    const { width } = this;
    if (words.generation !== cache.generation) throw new Error('Expected the words of a document read since the word cache last started again');
    if (this.generation !== words.generation) {
      this.through = this.generation === words.generation - 1 ? this.move(cache.moved) : 0;
      this.generation = words.generation;
      // Rows grown for a huge document shrink back with the cache: every filled slot is below its size now.
      const size = wordCacheCapacity();
      if (this.capacity > 2 * size) this.resize(size);
    }
    const { top } = words;
    if (top <= this.through) return this.rows;
    if (top >= this.capacity) this.resize(Math.max(top + 1, this.capacity * 2));
    const { rows, scratch } = this;
    for (let slot = this.through + 1; slot <= top; slot++) {
      scratch.fill(0);
      this.fill(cache.texts[slot]!, cache.lower[slot]!, cache.shape[slot]!, scratch, 0);
      rows.set(scratch, slot * width);
    }
    this.through = top;
    return rows;
  }
}
