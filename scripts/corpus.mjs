#!/usr/bin/env node
// Parse every .txt and .md file under a directory, or every `text` of a JSON Lines file, and
// check the invariants of ./invariants.mjs.
//   npm run corpus -- ../shared/corpus/bbc
//   npm run corpus -- ../shared/data/polnear/dev.jsonl
// Prints a summary and the first problems; exits 1 when any article breaks an invariant.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkArticle } from './invariants.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run corpus -- <dir|file.jsonl>');
  process.exit(2);
}
const lib = await import('../dist/index.js');
const files = [];
const walk = (path) => {
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(txt|md|markdown)$/u.test(name)) files.push(full);
  }
};
// A JSON Lines file holds one article a line in `text`; its paragraph layout varies (decks,
// datelines), so only the other invariants apply.
const articles = dir.endsWith('.jsonl')
  ? readFileSync(dir, 'utf8').split('\n').filter((line) => line.trim()).map((line, index) => {
      const record = JSON.parse(line);
      return { name: record.id ?? `line ${index + 1}`, input: record.text, paragraphs: false };
    })
  : (walk(dir), files.map((file) => ({ name: relative(dir, file), input: readFileSync(file, 'utf8'), paragraphs: true })));

const failures = [];
const counts = new Map();
let chars = 0;
const started = performance.now();
for (const { name, input, paragraphs } of articles) {
  chars += input.length;
  const problems = checkArticle(lib, input, { paragraphs });
  for (const problem of problems) counts.set(problem.split(':')[0], (counts.get(problem.split(':')[0]) ?? 0) + 1);
  if (problems.length > 0) failures.push(`${name}: ${problems.join('; ')}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(failures.slice(0, 40).join('\n'));
console.log(`${articles.length} articles, ${articles.length - failures.length} keep every invariant; ${[...counts].map(([kind, n]) => `${kind} ${n}`).join(', ') || 'no problems'}; ${(chars / 1e6 / seconds).toFixed(2)} MB/s`);
process.exit(failures.length > 0 ? 1 : 0);
