// The entity tagger: features from ./ner-features, weights from ./ner-weights (trained by
// scripts/train-ner.mjs on CoNLL-2003, see MODEL.md), BILOU decoding with ./viterbi.
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, decodeSpans, labelCount } from './bilou.js';
import { addFeature, type LinearModel, loadModel, type PackedModel } from './model.js';
import { BIAS_FEATURE, CONTEXT_FEATURES, contextFeatures, DOC_CODES, docFeature, edgeFeature, NER_TYPES, ROLES, taggedRanges, tokenContext, wordFeatures } from './ner-features.js';
import { NER_MODEL } from './ner-weights.js';
import { ViterbiDecoder } from './viterbi.js';
import { documentWords, WordRows } from './words.js';

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

/** A model with its decoder and its score rows by word: each word's features in every role, summed once and kept. */
interface Tagger {
  model: LinearModel;
  decoder: ViterbiDecoder;
  rows: WordRows;
  /** The bias and the document feature summed, one row a document code (`seen`). */
  doc: Float32Array;
}

const taggers = new WeakMap<LinearModel, Tagger>();
let shipped: LinearModel | undefined;
// Buffers for one position's feature ids, kept between calls.
const positionIds = new Uint32Array(CONTEXT_FEATURES);

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
  const rows = new WordRows(
    ROW,
    (text, _lower, _shape, scores, offset) => {
      const features = wordFeatures(text);
      let at = 0;
      for (let role = 0; role < ROLES; role++) {
        for (; at < features.ends[role]!; at++) addFeature(model, features.ids[at]!, scores, offset + role * LABELS);
      }
    },
    (scores) => {
      for (let role = 1; role < ROLES; role++) addFeature(model, edgeFeature(role), scores, role * LABELS);
    },
  );
  const doc = new Float32Array(DOC_CODES * LABELS);
  for (let code = 0; code < DOC_CODES; code++) {
    addFeature(model, BIAS_FEATURE, doc, code * LABELS);
    addFeature(model, docFeature(code), doc, code * LABELS);
  }
  tagger = { model, decoder: new ViterbiDecoder(LABELS), rows, doc };
  taggers.set(model, tagger);
  return tagger;
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
  const words = documentWords(document);
  const context = tokenContext(document);
  context.lower.set(words.lower);
  context.shape.set(words.shape);
  const { model, decoder, rows, doc } = tagger;
  rows.ensure(words);
  const tokenSlots = words.slots;
  const spans = decodeSpans(decoder, taggedRanges(document), model.transitions, (from, to, emissions) => {
    for (let position = from; position < to; position++) {
      const row = (position - from) * LABELS;
      rows.sum(tokenSlots, position, from, to, emissions, row);
      // The bias and the document feature as one row (see positionFeatures), then the rest.
      const count = contextFeatures(context, position, from, to, positionIds, 0);
      for (let at = 0; at < count; at++) addFeature(model, positionIds[at]!, emissions, row);
      const base = context.seen[position]! * LABELS;
      for (let label = 0; label < LABELS; label++) emissions[row + label] = emissions[row + label]! + doc[base + label]!;
    }
  });
  return spans.map((span) => ({ from: span.from, to: span.to, type: NER_TYPES[span.type]! }));
}
