/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema } from '../src/schema/index.ts';

// The built command line, as users run it; `npm test` builds it before vitest starts.
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

function newsmark(args: string[], input?: string, cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input });
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

// Each spawns the command line once or twice: generous for a loaded machine.
describe('hostile paths and bytes', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'good.md'), 'Budget passes\n\nThe council approved the budget on Monday.\n');
  // "café" in Latin-1: the é is one byte, 0xE9, which is not UTF-8.
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Budget passes\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' council approved the budget.\n')]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Budget passes\n\nThe café council approved it.\n', 'utf16le')]));

  it('`parse --out` into a missing folder or onto a folder is a clear error, exit 2', () => {
    for (const [out, said] of [['missing/article.json', 'the folder `missing` does not exist'], ['empty', '`empty`: it is a folder, expected a file name']] as const) {
      const { code, stderr } = newsmark(['parse', 'good.md', '--out', out], undefined, dir);
      expect(code).toBe(2);
      expect(stderr).toContain(said);
      expect(stderr).not.toMatch(/\n\s+at /u);
    }
  });

  it('`parse` of a folder is a clear error, exit 2', () => {
    const { code, stderr } = newsmark(['parse', 'empty'], undefined, dir);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read `empty`: it is a folder');
  });

  it('reads a file that is not UTF-8 with replacement characters and a warning naming it', () => {
    const { code, stdout, stderr } = newsmark(['parse', 'latin1.txt'], undefined, dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sections[0].paragraphs[0].text).toBe('The caf\uFFFD council approved the budget.');
    expect(stderr).toMatch(/3:8 +warning +Unexpected bytes that are not UTF-8 in `latin1\.txt`/u);
    const checked = newsmark(['check', 'latin1.txt'], undefined, dir);
    expect(checked.stderr).toContain('invalid-utf-8');
  });

  it('reads a UTF-16 file with its byte order mark as UTF-16', () => {
    const { code, stdout, stderr } = newsmark(['parse', 'utf16.txt'], undefined, dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sections[0].paragraphs[0].text).toBe('The café council approved it.');
    expect(stderr).not.toContain('invalid-utf-8');
  });

  it('`check` reports a missing path as an error for that path while the rest still run', () => {
    const { code, stderr } = newsmark(['check', 'missing.md', 'good.md'], undefined, dir);
    expect(code).toBe(2);
    expect(stderr).toContain('missing.md');
    expect(stderr).toContain('good.md: no issues found');
  });

  it('`check` on an empty folder or a glob that matches nothing is an error', () => {
    for (const pattern of ['empty', 'nothing-*.md']) {
      const { code, stderr } = newsmark(['check', pattern], undefined, dir);
      expect(code).toBe(2);
      expect(stderr).toContain(`no articles found in \`${pattern}\``);
    }
  });
});
