#!/usr/bin/env node
// Train the entity tagger on CoNLL-2003 and write src/learn/ner-weights.ts.
//   node scripts/train-ner.mjs [--train FILE] [--dev FILE] [--epochs N] [--bits B] [--scale S] [--out FILE]
// Defaults: ../shared/data/conll2003/train.jsonl, 6 epochs, 2^17 rows. Fixed seed: the same
// data gives the same file byte for byte. With --dev, scores the tagger (as shipped: quantised)
// on the dev file after each epoch; tune there, never on test data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource } from './learn/bundle.mjs';
import { flag, option, readJsonl, root, sampleArticle, weightsModule } from './learn/cli.mjs';

const trainFile = option('train', join(root, '../shared/data/conll2003/train.jsonl'));
const devFile = option('dev', undefined);
const epochs = Number(option('epochs', 6));
const rowBits = Number(option('bits', 17));
const scale = Number(option('scale', 0.5));
const out = option('out', join(root, 'src/learn/ner-weights.ts'));
const SEED = 20031;

const started = performance.now();
const learn = await importSource('scripts/learn/ner-entry.ts');
const { NER_TYPES, ROLES } = learn;
const LABELS = learn.labelCount(NER_TYPES.length);
const typeIndex = new Map(NER_TYPES.map((type, index) => [type, index]));

/** Training sequences of one document, and how many gold names did not fall on token boundaries. */
const wordCache = new Map();
const featuresOf = (text) => {
  let features = wordCache.get(text);
  if (!features) wordCache.set(text, (features = learn.wordFeatures(text)));
  return features;
};

function sequencesOf(record) {
  const document = learn.documentOf(record.text);
  const { tokens } = document;
  const context = learn.tokenContext(document);
  const words = tokens.texts(0, tokens.length).map((text) => featuresOf(text));
  words.forEach((word, at) => {
    context.lower[at] = word.lower;
    context.shape[at] = word.shape;
  });
  const startAt = new Map();
  const endAt = new Map();
  for (let index = 0; index < tokens.length; index++) {
    startAt.set(tokens.start(index), index);
    endAt.set(tokens.end(index), index);
  }
  const spans = [];
  let dropped = 0;
  for (const entity of record.entities ?? []) {
    const from = startAt.get(entity.start);
    const last = endAt.get(entity.end);
    const type = typeIndex.get(entity.type);
    if (from === undefined || last === undefined || last < from || type === undefined) dropped++;
    else spans.push({ from, to: last + 1, type });
  }
  const sequences = [];
  let covered = 0;
  for (const [from, to] of learn.taggedRanges(document)) {
    const length = to - from;
    const inside = spans.filter((span) => span.from >= from && span.to <= to).map((span) => ({ from: span.from - from, to: span.to - from, type: span.type }));
    covered += inside.length;
    const gold = new Uint8Array(length);
    learn.spansToLabels(inside, length, gold);
    const offsets = new Uint32Array(length + 1);
    const ids = [];
    for (let position = from; position < to; position++) {
      offsets[position - from] = ids.length;
      for (let role = 0; role < ROLES; role++) {
        const at = position + learn.ROLE_OFFSETS[role];
        if (at < from || at >= to) ids.push(learn.edgeFeature(role));
        else {
          const word = words[at];
          for (let index = role === 0 ? 0 : word.ends[role - 1]; index < word.ends[role]; index++) ids.push(word.ids[index]);
        }
      }
      learn.positionFeatures(context, position, from, to, ids, ids.length);
    }
    offsets[length] = ids.length;
    sequences.push({ length, offsets, features: Uint32Array.from(ids), gold });
  }
  return { sequences, dropped: dropped + spans.length - covered };
}

/** Exact-span precision, recall and F1 per type of the tagger on gold records. */
function evaluate(records, model) {
  const counts = Object.fromEntries(NER_TYPES.map((type) => [type, { gold: 0, predicted: 0, correct: 0 }]));
  for (const record of records) {
    const document = learn.documentOf(record.text);
    const gold = new Set(record.entities.map((entity) => `${entity.type}:${entity.start}:${entity.end}`));
    for (const entity of record.entities) counts[entity.type].gold++;
    for (const name of learn.tagNames(document, model)) {
      const key = `${name.type}:${document.tokens.start(name.from)}:${document.tokens.end(name.to - 1)}`;
      counts[name.type].predicted++;
      if (gold.has(key)) counts[name.type].correct++;
    }
  }
  const f1 = ({ gold, predicted, correct }) => (gold + predicted ? (200 * correct) / (gold + predicted) : 0);
  const sum = (types) => types.reduce((all, type) => ({ gold: all.gold + counts[type].gold, predicted: all.predicted + counts[type].predicted, correct: all.correct + counts[type].correct }), { gold: 0, predicted: 0, correct: 0 });
  return `${NER_TYPES.map((type) => `${type} ${f1(counts[type]).toFixed(1)}`).join('  ')}  PER/ORG/LOC ${f1(sum(['PER', 'ORG', 'LOC'])).toFixed(1)}  all ${f1(sum(NER_TYPES)).toFixed(1)}`;
}

const records = readJsonl(trainFile);
const sequences = [];
let dropped = 0;
for (const record of records) {
  const built = sequencesOf(record);
  sequences.push(...built.sequences);
  dropped += built.dropped;
}
const tokens = sequences.reduce((sum, sequence) => sum + sequence.length, 0);
console.error(`${records.length} documents, ${sequences.length} sequences, ${tokens} tokens; ${dropped} gold names off token boundaries or sentences, left out (${((performance.now() - started) / 1000).toFixed(1)} s)`);

const dev = devFile ? readJsonl(devFile) : undefined;
const shape = { labels: LABELS, rowBits, scale };
const trained = learn.trainPerceptron(sequences, {
  labels: LABELS,
  rowBits,
  allowed: learn.allowedTransitions(NER_TYPES.length),
  epochs,
  seed: SEED,
  onEpoch(epoch, mistakes, averaged) {
    let line = `epoch ${epoch + 1}: ${mistakes} training positions wrong`;
    if (dev && (epoch + 1) % Number(option('every', 1)) === 0) {
      const current = averaged();
      line += `; dev ${evaluate(dev, learn.loadNerModel(learn.packModel(current.weights, current.transitions, shape)))}`;
    }
    console.error(`${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  },
});
const packed = { ...learn.packModel(trained.weights, trained.transitions, shape), inputs: learn.nerInputs(learn.documentOf(sampleArticle())) };
const nonzero = trained.weights.reduce((count, weight) => count + (Math.round(weight / scale) !== 0 ? 1 : 0), 0);
const source = weightsModule('scripts/train-ner.mjs', 'NER_MODEL', "The entity tagger's weights.", packed);
writeFileSync(out, source);
console.error(`wrote ${out}: ${nonzero} nonzero weights, ${(source.length / 1024).toFixed(0)} KB; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
