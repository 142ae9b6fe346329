/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built package, loaded by name as a dependent would (Node resolves a package's own name
// through its `exports` from inside it). `npm test` builds `dist/` before vitest starts.
const root = fileURLToPath(new URL('..', import.meta.url));
const input = JSON.stringify('Markets rally\n\n“Shares will rise,” the analyst said.');

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe('the built package', () => {
  const program = (load: string) =>
    `${load} process.stdout.write(JSON.stringify({ article: main.parseArticle(${input}), version: schema.SCHEMA_VERSION }));`;

  it('loads with `import` and with `require`, and both parse alike', () => {
    const esm = run([
      '--input-type=module',
      '--eval',
      program("const main = await import('newsmark'); const schema = await import('newsmark/schema');"),
    ]);
    const cjs = run([
      '--input-type=commonjs',
      '--eval',
      program("const main = require('newsmark'); const schema = require('newsmark/schema');"),
    ]);
    expect(esm).toMatchObject({ version: '0.1.0' });
    expect(cjs).toEqual(esm);
  });
});
