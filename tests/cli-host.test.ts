/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../src/index.ts';
import { RULE_REGISTRY } from '../src/rules/registry.ts';

// The command line as tools around it use it: lint-staged, CI, SARIF uploads, `--version`.
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const WARNED = 'Senator speaks\n\n“I did nothing wrong,” the senator claimed.\n';
const BROKEN = '---\ndate: yesterday\n---\n\nCouncil approves budget\n\nThe council met.\n';
// Spawning the built command is slow on a loaded machine.
const SLOW = 60_000;

let dir = '';
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), value);
  }
  return dir;
}
function newsmark(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('newsmark --version and --help', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', (flag) => {
    expect(newsmark(folder({}), [flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  }, SLOW);

  it.each([['check', '--help'], ['parse', '--help'], ['check', 'a.md', '-h'], ['--help']])('`%s %s` prints the usage and exits 0', (...args) => {
    const { code, stdout, stderr } = newsmark(folder({}), args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: newsmark <command>/u);
    expect(stderr).toBe('');
  }, SLOW);
});

describe('newsmark check for lint-staged and CI', () => {
  it('a file named on the command line but ignored exits 0 with no report', () => {
    const { code, stderr } = newsmark(folder({ 'a.md': BROKEN, '.newsmarkignore': 'a.md\n' }), ['check', 'a.md']);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/ignored|error/u);
  }, SLOW);

  it('a config error is reported once, without a stack trace, and exits 2', () => {
    const { code, stderr } = newsmark(folder({ 'a.md': WARNED, 'b.md': WARNED, 'c/d.md': WARNED, '.newsmarkrc.json': '{"rules":{"empty-section":"loud"}}' }), ['check', '.']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newsmark: Invalid config `.*\.newsmarkrc\.json`: Unexpected severity "loud" for `empty-section`/u)]);
  }, SLOW);

  it('a missing file says so in one line', () => {
    const { code, stderr } = newsmark(folder({}), ['check', 'missing.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('newsmark: missing.md: No such file or folder\n');
  }, SLOW);

  it('SARIF names the tool’s version and describes every rule', () => {
    const { stdout } = newsmark(folder({ 'a.md': WARNED }), ['check', '.', '--format', 'sarif']);
    const driver = JSON.parse(stdout).runs[0].tool.driver;
    expect(driver.version).toBe(version);
    expect(driver.rules.map((rule: { id: string; shortDescription: { text: string } }) => [rule.id, rule.shortDescription.text])).toEqual(
      Object.keys(RULES).map((id) => [id, RULE_REGISTRY[id as keyof typeof RULES].description]),
    );
  }, SLOW);
});

describe('newsmark parse reads the config check reads', () => {
  it.each([
    ['a .newsmarkrc.json beside the file', { '.newsmarkrc.json': '{"rules":{"loaded-attribution-verb":"error"}}' }, [] as string[]],
    ['newsmark.config.json in the working folder', { 'newsmark.config.json': '{"rules":{"loaded-attribution-verb":"error"}}' }, []],
    ['--config', { 'strict.json': '{"rules":{"loaded-attribution-verb":"error"}}' }, ['--config', 'strict.json']],
  ])('%s: both fail the file on the same error', (_name, config, args) => {
    const cwd = folder({ 'news/a.md': WARNED, ...config });
    const parse = newsmark(cwd, ['parse', 'news/a.md', ...args]);
    const check = newsmark(cwd, ['check', 'news/a.md', ...args]);
    expect([parse.code, check.code]).toEqual([1, 1]);
    expect(parse.stderr).toMatch(/3:36-3:43\s+error\s+Unexpected loaded attribution verb/u);
    expect(JSON.parse(parse.stdout).meta.headline).toBe('Senator speaks');
  }, SLOW);

  it('with no config, a warning leaves parse at exit 0', () => {
    const parse = newsmark(folder({ 'a.md': WARNED }), ['parse', 'a.md']);
    expect(parse.code).toBe(0);
    expect(parse.stderr).toMatch(/warning\s+Unexpected loaded attribution verb/u);
  }, SLOW);

  it('a config error stops parse with exit 2 and no JSON', () => {
    const parse = newsmark(folder({ 'a.md': WARNED, '.newsmarkrc.json': '{"rules":{"nope":"off"}}' }), ['parse', 'a.md']);
    expect(parse).toMatchObject({ code: 2, stdout: '' });
    expect(parse.stderr).toMatch(/^newsmark: Invalid config/u);
  }, SLOW);
});
