/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../src/schema/index.ts';

// The built command line, as users run it; `npm test` builds it before vitest starts.
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

function newsmark(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` (or `npm test`)');
});

describe('newsmark parse', () => {
  it('prints an Article as JSON and exits 0', () => {
    const { code, stdout } = newsmark(['parse', 'examples/khamenei.txt']);
    expect(code).toBe(0);
    const checked = ArticleSchema.safeParse(JSON.parse(stdout));
    expect(checked.error?.issues).toBeUndefined();
    expect(checked.success).toBe(true);
  });

  it('reads standard input for `-`', () => {
    const input = 'Council approves budget\n\nThe city council approved the budget on Monday, officials said.\n';
    const { code, stdout } = newsmark(['parse', '-'], input);
    expect(code).toBe(0);
    const article = ArticleSchema.parse(JSON.parse(stdout));
    expect(article.sections.flatMap((section) => section.paragraphs).length).toBeGreaterThan(0);
  });

  it('exits 2 with the usage when no file is given', () => {
    const { code, stdout, stderr } = newsmark(['parse']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: newsmark');
  });

  it('exits 2 when the file cannot be read', () => {
    const { code, stdout, stderr } = newsmark(['parse', 'missing.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('missing.txt');
  });
});

describe('newsmark schema', () => {
  it('prints the committed JSON Schema', () => {
    const { code, stdout } = newsmark(['schema']);
    expect(code).toBe(0);
    const committed: unknown = JSON.parse(readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'));
    expect(JSON.parse(stdout)).toEqual(committed);
  });
});
