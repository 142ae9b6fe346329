#!/usr/bin/env node
// Two builds of newsmark and bare remark-parse, side by side on the BBC corpus: each article is
// parsed by all three in turn (the order rotating), and each one's CPU time is summed over the
// rounds. On a machine whose speed moves from minute to minute, this is the fair comparison of
// two builds (and of each with remark-parse): a slow minute touches all three alike, where the
// bench's rounds, each a pass over the corpus, may fall in different minutes.
//   node bench/compare.mjs <built package folder A> <built package folder B> [rounds=4] [corpus dir]
// A built package folder is a `dist/` (say, a copy of main's from before a change).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { articleFiles } from './corpus.mjs';

const [distA, distB, rounds = '4', dir = new URL('../../shared/corpus/bbc', import.meta.url).pathname] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node bench/compare.mjs <dist A> <dist B> [rounds] [corpus dir]');
  process.exit(2);
}
const texts = articleFiles(dir).map((file) => readFileSync(file, 'utf8'));
const A = await import(pathToFileURL(`${resolve(distA)}/index.js`).href);
const B = await import(pathToFileURL(`${resolve(distB)}/index.js`).href);
const remark = unified().use(remarkParse);
const runs = [(text) => remark.parse(text), (text) => A.parseArticle(text), (text) => B.parseArticle(text)];
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
for (const run of runs) for (const text of texts) run(text);
const totals = [0, 0, 0];
for (let round = 0; round < Number(rounds); round++) {
  for (let at = 0; at < texts.length; at++) {
    for (let turn = 0; turn < 3; turn++) {
      const which = (turn + at + round) % 3;
      const started = cpu();
      runs[which](texts[at]);
      totals[which] += cpu() - started;
    }
  }
}
const [remarkMs, aMs, bMs] = totals.map((total) => total / Number(rounds) / texts.length / 1000);
console.log(`${texts.length} articles, ${rounds} rounds, CPU ms an article, each article by all three in turn`);
console.log(`remark-parse ${remarkMs.toFixed(3)}`);
console.log(`A            ${aMs.toFixed(3)}  ${(aMs / remarkMs).toFixed(2)}x remark-parse`);
console.log(`B            ${bMs.toFixed(3)}  ${(bMs / remarkMs).toFixed(2)}x remark-parse  (B/A ${(bMs / aMs).toFixed(3)})`);
