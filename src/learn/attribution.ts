// The attribution tagger: cue, source and content spans over each block's tokens. Features
// from ./attribution-features; weights from ./attribution-weights (trained by
// scripts/train-quotes.mjs on PolNeAR train, see MODEL.md); BILOU decoding with ./viterbi.
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, labelCount, labelsToSpans } from './bilou.js';
import { type AttributionContext, ATTRIBUTION_FEATURES, ATTRIBUTION_TYPES, attributionFeatures, edgeFeature, ROLES, roleWord, wordCacheGeneration, type WordTable } from './attribution-features.js';
import { ATTRIBUTION_MODEL } from './attribution-weights.js';
import { addFeature, type LinearModel, loadModel, type PackedModel } from './model.js';
import { ViterbiDecoder } from './viterbi.js';

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
// Buffers kept between documents, grown when a document needs more.
let roleScores = new Float32Array(0);
let wordRows = new Int32Array(0);
let emissions = new Float32Array(0);
let labels = new Uint8Array(0);
const positionIds = new Uint32Array(ATTRIBUTION_FEATURES);

/**
 * A model's score rows by word-cache slot (see `wordTable`): each word's features in every role
 * summed once and kept between documents while the word cache holds. Slot 0 is the sequence edge.
 */
interface RowCache {
  generation: number;
  scores: Float32Array;
  filled: Uint8Array;
}

const rowCaches = new WeakMap<LinearModel, RowCache>();

function rowCacheOf(active: LinearModel): RowCache {
  let cache = rowCaches.get(active);
  if (cache) return cache;
  cache = { generation: wordCacheGeneration(), scores: new Float32Array(1024 * ROW), filled: new Uint8Array(1024) };
  for (let role = 0; role < ROLES; role++) addFeature(active, edgeFeature(role), cache.scores, role * LABELS);
  cache.filled[0] = 1;
  rowCaches.set(active, cache);
  return cache;
}

/** Sum the rows of one word's features into `scores` from `offset`. */
function wordRow(active: LinearModel, features: WordTable, word: number, scores: Float32Array, offset: number): void {
  const { offsets, ids } = features;
  scores.fill(0, offset, offset + ROW);
  for (let role = 0; role < ROLES; role++) {
    for (let at = offsets[word * ROLES + role]!; at < offsets[word * ROLES + role + 1]!; at++) addFeature(active, ids[at]!, scores, offset + role * LABELS);
  }
}

/**
 * Each word's score rows for a document: `wordRows[word]` is where they start in the array
 * returned (`wordRows[words]` the edge's). From the kept rows when the table is of the word
 * cache's current generation, else summed for this document alone.
 */
function scoreWords(active: LinearModel, features: WordTable): Float32Array {
  const { words, slots } = features;
  if (wordRows.length < words + 1) wordRows = new Int32Array((words + 1) * 2);
  if (features.generation === wordCacheGeneration()) {
    const cache = rowCacheOf(active);
    if (cache.generation !== features.generation) {
      cache.filled.fill(0, 1);
      cache.generation = features.generation;
    }
    let top = 0;
    for (let word = 0; word < words; word++) top = Math.max(top, slots[word]!);
    if (top >= cache.filled.length) {
      const size = Math.max(top + 1, cache.filled.length * 2);
      const scores = new Float32Array(size * ROW);
      scores.set(cache.scores);
      const filled = new Uint8Array(size);
      filled.set(cache.filled);
      cache.scores = scores;
      cache.filled = filled;
    }
    for (let word = 0; word < words; word++) {
      const slot = slots[word]!;
      if (!cache.filled[slot]) {
        wordRow(active, features, word, cache.scores, slot * ROW);
        cache.filled[slot] = 1;
      }
      wordRows[word] = slot * ROW;
    }
    wordRows[words] = 0;
    return cache.scores;
  }
  const rows = (words + 1) * ROW;
  if (roleScores.length < rows) roleScores = new Float32Array(rows * 2);
  for (let word = 0; word < words; word++) {
    wordRow(active, features, word, roleScores, word * ROW);
    wordRows[word] = word * ROW;
  }
  roleScores.fill(0, words * ROW, rows);
  for (let role = 0; role < ROLES; role++) addFeature(active, edgeFeature(role), roleScores, words * ROW + role * LABELS);
  wordRows[words] = words * ROW;
  return roleScores;
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
 * @param features The document's word table.
 * @param context The document's attribution context.
 * @param position A token index.
 * @param from Start of its sequence.
 * @param to End of its sequence.
 * @param out Receives the ids.
 */
export function attributionIds(features: WordTable, context: AttributionContext, position: number, from: number, to: number, out: number[]): void {
  for (let role = 0; role < ROLES; role++) {
    const word = roleWord(features, position, role, from, to);
    if (word === features.words) out.push(edgeFeature(role));
    else for (let at = features.offsets[word * ROLES + role]!; at < features.offsets[word * ROLES + role + 1]!; at++) out.push(features.ids[at]!);
  }
  const start = out.length;
  out.length = start + ATTRIBUTION_FEATURES;
  attributionFeatures(context, features, position, from, to, out, start);
}

/**
 * Find cues, sources and contents of attributions in a document.
 *
 * @param document The document model.
 * @param features The document's word table (`wordTable`).
 * @param context The document's attribution context.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The spans found, in token order.
 */
export function tagAttributions(document: DocumentModel, features: WordTable, context: AttributionContext, use?: LinearModel): AttributionSpan[] {
  const active = use ?? (model ??= loadAttributionModel());
  decoder ??= new ViterbiDecoder(LABELS);
  const { words, tokenWord } = features;
  const rowScores = scoreWords(active, features);

  const found: AttributionSpan[] = [];
  for (const [from, to] of attributionRanges(document)) {
    const length = to - from;
    if (emissions.length < length * LABELS) {
      emissions = new Float32Array(length * LABELS * 2);
      labels = new Uint8Array(length * 2);
    }
    for (let position = from; position < to; position++) {
      const row = (position - from) * LABELS;
      // Role offsets as ROLE_OFFSETS reads them (self, -1, +1, -2, +2); `words` is the edge row.
      const self = wordRows[tokenWord[position]!]!;
      const previous = wordRows[position - 1 < from ? words : tokenWord[position - 1]!]! + LABELS;
      const next = wordRows[position + 1 >= to ? words : tokenWord[position + 1]!]! + 2 * LABELS;
      const previous2 = wordRows[position - 2 < from ? words : tokenWord[position - 2]!]! + 3 * LABELS;
      const next2 = wordRows[position + 2 >= to ? words : tokenWord[position + 2]!]! + 4 * LABELS;
      for (let label = 0; label < LABELS; label++) {
        emissions[row + label] = rowScores[self + label]! + rowScores[previous + label]! + rowScores[next + label]! + rowScores[previous2 + label]! + rowScores[next2 + label]!;
      }
      const count = attributionFeatures(context, features, position, from, to, positionIds, 0);
      for (let at = 0; at < count; at++) addFeature(active, positionIds[at]!, emissions, row);
    }
    decoder.decode(emissions, 0, length, active.transitions, labels);
    for (const span of labelsToSpans(labels, length)) found.push({ from: from + span.from, to: from + span.to, type: ATTRIBUTION_TYPES[span.type]! });
  }
  return found;
}
