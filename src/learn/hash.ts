// 32-bit hashes for feature ids. Strings are hashed once (a word per document); everything
// built from them (a word with its role, a word pair) combines integers, so no feature string
// is ever built. The same functions run in training and inference, so ids cannot drift.

/** FNV-1a over a string's UTF-16 code units: the document model's, so words hash alike everywhere. */
export { hashString } from '../model/string-table.js';

/**
 * Combine two 32-bit values into one well-mixed 32-bit hash (murmur3's finaliser over a
 * multiply-xor step): `hashMix(template, value)` is the id of a feature. The hash is returned
 * as a signed 32-bit integer, which V8 keeps unboxed: as an unsigned one, half of all ids were
 * numbers allocated on the heap (about 5% of what a parse allocates). Its bits are what count:
 * a feature's row is `id & mask`, and a `Uint32Array` stores the same bits either way.
 *
 * @param a A 32-bit value (a template id or an earlier hash).
 * @param b Another.
 * @returns A 32-bit hash, signed.
 */
export function hashMix(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
