// The attribution tagger: cue, source and content spans over each block's tokens. Features
// from ./attribution-features; weights from ./attribution-weights (trained by
// scripts/train-quotes.mjs on PolNeAR train, see MODEL.md); BIO decoding with ./viterbi.
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, BIO, labelCount } from './bio.js';
import {
  type AttributionContext,
  ATTRIBUTION_FEATURES,
  ATTRIBUTION_TYPES,
  attributionFeatures,
  BIAS_FEATURE,
  blockFeature,
  DENSE_FEATURES,
  denseCodes,
  HASHED_FEATURES,
  hashedFeatures,
  type AttributionWordFeatures,
  attributionWordFeatures,
  edgeFeature,
  PARAGRAPH,
  ROLES,
  roleToken,
  wordPositionFeatures,
} from './attribution-features.js';
import { ATTRIBUTION_MODEL } from './attribution-weights.js';
import { addFeature, type LinearModel, loadModel, type PackedModel, PositionRows, subtractFeature } from './model.js';
import { decodeSpans } from './spans.js';
import { ViterbiDecoder } from './viterbi.js';
import { documentWords, WordRows } from './words.js';

/** A span type of the attribution tagger. */
export type AttributionType = (typeof ATTRIBUTION_TYPES)[number];

/** A span the tagger found: tokens `[from, to)` of the document model, and its type. */
export interface AttributionSpan {
  from: number;
  to: number;
  type: AttributionType;
}

const LABELS = labelCount(ATTRIBUTION_TYPES.length);
const ROW = ROLES * LABELS;
let model: LinearModel | undefined;
let decoder: ViterbiDecoder | undefined;
// Buffers for one position's feature ids, kept between calls.
const positionIds = new Uint32Array(HASHED_FEATURES);
const codes = new Uint32Array(DENSE_FEATURES.length);

/**
 * Each model's score rows by word: a word's features in every role, summed once and kept, with
 * the position features its word settles in its own role (`wordPositionFeatures`).
 */
const wordRows = new WeakMap<LinearModel, WordRows>();

/**
 * A model's score row for each code of each dense feature: `rows[(starts[feature] + code) * LABELS]`.
 * A feature whose code another's settles (`implies`) is added in that one's rows, and the bias
 * (hashed feature 0, the same at every position) in the rows of `BIAS_CARRIER`: a position adds
 * fewer rows, to the same sums (weights are integers, so the order of adding does not matter).
 */
interface DenseRows {
  rows: Float32Array;
  starts: Uint32Array;
}

/** 1 for a dense feature added through another's rows. */
const IMPLIED = new Uint8Array(DENSE_FEATURES.length);
for (const feature of DENSE_FEATURES) if (feature.implies) IMPLIED[feature.implies.feature] = 1;
/** The dense feature whose rows also hold the bias: one that is never implied. */
const BIAS_CARRIER = IMPLIED.indexOf(0);

const denseRows = new WeakMap<LinearModel, DenseRows>();

/**
 * Add what a dense feature's code stands for: its own id, the feature it implies, the hashed
 * features it settles, and the bias if it carries it.
 */
function addDense(active: LinearModel, feature: number, code: number, scores: Float32Array, offset: number): void {
  const { id, implies, folds } = DENSE_FEATURES[feature]!;
  addFeature(active, id(code), scores, offset);
  if (implies) addFeature(active, DENSE_FEATURES[implies.feature]!.id(implies.code(code)), scores, offset);
  if (folds) for (const folded of folds(code)) addFeature(active, folded, scores, offset);
  if (feature === BIAS_CARRIER) addFeature(active, BIAS_FEATURE, scores, offset);
}

function denseRowsOf(active: LinearModel): DenseRows {
  let dense = denseRows.get(active);
  if (dense) return dense;
  const starts = new Uint32Array(DENSE_FEATURES.length + 1);
  DENSE_FEATURES.forEach((feature, index) => (starts[index + 1] = starts[index]! + feature.size));
  const rows = new Float32Array(starts[DENSE_FEATURES.length]! * LABELS);
  DENSE_FEATURES.forEach((feature, index) => {
    for (let code = 0; code < feature.size; code++) addDense(active, index, code, rows, (starts[index]! + code) * LABELS);
  });
  dense = { rows, starts };
  denseRows.set(active, dense);
  return dense;
}

function rowsOf(active: LinearModel): WordRows {
  let rows = wordRows.get(active);
  if (rows) return rows;
  rows = new WordRows(
    ROW,
    (text, lower, shape, scores, offset) => {
      const { ids, ends } = attributionWordFeatures(text, lower, shape);
      let at = 0;
      for (let role = 0; role < ROLES; role++) for (; at < ends[role]!; at++) addFeature(active, ids[at]!, scores, offset + role * LABELS);
      for (const id of wordPositionFeatures(text, shape)) addFeature(active, id, scores, offset);
    },
    (scores) => {
      for (let role = 0; role < ROLES; role++) addFeature(active, edgeFeature(role), scores, role * LABELS);
    },
    // A row sums a few dozen weights at most, one role's word features: 8-bit weights fit 16 bits.
    active.weights instanceof Int8Array,
  );
  wordRows.set(active, rows);
  return rows;
}

/**
 * Load an attribution model, checking it has the labels the tagger needs; the shipped one by default.
 *
 * @param packed The model data.
 * @returns The model.
 */
export function loadAttributionModel(packed: PackedModel = ATTRIBUTION_MODEL): LinearModel {
  if (packed.labels !== LABELS) throw new RangeError(`Expected a model with ${LABELS} labels, got ${packed.labels}`);
  return loadModel(packed, allowedTransitions(ATTRIBUTION_TYPES.length));
}

/** The token sequences the attribution tagger reads: whole blocks (a report and its source often sit in different sentences). */
export function attributionRanges(document: DocumentModel): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const block of document.blocks) if (block.tokens[1] > block.tokens[0]) ranges.push(block.tokens);
  return ranges;
}

/**
 * The feature ids of one position, as training and tagging read them: the word features of
 * its five roles, then the position features. Used by training; tagging adds cached rows.
 *
 * @param context The document's attribution context.
 * @param featuresOf The word features of a token (`attributionWordFeatures` of its word).
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives the ids.
 */
export function attributionIds(
  context: AttributionContext,
  featuresOf: (token: number) => AttributionWordFeatures,
  position: number,
  from: number,
  to: number,
  out: number[],
): void {
  for (let role = 0; role < ROLES; role++) {
    const token = roleToken(position, role, from, to);
    if (token < 0) {
      out.push(edgeFeature(role));
      continue;
    }
    const { ids, ends } = featuresOf(token);
    for (let at = role === 0 ? 0 : ends[role - 1]!; at < ends[role]!; at++) out.push(ids[at]!);
  }
  const start = out.length;
  out.length = start + ATTRIBUTION_FEATURES;
  attributionFeatures(context, position, from, to, out, start);
}

/** The rows of one position's scores (its own rows: its dense features'). */
const gathered = new PositionRows(HASHED_FEATURES, DENSE_FEATURES.length);
/** The dense features a position adds through their own rows: those no other feature implies. */
const ROW_FEATURES = Int32Array.from(DENSE_FEATURES.keys()).filter((feature) => !IMPLIED[feature]);
/** Features of one position whose code is past their table, to add one id at a time. */
const pastTable = new Int32Array(DENSE_FEATURES.length);

/**
 * Gather where a position's dense features' rows start (`gathered.own`). A code past its
 * feature's table (none the features make today) goes to {@link pastTable} instead.
 *
 * @returns How many features went to `pastTable`.
 */
function denseRowsAt(dense: DenseRows, context: AttributionContext, position: number, from: number, to: number): number {
  denseCodes(context, position, from, to, codes);
  let count = 0;
  let past = 0;
  for (let at = 0; at < ROW_FEATURES.length; at++) {
    const feature = ROW_FEATURES[at]!;
    const start = dense.starts[feature]! + codes[feature]!;
    if (start >= dense.starts[feature + 1]!) pastTable[past++] = feature;
    else gathered.own[count++] = start * LABELS;
  }
  gathered.ownCount = count;
  return past;
}


/**
 * How the tagger scores positions: a function that writes the emission scores of positions
 * `[from, to)` of a range (`LABELS` a position, from row 0), as `decodeSpans` calls it. The
 * scores equal the sum of the weights of `attributionIds` at each position (a test checks it);
 * they are found through rows kept by word and by dense code.
 *
 * @param document The document model.
 * @param context The document's attribution context.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The scorer.
 */
export function attributionScorer(document: DocumentModel, context: AttributionContext, use?: LinearModel): (from: number, to: number, emissions: Float32Array) => void {
  const active = use ?? (model ??= loadAttributionModel());
  // Read again if other documents were read since the context was made: slots belong to one cache generation.
  const words = documentWords(document);
  const rows = rowsOf(active);
  rows.ensure(words);
  const dense = denseRowsOf(active);
  const tokenSlots = words.slots;
  return (from, to, emissions) => {
    const table = rows.rows;
    for (let position = from; position < to; position++) {
      const row = (position - from) * LABELS;
      rows.roleRows(tokenSlots, position, from, to, gathered.words);
      gathered.findWeights(active, positionIds, hashedFeatures(context, position, from, to, positionIds, 0, true));
      const past = denseRowsAt(dense, context, position, from, to);
      gathered.sumInto(emissions, row, LABELS, table, active, dense.rows);
      for (let at = 0; at < past; at++) addDense(active, pastTable[at]!, codes[pastTable[at]!]!, emissions, row);
      // The word's row holds a paragraph's block feature; hashedFeatures gave this block's.
      if (context.block[position] !== PARAGRAPH) subtractFeature(active, blockFeature(PARAGRAPH, words.shape[position]!), emissions, row);
    }
  };
}

/**
 * Find cues, sources and contents of attributions in a document.
 *
 * @param document The document model.
 * @param context The document's attribution context.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The spans found, in token order.
 */
export function tagAttributions(document: DocumentModel, context: AttributionContext, use?: LinearModel): AttributionSpan[] {
  const active = use ?? (model ??= loadAttributionModel());
  decoder ??= new ViterbiDecoder(LABELS);
  const spans = decodeSpans(decoder, BIO, attributionRanges(document), active.transitions, attributionScorer(document, context, active));
  // Pushed onto a literal, not mapped: a mapped array's elements kind changes with the tier the
  // code runs in, and the linker reading it was compiled again for each kind.
  const found: AttributionSpan[] = [];
  for (const span of spans) found.push({ from: span.from, to: span.to, type: ATTRIBUTION_TYPES[span.type]! });
  return found;
}
