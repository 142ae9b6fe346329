/// <reference types="node" />
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import Tinypool from 'tinypool';
import { ArticleSchema } from '../schema/article.js';
import { type BatchFormat, fileSink, type LineSink, readOut, streamSink } from './batch-output.js';
import { type BatchRecord, findSources, readRecords, totalBytes } from './batch-input.js';
import { type BatchResult, type BatchTask, errorLine } from './worker.js';

/** Options of `newsmark batch`, from its arguments. */
export interface BatchOptions {
  patterns: string[];
  out: string | undefined;
  jobs: number;
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
}

/** Article fields `--fields` can keep. */
export const FIELDS = Object.keys(ArticleSchema.shape);

/** The jobs `--jobs` defaults to: one per core. */
export const DEFAULT_JOBS = availableParallelism();

/** Articles in flight per worker: enough to keep workers busy while the head of the line waits. */
const WINDOW_PER_JOB = 4;

/**
 * Parse `batch` arguments.
 *
 * @throws {Error} With the message to show when an argument is wrong.
 */
export function batchOptions(args: string[], env: { isTTY: boolean; ci: boolean }): BatchOptions {
  const options: BatchOptions = { patterns: [], out: undefined, jobs: DEFAULT_JOBS, fields: undefined, format: 'jsonl', progress: env.isTTY && !env.ci };
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
 * At most `jobs * 4` articles are read ahead of the last line written, so memory stays flat
 * however large the archive; with `--out`, ids already in the file are skipped.
 *
 * @returns The exit code: 0 done, 1 some articles have errors, 2 the tool failed, 130 stopped.
 */
export async function batch(options: BatchOptions, io: BatchIo): Promise<number> {
  const outPath = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  let sink: LineSink | undefined;
  let pool: Tinypool | undefined;
  let bar: ReturnType<typeof progressBar> | undefined;
  let stopped = false;
  let stop!: () => void;
  // Resolves on a stop, so a batch waiting for standard input ends too.
  const stopping = new Promise<undefined>((done) => {
    stop = () => done(undefined);
  });
  io.onStop(() => {
    stopped = true;
    stop();
  });
  try {
    const sources = await findSources(options.patterns, io.cwd);
    const state = outPath ? await readOut(outPath, options.format) : { ids: new Set<string>(), offset: 0, count: 0 };
    sink = outPath ? fileSink(outPath, state) : streamSink(io.stdout);
    let count = state.count;
    if (options.format === 'json' && state.offset === 0) await sink.write('[\n');
    if (options.progress) bar = progressBar(io.stderr, await totalBytes(sources));

    pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, minThreads: options.jobs, maxThreads: options.jobs, idleTimeout: 1000 });
    const window: Promise<{ record: BatchRecord; result: BatchResult }>[] = [];
    let failed = false;
    const writeHead = async () => {
      const { record, result } = await window.shift()!;
      failed ||= result.failed;
      const separator = options.format === 'json' && count > 0 ? ',' : '';
      await sink!.write(`${separator}${result.line}\n`);
      count++;
      bar?.tick(record);
    };
    const records = readRecords(sources, io.cwd, io.stdin);
    const seen = new Set<string>();
    while (!stopped) {
      const next = await Promise.race([records.next(), stopping]);
      if (next === undefined || next.done) break;
      const record = next.value;
      if (state.ids.has(record.key)) {
        bar?.tick(record);
        continue;
      }
      const duplicate = seen.has(record.key);
      seen.add(record.key);
      if (duplicate) {
        const error = { message: `Unexpected repeated id \`${record.key}\`, expected each id once`, ruleId: 'batch-id-repeated', line: null, column: null };
        window.push(Promise.resolve({ record, result: errorLine(record.id, error) }));
      } else if ('error' in record) window.push(Promise.resolve({ record, result: errorLine(record.id, record.error) }));
      else {
        const task: BatchTask = { id: record.id, text: record.text, extra: record.extra, fields: options.fields, path: record.path };
        const crashed = (error: Error) => errorLine(record.id, { message: `Unexpected crash: ${error.message}`, ruleId: 'newsmark-crash', line: null, column: null }, record.extra);
        window.push(pool.run(task).then((result: BatchResult) => ({ record, result }), (error: Error) => ({ record, result: crashed(error) })));
      }
      while (window.length >= options.jobs * WINDOW_PER_JOB) await writeHead();
    }
    // On a stop, the articles in flight are still finished and written: their work is not lost.
    while (window.length > 0) await writeHead();
    if (stopped) return 130;
    if (options.format === 'json') await sink.write(']\n');
    return failed ? 1 : 0;
  } catch (error) {
    io.stderr.write(`newsmark: ${(error as Error).message}\n`);
    return 2;
  } finally {
    bar?.stop();
    sink?.close();
    await pool?.destroy();
  }
}
