#!/usr/bin/env node
// Peak memory of newsmark against bare remark-parse on one large article, each in fresh
// processes, two ways:
// - peak live heap: the smallest old-space limit (--max-old-space-size, found by bisection to
//   2 MB) under which the parse still completes, less the same for a process that parses nothing
//   large. This is what the parse needs: garbage the collector had not yet collected does not
//   count, and neither the machine's load nor the collector's timing changes it.
// - peak resident set: growth of maxRSS over the process after its imports and a collection
//   (what the operating system saw, garbage included; it varies from run to run).
//   npm run build && node bench/memory.mjs [megabytes=5] [--rss-only] [--dist=<built package folder>] [--bbc[=<corpus dir>]]
// (--dist measures another build, such as a copy of main's dist, against the same baseline.)
// The article is examples/khamenei.txt repeated, each copy its own section, to the size asked;
// with --bbc, the articles of the BBC corpus (../shared/corpus/bbc, the development workspace's
// copy) joined in order, each its own section, to the size asked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const [mode, size = '5'] = args.filter((arg) => !arg.startsWith('--'));
const dist = args.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
const bbcArg = args.find((arg) => arg === '--bbc' || arg.startsWith('--bbc='));
const bbc = bbcArg && (bbcArg.includes('=') ? bbcArg.slice('--bbc='.length) : fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url)));

async function article(megabytes) {
  if (bbc) {
    const { articleFiles } = await import('./corpus.mjs');
    const parts = [];
    let length = 0;
    for (const file of articleFiles(bbc)) {
      if (length >= megabytes * 1_000_000) break;
      const [headline, ...rest] = readFileSync(file, 'utf8').trim().split('\n');
      const part = `${parts.length === 0 ? '' : '## '}${headline}\n\n${rest.join('\n').trim()}\n\n`;
      parts.push(part);
      length += part.length;
    }
    return parts.join('');
  }
  const example = readFileSync(new URL('../examples/khamenei.txt', import.meta.url), 'utf8');
  const [headline, ...rest] = example.split('\n');
  const parts = [`${headline}\n\n`];
  let length = parts[0].length;
  for (let copy = 1; length < megabytes * 1_000_000; copy++) {
    const part = `## Part ${copy}\n\n${rest.join('\n')}\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

async function parser(which) {
  if (which === 'bare') {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    return (text) => processor.parse(text);
  }
  const { safeParseArticle } = await import(dist ? pathToFileURL(`${resolve(dist)}/index.js`).href : '../dist/index.js');
  return (text) => safeParseArticle(text, { maxLength: Number.POSITIVE_INFINITY });
}

if (mode === 'bare' || mode === 'newsmark') {
  // One parse, reported as JSON: `size` 0 parses only the warm-up (the baseline of the bisection).
  const input = Number(size) > 0 ? await article(Number(size)) : '';
  const parse = await parser(mode);
  parse('Warm up\n\n“It is,” she said. Ann Lee of Acme Corp could go.');
  globalThis.gc?.();
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const result = input ? parse(input) : undefined;
  const time = performance.now() - started;
  const peak = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ chars: input.length, time: Math.round(time), peakMB: Math.round((peak - before) / 1024), kept: result !== undefined }));
} else {
  const script = fileURLToPath(import.meta.url);
  const run = (which, megabytes, flags = []) =>
    spawnSync(process.execPath, [...flags, '--expose-gc', script, which, String(megabytes), ...(dist ? [`--dist=${dist}`] : []), ...(bbcArg ? [bbcArg] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
  // Whether the parse completes with `limit` MB of old space (a young generation of 1 MB, so that
  // the old space holds nearly everything live).
  const fits = (which, megabytes, limit) => run(which, megabytes, [`--max-old-space-size=${limit}`, '--max-semi-space-size=1']).status === 0;
  function need(which, megabytes) {
    let high = 32;
    while (!fits(which, megabytes, high)) high *= 2;
    let low = high / 2;
    if (high === 32) low = 1;
    while (high - low > 2) {
      const middle = Math.round((low + high) / 2);
      if (fits(which, megabytes, middle)) high = middle;
      else low = middle;
    }
    return high;
  }
  const rss = (which) => JSON.parse(run(which, mode ?? '5').stdout);
  const bare = rss('bare');
  const ours = rss('newsmark');
  const chars = bare.chars / 1e6;
  console.log(`${chars.toFixed(1)} M chars article (${bbc ? 'BBC corpus articles joined' : 'examples/khamenei.txt repeated'})`);
  console.log(`peak resident set: bare remark-parse ${bare.time} ms  +${bare.peakMB} MB;  newsmark ${ours.time} ms  +${ours.peakMB} MB  (${(ours.peakMB / bare.peakMB).toFixed(2)}x)`);
  if (!args.includes('--rss-only')) {
    const live = (which) => need(which, mode ?? '5') - need(which, 0);
    const [bareLive, oursLive] = [live('bare'), live('newsmark')];
    console.log(
      `peak live heap:    bare remark-parse +${bareLive} MB (${(bareLive / chars).toFixed(0)}x the input's length);  newsmark +${oursLive} MB (${(oursLive / chars).toFixed(0)}x)  ` +
        `= ${(oursLive / bareLive).toFixed(2)}x remark-parse (target <= 3x)`,
    );
  }
}
