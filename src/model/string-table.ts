// Strings to their index in a list, by an open-addressing table of indexes at the string's hash,
// probed in steps of one and kept at most half full. The token store finds each token's word in
// one, the taggers' word cache each word's slot: a `Map` of the strings did the same look-ups
// about 2.3 times slower (1.5 million look-ups of the BBC corpus's words, each a fresh string
// as the tokenizer makes them: 150 ms against 66), and a `Map` a document, grown as its words
// came, was 5% of what a parse allocated.

/**
 * FNV-1a over the UTF-16 code units of a string.
 *
 * @param text Any string.
 * @returns An unsigned 32-bit hash.
 * @example
 * ```ts
 * hashString('a'); // 0xe40c292c
 * ```
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The fewest places a table has. */
const LEAST_PLACES = 1024;

/**
 * The index of each string of a list (the caller's, which the table reads but never changes).
 *
 * @example
 * ```ts
 * const words: string[] = [];
 * const table = new StringTable();
 * table.add('news', words.push('news') - 1, words);
 * table.get('news', words); // 0
 * table.get('mark', words); // -1
 * ```
 */
export class StringTable {
  /** Per place, the index of the string there plus one (0: empty). */
  private places: Int32Array;
  private count = 0;

  /** @param capacity How many strings to make room for at first; the table grows as needed. */
  constructor(capacity = 0) {
    this.places = new Int32Array(placesFor(capacity));
  }

  /**
   * The index of `text`.
   *
   * @param text A string.
   * @param strings The list the table's indexes point into.
   * @returns Its index in `strings`, or -1 when the table does not hold it.
   */
  get(text: string, strings: readonly string[]): number {
    return Math.max(-1, this.find(text, strings));
  }

  /**
   * The index of `text`, or where to add it: a caller that adds a string it did not find hashes
   * it once, not twice.
   *
   * @param text A string.
   * @param strings The list the table's indexes point into.
   * @returns Its index in `strings`, or a negative number to pass to {@link addAt}.
   */
  find(text: string, strings: readonly string[]): number {
    const place = this.placeOf(text, strings);
    const index = this.places[place]!;
    return index !== 0 ? index - 1 : ~place;
  }

  /**
   * Hold `text` at `index`. The table must not hold `text` yet.
   *
   * @param text A string.
   * @param index Its index in `strings`.
   * @param strings The list the table's indexes point into, `text` at `index` in it.
   */
  add(text: string, index: number, strings: readonly string[]): void {
    this.addAt(~this.placeOf(text, strings), index, strings);
  }

  /**
   * Hold a string {@link find} did not find, with nothing added since.
   *
   * @param found What `find` returned.
   * @param index The string's index in `strings`.
   * @param strings The list the table's indexes point into, the string at `index` in it.
   */
  addAt(found: number, index: number, strings: readonly string[]): void {
    this.places[~found] = index + 1;
    if (++this.count * 2 > this.places.length) this.grow(strings);
  }

  /**
   * Hold no string, with room for `capacity` strings: a table grown for a large list goes back
   * to that size rather than be cleared whole.
   *
   * @param capacity How many strings to make room for.
   */
  clear(capacity = 0): void {
    const size = placesFor(capacity);
    if (this.places.length === size) this.places.fill(0);
    else this.places = new Int32Array(size);
    this.count = 0;
  }

  /** Where `text` is, or the empty place it would take. */
  private placeOf(text: string, strings: readonly string[]): number {
    const { places } = this;
    const mask = places.length - 1;
    let at = hashString(text) & mask;
    for (;;) {
      const index = places[at]!;
      if (index === 0 || strings[index - 1] === text) return at;
      at = (at + 1) & mask;
    }
  }

  /** Twice the places, every string put again at its hash. */
  private grow(strings: readonly string[]): void {
    const old = this.places;
    this.places = new Int32Array(old.length * 2);
    for (const index of old) if (index !== 0) this.places[this.placeOf(strings[index - 1]!, strings)] = index;
  }
}

/** Places for `capacity` strings: a power of two, at least twice as many. */
function placesFor(capacity: number): number {
  return Math.max(LEAST_PLACES, 2 ** Math.ceil(Math.log2(Math.max(1, 2 * capacity))));
}
