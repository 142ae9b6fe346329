/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/model/read.ts';
import { articleProcessor } from '../src/parse/processor.ts';
import { tokenList } from '../src/model/token-store.ts';

// Memory is measured as live heap, never as time: what the collector keeps after a full
// collection, or the smallest heap a parse completes in. Neither depends on the machine's load.

/** examples/khamenei.txt repeated to about `size` characters, each copy its own section. */
function article(size: number): string {
  const [headline, ...rest] = readFileSync(new URL('../examples/khamenei.txt', import.meta.url), 'utf8').split('\n');
  const parts = [`${headline}\n\n`];
  let length = parts[0]!.length;
  for (let copy = 1; length < size; copy++) {
    const part = `## Part ${copy}\n\n${rest.join('\n')}\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

describe('the document model', () => {
  // A full collection on demand, without starting node with --expose-gc.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const live = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };

  it('holds at most 40 bytes a token, its sentences and blocks included', () => {
    // Tokens are its most numerous objects (one per five characters of news). With their sentences
    // and blocks they held about 194 bytes each on this article before their flags were packed and
    // their strings shared; about 100 since; about 27 since they are columns of a TokenStore
    // rather than one object each.
    const input = article(400_000);
    const file = new VFile({ value: input });
    const tree = articleProcessor.parse(file);
    readDocument(tree, input);
    const before = live();
    const { document } = readDocument(tree, input);
    const bytes = live() - before;
    if (process.env.MEMORY_DEBUG) console.log(JSON.stringify({ tokens: document.tokens.length, bytesPerToken: bytes / document.tokens.length }));
    expect(document.tokens.length).toBeGreaterThan(50_000);
    expect(bytes / document.tokens.length).toBeLessThanOrEqual(40);
    // What the tokens read comes through the getters as it was stored.
    const tokens = tokenList(document.tokens);
    const at = tokens.findIndex((token) => token.text === 'Iran');
    const iran = tokens[at]!;
    expect([iran.kind, iran.cap, iran.upper, iran.lower, iran.end - iran.start]).toEqual(['word', true, false, 'iran', 4]);
    const clitic = tokens[at + 1]!;
    expect([clitic.text, clitic.kind, clitic.start, clitic.breakBefore]).toEqual(['’s', 'clitic', iran.end, false]);
    expect(tokens.every((token) => input.slice(token.start, token.end) === token.text)).toBe(true);
  });
});

describe('peak memory', () => {
  const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  // One parse in a fresh process with `limit` MB of old space; it fails when the parse needs more.
  // Both parsers are imported in every run, so the runs differ only in what they parse.
  const probe = `
    const [which, size] = process.argv.slice(1);
    const { safeParseArticle } = await import(${JSON.stringify(dist)});
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { readFileSync } = await import('node:fs');
    const [headline, ...rest] = readFileSync(${JSON.stringify(fileURLToPath(new URL('../examples/khamenei.txt', import.meta.url)))}, 'utf8').split('\\n');
    const parts = [headline + '\\n\\n'];
    for (let copy = 1, length = 0; length < Number(size); copy++) { const part = '## Part ' + copy + '\\n\\n' + rest.join('\\n') + '\\n\\n'; parts.push(part); length += part.length; }
    const input = Number(size) > 0 ? parts.join('') : '';
    const bare = unified().use(remarkParse);
    safeParseArticle('Warm up\\n\\n“It is,” she said.');
    if (input && which === 'bare') bare.parse(input);
    if (input && which === 'newsmark') safeParseArticle(input);`;
  const completes = (which: string, size: number, limit: number) =>
    spawnSync(process.execPath, [`--max-old-space-size=${limit}`, '--max-semi-space-size=1', '--input-type=module', '--eval', probe, which, String(size)], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
    }).status === 0;
  /** The smallest old space (in MB, to 2 MB) that `which` parses the article in, from `low` up. */
  function need(which: string, size: number, low: number): number {
    let high = low * 2;
    while (!completes(which, size, high)) [low, high] = [high, high * 2];
    while (high - low > 2) {
      const middle = Math.round((low + high) / 2);
      if (completes(which, size, middle)) high = middle;
      else low = middle;
    }
    return high;
  }

  // Some twenty fresh processes parse the article: over two minutes on a loaded 2-core machine, so
  // it runs when asked (MEMORY_PEAK=1 npx vitest run tests/memory.test.ts), as bench/memory.mjs does.
  it.skipIf(!existsSync(dist) || !process.env.MEMORY_PEAK)('parseArticle needs at most 3x the heap bare remark-parse needs for one large article', { timeout: 300_000 }, () => {
    // 1.5 MB: remark-parse's own need, some 18 MB over the process's, is many of the bisection's 2 MB steps.
    const size = 1_500_000;
    const base = need('none', 0, 16);
    const bare = need('bare', size, base) - base;
    expect(bare).toBeGreaterThan(10);
    // Where newsmark fits, a parse under 3x what remark-parse needs completes.
    expect(completes('newsmark', size, base + 3 * bare)).toBe(true);
  });
});
