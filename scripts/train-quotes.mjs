#!/usr/bin/env node
// Train the attribution tagger on PolNeAR train and write src/learn/attribution-weights.ts.
//   node scripts/train-quotes.mjs [--train FILE] [--epochs N] [--bits B] [--scale S] [--out FILE]
//                                 [--folds K --predict FILE] [--dev FILE --dev-predict FILE] [--mode combined|tagger]
// Defaults: ../shared/data/polnear/train.jsonl, 2^17 rows. Fixed seed: the same data gives the
// same file byte for byte. --folds K cross-validates on train instead of writing weights: each
// K-th of the articles is predicted (the whole quote pipeline, rules and tagger) by a model
// trained on the rest, and the predictions go to --predict for ../shared/eval/score-quotes.mjs.
// --dev predicts a gold file with the trained model (tune there; never on test data).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource } from './learn/bundle.mjs';
import { flag, option, readJsonl, root, sampleArticle, weightsModule } from './learn/cli.mjs';

const trainFile = option('train', join(root, '../shared/data/polnear/train.jsonl'));
const epochs = Number(option('epochs', 8));
const rowBits = Number(option('bits', 17));
const scale = Number(option('scale', 16));
const folds = Number(option('folds', 0));
const mode = option('mode', 'combined');
const out = option('out', join(root, 'src/learn/attribution-weights.ts'));
const SEED = 20181;

const started = performance.now();
const time = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const learn = await importSource('scripts/learn/quotes-entry.ts');
const TYPES = learn.ATTRIBUTION_TYPES;
const LABELS = learn.labelCount(TYPES.length);
const CUE = TYPES.indexOf('CUE');
const SOURCE = TYPES.indexOf('SOURCE');
const CONTENT = TYPES.indexOf('CONTENT');

/**
 * Gold spans of one document over its tokens. Attributions nest and share words, so each token
 * takes one type, cue over source over content, and a span is a run of tokens of one type and
 * one attribution.
 */
function goldSpans(document, record) {
  const { tokens } = document;
  const type = new Int8Array(tokens.length).fill(-1);
  const owner = new Int32Array(tokens.length).fill(-1);
  const mark = (start, end, kind, index) => {
    if (start == null || end == null || end <= start) return;
    // First token ending after start (binary search), then on while tokens start before end.
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tokens[middle].end <= start) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < tokens.length && tokens[at].start < end; at++) {
      type[at] = kind;
      owner[at] = index;
    }
  };
  record.quotes.forEach((quote, index) => {
    for (const piece of quote.fragments?.length ? quote.fragments : [quote]) mark(piece.start, piece.end, CONTENT, index);
  });
  record.quotes.forEach((quote, index) => mark(quote.speakerStart, quote.speakerEnd, SOURCE, index));
  record.quotes.forEach((quote, index) => mark(quote.cueStart, quote.cueEnd, CUE, index));
  return { type, owner };
}

/** Each word's features, found once for the whole run. */
const wordFeatures = new Map();

/** Training sequences of one document: one a block. */
function sequencesOf(record) {
  const document = learn.documentOf(record.text);
  const entities = learn.extractEntities(document);
  const context = learn.attributionContext(document, learn.mentionCodes(document, entities));
  const { lower, shape } = context.words;
  const featuresOf = (token) => {
    const text = document.tokens[token].text;
    let features = wordFeatures.get(text);
    if (!features) wordFeatures.set(text, (features = learn.attributionWordFeatures(text, lower[token], shape[token])));
    return features;
  };
  const { type, owner } = goldSpans(document, record);
  const sequences = [];
  for (const [from, to] of learn.attributionRanges(document)) {
    const length = to - from;
    const spans = [];
    for (let at = from; at < to; at++) {
      if (type[at] < 0) continue;
      let end = at + 1;
      while (end < to && type[end] === type[at] && owner[end] === owner[at]) end++;
      spans.push({ from: at - from, to: end - from, type: type[at] });
      at = end - 1;
    }
    const gold = new Uint8Array(length);
    learn.spansToLabels(spans, length, gold);
    const offsets = new Uint32Array(length + 1);
    const ids = [];
    for (let position = from; position < to; position++) {
      offsets[position - from] = ids.length;
      learn.attributionIds(context, featuresOf, position, from, to, ids);
    }
    offsets[length] = ids.length;
    sequences.push({ length, offsets, features: Uint32Array.from(ids), gold });
  }
  return sequences;
}

const shape = { labels: LABELS, rowBits, scale };
function train(built, label) {
  const sequences = built.flat();
  const tokens = sequences.reduce((sum, sequence) => sum + sequence.length, 0);
  console.error(`${label}: ${built.length} documents, ${sequences.length} sequences, ${tokens} tokens (${time()})`);
  const trained = learn.trainPerceptron(sequences, {
    labels: LABELS,
    rowBits,
    allowed: learn.allowedTransitions(TYPES.length),
    epochs,
    seed: SEED,
    onEpoch(epoch, mistakes) {
      console.error(`  epoch ${epoch + 1}: ${mistakes} training positions wrong (${time()})`);
    },
  });
  const inputs = learn.attributionInputs(learn.documentOf(sampleArticle()));
  return { packed: { ...learn.packModel(trained.weights, trained.transitions, shape), inputs }, trained };
}

function predict(records, model, file) {
  const lines = records.map((record) => JSON.stringify({ id: record.id, quotes: learn.predictQuotes(record.text, model, mode) }));
  writeFileSync(file, lines.join('\n') + '\n');
  console.error(`wrote predictions for ${records.length} documents to ${file} (${time()})`);
}

const records = readJsonl(trainFile);
const built = flag('reuse') ? [] : records.map(sequencesOf);
if (folds > 1) {
  const predictions = [];
  for (let fold = 0; fold < folds; fold++) {
    const held = records.filter((_, index) => index % folds === fold);
    // --save DIR keeps each fold's model; --reuse predicts with saved ones (linker work needs no retraining).
    const saved = option('save', undefined) && join(option('save'), `fold-${fold + 1}-of-${folds}.json`);
    const packed = saved && flag('reuse') ? JSON.parse(readFileSync(saved, 'utf8')) : train(built.filter((_, index) => index % folds !== fold), `fold ${fold + 1}/${folds}`).packed;
    if (saved && !flag('reuse')) writeFileSync(saved, JSON.stringify(packed));
    const model = learn.loadAttributionModel(packed);
    for (const record of held) predictions.push({ index: records.indexOf(record), line: JSON.stringify({ id: record.id, quotes: learn.predictQuotes(record.text, model, mode) }) });
    // Written after every fold, so the folds done so far can be scored (with a gold file of their articles).
    predictions.sort((a, b) => a.index - b.index);
    const file = option('predict', '/tmp/quotes-cv.jsonl');
    writeFileSync(file, predictions.map((prediction) => prediction.line).join('\n') + '\n');
    console.error(`wrote predictions of ${fold + 1} of ${folds} folds to ${file} (${time()})`);
  }
} else {
  const { packed, trained } = train(built, 'train');
  const devFile = option('dev', undefined);
  if (devFile) predict(readJsonl(devFile), learn.loadAttributionModel(packed), option('dev-predict', '/tmp/quotes-dev.jsonl'));
  // --scales a,b,c: the dev predictions and packed size at other quantisation scales (tuning).
  for (const other of option('scales', '').split(',').filter(Boolean).map(Number)) {
    const repacked = learn.packModel(trained.weights, trained.transitions, { ...shape, scale: other });
    console.error(`scale ${other}: ${(repacked.weights.length / 1024).toFixed(0)} KB packed`);
    if (devFile) predict(readJsonl(devFile), learn.loadAttributionModel(repacked), `${option('dev-predict', '/tmp/quotes-dev.jsonl')}.${other}`);
  }
  const nonzero = trained.weights.reduce((count, weight) => count + (Math.round(weight / scale) !== 0 ? 1 : 0), 0);
  const source = weightsModule('scripts/train-quotes.mjs', 'ATTRIBUTION_MODEL', "The attribution tagger's weights.", packed);
  if (!flag('no-write')) writeFileSync(out, source);
  console.error(`${flag('no-write') ? 'would write' : 'wrote'} ${out}: ${nonzero} nonzero weights, ${(source.length / 1024).toFixed(0)} KB (${time()})`);
}
