/// <reference types="node" />
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/schema/article.ts';
import { installPacked, root, run, write } from './pack.ts';

// A new user's first minutes: the packed tarball installed into fresh projects, used from ESM,
// CommonJS and TypeScript under each module resolution, with `skipLibCheck: false`.
let dir = '';
beforeAll(() => {
  dir = installPacked('newsmark-consumer-');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const TEXT = JSON.stringify('Markets rally\n\nBy Jane Doe and John Smith\n\n“Shares will rise,” the analyst said.');
const program = `JSON.stringify([main.parseArticle(${TEXT}).meta.headline, main.toJsonLd(main.parseArticle(${TEXT})).author.length, schema.SCHEMA_VERSION])`;

describe('the packed package in fresh projects', () => {
  it('runs from ESM and CommonJS alike', () => {
    write(dir, {
      'esm/package.json': '{"type":"module"}',
      'esm/main.js': `import * as main from 'newsmark';\nimport * as schema from 'newsmark/schema';\nconsole.log(${program});\n`,
      'cjs/package.json': '{"type":"commonjs"}',
      'cjs/main.js': `const main = require('newsmark');\nconst schema = require('newsmark/schema');\nconsole.log(${program});\n`,
    });
    const esm = run(process.execPath, ['main.js'], join(dir, 'esm'));
    const cjs = run(process.execPath, ['main.js'], join(dir, 'cjs'));
    expect(esm).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(esm.stdout)).toEqual(['Markets rally', 2, SCHEMA_VERSION]);
    expect(cjs.stdout).toBe(esm.stdout);
  });

  it('has a working command', () => {
    const { version } = JSON.parse(run(process.execPath, ['-p', 'JSON.stringify(require("newsmark/package.json"))'], dir).stdout) as { version: string };
    expect(run(join(dir, 'node_modules/.bin/newsmark'), ['--version'], dir)).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  const MAIN_TS = [
    "import { parseArticle, toJsonLd, type Article } from 'newsmark';",
    "import { ArticleSchema, SCHEMA_VERSION } from 'newsmark/schema';",
    "const article: Article = parseArticle('Markets rally\\n\\nShares rose, traders said.');",
    'const ok: boolean = ArticleSchema.safeParse(article).success;',
    'const headline: string | undefined = toJsonLd(article).headline as string | undefined;',
    'export const result = [ok, headline, SCHEMA_VERSION];',
    '',
  ].join('\n');
  it.each([
    ['node16, ESM', 'module', { module: 'node16', moduleResolution: 'node16' }],
    ['node16, CommonJS', 'commonjs', { module: 'node16', moduleResolution: 'node16' }],
    ['node (node10), CommonJS', 'commonjs', { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true }],
    ['bundler', 'module', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks under %s with skipLibCheck false', (name, type, options) => {
    const folder = join(dir, `ts-${name.replace(/\W+/gu, '-')}`);
    write(folder, {
      'package.json': JSON.stringify({ type }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...options, strict: true, skipLibCheck: false, noEmit: true, types: [], lib: ['es2022', 'dom'] }, files: ['main.ts'] }),
      'main.ts': MAIN_TS,
    });
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], folder);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  });
});
