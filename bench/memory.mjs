#!/usr/bin/env node
// Peak memory of newsmark against bare remark-parse on one large article, each in a fresh
// process, measured as the growth of peak resident memory (maxRSS) over the process after its
// imports and a collection.
//   npm run build && node bench/memory.mjs [megabytes=5]
// The article is examples/khamenei.txt repeated, each copy its own section, to the size asked.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [mode, size = '5'] = process.argv.slice(2);

function article(megabytes) {
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

if (mode === 'bare' || mode === 'newsmark') {
  const input = article(Number(size));
  const parse =
    mode === 'bare'
      ? await (async () => {
          const { unified } = await import('unified');
          const { default: remarkParse } = await import('remark-parse');
          const processor = unified().use(remarkParse);
          return (text) => processor.parse(text);
        })()
      : await (async () => {
          const { safeParseArticle } = await import('../dist/index.js');
          return (text) => safeParseArticle(text, { maxLength: Number.POSITIVE_INFINITY });
        })();
  parse('Warm up\n\nText.');
  globalThis.gc();
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const result = parse(input);
  const time = performance.now() - started;
  const peak = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ chars: input.length, time: Math.round(time), peakMB: Math.round((peak - before) / 1024), kept: result !== undefined }));
} else {
  const script = fileURLToPath(import.meta.url);
  const run = (which) => JSON.parse(spawnSync(process.execPath, ['--expose-gc', script, which, mode ?? '5'], { encoding: 'utf8', maxBuffer: 1 << 20 }).stdout);
  const bare = run('bare');
  const ours = run('newsmark');
  console.log(`${(bare.chars / 1e6).toFixed(1)} MB article`);
  console.log(`bare remark-parse  ${String(bare.time).padStart(6)} ms  peak +${bare.peakMB} MB`);
  console.log(`newsmark           ${String(ours.time).padStart(6)} ms  peak +${ours.peakMB} MB  (${(ours.peakMB / bare.peakMB).toFixed(2)}x)`);
}
