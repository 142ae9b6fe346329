// A linear sequence model over hashed features: a table of rows, one a feature bucket, each
// holding one weight a label, plus label-to-label transition scores. Weights are integers
// (quantised at training with one scale), so scores add up exactly in a Float32Array.
import { packWeights, unpackWeights } from './pack.js';

/** A model as shipped in a data module: numbers and one packed string, no text of any corpus. */
export interface PackedModel {
  /** Number of labels. */
  labels: number;
  /** The table has `2 ** rowBits` rows. */
  rowBits: number;
  /** What one integer weight unit is worth, for reading scores as the trainer's. */
  scale: number;
  /** Transition weights, `(labels + 1) ** 2`, row before, column after, last index start/end. */
  transitions: readonly number[];
  /** The weight table, packed by `packWeights`, row-major. */
  weights: string;
}

/** A model ready to score: the table decoded, forbidden transitions at `-Infinity`. */
export interface LinearModel {
  labels: number;
  rowBits: number;
  /** `2 ** rowBits - 1`. */
  rowMask: number;
  scale: number;
  weights: Int16Array;
  /** One bit a row, set when the row has a non-zero weight: most rows are empty, and this bitmap stays in cache where the table does not. */
  live: Uint32Array;
  transitions: Float32Array;
}

/**
 * Decode a packed model. `allowed` (as `allowedTransitions` gives) sets forbidden transitions
 * to `-Infinity`, so the decoder never returns a broken label sequence.
 *
 * @param packed The model's data.
 * @param allowed 0/1 table of allowed transitions, the shape of `packed.transitions`.
 * @returns The model.
 * @throws {RangeError} When the data does not fit its own shape.
 */
export function loadModel(packed: PackedModel, allowed?: Uint8Array): LinearModel {
  const side = packed.labels + 1;
  if (packed.transitions.length !== side * side) throw new RangeError(`Expected ${side * side} transitions, got ${packed.transitions.length}`);
  const transitions = new Float32Array(side * side);
  for (let at = 0; at < transitions.length; at++) transitions[at] = allowed && !allowed[at] ? -Infinity : packed.transitions[at]!;
  const rows = 2 ** packed.rowBits;
  const weights = unpackWeights(packed.weights, rows * packed.labels);
  return { labels: packed.labels, rowBits: packed.rowBits, rowMask: rows - 1, scale: packed.scale, weights, live: liveRows(weights, packed.labels), transitions };
}

/** The bitmap of rows with a non-zero weight. */
function liveRows(weights: Int16Array, labels: number): Uint32Array {
  const rows = weights.length / labels;
  const live = new Uint32Array(Math.ceil(rows / 32));
  for (let row = 0; row < rows; row++) {
    for (let label = 0; label < labels; label++) {
      if (weights[row * labels + label] !== 0) {
        live[row >>> 5] = live[row >>> 5]! | (1 << (row & 31));
        break;
      }
    }
  }
  return live;
}

/**
 * Quantise trained weights and pack them: `round(w / scale)`, with weights that round to zero
 * dropped (the table is sparse; that is what keeps it small).
 *
 * @param weights Trained weights, row-major, `2 ** rowBits x labels`.
 * @param transitions Trained transition weights, `(labels + 1) ** 2`.
 * @param shape `labels`, `rowBits` and the `scale` of one integer unit.
 * @returns The packed model.
 */
export function packModel(
  weights: ArrayLike<number>,
  transitions: ArrayLike<number>,
  shape: { labels: number; rowBits: number; scale: number },
): PackedModel {
  const quantised = new Int16Array(weights.length);
  const clamp = (value: number) => Math.max(-32768, Math.min(32767, Math.round(value / shape.scale)));
  for (let at = 0; at < weights.length; at++) quantised[at] = clamp(weights[at]!);
  const packedTransitions: number[] = [];
  for (let at = 0; at < transitions.length; at++) packedTransitions.push(clamp(transitions[at]!));
  return { labels: shape.labels, rowBits: shape.rowBits, scale: shape.scale, transitions: packedTransitions, weights: packWeights(quantised) };
}

/**
 * Add the weights of feature `id` to the scores of one position.
 *
 * @param model The model.
 * @param id A 32-bit feature id (`hashMix` of a template and a value).
 * @param scores The score buffer.
 * @param offset Where the position's row of `model.labels` scores starts.
 */
export function addFeature(model: LinearModel, id: number, scores: Float32Array, offset: number): void {
  const bucket = id & model.rowMask;
  // An empty row adds nothing: skip it without touching the table.
  if ((model.live[bucket >>> 5]! & (1 << (bucket & 31))) === 0) return;
  const { labels, weights } = model;
  const row = bucket * labels;
  for (let label = 0; label < labels; label++) scores[offset + label] = scores[offset + label]! + weights[row + label]!;
}

/**
 * Add another score row to a position's scores (a cached sum of features).
 *
 * @param source Scores to add.
 * @param from Where the row starts in `source`.
 * @param scores The score buffer.
 * @param offset Where the position's row starts in `scores`.
 * @param labels Row length.
 */
export function addRow(source: Float32Array, from: number, scores: Float32Array, offset: number, labels: number): void {
  for (let label = 0; label < labels; label++) scores[offset + label] = scores[offset + label]! + source[from + label]!;
}
