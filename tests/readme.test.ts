/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Every README example that says what it yields is run as written, against the built package,
// and must print exactly that.
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```js\n((?:(?!```)[\s\S])*)```\n\nYields:\n\n```txt\n([\s\S]*?)```/gu)].map((match) => ({ code: match[1]!, yields: match[2]! }));
const dir = mkdtempSync(join(tmpdir(), 'newsmark-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('there are examples with outputs to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i prints what the README says', (index, example) => {
    // In the repository, so that `newsmark` resolves to this package (by its own name) and the
    // paths the example reads are there.
    const file = join(root, `.readme-example-${index}.mjs`);
    writeFileSync(file, example.code);
    try {
      // `npm start` writes the article an example reads.
      if (example.code.includes('examples/khamenei.article.json')) {
        spawnSync(process.execPath, ['dist/cli/index.js', 'parse', 'examples/khamenei.txt', '--out', join(dir, 'khamenei.article.json')], { cwd: root });
        writeFileSync(file, example.code.replace('examples/khamenei.article.json', join(dir, 'khamenei.article.json')));
      }
      const result = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      expect(result.stdout, result.stderr).toBe(example.yields);
      expect(result.status).toBe(0);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);
});
