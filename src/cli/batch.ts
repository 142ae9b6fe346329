/// <reference types="node" />
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import Tinypool from 'tinypool';
import { ArticleSchema } from '../schema/article.js';
import { type BatchFormat, fileSink, type LineSink, readOut, streamSink } from './batch-output.js';
import { type BatchRecord, findSources, readRecords, totalBytes } from './batch-input.js';
import { type BatchChunk, type BatchResult, type BatchTask, crashLine, errorLine } from './batch-line.js';

/** Options of `newsmark batch`, from its arguments. */
export interface BatchOptions {
  patterns: string[];
  out: string | undefined;
  /** Worker threads; undefined: one per core, fewer for input too small to repay a worker's start. */
  jobs: number | undefined;
  fields: string[] | undefined;
  format: BatchFormat;
  /** Show a progress bar: on a terminal, not under CI. */
  progress: boolean;
}

/** What the batch command needs from its process, so tests and the CLI can differ. */
export interface BatchIo {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Called with a function that stops the batch cleanly (on Ctrl-C or `kill`). */
  onStop(stop: () => void): void;
  /** The built worker entry (`dist/cli/worker.js`). */
  worker: URL;
}

/** Article fields `--fields` can keep. */
export const FIELDS = Object.keys(ArticleSchema.shape);

/** The most jobs `--jobs` defaults to: one per core. */
export const DEFAULT_JOBS = availableParallelism();

/**
 * Bytes of files that repay starting one more worker. Each worker thread compiles and warms up
 * its own copy of newsmark and its taggers: about 0.9 s of CPU to start and 1.9 s more to warm up
 * (measured on the BBC corpus), as much as about 500 BBC articles (2 MB) take it once warm. On
 * less than a megabyte a second worker costs more than it saves.
 */
const BYTES_PER_WORKER = 1_000_000;

/** Workers for a run: as asked, or one per core and per {@link BYTES_PER_WORKER} of files. */
export function workersFor(jobs: number | undefined, bytes: number | undefined): number {
  if (jobs !== undefined) return jobs;
  if (bytes === undefined) return DEFAULT_JOBS;
  return Math.max(1, Math.min(DEFAULT_JOBS, Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** Runs of articles in flight per worker: enough to keep workers busy while the head of the line waits. */
const WINDOW_PER_JOB = 4;
/** A run of articles sent to a worker at once ends at this many articles… */
const CHUNK_ARTICLES = 16;
/** …or at this many bytes of text, so long articles go alone. */
const CHUNK_BYTES = 64 * 1024;
/** A run waits no longer than this for more input (a trickle on standard input). */
const CHUNK_WAIT_MS = 50;
/** What comes before each element but the first of a `--format json` array. */
const COMMA = new TextEncoder().encode(',');

/**
 * Parse `batch` arguments.
 *
 * @throws {Error} With the message to show when an argument is wrong.
 */
export function batchOptions(args: string[], env: { isTTY: boolean; ci: boolean }): BatchOptions {
  const options: BatchOptions = { patterns: [], out: undefined, jobs: undefined, fields: undefined, format: 'jsonl', progress: env.isTTY && !env.ci };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined) throw new Error(`\`${arg}\` needs a value`);
      return next;
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--jobs') {
      const text = value();
      const jobs = Number(text);
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`\`--jobs\` takes a whole number of 1 or more, got \`${text}\``);
      options.jobs = jobs;
    } else if (arg === '--fields') {
      const fields = value().split(',').map((field) => field.trim()).filter(Boolean);
      const unknown = fields.find((field) => !FIELDS.includes(field));
      if (unknown !== undefined || fields.length === 0) throw new Error(`\`--fields\` takes Article fields (${FIELDS.join(', ')}), got \`${unknown ?? ''}\``);
      options.fields = fields;
    } else if (arg === '--format') {
      const format = value();
      if (format !== 'jsonl' && format !== 'json') throw new Error('`--format` takes `jsonl` or `json`');
      options.format = format;
    } else if (arg === '--no-progress') options.progress = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option \`${arg}\``);
    else options.patterns.push(arg);
  }
  if (options.patterns.length === 0) throw new Error('`batch` needs files, folders, globs or `-` for JSON Lines on standard input');
  return options;
}

/** A progress bar on standard error: articles, MB/s and, when the input's size is known, ETA. */
function progressBar(stderr: NodeJS.WritableStream, total: number | undefined) {
  const started = performance.now();
  const bar = new SingleBar({
    stream: stderr as NodeJS.WriteStream,
    format: total === undefined ? '{articles} articles | {mb} MB | {speed} MB/s' : '{bar} {percentage}% | {articles} articles | {speed} MB/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 50,
    fps: 5,
  });
  bar.start(total ?? 0, 0, { articles: 0, mb: '0.0', speed: '0.00' });
  let bytes = 0;
  let articles = 0;
  return {
    tick(record: BatchRecord) {
      bytes += record.bytes;
      articles++;
      const seconds = (performance.now() - started) / 1000;
      bar.update(total === undefined ? 0 : bytes, { articles, mb: (bytes / 1e6).toFixed(1), speed: (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(2) });
    },
    stop: () => bar.stop(),
  };
}

/**
 * Parse many articles on worker threads and write one JSON line per article, in input order.
 * Articles go to workers in runs of up to 16 (or 64 kB); at most `jobs * 4` runs are read
 * ahead of the last line written, so memory stays flat however large the archive. With
 * `--out`, ids already in the file are skipped.
 *
 * @returns The exit code: 0 done, 1 some articles have errors, 2 the tool failed, 130 stopped.
 */
export async function batch(options: BatchOptions, io: BatchIo): Promise<number> {
  const outPath = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  let sink: LineSink | undefined;
  let pool: Tinypool | undefined;
  let bar: ReturnType<typeof progressBar> | undefined;
  let stopped = false;
  // Wakes the read loop on a stop, so a batch waiting for standard input ends too. A promise per
  // wait, not one for the whole run: a pending promise raced again and again would keep every
  // record it was raced with.
  const woken = Symbol('woken');
  let wake: ((value: typeof woken) => void) | undefined;
  io.onStop(() => {
    stopped = true;
    wake?.(woken);
  });
  try {
    const sources = await findSources(options.patterns, io.cwd);
    const state = outPath ? await readOut(outPath, options.format) : { ids: new Set<string>(), offset: 0, count: 0 };
    sink = outPath ? fileSink(outPath, state) : streamSink(io.stdout);
    let count = state.count;
    if (options.format === 'json' && state.offset === 0) await sink.write('[\n');
    const total = options.progress || options.jobs === undefined ? await totalBytes(sources) : undefined;
    if (options.progress) bar = progressBar(io.stderr, total);
    const jobs = workersFor(options.jobs, total);

    // Workers start as runs of articles wait for them, not all at once, so a batch of one run
    // starts one; once started they stay until the end (a worker started again warms up again).
    pool = new Tinypool({ filename: io.worker.href, minThreads: 1, maxThreads: jobs, idleTimeout: 2 ** 31 - 1 });
    const running = pool;
    // Runs of articles in input order; the head is written as soon as it is done.
    const window: { records: BatchRecord[]; results: Promise<BatchResult[]> }[] = [];
    let failed = false;
    const writeHead = async () => {
      const { records, results } = window.shift()!;
      const pieces: Uint8Array[] = [];
      for (const result of await results) {
        failed ||= result.failed;
        if (options.format === 'json' && count > 0) pieces.push(COMMA);
        pieces.push(result.bytes);
        count++;
      }
      // One write for the run: whole lines, or (on a hard kill mid-write) a last line without
      // its newline, which a resume drops.
      await sink!.write(Buffer.concat(pieces));
      for (const record of records) bar?.tick(record);
    };
    let chunk: { records: BatchRecord[]; slots: (BatchTask | BatchResult)[]; bytes: number } = { records: [], slots: [], bytes: 0 };
    const flush = () => {
      if (chunk.records.length === 0) return;
      const { records, slots } = chunk;
      chunk = { records: [], slots: [], bytes: 0 };
      const tasks = slots.filter((slot): slot is BatchTask => 'text' in slot);
      const message: BatchChunk = { tasks, fields: options.fields };
      const parsed: Promise<BatchResult[]> =
        tasks.length === 0 ? Promise.resolve([]) : running.run(message).catch((error: unknown) => tasks.map((task) => crashLine(task, error)));
      const results = parsed.then((lines) => {
        let next = 0;
        return slots.map((slot) => ('text' in slot ? lines[next++]! : slot));
      });
      window.push({ records, results });
    };
    const add = (record: BatchRecord, slot: BatchTask | BatchResult) => {
      chunk.records.push(record);
      chunk.slots.push(slot);
      chunk.bytes += record.bytes;
      if (chunk.records.length >= CHUNK_ARTICLES || chunk.bytes >= CHUNK_BYTES) flush();
    };

    const records = readRecords(sources, io.cwd, io.stdin);
    const seen = new Set<string>();
    const waited = Symbol('waited');
    let next = records.next();
    while (!stopped) {
      // A part-filled run goes to a worker when the input pauses, so a trickle is not held back.
      let timer: NodeJS.Timeout | undefined;
      const waits: Promise<typeof waited | typeof woken>[] = [new Promise((done) => (wake = done))];
      if (chunk.records.length > 0) waits.push(new Promise((done) => (timer = setTimeout(() => done(waited), CHUNK_WAIT_MS))));
      const got = await Promise.race([next, ...waits]);
      clearTimeout(timer);
      wake = undefined;
      if (got === woken) break;
      if (got === waited) {
        flush();
      } else {
        if (got.done) break;
        next = records.next();
        const record = got.value;
        if (state.ids.has(record.key)) {
          bar?.tick(record);
          continue;
        }
        const duplicate = seen.has(record.key);
        seen.add(record.key);
        if (duplicate) {
          const error = { message: `Unexpected repeated id \`${record.key}\`, expected each id once`, ruleId: 'batch-id-repeated', line: null, column: null };
          add(record, errorLine(record.id, error));
        } else if ('error' in record) add(record, errorLine(record.id, record.error));
        else add(record, { id: record.id, text: record.text, extra: record.extra, path: record.path });
      }
      while (window.length >= jobs * WINDOW_PER_JOB) await writeHead();
    }
    flush();
    // On a stop, the articles in flight are still finished and written: their work is not lost.
    while (window.length > 0) await writeHead();
    if (stopped) return 130;
    if (options.format === 'json') await sink.write(']\n');
    return failed ? 1 : 0;
  } catch (error) {
    // The reader of standard output went away (`| head`): it has all it wanted.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    io.stderr.write(`newsmark: ${(error as Error).message}\n`);
    return 2;
  } finally {
    bar?.stop();
    sink?.close();
    await pool?.destroy();
  }
}
