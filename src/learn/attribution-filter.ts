// A learned decision over the attribution tagger's quotes: keep a quote or leave it out. The
// tagger's quotes have a wrong speaker far more often than the rules' (PolNeAR train,
// cross-validated: 78.8% right against 93.6%), and a quote left out costs attributed recall
// nothing when its speaker is wrong. A logistic regression over hashed facts of the quote (its
// cue, its speaker and how the linker found it, its content) scores each one; see MODEL.md.
import { hashMix } from './hash.js';
import { readSparse } from './pack.js';

/** A quote filter as shipped: integer weights of a table of 2^rowBits rows, packed, and the score a quote must reach. */
export interface PackedQuoteFilter {
  rowBits: number;
  /** Weights are the logistic weights times `scale`, rounded. */
  scale: number;
  /** The least total weight a kept quote has. */
  threshold: number;
  /** The weights, as {@link packWeights} writes them. */
  weights: string;
}

/** A loaded quote filter. */
export interface QuoteFilter {
  weights: Int32Array;
  mask: number;
  threshold: number;
}

/**
 * Read a packed quote filter.
 *
 * @param packed The filter as shipped.
 * @returns The filter, ready to score.
 * @example
 * ```ts
 * const filter = loadQuoteFilter({ rowBits: 4, scale: 1, threshold: 0, weights: '' });
 * filter.weights.length; // 16
 * ```
 */
export function loadQuoteFilter(packed: PackedQuoteFilter): QuoteFilter {
  const size = 1 << packed.rowBits;
  const weights = new Int32Array(size);
  const sparse = readSparse(packed.weights, size, 1);
  for (let at = 0; at < sparse.count; at++) weights[sparse.rows[at]!] = sparse.values[at]!;
  return { weights, mask: size - 1, threshold: packed.threshold };
}

/**
 * Whether the filter keeps a quote: its score reaches the threshold.
 *
 * @param filter The filter.
 * @param ids The quote's feature ids.
 * @returns False when the filter leaves it out.
 * @example
 * ```ts
 * keepsQuote(loadQuoteFilter({ rowBits: 4, scale: 1, threshold: 1, weights: '' }), [1]); // false: 0 < 1
 * ```
 */
export function keepsQuote(filter: QuoteFilter, ids: ArrayLike<number>): boolean {
  return quoteScore(filter, ids) >= filter.threshold;
}

/**
 * The total weight of a quote's features.
 *
 * @param filter The filter.
 * @param ids Feature ids ({@link filterFeature}).
 * @returns The score (the logit times the filter's scale).
 * @example
 * ```ts
 * quoteScore(loadQuoteFilter({ rowBits: 4, scale: 1, threshold: 0, weights: '' }), [1, 2]); // 0
 * ```
 */
export function quoteScore(filter: QuoteFilter, ids: ArrayLike<number>): number {
  let score = 0;
  for (let at = 0; at < ids.length; at++) score += filter.weights[ids[at]! & filter.mask]!;
  return score;
}

/**
 * The id of a filter feature: a template and its value, and optionally a second value (a conjunction).
 *
 * @param template The feature template (a small integer).
 * @param value Its value (a code or a hash).
 * @param other A second value, for a feature joining two facts.
 * @returns A 32-bit id.
 * @example
 * ```ts
 * filterFeature(1, 2) === filterFeature(1, 2); // true
 * ```
 */
export function filterFeature(template: number, value: number, other = 0): number {
  return hashMix(hashMix(0x71f3e + template, value), other);
}
