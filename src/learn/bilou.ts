// BILOU tagging over any set of span types: labels, the transitions they allow, and the
// conversion between spans and labels. Label 0 is O; type t has B, I, L, U at 1 + 4t + 0..3.
import type { TagScheme, TokenSpan } from './spans.js';

/** The position of a token in a span: Begin, Inside, Last, Unit. */
const B = 0;
const I = 1;
const L = 2;
const U = 3;

/**
 * How many labels BILOU tagging over `typeCount` types has.
 *
 * @param typeCount Number of span types.
 * @returns `1 + 4 * typeCount`.
 */
export function labelCount(typeCount: number): number {
  return 1 + 4 * typeCount;
}

/**
 * Label names ("O", "B-PER", ...), for reports.
 *
 * @param types Names of the span types.
 * @returns One name a label.
 */
export function labelNames(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((type) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${type}`))];
}

/**
 * Which label may follow which: an `(n + 1) x (n + 1)` table of 0/1, row the label before,
 * column the label after; index `n` stands for the sequence's start (as a row) and end (as a
 * column). B and I go on with I or L of their type; O, L and U (and the start) go on with O,
 * B or U; only O, L and U end a sequence.
 *
 * @param typeCount Number of span types.
 * @returns The table, row-major.
 */
export function allowedTransitions(typeCount: number): Uint8Array {
  const n = labelCount(typeCount);
  const allowed = new Uint8Array((n + 1) * (n + 1));
  const open = (label: number) => label > 0 && label < n && ((label - 1) % 4 === B || (label - 1) % 4 === I);
  for (let before = 0; before <= n; before++) {
    for (let after = 0; after <= n; after++) {
      let ok: boolean;
      if (before < n && open(before)) {
        // Inside a span: only I or L of the same type, never the end.
        ok = after < n && after > 0 && Math.floor((after - 1) / 4) === Math.floor((before - 1) / 4) && ((after - 1) % 4 === I || (after - 1) % 4 === L);
      } else {
        ok = after === n || after === 0 || (after - 1) % 4 === B || (after - 1) % 4 === U;
      }
      allowed[before * (n + 1) + after] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/**
 * Write the BILOU labels of `spans` over `length` tokens into `out` (O elsewhere). Spans must
 * not overlap; later ones overwrite earlier ones where they do.
 *
 * @param spans Token spans with type indices.
 * @param length Number of tokens.
 * @param out Where to write, at least `length` long.
 */
export function spansToLabels(spans: readonly TokenSpan[], length: number, out: Uint8Array): void {
  out.fill(0, 0, length);
  for (const { from, to, type } of spans) {
    const base = 1 + 4 * type;
    if (to - from === 1) out[from] = base + U;
    else {
      out[from] = base + B;
      for (let at = from + 1; at < to - 1; at++) out[at] = base + I;
      out[to - 1] = base + L;
    }
  }
}

/**
 * Read spans back from BILOU labels. A well-formed sequence (as the decoder returns) gives
 * exactly its spans; a broken one is read leniently (a B or I without its L closes where the
 * type changes).
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
    const type = label === 0 ? -1 : Math.floor((label - 1) / 4);
    const part = label === 0 ? -1 : (label - 1) % 4;
    if (open >= 0 && (type !== openType || part === B || part === U)) {
      spans.push({ from: open, to: at, type: openType });
      open = -1;
    }
    if (part === U) spans.push({ from: at, to: at + 1, type });
    else if (part === B || ((part === I || part === L) && open < 0)) {
      open = at;
      openType = type;
    }
    if (part === L && open >= 0) {
      spans.push({ from: open, to: at + 1, type });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ from: open, to: length, type: openType });
  return spans;
}

/** The BILOU scheme, as `decodeSpans` (./spans) takes it. */
export const BILOU: TagScheme = { labelCount, labelNames, allowedTransitions, spansToLabels, labelsToSpans };
