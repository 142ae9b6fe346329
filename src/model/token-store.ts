import { StringTable } from './string-table.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'clitic' | 'quote' | 'punct';

/**
 * One token of the input, as one object: what {@link TokenStore.token} gives, for tests and
 * debugging. Offsets are UTF-16 indices into the input, end exclusive.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the token's text among the distinct texts of its store (`TokenStore.words`). */
  word: number;
  /** The first character is an uppercase letter. */
  cap: boolean;
  /** Two letters or more, all uppercase ("NATO", "U.S."). */
  upper: boolean;
  /** Index of the sentence the token is in (set when sentences are split; -1 outside them). */
  sentence: number;
  /** A line break stands between the token before it (in the same store) and this one. */
  breakBefore: boolean;
  /**
   * A quote mark that opens, from its shape or, for straight marks and backticks, from the
   * characters beside it; false for other tokens.
   */
  opens: boolean;
  /** Whitespace, or the end of the input, follows the token (how typewriter marks `''` are read). */
  spaceAfter: boolean;
  /** Whitespace, or the start of the input, stands before the token: with `spaceAfter`, whether only whitespace parts two tokens. */
  spaceBefore: boolean;
}

// The flags of a token, packed into one small integer: its kind's index in KINDS, then one bit each.
/** The kinds, in the order their index is stored. */
export const KINDS: readonly TokenKind[] = ['word', 'number', 'clitic', 'quote', 'punct'];
const KIND_MASK = 7;
/** Flag: the first character is an uppercase letter. */
export const CAP = 8;
/** Flag: two letters or more, all uppercase. */
export const UPPER = 16;
/** Flag: a line break comes before the token. */
export const BREAK_BEFORE = 32;
/** Flag: a quote mark that opens. */
export const OPENS = 64;
/** Flag: whitespace or the end follows. */
export const SPACE_AFTER = 128;
/** Flag: whitespace or the start comes before. */
export const SPACE_BEFORE = 256;

/** The numbers a token takes in `TokenStore.columns`. */
const FIELDS = 4;

// Stores of short documents share slabs: each fills the rest of the current slab and keeps a view
// of the part it used. A typed array of its own each cost more to allocate (and to collect) than
// building a short document's tokens takes.
const SLAB_SIZE = 1 << 16;
let slab = new Int32Array(0);
let slabUsed = 0;
/** Whether a store is filling the rest of the slab (only one can). */
let slabLent = false;

function borrowSlab(capacity: number): Int32Array | undefined {
  if (slabLent || capacity * FIELDS > SLAB_SIZE / 4) return undefined;
  if (slab.length - slabUsed < capacity * FIELDS) {
    slab = new Int32Array(SLAB_SIZE);
    slabUsed = 0;
  }
  slabLent = true;
  return slab.subarray(slabUsed);
}

// The word table is shared the same way: one `shared` store at a time fills it, and empties it for
// the next when trimmed (a store made while it is taken gets a table of its own).
let sharedTable: StringTable | undefined = new StringTable();

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}.*\p{L}/u;

/**
 * The tokens of one text, by index: four 32-bit numbers a token in one typed array (a start
 * offset, a word index, a sentence index and flag bits: 16 bytes), the strings held once per
 * distinct word in the store's word table. A token is the document model's most numerous thing
 * (about one per five characters of news): as an object each cost some 80 bytes and the
 * collector's time.
 */
export class TokenStore {
  /** How many tokens the store holds. */
  length: number;
  /** The distinct texts of the tokens, in order of first use: `words[word(i)]` is `text(i)`. */
  readonly words: string[];
  private readonly lowers: string[];
  /** CAP and UPPER, as they hold for each word. */
  private readonly caps: number[];
  /** Each word's index in `words`, while the store is filled (undefined once trimmed). */
  private table: StringTable | undefined;
  /** Whether `table` is the shared one. */
  private sharedTable: boolean;
  /** Four numbers a token, side by side: its start, word, sentence (-1 outside sentences) and flags. */
  private columns: Int32Array;
  /** Whether `columns` is the rest of the shared slab, which the store is filling. */
  private borrowing: boolean;

  /**
   * An empty store.
   *
   * @param capacity How many tokens to make room for at first; the store grows as needed.
   * @param shared Whether a short store may fill a slab shared with other stores: only for a
   *   store that is {@link TokenStore.trim}med when complete, before another shared one is made.
   */
  constructor(capacity = 16, shared = false) {
    this.length = 0;
    this.words = [];
    this.lowers = [];
    this.caps = [];
    this.sharedTable = shared && sharedTable !== undefined;
    this.table = this.sharedTable ? sharedTable : new StringTable();
    if (this.sharedTable) sharedTable = undefined;
    const borrowed = shared ? borrowSlab(Math.max(1, capacity)) : undefined;
    this.columns = borrowed ?? new Int32Array(Math.max(1, capacity) * FIELDS);
    this.borrowing = borrowed !== undefined;
  }

  /** The index of `text` in the word table, added when new. */
  private wordOf(text: string): number {
    // A store pushed to after it was trimmed finds its words again in a table of its own.
    const table = (this.table ??= this.tableOfWords());
    const found = table.find(text, this.words);
    if (found >= 0) return found;
    // ASCII first letters are told apart without a regex.
    const code = text.charCodeAt(0);
    const cap = code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(text);
    const upper = cap && text.length > 1 && !HAS_LOWER.test(text) && LETTERS.test(text);
    const lower = text.toLowerCase();
    const index = this.words.length;
    this.words.push(text);
    // A lowercase form that is itself a word shares that word's string.
    const lowerIndex = lower === text ? -1 : table.get(lower, this.words);
    this.lowers.push(lower === text ? text : lowerIndex === -1 ? lower : this.words[lowerIndex]!);
    this.caps.push((cap ? CAP : 0) | (upper ? UPPER : 0));
    table.addAt(found, index, this.words);
    return index;
  }

  /** A table of the store's words so far. */
  private tableOfWords(): StringTable {
    const table = new StringTable(this.words.length);
    this.words.forEach((word, index) => table.add(word, index, this.words));
    return table;
  }

  private grow(): void {
    const columns = new Int32Array(Math.max(this.columns.length * 2, 64 * FIELDS));
    columns.set(this.columns);
    this.columns = columns;
    if (this.borrowing) {
      // Nothing of the slab was kept: the next store fills the same part.
      this.borrowing = false;
      slabLent = false;
    }
  }

  /**
   * Add a token.
   *
   * @param text Its text.
   * @param start Its start offset.
   * @param bits Its kind's index in {@link KINDS} and its flags but CAP and UPPER, which come from the text.
   */
  push(text: string, start: number, bits: number): void {
    if (this.length * FIELDS === this.columns.length) this.grow();
    const word = this.wordOf(text);
    const at = this.length++ * FIELDS;
    this.columns[at] = start;
    this.columns[at + 1] = word;
    this.columns[at + 2] = -1;
    this.columns[at + 3] = bits | this.caps[word]!;
  }

  /** Let go of the room grown for tokens never added: call when the store is complete. */
  trim(): void {
    if (this.sharedTable) {
      this.table!.clear();
      sharedTable = this.table;
      this.sharedTable = false;
    }
    this.table = undefined;
    if (this.borrowing) {
      this.columns = slab.subarray(slabUsed, slabUsed + this.length * FIELDS);
      slabUsed += this.length * FIELDS;
      this.borrowing = false;
      slabLent = false;
      return;
    }
    // A small store keeps its room: copying it would cost more time than the room costs memory.
    if (this.columns.length - this.length * FIELDS < 4096) return;
    this.columns = this.columns.slice(0, this.length * FIELDS);
  }

  /**
   * Token `index`'s text.
   *
   * @param index A token index, in range.
   * @returns The text.
   */
  text(index: number): string {
    return this.words[this.columns[index * FIELDS + 1]!]!;
  }

  /**
   * Token `index`'s text, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns The text or undefined.
   */
  textAt(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.words[this.columns[index * FIELDS + 1]!] : undefined;
  }

  /**
   * Token `index`'s text in lowercase (the same string as its text when that is lowercase).
   *
   * @param index A token index, in range.
   * @returns The lowercase text.
   */
  lower(index: number): string {
    return this.lowers[this.columns[index * FIELDS + 1]!]!;
  }

  /**
   * Token `index`'s text in lowercase, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns The lowercase text or undefined.
   */
  lowerAt(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.lowers[this.columns[index * FIELDS + 1]!] : undefined;
  }

  /**
   * Token `index`'s start offset.
   *
   * @param index A token index, in range.
   * @returns The UTF-16 offset.
   */
  start(index: number): number {
    return this.columns[index * FIELDS]!;
  }

  /**
   * Token `index`'s start offset, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns The UTF-16 offset or undefined.
   */
  startAt(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.columns[index * FIELDS]! : undefined;
  }

  /**
   * Token `index`'s end offset, exclusive.
   *
   * @param index A token index, in range.
   * @returns The UTF-16 offset.
   */
  end(index: number): number {
    return this.columns[index * FIELDS]! + this.words[this.columns[index * FIELDS + 1]!]!.length;
  }

  /**
   * Token `index`'s kind.
   *
   * @param index A token index, in range.
   * @returns The kind.
   */
  kind(index: number): TokenKind {
    return KINDS[this.columns[index * FIELDS + 3]! & KIND_MASK]!;
  }

  /**
   * Token `index`'s kind, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns The kind or undefined.
   */
  kindAt(index: number): TokenKind | undefined {
    return index >= 0 && index < this.length ? KINDS[this.columns[index * FIELDS + 3]! & KIND_MASK] : undefined;
  }

  /**
   * Token `index`'s word: its text's index in {@link TokenStore.words}.
   *
   * @param index A token index, in range.
   * @returns The word index.
   */
  word(index: number): number {
    return this.columns[index * FIELDS + 1]!;
  }

  /**
   * The sentence token `index` is in.
   *
   * @param index A token index, in range.
   * @returns The sentence index, -1 outside sentences.
   */
  sentence(index: number): number {
    return this.columns[index * FIELDS + 2]!;
  }

  /**
   * The sentence token `index` is in, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns The sentence index (-1 outside sentences) or undefined.
   */
  sentenceAt(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.columns[index * FIELDS + 2]! : undefined;
  }

  /**
   * Set the sentence token `index` is in.
   *
   * @param index A token index, in range.
   * @param sentence The sentence index.
   */
  setSentence(index: number, sentence: number): void {
    this.columns[index * FIELDS + 2] = sentence;
  }

  /**
   * Whether token `index`'s first character is an uppercase letter.
   *
   * @param index A token index, in range.
   * @returns True when capitalised.
   */
  cap(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & CAP) !== 0;
  }

  /**
   * Whether token `index`'s first character is an uppercase letter, or undefined when there is no such token.
   *
   * @param index A token index, in range or not.
   * @returns True when capitalised; undefined out of range.
   */
  capAt(index: number): boolean | undefined {
    return index >= 0 && index < this.length ? (this.columns[index * FIELDS + 3]! & CAP) !== 0 : undefined;
  }

  /**
   * Whether token `index` is two letters or more, all uppercase ("NATO", "U.S.").
   *
   * @param index A token index, in range.
   * @returns True when all uppercase.
   */
  upper(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & UPPER) !== 0;
  }

  /**
   * Whether a line break stands between token `index` and the token before it.
   *
   * @param index A token index, in range.
   * @returns True after a line break.
   */
  breakBefore(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & BREAK_BEFORE) !== 0;
  }

  /**
   * Whether token `index` is a quote mark that opens.
   *
   * @param index A token index, in range.
   * @returns True for an opening mark.
   */
  opens(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & OPENS) !== 0;
  }

  /**
   * Whether whitespace, or the end of the input, follows token `index`.
   *
   * @param index A token index, in range.
   * @returns True when spaced after.
   */
  spaceAfter(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & SPACE_AFTER) !== 0;
  }

  /**
   * Whether whitespace, or the start of the input, stands before token `index`.
   *
   * @param index A token index, in range.
   * @returns True when spaced before.
   */
  spaceBefore(index: number): boolean {
    return (this.columns[index * FIELDS + 3]! & SPACE_BEFORE) !== 0;
  }

  /**
   * The last token starting at or before `offset`: a binary search, as tokens are in source order.
   *
   * @param offset An offset into the input.
   * @returns The token index, or -1 when none starts at or before it.
   */
  lastAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.columns[middle * FIELDS]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /**
   * Token `index` as one object (for tests and debugging: the store's readers use its columns).
   *
   * @param index A token index, in range.
   * @returns The token.
   */
  token(index: number): Token {
    return {
      text: this.text(index),
      lower: this.lower(index),
      start: this.start(index),
      end: this.end(index),
      kind: this.kind(index),
      word: this.word(index),
      cap: this.cap(index),
      upper: this.upper(index),
      sentence: this.sentence(index),
      breakBefore: this.breakBefore(index),
      opens: this.opens(index),
      spaceAfter: this.spaceAfter(index),
      spaceBefore: this.spaceBefore(index),
    };
  }

  /**
   * The texts of tokens `[from, to)`.
   *
   * @param from The first token.
   * @param to The end, exclusive.
   * @returns Their texts, in order.
   */
  texts(from: number, to: number): string[] {
    const texts: string[] = [];
    for (let at = from; at < to; at++) texts.push(this.text(at));
    return texts;
  }
}

/**
 * Every token of a store as one object each (for tests and debugging).
 *
 * @param store The store.
 * @returns Its tokens.
 */
export function tokenList(store: TokenStore): Token[] {
  const list: Token[] = [];
  for (let at = 0; at < store.length; at++) list.push(store.token(at));
  return list;
}
