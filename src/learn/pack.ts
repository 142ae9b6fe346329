// Sparse integer weights as a compact ASCII string: each symbol is one base64url character
// carrying 6 bits, so the string sits in a JavaScript module as is (no escapes, no atob) and
// gzip's Huffman stage sees whole symbols: small gaps and small weights, the common case, are
// frequent symbols and cost few bits. Per nonzero weight: the gap since the last one as 5-bit
// groups (bit 6 says another follows), then the value: one symbol for -31..30, or an escape
// symbol and three more for any 16-bit value.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ESCAPE = 62;
const SMALL = 31;
let digits: Int8Array | undefined;

function digitTable(): Int8Array {
  if (digits) return digits;
  digits = new Int8Array(128).fill(-1);
  for (let at = 0; at < ALPHABET.length; at++) digits[ALPHABET.charCodeAt(at)] = at;
  return digits;
}

/**
 * Encode integer weights, most of them zero, as a string of base64url symbols.
 *
 * @param values Weights, each within the 16-bit signed range.
 * @returns The packed string.
 */
export function packWeights(values: ArrayLike<number>): string {
  const out: string[] = [];
  let last = -1;
  for (let at = 0; at < values.length; at++) {
    const value = values[at]!;
    if (value === 0) continue;
    if (!Number.isInteger(value) || value < -32768 || value > 32767) throw new RangeError(`Expected a 16-bit integer at ${at}, got ${value}`);
    let gap = at - last - 1;
    last = at;
    do {
      const group = gap & 31;
      gap >>>= 5;
      out.push(ALPHABET[gap > 0 ? group | 32 : group]!);
    } while (gap > 0);
    if (value >= -SMALL && value < SMALL) out.push(ALPHABET[value + SMALL]!);
    else {
      const shifted = value + 32768;
      out.push(ALPHABET[ESCAPE]!, ALPHABET[shifted >>> 12]!, ALPHABET[(shifted >>> 6) & 63]!, ALPHABET[shifted & 63]!);
    }
  }
  return out.join('');
}

/** The 6-bit value of the symbol at `at`, or -1 for a character that is none. */
function digitAt(packed: string, at: number, table: Int8Array): number {
  const code = packed.charCodeAt(at);
  return code < 128 ? table[code]! : -1;
}

/**
 * Nonzero weights of a packed table read as rows of `width`, in index order: row `rows[i]`,
 * column `columns[i]` holds `values[i]`, for `i < count`.
 */
export interface SparseWeights {
  rows: Uint32Array;
  columns: Uint8Array;
  values: Int16Array;
  count: number;
  /** How many distinct rows hold a weight. */
  rowCount: number;
  /** Whether every value fits in 8 bits. */
  narrow: boolean;
}

/**
 * Read a string from {@link packWeights} into arrays of its nonzero weights, in one loop with
 * no call per weight: a model is read once, while its code is still cold, so this is what
 * loading costs.
 *
 * @param packed The packed string.
 * @param length Size of the table.
 * @param width Row width (at most 256).
 * @returns The nonzero weights.
 * @throws {RangeError} When the string is not a packing of a table that long.
 */
export function readSparse(packed: string, length: number, width: number): SparseWeights {
  const table = digitTable();
  const end = packed.length;
  // Each weight takes at least two symbols.
  const rows = new Uint32Array(end >>> 1);
  const columns = new Uint8Array(end >>> 1);
  const values = new Int16Array(end >>> 1);
  let count = 0;
  let index = -1;
  // The index as row and column, moved on by each gap: a division only when the row changes.
  let row = 0;
  let column = -1;
  let rowCount = 0;
  let lastRow = -1;
  let narrow = true;
  let at = 0;
  let bad = -1;
  while (at < end) {
    let gap = 0;
    let scale = 1;
    let symbol: number;
    do {
      symbol = digitAt(packed, at++, table);
      if (symbol < 0) break;
      gap += (symbol & 31) * scale;
      scale *= 32;
    } while (symbol & 32 && at < end);
    if (symbol < 0) {
      bad = at - 1;
      break;
    }
    index += gap + 1;
    if (index >= length || at >= end) throw new RangeError(`Unexpected packed weights for a table of ${length}`);
    column += gap + 1;
    if (column >= width) {
      row += Math.floor(column / width);
      column %= width;
    }
    symbol = digitAt(packed, at++, table);
    if (symbol === ESCAPE) {
      if (at + 3 > end) throw new RangeError('Unexpected end of packed weights');
      const a = digitAt(packed, at, table);
      const b = digitAt(packed, at + 1, table);
      const c = digitAt(packed, at + 2, table);
      if (a < 0 || b < 0 || c < 0) {
        bad = at + (a < 0 ? 0 : b < 0 ? 1 : 2);
        break;
      }
      symbol = ((a << 12) | (b << 6) | c) - 32768;
      at += 3;
    } else if (symbol < 0) {
      bad = at - 1;
      break;
    } else symbol -= SMALL;
    if (row !== lastRow) {
      lastRow = row;
      rowCount++;
    }
    if (symbol < -128 || symbol > 127) narrow = false;
    rows[count] = row;
    columns[count] = column;
    values[count++] = symbol;
  }
  if (bad >= 0) throw new RangeError(`Unexpected character at ${bad} of packed weights`);
  return { rows, columns, values, count, rowCount, narrow };
}

/**
 * Decode a string from {@link packWeights} into a table of `length` weights.
 *
 * @param packed The packed string.
 * @param length Size of the table.
 * @returns The weights; those not in the string are zero.
 * @throws {RangeError} When the string is not a packing of a table that long.
 */
export function unpackWeights(packed: string, length: number): Int16Array {
  const values = new Int16Array(length);
  const sparse = readSparse(packed, length, 1);
  for (let at = 0; at < sparse.count; at++) values[sparse.rows[at]!] = sparse.values[at]!;
  return values;
}
