/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { VFile } from 'vfile';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reporterSarif } from '../src/cli/sarif.ts';

// `newsmark check` as CI runs it: the built command in a folder of articles written here.
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const dist = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
const zod = pathToFileURL(fileURLToPath(new URL('../node_modules/zod/index.js', import.meta.url))).href;

const CLEAN = 'Council approves budget\n\nThe council approved the budget on Monday.\n';
const WARNED = 'Senator speaks\n\n“I did nothing wrong,” the senator claimed.\n';
const BROKEN = '---\ndate: yesterday\n---\n\nCouncil approves budget\n\nThe council met.\n';

let dir = '';
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'newsmark-check-'));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), value);
  }
  return dir;
}

function newsmark(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'check', ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` (or `npm test`)');
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('newsmark check: exit codes', () => {
  const cases: [string, Record<string, string>, string[], number][] = [
    ['clean files exit 0', { 'a.md': CLEAN, 'b.txt': CLEAN }, ['.'], 0],
    ['warnings alone exit 0', { 'a.txt': WARNED }, ['.'], 0],
    ['warnings with --frail exit 1', { 'a.txt': WARNED }, ['.', '--frail'], 1],
    ['an error exits 1', { 'a.md': CLEAN, 'b.md': BROKEN }, ['.'], 1],
    ['a glob picks files', { 'a.md': BROKEN, 'b.txt': CLEAN }, ['*.txt'], 0],
    ['an ignored file is skipped', { 'a.md': BROKEN, 'b.md': CLEAN, '.newsmarkignore': 'a.md\n' }, ['.'], 0],
    ['--config names the config for every file', { 'a.txt': WARNED, 'strict.json': '{"rules":{"loaded-attribution-verb":"error"}}' }, ['.', '--config', 'strict.json'], 1],
    ['a JS .newsmarkrc.mjs is read', { 'a.txt': WARNED, '.newsmarkrc.mjs': "export default { rules: { 'loaded-attribution-verb': 'error' } };" }, ['.'], 1],
    ['a config that is not an object is a tool failure', { 'a.txt': WARNED, '.newsmarkrc.json': '[1, 2]' }, ['.'], 2],
    ['a missing file is a tool failure', { 'a.md': CLEAN }, ['missing.md'], 2],
    ['an unknown option is a tool failure', { 'a.md': CLEAN }, ['.', '--fast'], 2],
    ['no paths is a tool failure', { 'a.md': CLEAN }, [], 2],
    ['a bad format is a tool failure', { 'a.md': CLEAN }, ['.', '--format', 'xml'], 2],
    ['an unreadable config is a tool failure', { 'a.md': CLEAN, '.newsmarkrc.json': '{bad' }, ['.'], 2],
    ['a config naming an unknown rule is a tool failure', { 'a.md': CLEAN, '.newsmarkrc.json': '{"rules":{"nope":"off"}}' }, ['.'], 2],
    ['a config with a bad severity is a tool failure', { 'a.md': CLEAN, '.newsmarkrc.json': '{"rules":{"empty-section":"loud"}}' }, ['.'], 2],
  ];
  it.each(cases)('%s', (_name, files, args, code) => {
    expect(newsmark(folder(files), args).code).toBe(code);
  });
});

describe('newsmark check: reports', () => {
  it('reports file, line:column, severity, message and rule id on standard error', () => {
    const { stdout, stderr } = newsmark(folder({ 'b.md': BROKEN }), ['.', '--no-color']);
    expect(stdout).toBe('');
    expect(stderr).toContain('b.md');
    expect(stderr).toMatch(/2:7-2:16\s+error\s+Unexpected value for `date`.*front-matter-field/);
  });

  it('--quiet leaves out clean files', () => {
    const cwd = folder({ 'clean.md': CLEAN, 'warned.txt': WARNED });
    expect(newsmark(cwd, ['.', '--no-color']).stderr).toContain('clean.md');
    expect(newsmark(cwd, ['.', '--no-color', '--quiet']).stderr).not.toContain('clean.md');
  });

  it('--format json prints vfile-reporter-json to standard output', () => {
    const { code, stdout } = newsmark(folder({ 'b.md': BROKEN }), ['.', '--format', 'json']);
    expect(code).toBe(1);
    const files = JSON.parse(stdout) as { path: string; messages: { line: number; column: number; ruleId: string; fatal: boolean }[] }[];
    expect(files.map((file) => file.path)).toEqual(['b.md']);
    expect(files[0]?.messages).toContainEqual(expect.objectContaining({ line: 2, column: 7, ruleId: 'front-matter-field', fatal: true }));
  });

  it('--format sarif prints a SARIF 2.1.0 log to standard output', () => {
    const { code, stdout } = newsmark(folder({ 'sub/w.txt': WARNED }), ['.', '--format', 'sarif', '--frail']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]?.results).toEqual([
      expect.objectContaining({
        ruleId: 'loaded-attribution-verb',
        level: 'warning',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'sub/w.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 36, endLine: 3, endColumn: 43 } } }],
      }),
    ]);
  });
});

describe('newsmark check: config', () => {
  it('.newsmarkrc sets severities: off drops, error fails', () => {
    const rc = JSON.stringify({ rules: { 'loaded-attribution-verb': 'error' } });
    expect(newsmark(folder({ 'a.txt': WARNED, '.newsmarkrc': rc }), ['.']).code).toBe(1);
    const off = JSON.stringify({ rules: { 'loaded-attribution-verb': 'off', 'front-matter-field': 'off' } });
    const { code, stderr } = newsmark(folder({ 'a.txt': WARNED, 'b.md': BROKEN, '.newsmarkrc.json': off }), ['.', '--frail', '--no-color']);
    expect(code).toBe(0);
    expect(stderr).not.toContain('loaded-attribution-verb');
  });

  it('reads the nearest config of each file: a folder can differ', () => {
    const cwd = folder({ 'news/a.txt': WARNED, 'opinion/a.txt': WARNED, 'news/.newsmarkrc.yml': `rules:\n  loaded-attribution-verb: error\n` });
    const { stderr } = newsmark(cwd, ['.', '--no-color']);
    expect(stderr).toMatch(/news\/a\.txt\n.*error/);
    expect(stderr).toMatch(/opinion\/a\.txt\n.*warning/);
  });

  it('reads the `newsmark` field of package.json', () => {
    const pkg = JSON.stringify({ name: 'site', newsmark: { rules: { 'loaded-attribution-verb': 'error' } } });
    expect(newsmark(folder({ 'a.txt': WARNED, 'package.json': pkg }), ['.']).code).toBe(1);
  });

  it('newsmark.config.js with defineConfig and an app schema fails an article without the required front matter', () => {
    const config = [
      `import { z } from '${zod}';`,
      `import { defineArticleSchema, defineConfig } from '${dist}';`,
      'export default defineConfig({',
      "  rules: { 'missing-headline': 'error' },",
      '  schema: defineArticleSchema({ meta: z.object({ datePublished: z.iso.date(), author: z.string() }) }),',
      '});',
    ].join('\n');
    const good = '---\ntitle: Council approves budget\ndate: 2024-05-01\nauthor: Ana Silva\n---\n\nThe council approved the budget.\n';
    const bad = '---\ntitle: Council approves budget\ndate: 2024-05-01\n---\n\nThe council approved the budget.\n';
    expect(newsmark(folder({ 'good.md': good, 'newsmark.config.js': config }), ['.']).code).toBe(0);
    const { code, stderr } = newsmark(folder({ 'bad.md': bad, 'newsmark.config.js': config }), ['.', '--no-color']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/1:1-1:4\s+error\s+Missing front matter `author`, expected a string\s+front-matter-schema/);
    expect(newsmark(folder({ 'none.txt': 'The council approved the budget on Monday after a debate.\n', 'newsmark.config.js': config }), ['.']).code).toBe(1);
  });
});

describe('reporterSarif', () => {
  it('gives each message a level, a rule and a region, relative to cwd', () => {
    const file = new VFile({ path: '/site/posts/a.md', cwd: '/site', value: 'x' });
    file.message('Unexpected thing', { place: { line: 2, column: 3 }, ruleId: 'empty-section', source: 'newsmark' }).fatal = false;
    const error = file.message('Unexpected other', { place: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } }, ruleId: 'front-matter-field', source: 'newsmark' });
    error.fatal = true;
    file.info('Note', { ruleId: 'not-a-rule' });
    const log = JSON.parse(reporterSarif([file])) as { version: string; runs: { results: { ruleId?: string; ruleIndex?: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(run.results.map((result) => [result.ruleId, result.level, result.locations[0]?.physicalLocation.region])).toEqual([
      ['empty-section', 'warning', { startLine: 2, startColumn: 3 }],
      ['front-matter-field', 'error', { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 }],
      ['not-a-rule', 'note', { startLine: 1 }],
    ]);
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('posts/a.md');
    // ruleIndex points into the driver's rules, and only for known rules.
    expect(run.tool.driver.rules[run.results[1]!.ruleIndex!]?.id).toBe('front-matter-field');
    expect(run.results[2]?.ruleIndex).toBeUndefined();
  });

  it('writes what a minimal SARIF 2.1.0 schema accepts', () => {
    // The parts of the OASIS SARIF 2.1.0 schema that code scanning requires of a log.
    const schema = {
      type: 'object',
      required: ['version', 'runs'],
      properties: {
        version: { const: '2.1.0' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool'],
            properties: {
              tool: { type: 'object', required: ['driver'], properties: { driver: { type: 'object', required: ['name'] } } },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['message'],
                  properties: {
                    level: { enum: ['none', 'note', 'warning', 'error'] },
                    message: { type: 'object', required: ['text'] },
                    locations: { type: 'array', items: { type: 'object', properties: { physicalLocation: { type: 'object', properties: { region: { type: 'object', properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } } } } } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const file = new VFile({ path: 'a.md', value: 'x' });
    file.message('Unexpected thing', { place: { line: 1, column: 1 }, ruleId: 'empty-section' });
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(JSON.parse(reporterSarif([file])))).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
