/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../src/index.ts';
import { SCHEMA_VERSION } from '../src/schema/article.ts';

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
    expect(esm).toMatchObject({ version: SCHEMA_VERSION });
    expect(cjs).toEqual(esm);
  });
});

describe('the built `newsmark/schema` entry', () => {
  it('imports zod and nothing else, so it loads without unified', () => {
    for (const file of ['dist/schema/index.js', 'dist/schema/index.cjs']) {
      const code = readFileSync(`${root}${file}`, 'utf8');
      const specifiers = [...code.matchAll(/(?:from\s*|require\()\s*['"]([^'"]+)['"]/gu)].map((match) => match[1]);
      expect(new Set(specifiers), file).toEqual(new Set(['zod']));
    }
  });

  it('validates with defineArticleSchema in a process that cannot load unified', () => {
    // A loader hook that fails any unified, remark or micromark import proves none is needed.
    const hook = `data:text/javascript,export async function resolve(s, c, next) { if (/unified|remark|micromark|mdast/.test(s)) throw new Error('loaded ' + s); return next(s, c); }`;
    const program = [
      "import { register } from 'node:module';",
      `register(${JSON.stringify(hook)});`,
      "const { defineArticleSchema, ArticleSchema } = await import('newsmark/schema');",
      "const { z } = await import('zod');",
      'const Site = defineArticleSchema({ meta: z.object({ author: z.string() }) });',
      "process.stdout.write(JSON.stringify([typeof ArticleSchema.parse, Site.shape.meta.shape.author.safeParse('Ana').success]));",
    ].join('\n');
    expect(run(['--input-type=module', '--eval', program])).toEqual(['function', true]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as Record<string, unknown> & {
    repository: { url: string };
    homepage: string;
    bugs: { url: string };
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const repository = /^git\+(https:\/\/github\.com\/[\w-]+\/[\w-]+)\.git$/u.exec(pkg.repository.url)?.[1];

  it('names the repository, its homepage and its issues, and rule URLs point into it', () => {
    expect(repository).toBeDefined();
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
    const message = safeParseArticle('Shares rose, officials said.').messages.find((each) => each.ruleId === 'missing-headline');
    expect(message?.url).toBe(`${repository}/blob/main/docs/rules.md#missing-headline`);
  });

  it('takes zod 4 as a peer dependency, shared with the app, not a copy of its own', () => {
    expect(pkg.peerDependencies).toEqual({ zod: '^4.0.0' });
    expect(pkg.dependencies).not.toHaveProperty('zod');
    // Tested against one exact zod 4 here.
    expect(pkg.devDependencies.zod).toMatch(/^4\.\d+\.\d+$/u);
  });
});
