// BIO tagging over any set of span types: labels, the transitions they allow, and the
// conversion between spans and labels. Label 0 is O; type t has B and I at 1 + 2t + 0..1.
// The attribution tagger's scheme: half the labels of BILOU (7 for its three types, not 13), so
// half the scores to add and a quarter of the transitions to try at every token, for the same
// accuracy (see MODEL.md). The entity tagger keeps BILOU, which tells a one-word name from the
// first word of a longer one ("Iran" of "Iran Air") better.
import type { TagScheme, TokenSpan } from './spans.js';

/** The position of a token in a span: Begin, Inside. */
const B = 0;
const I = 1;

/**
 * How many labels BIO tagging over `typeCount` types has.
 *
 * @param typeCount Number of span types.
 * @returns `1 + 2 * typeCount`.
 */
export function labelCount(typeCount: number): number {
  return 1 + 2 * typeCount;
}

/**
 * Label names ("O", "B-PER", "I-PER", ...), for reports.
 *
 * @param types Names of the span types.
 * @returns One name a label.
 */
export function labelNames(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((type) => ['B', 'I'].map((part) => `${part}-${type}`))];
}

/**
 * Which label may follow which: an `(n + 1) x (n + 1)` table of 0/1, row the label before,
 * column the label after; index `n` stands for the sequence's start (as a row) and end (as a
 * column). I of a type goes on from B or I of that type only; O and B follow anything, and any
 * label ends a sequence.
 *
 * @param typeCount Number of span types.
 * @returns The table, row-major.
 */
export function allowedTransitions(typeCount: number): Uint8Array {
  const n = labelCount(typeCount);
  const allowed = new Uint8Array((n + 1) * (n + 1));
  const typeOf = (label: number) => Math.floor((label - 1) / 2);
  for (let before = 0; before <= n; before++) {
    for (let after = 0; after <= n; after++) {
      const inside = after > 0 && after < n && (after - 1) % 2 === I;
      const ok = !inside || (before > 0 && before < n && typeOf(before) === typeOf(after));
      allowed[before * (n + 1) + after] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/**
 * Write the BIO labels of `spans` over `length` tokens into `out` (O elsewhere). Spans must
 * not overlap; later ones overwrite earlier ones where they do.
 *
 * @param spans Token spans with type indices.
 * @param length Number of tokens.
 * @param out Where to write, at least `length` long.
 */
export function spansToLabels(spans: readonly TokenSpan[], length: number, out: Uint8Array): void {
  out.fill(0, 0, length);
  for (const { from, to, type } of spans) {
    const base = 1 + 2 * type;
    out[from] = base + B;
    for (let at = from + 1; at < to; at++) out[at] = base + I;
  }
}

/**
 * Read spans back from BIO labels. A well-formed sequence (as the decoder returns) gives
 * exactly its spans; a broken one is read leniently (an I without its B opens a span).
 *
 * @param labels Labels, one a token.
 * @param length Number of tokens.
 * @returns The spans in order.
 */
export function labelsToSpans(labels: ArrayLike<number>, length: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let at = 0; at < length; at++) {
    const label = labels[at]!;
    const type = label === 0 ? -1 : Math.floor((label - 1) / 2);
    const part = label === 0 ? -1 : (label - 1) % 2;
    if (open >= 0 && (type !== openType || part === B)) {
      spans.push({ from: open, to: at, type: openType });
      open = -1;
    }
    if (label !== 0 && open < 0) {
      open = at;
      openType = type;
    }
  }
  if (open >= 0) spans.push({ from: open, to: length, type: openType });
  return spans;
}

/** The BIO scheme, as `decodeSpans` (./spans) takes it. */
export const BIO: TagScheme = { labelCount, labelNames, allowedTransitions, spansToLabels, labelsToSpans };
