#!/usr/bin/env node
// Where parseArticle's time goes: V8's CPU profile (what `node --cpu-prof` records) of
// parseArticle over the BBC corpus, or over one long article made of it, summed by source file.
//   npm run build && node bench/profile.mjs [<corpus dir>] [--long <articles joined>] [--out file.cpuprofile]
// (TOP=40 in the environment lists 40 files and functions, not 15)
// (default ../shared/corpus/bbc, the development workspace's copy of the BBC corpus)
// Self time is time in a function's own code; files are `src/…` (through the build's
// `// src/…` markers) or the package a function came from. --out keeps the profile for
// Chrome DevTools or speedscope.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../dist/index.js';
import { articleFiles } from './corpus.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const long = Number(option('--long') ?? 0);
const outFile = option('--out');
const dir = args.find((arg, at) => !arg.startsWith('--') && !['--long', '--out'].includes(args[at - 1])) ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
if (!existsSync(dir)) {
  // ../shared is the development workspace beside the clone, not part of the repository.
  console.error(`newsmark profile: no corpus at ${dir}: pass a folder of .txt or .md articles (node bench/profile.mjs <folder>)`);
  process.exit(2);
}
const files = articleFiles(dir);
const corpus = files.map((file) => readFileSync(file, 'utf8'));
const texts = long > 0 ? [corpus.slice(0, long).join('\n\n')] : corpus;
for (const text of corpus.slice(0, 200)) parseArticle(text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const started = performance.now();
for (let round = 0; round < (long > 0 ? 1 : 3); round++) for (const text of texts) parseArticle(text);
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
if (outFile) writeFileSync(outFile, JSON.stringify(profile));

// The bundle's `// src/…` comments say which source file each stretch of lines came from.
const bundle = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const marks = [];
readFileSync(bundle, 'utf8')
  .split('\n')
  .forEach((line, index) => {
    const match = /^\/\/ (src\/\S+)/u.exec(line);
    if (match) marks.push([index, match[1]]);
  });
const sourceOf = (frame) => {
  if (frame.url.endsWith('/dist/index.js')) {
    let file = '(bundle)';
    for (const [line, name] of marks) if (line <= frame.lineNumber) file = name;
    return file;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(frame.url);
  if (pkg) return pkg[1];
  return frame.url ? frame.url.replace(/^.*\//u, '') : `(${frame.functionName || 'vm'})`;
};
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfByNode = new Map();
profile.samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, micros] of selfByNode) {
  const frame = nodes.get(id).callFrame;
  const file = sourceOf(frame);
  total += micros;
  byFile.set(file, (byFile.get(file) ?? 0) + micros);
  const key = `${frame.functionName || '(anonymous)'}  ${file}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}
const chars = texts.reduce((sum, text) => sum + text.length, 0);
console.log(`${texts.length} article(s), ${(chars / 1e6).toFixed(2)} M chars${long > 0 ? ` (${long} BBC articles joined)` : ', 3 rounds'}: ${elapsed.toFixed(0)} ms`);
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(`\nself time by file\n${top(byFile, Number(process.env.TOP ?? 15))}\n\nself time by function\n${top(byFunction, Number(process.env.TOP ?? 15))}`);
