// A linear sequence model over hashed features: a table of rows, one a feature bucket, each
// holding one weight a label, plus label-to-label transition scores. Weights are integers
// (quantised at training with one scale), so scores add up exactly in a Float32Array.
import { packWeights, readSparse } from './pack.js';

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
  /**
   * A hash of what the model was trained on (features of a sample article, lexicon classes):
   * a test compares it with what the current source computes, so a change that needs
   * retraining is caught. Absent in models made by hand.
   */
  inputs?: string;
}

/** A model ready to score: the table decoded, forbidden transitions at `-Infinity`. */
export interface LinearModel {
  labels: number;
  rowBits: number;
  /** `2 ** rowBits - 1`. */
  rowMask: number;
  scale: number;
  /**
   * The rows with a non-zero weight, in row order, `labels` weights each: most of the table's
   * rows are empty, and leaving them out keeps the table small enough to stay in cache. Int8
   * when every weight fits (the shipped models), else Int16.
   */
  weights: Int8Array | Int16Array;
  /** One bit a row of the full table, set when the row is kept in `weights`. */
  live: Uint32Array;
  /** Per 32 rows of the full table: how many kept rows come before them (`rank[i]` for `live[i]`). */
  rank: Uint32Array;
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
  return { labels: packed.labels, rowBits: packed.rowBits, rowMask: rows - 1, scale: packed.scale, ...compact(packed.weights, rows, packed.labels), transitions };
}

/** The table's non-empty rows, read from the packed string, with the bitmap and rank index that find them. */
function compact(packed: string, rows: number, labels: number): Pick<LinearModel, 'weights' | 'live' | 'rank'> {
  // First the nonzero weights as the string lists them, in index order.
  const sparse = readSparse(packed, rows * labels, labels);
  const { count, values } = sparse;
  const live = new Uint32Array(Math.ceil(rows / 32));
  const weights = sparse.narrow ? new Int8Array(sparse.rowCount * labels) : new Int16Array(sparse.rowCount * labels);
  let last = -1;
  let base = -labels;
  for (let at = 0; at < count; at++) {
    const row = sparse.rows[at]!;
    if (row !== last) {
      last = row;
      base += labels;
      live[row >>> 5] = live[row >>> 5]! | (1 << (row & 31));
    }
    weights[base + sparse.columns[at]!] = values[at]!;
  }
  const rank = new Uint32Array(live.length);
  for (let word = 1; word < live.length; word++) rank[word] = rank[word - 1]! + bitCount(live[word - 1]!);
  return { weights, live, rank };
}

/** Number of set bits in a 32-bit value. */
function bitCount(value: number): number {
  value -= (value >>> 1) & 0x55555555;
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
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
 * Where the weights of feature `id` start in `model.weights`, or -1 when its row is empty.
 *
 * @param model The model.
 * @param id A 32-bit feature id (`hashMix` of a template and a value).
 * @returns The row's first index, or -1.
 */
export function weightRow(model: LinearModel, id: number): number {
  const bucket = id & model.rowMask;
  const word = model.live[bucket >>> 5]!;
  const bit = 1 << (bucket & 31);
  // An empty row adds nothing: skip it without touching the table.
  if ((word & bit) === 0) return -1;
  return (model.rank[bucket >>> 5]! + bitCount(word & (bit - 1))) * model.labels;
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
  const row = weightRow(model, id);
  if (row < 0) return;
  const { labels, weights } = model;
  for (let label = 0; label < labels; label++) scores[offset + label] = scores[offset + label]! + weights[row + label]!;
}

/**
 * Take the weights of feature `id` off the scores of one position: a tagger that adds a feature
 * through a row shared by most positions takes it off where a position has another value.
 * Weights are integers, so adding and taking off leave exact sums.
 *
 * @param model The model.
 * @param id A 32-bit feature id.
 * @param scores The score buffer.
 * @param offset Where the position's row of `model.labels` scores starts.
 */
export function subtractFeature(model: LinearModel, id: number, scores: Float32Array, offset: number): void {
  const row = weightRow(model, id);
  if (row < 0) return;
  const { labels, weights } = model;
  for (let label = 0; label < labels; label++) scores[offset + label] = scores[offset + label]! - weights[row + label]!;
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

/**
 * The rows one position's scores are the sum of, gathered before they are summed: the five word
 * rows of its roles (starts in a tagger's `WordRows.rows`), the model rows of its hashed
 * features, and rows of a tagger's own table (by document code, by dense feature code). Both
 * taggers fill one and call {@link PositionRows.sumInto}: one pass over the labels writes each
 * score once, and the rows' reads do not wait on each other (the entity tagger 13% faster than
 * adding row after row into the scores).
 */
export class PositionRows {
  /** Starts of the word rows, one a role (`WordRows.roleRows` fills them). */
  readonly words = new Int32Array(5);
  /** Starts in `LinearModel.weights` of the features that have a row, `weightCount` of them. */
  readonly weights: Int32Array;
  weightCount = 0;
  /** Starts in the tagger's own table, `ownCount` of them. */
  readonly own: Int32Array;
  ownCount = 0;

  /**
   * @param features The most hashed features a position has.
   * @param own The most rows of the tagger's own table a position adds.
   */
  constructor(features: number, own: number) {
    this.weights = new Int32Array(features);
    this.own = new Int32Array(own);
  }

  /**
   * Keep where the rows of features `ids[0 .. count)` start, leaving out those with no row.
   *
   * @param model The model.
   * @param ids Feature ids.
   * @param count How many of `ids` to read.
   */
  findWeights(model: LinearModel, ids: Uint32Array, count: number): void {
    let found = 0;
    for (let at = 0; at < count; at++) {
      const start = weightRow(model, ids[at]!);
      if (start >= 0) this.weights[found++] = start;
    }
    this.weightCount = found;
  }

  /**
   * Write the sum of the rows to `scores[offset .. offset + labels)`.
   *
   * Labels are summed a block at a time, each label of the block in a local, in one pass over the
   * rows: seven at once for the attribution tagger's seven labels, four at once for the entity
   * tagger's seventeen (and one left). A pass over the rows a label read each row's start again
   * for every label and kept one sum: one pass for all seven takes the attribution tagger's
   * instructions from 1,055 to 872 million a pass over 300 BBC articles (valgrind), blocks of four
   * the entity tagger's from 554 to 502 million. Weights are integers, so the order of adding does
   * not change a sum.
   *
   * @param scores The score buffer.
   * @param offset Where the position's scores start.
   * @param labels Scores a row.
   * @param wordTable The word rows the word starts point into.
   * @param model The model the weight starts point into.
   * @param ownTable The table the own starts point into.
   */
  sumInto(scores: Float32Array, offset: number, labels: number, wordTable: Float32Array | Int16Array, model: LinearModel, ownTable: Float32Array): void {
    // One function, no calls: the blocks as methods of their own were not inlined, and cost the
    // entity tagger 6% more instructions.
    const { words, weights, own, weightCount, ownCount } = this;
    const table = model.weights;
    if (labels === 7) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let s4 = 0;
      let s5 = 0;
      let s6 = 0;
      for (let role = 0; role < 5; role++) {
        const at = words[role]!;
        s0 += wordTable[at]!;
        s1 += wordTable[at + 1]!;
        s2 += wordTable[at + 2]!;
        s3 += wordTable[at + 3]!;
        s4 += wordTable[at + 4]!;
        s5 += wordTable[at + 5]!;
        s6 += wordTable[at + 6]!;
      }
      for (let row = 0; row < weightCount; row++) {
        const at = weights[row]!;
        s0 += table[at]!;
        s1 += table[at + 1]!;
        s2 += table[at + 2]!;
        s3 += table[at + 3]!;
        s4 += table[at + 4]!;
        s5 += table[at + 5]!;
        s6 += table[at + 6]!;
      }
      for (let row = 0; row < ownCount; row++) {
        const at = own[row]!;
        s0 += ownTable[at]!;
        s1 += ownTable[at + 1]!;
        s2 += ownTable[at + 2]!;
        s3 += ownTable[at + 3]!;
        s4 += ownTable[at + 4]!;
        s5 += ownTable[at + 5]!;
        s6 += ownTable[at + 6]!;
      }
      scores[offset] = s0;
      scores[offset + 1] = s1;
      scores[offset + 2] = s2;
      scores[offset + 3] = s3;
      scores[offset + 4] = s4;
      scores[offset + 5] = s5;
      scores[offset + 6] = s6;
      return;
    }
    let label = 0;
    for (; label + 4 <= labels; label += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let role = 0; role < 5; role++) {
        const at = words[role]! + label;
        s0 += wordTable[at]!;
        s1 += wordTable[at + 1]!;
        s2 += wordTable[at + 2]!;
        s3 += wordTable[at + 3]!;
      }
      for (let row = 0; row < weightCount; row++) {
        const at = weights[row]! + label;
        s0 += table[at]!;
        s1 += table[at + 1]!;
        s2 += table[at + 2]!;
        s3 += table[at + 3]!;
      }
      for (let row = 0; row < ownCount; row++) {
        const at = own[row]! + label;
        s0 += ownTable[at]!;
        s1 += ownTable[at + 1]!;
        s2 += ownTable[at + 2]!;
        s3 += ownTable[at + 3]!;
      }
      const at = offset + label;
      scores[at] = s0;
      scores[at + 1] = s1;
      scores[at + 2] = s2;
      scores[at + 3] = s3;
    }
    for (; label < labels; label++) {
      let sum = wordTable[words[0]! + label]! + wordTable[words[1]! + label]! + wordTable[words[2]! + label]! + wordTable[words[3]! + label]! + wordTable[words[4]! + label]!;
      for (let at = 0; at < weightCount; at++) sum += table[weights[at]! + label]!;
      for (let at = 0; at < ownCount; at++) sum += ownTable[own[at]! + label]!;
      scores[offset + label] = sum;
    }
  }
}
