/// <reference types="node" />
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_JOBS, workersFor } from '../src/cli/batch.ts';
import { ArticleSchema } from '../src/schema/index.ts';

// The built command line, as users run it; `npm test` builds it before vitest starts.
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsmark-batch-'));

// Spawned commands start worker threads: give them time on a loaded machine.
const SLOW = 120_000;

// Test articles we write: three people quoted in turn, every seventh article long, so workers
// finish out of input order.
const PEOPLE = [
  ['Maria Lopez', 'the harbour board chair'],
  ['Tom Reed', 'a local councillor'],
  ['Anna Patel', 'the finance director'],
] as const;

function article(index: number): string {
  const [name, role] = PEOPLE[index % PEOPLE.length]!;
  const paragraphs = [`“We will finish project ${index} this year,” said ${name}, ${role}.`];
  if (index % 2 === 0) paragraphs.push(`${name.split(' ')[1]} said the work on site ${index} would start in spring.`);
  const filler = index % 7 === 0 ? 80 : 1;
  for (let line = 0; line < filler; line++) paragraphs.push(`The council met on Monday to discuss item ${line} of plan ${index}, officials said.`);
  return `Council backs plan ${index}\n\n${paragraphs.join('\n\n')}\n`;
}

function jsonl(count: number, first = 0): string {
  return Array.from({ length: count }, (_, index) => `${JSON.stringify({ id: `a${first + index}`, text: article(first + index), desk: 'city' })}\n`).join('');
}

function newsmark(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', input: options.input, env: options.env ?? process.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Line {
  id: string;
  article?: Record<string, unknown>;
  error?: { message: string; ruleId: string | null; line: number | null; column: number | null };
  messages: { message: string; ruleId: string | null; line: number | null; column: number | null; fatal: boolean | null }[];
  [field: string]: unknown;
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);

const input = join(work, 'input.jsonl');
let full: string;
let fullStderr: string;
let fullJson: string;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` (or `npm test`)');
  writeFileSync(input, jsonl(40));
  const result = newsmark(['batch', 'input.jsonl', '--jobs', '2']);
  expect(result.code).toBe(0);
  full = result.stdout;
  fullStderr = result.stderr;
}, SLOW);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('newsmark batch', () => {
  it('writes one valid article a line, in input order, with the input’s other fields', () => {
    const out = lines(full);
    expect(out.map((line) => line.id)).toEqual(Array.from({ length: 40 }, (_, index) => `a${index}`));
    for (const line of out) {
      expect(line.desk).toBe('city');
      expect(ArticleSchema.safeParse(line.article).success).toBe(true);
    }
    // Each line is the article its text makes, not a neighbour's.
    expect(out.map((line) => (line.article as { meta: { headline: string } }).meta.headline)).toEqual(out.map((_, index) => `Council backs plan ${index}`));
  });

  it('keeps input order for files, with their paths as ids', { timeout: SLOW }, () => {
    const dir = join(work, 'desk');
    mkdirSync(join(dir, 'b'), { recursive: true });
    // Long articles first, so later ones finish sooner.
    const names = ['a/01.txt', 'a/02.md', 'b/03.txt', 'b/04.txt', 'c.txt', 'd.md', 'notes.json'];
    names.forEach((name, index) => {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), article(index * 7 + (index < 2 ? 0 : 1)));
    });
    const { code, stdout } = newsmark(['batch', 'desk', '--jobs', '2']);
    expect(code).toBe(0);
    expect(lines(stdout).map((line) => line.id)).toEqual(['desk/a/01.txt', 'desk/a/02.md', 'desk/b/03.txt', 'desk/b/04.txt', 'desk/c.txt', 'desk/d.md']);
    const globbed = newsmark(['batch', 'desk/**/0*.txt', 'desk/c.txt', '--jobs', '1']);
    expect(lines(globbed.stdout).map((line) => line.id)).toEqual(['desk/a/01.txt', 'desk/b/03.txt', 'desk/b/04.txt', 'desk/c.txt']);
  });

  it('reads JSON Lines from standard input and gives the same lines', { timeout: SLOW }, () => {
    const { code, stdout } = newsmark(['batch', '-', '--jobs', '1'], { input: readFileSync(input, 'utf8') });
    expect(code).toBe(0);
    expect(stdout).toBe(full);
  });

  it('writes errors as lines, with their place, and exits 1', { timeout: SLOW }, () => {
    const bad = [
      JSON.stringify({ id: 'good', text: article(1) }),
      'not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'An article with no id.' }),
      JSON.stringify({ id: 'bad-date', text: '---\ndate: yesterday\n---\nCouncil backs plan\n\nThe council backed it.' }),
      JSON.stringify({ id: 'clash', text: 'Text.', article: 1 }),
      JSON.stringify({ id: 'good', text: article(2) }),
      '',
      JSON.stringify({ id: 7, text: article(3) }),
    ].join('\n');
    const { code, stdout, stderr } = newsmark(['batch', '-', '--jobs', '1'], { input: bad });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const out = lines(stdout);
    expect(out.map((line) => [line.id, line.error?.ruleId ?? 'ok'])).toEqual([
      ['good', 'ok'],
      ['stdin:2', 'batch-input-invalid'],
      ['no-text', 'batch-input-invalid'],
      ['stdin:4', 'batch-input-invalid'],
      ['bad-date', 'front-matter-field'],
      ['clash', 'batch-input-invalid'],
      ['good', 'batch-id-repeated'],
      [7, 'ok'],
    ]);
    expect(out[2]!.error).toEqual({ message: 'Unexpected missing `text`, expected the article as a string', ruleId: 'batch-input-invalid', line: 3, column: 1 });
    // The article's own messages are in its line: the place is in the article's text.
    expect(out[4]!.error).toMatchObject({ ruleId: 'front-matter-field', line: 2, column: 7 });
    expect(out[4]!.messages.filter((message) => message.fatal)).toHaveLength(1);
    expect(out[4]!.article).toBeUndefined();
  });

  it('keeps only `--fields`', { timeout: SLOW }, () => {
    const { code, stdout } = newsmark(['batch', 'input.jsonl', '--fields', 'quotes,entities', '--jobs', '1']);
    expect(code).toBe(0);
    const out = lines(stdout);
    const whole = lines(full);
    out.forEach((line, index) => {
      expect(Object.keys(line.article!)).toEqual(['quotes', 'entities']);
      expect(line.article!.quotes).toEqual(whole[index]!.article!.quotes);
    });
    const wrong = newsmark(['batch', 'input.jsonl', '--fields', 'quotes,speakers']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('`--fields` takes Article fields');
  });

  it('writes one JSON array with `--format json`', { timeout: SLOW }, () => {
    const { code, stdout } = newsmark(['batch', 'input.jsonl', '--format', 'json', '--jobs', '1']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(lines(full));
    fullJson = stdout;
  });

  it('gives a pipe no progress bar, a terminal one, and CI none', { timeout: SLOW }, () => {
    // The first run (standard error a pipe) wrote nothing there; here `script` gives the command
    // a terminal.
    expect(fullStderr).toBe('');
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} batch input.jsonl --jobs 1 --out tty.jsonl`;
    const { CI: _, ...env } = process.env;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8', env });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/100% \| 40 articles \| [\d.]+ MB\/s/u);
    const ci = spawnSync('script', ['-qec', command.replace('tty.jsonl', 'ci.jsonl'), '/dev/null'], { cwd: work, encoding: 'utf8', env: { ...env, CI: 'true' } });
    expect(ci.status).toBe(0);
    expect(ci.stdout).not.toContain('articles');
    expect(readFileSync(join(work, 'ci.jsonl'), 'utf8')).toBe(full);
  });

  describe('--out', () => {
    it('resumes: skips ids already written and redoes a line cut off', { timeout: SLOW }, () => {
      const out = join(work, 'resume.jsonl');
      const kept = full.split('\n').slice(0, 12).join('\n');
      // Twelve whole lines, then half of the thirteenth, as a kill mid-write would leave it.
      writeFileSync(out, `${kept}\n${full.split('\n')[12]!.slice(0, 300)}`);
      const { code, stdout, stderr } = newsmark(['batch', 'input.jsonl', '--out', 'resume.jsonl', '--jobs', '1']);
      expect([code, stdout, stderr]).toEqual([0, '', '']);
      expect(readFileSync(out, 'utf8')).toBe(full);
      // Done is done: a second run adds nothing.
      newsmark(['batch', 'input.jsonl', '--out', 'resume.jsonl', '--jobs', '1']);
      expect(readFileSync(out, 'utf8')).toBe(full);
    });

    it('resumes a `--format json` array, and grows it with new input', { timeout: SLOW }, () => {
      const complete = fullJson;
      const out = join(work, 'resume.json');
      const cut = complete.split('\n').slice(0, 6).join('\n');
      writeFileSync(out, `${cut}\n,{"id":"a5","artic`);
      expect(newsmark(['batch', 'input.jsonl', '--format', 'json', '--out', 'resume.json', '--jobs', '1']).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(complete);
      writeFileSync(join(work, 'more.jsonl'), jsonl(3, 40));
      expect(newsmark(['batch', 'input.jsonl', 'more.jsonl', '--format', 'json', '--out', 'resume.json', '--jobs', '1']).code).toBe(0);
      const grown = JSON.parse(readFileSync(out, 'utf8')) as Line[];
      expect(grown.map((line) => line.id)).toEqual(Array.from({ length: 43 }, (_, index) => `a${index}`));
    });

    it('refuses a file that is not batch output, and touches nothing', { timeout: SLOW }, () => {
      const out = join(work, 'other.jsonl');
      writeFileSync(out, '{"name":"something else"}\n');
      const { code, stderr } = newsmark(['batch', 'input.jsonl', '--out', 'other.jsonl']);
      expect(code).toBe(2);
      expect(stderr).toContain('cannot resume');
      expect(readFileSync(out, 'utf8')).toBe('{"name":"something else"}\n');
    });

    // Killed mid-run, then run again: every id exactly once, in order, each line whole.
    it.each(['SIGKILL', 'SIGTERM'] as const)('loses no finished line when stopped by %s', { timeout: SLOW }, async (signal) => {
      const count = 300;
      const big = join(work, `big-${signal}.jsonl`);
      writeFileSync(big, jsonl(count));
      const out = join(work, `killed-${signal}.jsonl`);
      const child = spawn(process.execPath, [cli, 'batch', big, '--out', out, '--jobs', '2'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      let written = 0;
      while (written < 5) {
        await new Promise((done) => setTimeout(done, 10));
        written = existsSync(out) ? readFileSync(out, 'utf8').split('\n').length - 1 : 0;
      }
      child.kill(signal);
      const code = await exited;
      const before = readFileSync(out, 'utf8');
      const stoppedAt = before.split('\n').length - 1;
      expect(stoppedAt).toBeLessThan(count);
      // A stop by signal finishes the articles in flight; a kill cannot, but what it wrote stays.
      if (signal === 'SIGTERM') {
        expect(code).toBe(130);
        expect(before.endsWith('\n')).toBe(true);
      }
      const resumed = newsmark(['batch', big, '--out', out, '--jobs', '2']);
      expect(resumed.code).toBe(0);
      const ids = lines(readFileSync(out, 'utf8')).map((line) => line.id);
      expect(ids).toEqual(Array.from({ length: count }, (_, index) => `a${index}`));
    });
  });

  it('exits 2 with a message when an input matches nothing', { timeout: SLOW }, () => {
    const { code, stdout, stderr } = newsmark(['batch', 'nothing/*.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no files match `nothing/*.txt`');
  });
});

describe('newsmark batch past one machine', () => {
  // `.ci/run` installs GNU parallel where it is missing; without it this one test cannot run.
  const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasParallel)('runs as the map step of `parallel --pipe` over shards, the same lines in order', { timeout: SLOW }, () => {
    const result = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '20', '-j', '2', process.execPath, cli, 'batch', '-', '--jobs', '1'], {
      cwd: work,
      encoding: 'utf8',
      input: readFileSync(input, 'utf8'),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(full);
  });
  if (!hasParallel) it.skip('GNU parallel is not installed (`apt-get install parallel`): the `parallel --pipe` test is skipped', () => {});

  it('feeds DuckDB: the most quoted speakers recipe counts what the lines hold', { timeout: SLOW }, () => {
    const made = newsmark(['batch', 'input.jsonl', '--fields', 'quotes,entities', '--out', 'speakers.jsonl', '--jobs', '1']);
    expect(made.code).toBe(0);
    const recipe = spawnSync(process.execPath, [join(root, 'examples/most-quoted-speakers.mjs'), join(work, 'speakers.jsonl')], { cwd: root, encoding: 'utf8' });
    expect(recipe.stderr).toBe('');
    expect(recipe.status).toBe(0);
    const table = recipe.stdout.trim().split('\n').slice(1).map((row) => row.split('\t'));
    // The same count in plain JS over the same lines: quotes whose speaker is a person entity.
    const counts = new Map<string, { quotes: number; articles: Set<string> }>();
    for (const line of lines(readFileSync(join(work, 'speakers.jsonl'), 'utf8'))) {
      const { quotes, entities } = line.article as { quotes: { speaker: { entityId: string | null } | null }[]; entities: { id: string; type: string; name: string }[] };
      for (const quote of quotes) {
        const entity = entities.find((candidate) => candidate.id === quote.speaker?.entityId);
        if (entity?.type !== 'person') continue;
        const count = counts.get(entity.name) ?? { quotes: 0, articles: new Set() };
        count.quotes++;
        count.articles.add(line.id);
        counts.set(entity.name, count);
      }
    }
    const expected = [...counts]
      .map(([name, count]) => [String(count.quotes), String(count.articles.size), name])
      .sort((a, b) => Number(b[0]) - Number(a[0]) || a[2]!.localeCompare(b[2]!));
    expect(table).toEqual(expected.slice(0, 20));
    // The people the articles quote, each in its own articles.
    expect(table.map((row) => row[2]).sort()).toEqual(['Anna Patel', 'Maria Lopez', 'Tom Reed']);
  });
});

describe('workers for a run', () => {
  it.each([
    ['as many as --jobs asks', 3, 10, 3],
    ['one per core on standard input, whose size is unknown', undefined, undefined, DEFAULT_JOBS],
    ['one for files under a megabyte', undefined, 900_000, 1],
    ['one per megabyte of files', undefined, 1_500_000, Math.min(2, DEFAULT_JOBS)],
    ['at most one per core', undefined, 1e12, DEFAULT_JOBS],
  ])('%s', (_, jobs, bytes, expected) => {
    expect(workersFor(jobs, bytes)).toBe(expected);
  });
});
