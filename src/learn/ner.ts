// The entity tagger: features from ./ner-features, weights from ./ner-weights (trained by
// scripts/train-ner.mjs on CoNLL-2003, see MODEL.md), BILOU decoding with ./viterbi.
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, labelCount, labelsToSpans } from './bilou.js';
import { addFeature, type LinearModel, loadModel, type PackedModel } from './model.js';
import { edgeFeature, NER_TYPES, POSITION_FEATURES, positionFeatures, ROLES, taggedRanges, tokenContext, wordFeatures } from './ner-features.js';
import { NER_MODEL } from './ner-weights.js';
import { ViterbiDecoder } from './viterbi.js';

/** A type the tagger gives a name. */
export type NerType = (typeof NER_TYPES)[number];

/** A name the tagger found: tokens `[from, to)` of the document model, and its type. */
export interface TaggedName {
  from: number;
  to: number;
  type: NerType;
}

const LABELS = labelCount(NER_TYPES.length);
const ROW = ROLES * LABELS;
/** Words whose scores are kept between documents; past this the cache starts again. */
const CACHE_WORDS = 16384;

/**
 * A model with its word cache: each word's score rows in every role, summed once and kept, so
 * a word common in news costs one map look-up per token. Slot 0 is the sequence edge.
 */
interface Tagger {
  model: LinearModel;
  decoder: ViterbiDecoder;
  slots: Map<string, number>;
  scores: Float32Array;
  lower: Uint32Array;
  shape: Uint32Array;
}

const taggers = new WeakMap<LinearModel, Tagger>();
let shipped: LinearModel | undefined;
// Buffers kept between documents, grown when a document needs more.
let emissions = new Float32Array(0);
let labels = new Uint8Array(0);
let tokenSlots = new Int32Array(0);
const positionIds = new Uint32Array(POSITION_FEATURES);

/**
 * Load a tagger model, checking it has the labels the tagger needs; the shipped one by default.
 *
 * @param packed The model data.
 * @returns The model.
 */
export function loadNerModel(packed: PackedModel = NER_MODEL): LinearModel {
  if (packed.labels !== LABELS) throw new RangeError(`Expected a model with ${LABELS} labels, got ${packed.labels}`);
  return loadModel(packed, allowedTransitions(NER_TYPES.length));
}

function taggerOf(model: LinearModel): Tagger {
  let tagger = taggers.get(model);
  if (tagger) return tagger;
  tagger = {
    model,
    decoder: new ViterbiDecoder(LABELS),
    slots: new Map(),
    scores: new Float32Array(CACHE_WORDS * ROW),
    lower: new Uint32Array(CACHE_WORDS),
    shape: new Uint32Array(CACHE_WORDS),
  };
  for (let role = 1; role < ROLES; role++) addFeature(model, edgeFeature(role), tagger.scores, role * LABELS);
  taggers.set(model, tagger);
  return tagger;
}

function growCache(tagger: Tagger, words: number): void {
  const scores = new Float32Array(words * ROW);
  scores.set(tagger.scores.subarray(0, ROW));
  tagger.scores = scores;
  tagger.lower = new Uint32Array(words);
  tagger.shape = new Uint32Array(words);
}

function slotOf(tagger: Tagger, text: string): number {
  const known = tagger.slots.get(text);
  if (known !== undefined) return known;
  const slot = tagger.slots.size + 1;
  tagger.slots.set(text, slot);
  const features = wordFeatures(text);
  const { scores, model } = tagger;
  scores.fill(0, slot * ROW, (slot + 1) * ROW);
  let at = 0;
  for (let role = 0; role < ROLES; role++) {
    for (; at < features.ends[role]!; at++) addFeature(model, features.ids[at]!, scores, slot * ROW + role * LABELS);
  }
  tagger.lower[slot] = features.lower;
  tagger.shape[slot] = features.shape;
  return slot;
}

/**
 * Find names and their types in a document: person, organisation, place, or other (MISC:
 * works, events, products, nationalities).
 *
 * @param document The document model.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The names found, in token order.
 */
export function tagNames(document: DocumentModel, use?: LinearModel): TaggedName[] {
  const tagger = taggerOf(use ?? (shipped ??= loadNerModel()));
  const { tokens } = document;
  const context = tokenContext(document);
  if (tokenSlots.length < tokens.length) tokenSlots = new Int32Array(tokens.length * 2);
  // Every word of the document must fit in the cache at once: start it again (or grow it) first.
  if (tagger.slots.size + tokens.length + 1 > tagger.lower.length) {
    tagger.slots.clear();
    if (tokens.length + 1 > tagger.lower.length) growCache(tagger, tokens.length + 1);
  }
  for (let at = 0; at < tokens.length; at++) tokenSlots[at] = slotOf(tagger, tokens[at]!.text);
  for (let at = 0; at < tokens.length; at++) {
    context.lower[at] = tagger.lower[tokenSlots[at]!]!;
    context.shape[at] = tagger.shape[tokenSlots[at]!]!;
  }
  const { scores, model, decoder } = tagger;
  const found: TaggedName[] = [];
  for (const [from, to] of taggedRanges(document)) {
    const length = to - from;
    if (emissions.length < length * LABELS) {
      emissions = new Float32Array(length * LABELS * 2);
      labels = new Uint8Array(length * 2);
    }
    for (let position = from; position < to; position++) {
      const row = (position - from) * LABELS;
      const self = tokenSlots[position]! * ROW;
      const previous = (position - 1 < from ? 0 : tokenSlots[position - 1]! * ROW) + LABELS;
      const next = (position + 1 >= to ? 0 : tokenSlots[position + 1]! * ROW) + 2 * LABELS;
      const previous2 = (position - 2 < from ? 0 : tokenSlots[position - 2]! * ROW) + 3 * LABELS;
      const next2 = (position + 2 >= to ? 0 : tokenSlots[position + 2]! * ROW) + 4 * LABELS;
      for (let label = 0; label < LABELS; label++) {
        emissions[row + label] = scores[self + label]! + scores[previous + label]! + scores[next + label]! + scores[previous2 + label]! + scores[next2 + label]!;
      }
      const count = positionFeatures(context, position, from, to, positionIds, 0);
      for (let at = 0; at < count; at++) addFeature(model, positionIds[at]!, emissions, row);
    }
    decoder.decode(emissions, 0, length, model.transitions, labels);
    for (const span of labelsToSpans(labels, length)) found.push({ from: from + span.from, to: from + span.to, type: NER_TYPES[span.type]! });
  }
  return found;
}
