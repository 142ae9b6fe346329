// The entity tagger: features from ./ner-features, weights from ./ner-weights (trained by
// scripts/train-ner.mjs on CoNLL-2003, see MODEL.md), BILOU decoding with ./viterbi.
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, labelCount, labelsToSpans } from './bilou.js';
import { addFeature, type LinearModel, loadModel, type PackedModel } from './model.js';
import { documentFeatures, edgeFeature, NER_TYPES, POSITION_FEATURES, positionFeatures, ROLES, roleWord, taggedRanges } from './ner-features.js';
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
let model: LinearModel | undefined;
let decoder: ViterbiDecoder | undefined;
// Buffers kept between documents, grown when a document needs more.
let roleScores = new Float32Array(0);
let emissions = new Float32Array(0);
let labels = new Uint8Array(0);
const positionIds = new Uint32Array(POSITION_FEATURES);
const bases = new Int32Array(ROLES);

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

/**
 * Find names and their types in a document: person, organisation, place, or other (MISC:
 * works, events, products, nationalities).
 *
 * @param document The document model.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The names found, in token order.
 */
export function tagNames(document: DocumentModel, use?: LinearModel): TaggedName[] {
  const active = use ?? (model ??= loadNerModel());
  decoder ??= new ViterbiDecoder(LABELS);
  const features = documentFeatures(document);
  const { words, offsets, ids } = features;
  // Each distinct word's score rows, once per role; the last word index is the sequence edge.
  const rows = (words + 1) * ROLES * LABELS;
  if (roleScores.length < rows) roleScores = new Float32Array(rows * 2);
  roleScores.fill(0, 0, rows);
  for (let word = 0; word < words; word++) {
    for (let role = 0; role < ROLES; role++) {
      const offset = (word * ROLES + role) * LABELS;
      for (let at = offsets[word * ROLES + role]!; at < offsets[word * ROLES + role + 1]!; at++) addFeature(active, ids[at]!, roleScores, offset);
    }
  }
  for (let role = 1; role < ROLES; role++) addFeature(active, edgeFeature(role), roleScores, (words * ROLES + role) * LABELS);

  const found: TaggedName[] = [];
  for (const [from, to] of taggedRanges(document)) {
    const length = to - from;
    if (emissions.length < length * LABELS) {
      emissions = new Float32Array(length * LABELS * 2);
      labels = new Uint8Array(length * 2);
    }
    for (let position = from; position < to; position++) {
      const row = (position - from) * LABELS;
      for (let role = 0; role < ROLES; role++) bases[role] = (roleWord(features, position, role, from, to) * ROLES + role) * LABELS;
      const self = bases[0]!;
      const previous = bases[1]!;
      const next = bases[2]!;
      const previous2 = bases[3]!;
      const next2 = bases[4]!;
      for (let label = 0; label < LABELS; label++) {
        emissions[row + label] = roleScores[self + label]! + roleScores[previous + label]! + roleScores[next + label]! + roleScores[previous2 + label]! + roleScores[next2 + label]!;
      }
      const count = positionFeatures(features, position, from, to, positionIds, 0);
      for (let at = 0; at < count; at++) addFeature(active, positionIds[at]!, emissions, row);
    }
    decoder.decode(emissions, 0, length, active.transitions, labels);
    for (const span of labelsToSpans(labels, length)) found.push({ from: from + span.from, to: from + span.to, type: NER_TYPES[span.type]! });
  }
  return found;
}
