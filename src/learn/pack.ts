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

/**
 * Read a string from {@link packWeights} weight by weight, in index order, without building the
 * table: `visit` gets each nonzero weight's index and value.
 *
 * @param packed The packed string.
 * @param length Size of the table.
 * @param visit Called once a nonzero weight.
 * @throws {RangeError} When the string is not a packing of a table that long.
 */
export function readWeights(packed: string, length: number, visit: (index: number, value: number) => void): void {
  const table = digitTable();
  const end = packed.length;
  const digit = (at: number) => {
    const code = packed.charCodeAt(at);
    const value = code < 128 ? table[code]! : -1;
    if (value < 0) throw new RangeError(`Unexpected character at ${at} of packed weights`);
    return value;
  };
  let index = -1;
  let at = 0;
  while (at < end) {
    let gap = 0;
    let shift = 0;
    let symbol: number;
    do {
      symbol = digit(at++);
      gap += (symbol & 31) * 2 ** shift;
      shift += 5;
    } while (symbol & 32 && at < end);
    index += gap + 1;
    if (index >= length || at >= end) throw new RangeError(`Unexpected packed weights for a table of ${length}`);
    symbol = digit(at++);
    if (symbol === ESCAPE) {
      if (at + 3 > end) throw new RangeError('Unexpected end of packed weights');
      visit(index, ((digit(at) << 12) | (digit(at + 1) << 6) | digit(at + 2)) - 32768);
      at += 3;
    } else visit(index, symbol - SMALL);
  }
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
  readWeights(packed, length, (index, value) => {
    values[index] = value;
  });
  return values;
}
