// The entity tagger: features from ./ner-features, weights from ./ner-weights (trained by
// scripts/train-ner.mjs on CoNLL-2003, see MODEL.md), BILOU decoding with ./viterbi.
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { DocumentModel } from '../model/document.js';
import { allowedTransitions, BILOU, labelCount } from './bilou.js';
import { addFeature, type LinearModel, loadModel, type PackedModel, PositionRows, subtractFeature } from './model.js';
import {
  BIAS_FEATURE,
  CONTEXT_FEATURES,
  contextFeatures,
  DOC_CODES,
  docFeature,
  edgeFeature,
  NER_TYPES,
  ROLES,
  taggedRanges,
  tokenContext,
  unfoldedFeatures,
  wordContextFeatures,
  wordFeatures,
} from './ner-features.js';
import { NER_MODEL } from './ner-weights.js';
import { decodeSpans } from './spans.js';
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
const takenIds = new Uint32Array(2);
/** The rows of one position's scores (its own row: the bias and document feature's, by code). */
const gathered = new PositionRows(CONTEXT_FEATURES, 1);
gathered.ownCount = 1;

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
    (text, _lower, shape, scores, offset) => {
      const features = wordFeatures(text);
      let at = 0;
      for (let role = 0; role < ROLES; role++) {
        for (; at < features.ends[role]!; at++) addFeature(model, features.ids[at]!, scores, offset + role * LABELS);
      }
      // The context features most positions have with this word (see wordContextFeatures).
      for (const id of wordContextFeatures(shape)) addFeature(model, id, scores, offset);
    },
    (scores) => {
      for (let role = 1; role < ROLES; role++) addFeature(model, edgeFeature(role), scores, role * LABELS);
    },
    // A row sums a few dozen weights at most, one role's word features: 8-bit weights fit 16 bits.
    model.weights instanceof Int8Array,
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
 * How many tokens from a word with a capital letter a name may reach: the tagger scores only
 * tokens that near one, and holds the rest to O. Names in news are capitalised, and the
 * lower-case words inside them ("Bank of the West") sit beside a capitalised one; on CoNLL dev
 * and the BBC corpus the tagger's names are the same with or without the rest scored.
 */
const NAME_REACH = 2;
// Which tokens the tagger scores, and which words reach out, kept between calls.
let reach = new Uint8Array(0);
let anchors = new Uint8Array(0);

/**
 * Mark the tokens the entity tagger scores: every word with a capital letter (one whose
 * lowercase differs from it), and the tokens within {@link NAME_REACH} of one, except of a
 * function word that is capitalised only because it opens its sentence ("The", "But", "In"):
 * a name beside it has a capital of its own. On CoNLL dev and PolNeAR dev the tagger's names and
 * quotes are the same either way, on the BBC corpus one bogus name goes ("A $"), and the tagger
 * scores a fifth fewer tokens (40% of the BBC corpus's tokens, not 49%).
 *
 * @param document The document model.
 * @returns Per token, 1 when it may be part of a name (a buffer reused by the next call).
 */
export function nameReach(document: DocumentModel): Uint8Array {
  const { tokens } = document;
  const length = tokens.length;
  if (reach.length < length) {
    reach = new Uint8Array(Math.max(length, 2 * reach.length));
    anchors = new Uint8Array(reach.length);
  }
  // 1: a capital that reaches out; 2: a capital that is scored but reaches no further.
  for (let at = 0; at < length; at++) anchors[at] = tokens.lower(at) !== tokens.text(at) ? 1 : 0;
  for (const { opening } of document.sentences) if (anchors[opening] && FUNCTION_WORDS.has(tokens.lower(opening))) anchors[opening] = 2;
  let last = -NAME_REACH - 1;
  for (let at = 0; at < length; at++) {
    if (anchors[at] === 1) last = at;
    reach[at] = at - last <= NAME_REACH || anchors[at] !== 0 ? 1 : 0;
  }
  let next = length + NAME_REACH;
  for (let at = length - 1; at >= 0; at--) {
    if (anchors[at] === 1) next = at;
    else if (next - at <= NAME_REACH) reach[at] = 1;
  }
  return reach;
}

/**
 * How the tagger scores positions: a function that writes the emission scores of positions
 * `[first, end)` of a range `[from, to)` (`LABELS` a position, from row 0), as `decodeSpans`
 * calls it. The scores equal the sum of the weights of the word features in their roles and
 * `positionFeatures` (a test checks it), found through rows kept by word and by document code.
 *
 * @param document The document model.
 * @param use A model other than the shipped one (for training and tests).
 * @returns The scorer.
 */
export function nerScorer(document: DocumentModel, use?: LinearModel): (first: number, end: number, emissions: Float32Array, from: number, to: number) => void {
  const tagger = taggerOf(use ?? (shipped ??= loadNerModel()));
  const words = documentWords(document);
  const context = tokenContext(document);
  context.lower.set(words.lower);
  context.shape.set(words.shape);
  const { model, rows, doc } = tagger;
  rows.ensure(words);
  const tokenSlots = words.slots;
  return (first, end, emissions, from, to) => {
    const table = rows.rows;
    for (let position = first; position < end; position++) {
      const row = (position - first) * LABELS;
      rows.roleRows(tokenSlots, position, from, to, gathered.words);
      gathered.findWeights(model, positionIds, contextFeatures(context, position, from, to, positionIds, 0, true));
      // The bias and the document feature as one row (see positionFeatures).
      gathered.own[0] = context.seen[position]! * LABELS;
      gathered.sumInto(emissions, row, LABELS, table, model, doc);
      const taken = unfoldedFeatures(context, position, from, takenIds);
      for (let at = 0; at < taken; at++) subtractFeature(model, takenIds[at]!, emissions, row);
    }
  };
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
  const spans = decodeSpans(tagger.decoder, BILOU, taggedRanges(document), tagger.model.transitions, nerScorer(document, tagger.model), nameReach(document));
  // Pushed, not mapped: `map` gives a holey array once V8 has optimized this, and the entity
  // extractor reading the names was thrown away and compiled again when it met one (see extractQuotes).
  const names: TaggedName[] = [];
  for (const span of spans) names.push({ from: span.from, to: span.to, type: NER_TYPES[span.type]! });
  return names;
}
