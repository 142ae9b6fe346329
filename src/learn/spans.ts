// What the taggers share past their tagging scheme: token spans, the scheme's interface
// (./bilou for the entity tagger, ./bio for the attribution tagger), and the loop that scores
// and decodes each token range of a document.
import type { ViterbiDecoder } from './viterbi.js';

/** A span of tokens `[from, to)` of one type (an index into the scheme's types). */
export interface TokenSpan {
  from: number;
  to: number;
  type: number;
}

/** A tagging scheme: how spans of some types become labels and back, and which label may follow which. */
export interface TagScheme {
  /** How many labels tagging over `typeCount` types has (label 0 is O). */
  labelCount(typeCount: number): number;
  /** Label names ("O", "B-PER", ...), for reports. */
  labelNames(types: readonly string[]): string[];
  /** The `(n + 1) x (n + 1)` 0/1 table of allowed transitions (index `n`: start as a row, end as a column). */
  allowedTransitions(typeCount: number): Uint8Array;
  /** Write the labels of non-overlapping spans over `length` tokens (O elsewhere). */
  spansToLabels(spans: readonly TokenSpan[], length: number, out: Uint8Array): void;
  /** Read spans back from labels (leniently from a broken sequence). */
  labelsToSpans(labels: ArrayLike<number>, length: number): TokenSpan[];
}

// Score buffers kept between calls of `decodeSpans`, grown when a sequence needs more, and let go
// after a call that needed far less than they hold (a megabyte with no sentence end grows them
// to some 40 MB, which a server should not keep for the short articles after it).
let emissions = new Float32Array(0);
let labels = new Uint8Array(0);

/** Buffers longer than this many entries are let go once a call needs under an eighth of them. */
export const KEEP_ENTRIES = 1 << 20;

/**
 * How many entries the kept score and label buffers hold (for tests of their release).
 *
 * @returns Entries of both buffers.
 */
export function retainedSpanBuffers(): number {
  return emissions.length + labels.length;
}

/**
 * Tag each token range of a document: `fill(first, end, emissions, from, to)` writes the scores
 * of positions `[first, end)` of range `[from, to)` (`labels` a position, from row 0), the
 * decoder finds their best labels, and those are read back as spans. The taggers share this
 * loop; only how they score a position differs.
 *
 * With `open`, only positions marked in it are scored: the others are known to be O, so the
 * runs of open positions between them are decoded apart, each from and to O where it meets one.
 * That is exactly the decode of the whole range with those positions held to O.
 *
 * @param decoder A decoder over the scheme's labels.
 * @param scheme The tagging scheme, which reads the labels back as spans.
 * @param ranges Token ranges `[from, to)`, in order.
 * @param transitions The model's transition scores.
 * @param fill Writes the emission scores of a run of positions within a range.
 * @param open Per document token, whether it may be in a span (all when absent).
 * @returns The spans found, in document tokens, in order.
 */
export function decodeSpans(
  decoder: ViterbiDecoder,
  scheme: TagScheme,
  ranges: ReadonlyArray<readonly [number, number]>,
  transitions: Float32Array,
  fill: (first: number, end: number, emissions: Float32Array, from: number, to: number) => void,
  open?: Uint8Array,
): TokenSpan[] {
  const width = decoder.labels;
  const found: TokenSpan[] = [];
  let longest = 0;
  for (const [from, to] of ranges) {
    let first = from;
    while (first < to) {
      if (open && !open[first]) {
        first++;
        continue;
      }
      let end = open ? first + 1 : to;
      while (end < to && open![end]) end++;
      const length = end - first;
      if (length > longest) longest = length;
      // Each buffer grows on its own: the taggers have different numbers of labels, so scores
      // grown for one tagger's sequence may hold another's longer one, while its labels would not.
      if (emissions.length < length * width) emissions = new Float32Array(length * width * 2);
      if (labels.length < length) labels = new Uint8Array(length * 2);
      fill(first, end, emissions, from, to);
      decoder.decode(emissions, 0, length, transitions, labels, first === from ? width : 0, end === to ? width : 0);
      for (const span of scheme.labelsToSpans(labels, length)) found.push({ from: first + span.from, to: first + span.to, type: span.type });
      first = end;
    }
  }
  if (emissions.length > KEEP_ENTRIES && emissions.length > 8 * longest * width) emissions = new Float32Array(0);
  if (labels.length > KEEP_ENTRIES && labels.length > 8 * longest) labels = new Uint8Array(0);
  return found;
}
