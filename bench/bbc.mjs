#!/usr/bin/env node
// newsmark against its peers on the BBC corpus, in one run on one machine.
//   npm run bench [-- <corpus dir>] [--no-peers]   (default ../shared/corpus/bbc; needs `npm run build`)
// --no-peers times remark-parse and newsmark only (the peers take minutes).
// Each contender parses every article; the best of five rounds counts, after a warm-up.
// Ratios are to bare remark-parse, the floor newsmark builds on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { join } from 'node:path';
import nlp from 'compromise';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import winkModel from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { parseArticle } from '../dist/index.js';
import { importSource } from '../scripts/learn/bundle.mjs';

const args = process.argv.slice(2);
const peers = !args.includes('--no-peers');
const dir = args.find((arg) => !arg.startsWith('--')) ?? new URL('../../shared/corpus/bbc', import.meta.url).pathname;
const files = [];
const walk = (path) => {
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.txt')) files.push(full);
  }
};
walk(dir);
const texts = files.map((file) => readFileSync(file, 'utf8'));
const bytes = texts.reduce((sum, text) => sum + text.length, 0);

const remark = unified().use(remarkParse);
const wink = winkNLP(winkModel);
const its = wink.its;
const contenders = [
  ['remark-parse (floor)', (text) => remark.parse(text)],
  ['newsmark parseArticle', (text) => parseArticle(text)],
].concat(peers ? [
  ['wink-nlp tokens + POS', (text) => wink.readDoc(text).tokens().out(its.pos)],
  ['compromise quotations', (text) => nlp(text).quotations().out('array')],
  ['compromise people/orgs/places', (text) => { const doc = nlp(text); doc.people().out('array'); doc.organizations().out('array'); doc.places().out('array'); }],
] : []);

const sample = texts.slice(0, 200);
const timings = [];
for (const [name, run] of contenders) {
  for (const text of sample) run(text);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    for (const text of texts) run(text);
    best = Math.min(best, performance.now() - started);
  }
  timings.push([name, best]);
}
const floor = timings[0][1];
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB, node ${process.version}`);
console.log('contender                        ms     MB/s   x remark-parse');
for (const [name, ms] of timings) {
  console.log(`${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ${(bytes / 1e6 / (ms / 1000)).toFixed(2).padStart(7)} ${(ms / floor).toFixed(2).padStart(8)}`);
}

// The entity tagger alone (src/learn), on document models built beforehand: per 400 tokens.
const learn = await importSource('scripts/learn/ner-entry.ts');
const loadStarted = performance.now();
learn.loadNerModel(learn.NER_MODEL);
const loadMs = performance.now() - loadStarted;
const documents = texts.map((text) => learn.documentOf(text));
const tokenCount = documents.reduce((sum, document) => sum + document.tokens.length, 0);
for (const document of documents.slice(0, 200)) learn.tagNames(document);
let tagBest = Infinity;
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  for (const document of documents) learn.tagNames(document);
  tagBest = Math.min(tagBest, performance.now() - started);
}
const weights = readFileSync(new URL('../src/learn/ner-weights.ts', import.meta.url));
console.log(
  `entity tagger alone: ${((tagBest / tokenCount) * 400).toFixed(3)} ms per 400 tokens (${(tokenCount / tagBest / 1000).toFixed(2)} M tokens/s); ` +
    `model ${(weights.length / 1024).toFixed(0)} KB, ${(gzipSync(weights, { level: 9 }).length / 1024).toFixed(0)} KB gzipped, loads in ${loadMs.toFixed(1)} ms`,
);

// What a browser app ships for parseArticle: the core bundled, minified and gzipped.
const bundle = await build({
  stdin: { contents: "export { parseArticle } from './src/index.ts';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].contents;
console.log(`browser bundle of parseArticle: ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);
