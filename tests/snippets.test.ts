/// <reference types="node" />
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Every code snippet of README.md and docs/*.md runs as written, against the built package
// (`newsmark` resolves to this package by its own name), and:
//
// * a snippet followed by `Yields:` and a ```txt block must print exactly that;
// * a line `expression // => value` must give that value (compared with isDeepStrictEqual);
// * a snippet that cannot run here says why on the line before it:
//   `<!-- no-run: needs an archive of your own -->`.
//
// JavaScript runs with node (as CommonJS when it uses `require` and no `import`). Shell runs
// with `sh -e` and `newsmark` on the PATH, and only when every command is `newsmark` or `node`:
// one that installs, builds or tests (`npm test` would run this test again) must say why it does
// not run, without being tried. Other code (Python, SQL, TypeScript) has no runner here, so it
// must say why too. Text, JSON, YAML and Markdown blocks are data, not snippets.
const root = fileURLToPath(new URL('..', import.meta.url));
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const RUNNERS: Record<string, 'node' | 'sh'> = { js: 'node', javascript: 'node', mjs: 'node', sh: 'sh', bash: 'sh', shell: 'sh' };
const NO_RUNNER = new Set(['ts', 'typescript', 'python', 'py', 'sql', 'ruby', 'go', 'rust']);

interface Snippet {
  file: string;
  line: number;
  lang: string;
  code: string;
  noRun: string | undefined;
  yields: string | undefined;
}

/** The fenced code blocks of a Markdown file, with the marker before each and its `Yields:`. */
function snippets(file: string): Snippet[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,})(\w*)\s*$/u.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence, lang] = open as unknown as [string, string, string, string];
    let end = index + 1;
    while (end < lines.length && lines[end]!.trim() !== fence) end++;
    const code = `${lines
      .slice(index + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')}\n`;
    let before = index - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const noRun = before >= 0 ? /^\s*<!-- no-run:(.*)-->\s*$/u.exec(lines[before]!)?.[1]?.trim() : undefined;
    // `Yields:` after a blank line, then the output's block.
    let yields: string | undefined;
    if (lines[end + 1] === '' && lines[end + 2] === 'Yields:' && lines[end + 3] === '' && /^```txt$/u.test(lines[end + 4] ?? '')) {
      let close = end + 5;
      while (close < lines.length && lines[close] !== '```') close++;
      yields = `${lines.slice(end + 5, close).join('\n')}\n`;
    }
    found.push({ file, line: index + 1, lang: lang.toLowerCase(), code, noRun, yields });
    index = end;
  }
  return found;
}

const all = files.flatMap(snippets);
const code = all.filter((snippet) => snippet.lang in RUNNERS || NO_RUNNER.has(snippet.lang));
const dir = mkdtempSync(join(tmpdir(), 'newsmark-snippets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// `newsmark` on the PATH, as after `npm install -g` or in an npm script.
const bin = join(dir, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'newsmark'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/cli/index.js')}" "$@"\n`);
chmodSync(join(bin, 'newsmark'), 0o755);

/** The commands of a shell snippet: lines joined at a trailing `\\`, without comments. */
function commands(source: string): string[] {
  return source
    .replace(/\\\n/gu, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `value // => expected` lines become checks; the rest of the snippet is run as written. */
function withChecks(source: string, commonjs: boolean): string {
  let checks = false;
  const body = source.replace(/^(\s*)(\S.*?);?\s*\/\/ => (.+)$/gmu, (_line, indent: string, expression: string, expected: string) => {
    checks = true;
    return `${indent}__check(${expression}, ${expected}, ${JSON.stringify(`${expression} // => ${expected}`)});`;
  });
  if (!checks) return source;
  const helper = commonjs ? "const { isDeepStrictEqual: __equal, inspect: __inspect } = require('node:util');" : "import { isDeepStrictEqual as __equal, inspect as __inspect } from 'node:util';";
  return `${helper}\nfunction __check(actual, expected, line) {\n  if (!__equal(actual, expected)) {\n    console.error(\`Unexpected value: \${line}\\n  got \${__inspect(actual)}\`);\n    process.exitCode = 1;\n  }\n}\n${body}`;
}

function run(snippet: Snippet, index: number): SpawnSyncReturns<string> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
  if (RUNNERS[snippet.lang] === 'sh') return spawnSync('sh', ['-e', '-c', snippet.code], { cwd: root, encoding: 'utf8', env });
  const commonjs = /\brequire\(/u.test(snippet.code) && !/^\s*(?:import|export)\b/mu.test(snippet.code);
  // In the repository, so that the paths a snippet reads are there; a file of the snippet's
  // kind, so that `import` and top-level `await` work.
  const file = join(root, `.snippet-${index}.${commonjs ? 'cjs' : 'mjs'}`);
  let source = withChecks(snippet.code, commonjs);
  // `npm start` writes the article a README example reads.
  if (source.includes('examples/khamenei.article.json')) {
    const article = join(dir, 'khamenei.article.json');
    spawnSync(process.execPath, ['dist/cli/index.js', 'parse', 'examples/khamenei.txt', '--out', article], { cwd: root });
    source = source.replace('examples/khamenei.article.json', article);
  }
  writeFileSync(file, source);
  try {
    return spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', env });
  } finally {
    rmSync(file, { force: true });
  }
}

describe('snippets of README.md and docs/*.md', () => {
  it('there are snippets to run in the README and the guides', () => {
    const running = code.filter((snippet) => snippet.noRun === undefined);
    expect(running.filter((snippet) => snippet.file === 'README.md').length).toBeGreaterThanOrEqual(8);
    expect(running.filter((snippet) => snippet.file !== 'README.md').length).toBeGreaterThanOrEqual(8);
    expect(running.filter((snippet) => snippet.yields !== undefined).length).toBeGreaterThanOrEqual(4);
  });

  const named = code.map((snippet, index) => [`${snippet.file}:${snippet.line} (${snippet.lang})`, snippet, index] as const);

  it.each(named)('%s runs as written, or says why not', (_name, snippet, index) => {
    if (snippet.noRun !== undefined) {
      expect(snippet.noRun, 'a no-run marker says why').toMatch(/\w{3,}/u);
      expect(snippet.yields, 'a snippet that does not run cannot promise an output').toBeUndefined();
      return;
    }
    expect(RUNNERS[snippet.lang], `no runner for ${snippet.lang}: mark it <!-- no-run: why -->`).toBeDefined();
    if (RUNNERS[snippet.lang] === 'sh') {
      const other = commands(snippet.code).filter((command) => !/^(?:newsmark|node) /u.test(command));
      expect(other, 'commands other than `newsmark` and `node`: mark the snippet <!-- no-run: why -->').toEqual([]);
    }
    const result = run(snippet, index);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    if (snippet.yields !== undefined) expect(result.stdout, result.stderr).toBe(snippet.yields);
  }, 60_000);
});
