/// <reference types="node" />
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { glob, isDynamicPattern } from 'tinyglobby';
import { EXTENSIONS } from './extensions.js';
import type { LineMessage } from './batch-line.js';

/** One input of `newsmark batch`: an article to parse, or a line that is already an error. */
export type BatchRecord =
  | { id: unknown; key: string; text: string; extra: Record<string, unknown> | undefined; path: string | undefined; bytes: number }
  | { id: unknown; key: string; error: Omit<LineMessage, 'fatal'>; extra?: undefined; bytes: number };

/** Where records come from: JSON Lines (a file or standard input) or article files. */
export type BatchSource = { kind: 'jsonl'; path: string } | { kind: 'file'; path: string };

/** Files read as JSON Lines rather than as one article. */
const JSONL = /\.(?:jsonl|ndjson)$/iu;

/** Output fields an input line cannot carry, since the output line has them. */
const RESERVED = new Set(['article', 'error', 'messages']);

/**
 * The sources named by the arguments, in argument order: `-` is standard input, a `.jsonl` or
 * `.ndjson` file is JSON Lines, a folder is searched for articles, anything else is a glob.
 * Within a folder or glob, paths are sorted so runs are repeatable.
 *
 * @throws {Error} When a pattern matches nothing.
 */
export async function findSources(patterns: string[], cwd: string): Promise<BatchSource[]> {
  const sources: BatchSource[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    sources.push({ kind: JSONL.test(path) ? 'jsonl' : 'file', path });
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      sources.push({ kind: 'jsonl', path: '-' });
      continue;
    }
    const info = await stat(resolve(cwd, pattern)).catch(() => undefined);
    let found: string[];
    if (info?.isFile()) found = [resolve(cwd, pattern)];
    else if (info?.isDirectory()) {
      found = await glob(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: resolve(cwd, pattern), absolute: true, dot: false });
    } else if (isDynamicPattern(pattern)) {
      found = await glob(pattern, { cwd, absolute: true, dot: false });
    } else throw new Error(`cannot read \`${pattern}\`: no such file or folder`);
    if (found.length === 0) throw new Error(`no files match \`${pattern}\``);
    for (const path of found.sort()) add(path);
  }
  return sources;
}

/** The total size in bytes of the sources, or undefined when one is standard input. */
export async function totalBytes(sources: BatchSource[]): Promise<number | undefined> {
  if (sources.some((source) => source.path === '-')) return undefined;
  let total = 0;
  for (const source of sources) total += (await stat(source.path).catch(() => undefined))?.size ?? 0;
  return total;
}

/** Lines of a stream, read as they are needed (the stream waits while the reader does). */
async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The start of a line that spans chunks, in pieces: a long line is joined once, not per chunk.
  let pieces: string[] = [];
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    let end = text.indexOf('\n');
    while (end !== -1) {
      pieces.push(text.slice(start, end));
      yield pieces.join('');
      pieces = [];
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    if (start < text.length) pieces.push(text.slice(start));
  }
  pieces.push(decoder.end());
  const last = pieces.join('');
  if (last !== '') yield last;
}

/** An input line as a record: `{"id", "text", ...extra}`, or an error saying what is wrong. */
export function recordFromLine(line: string, where: string, lineNumber: number): BatchRecord | undefined {
  const bytes = Buffer.byteLength(line) + 1;
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const place = { line: lineNumber, column: 1 };
  const fallback = `${where}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { id: fallback, key: fallback, bytes, error: { message: `Unexpected input line that is not JSON (${(error as Error).message}), expected \`{"id", "text"}\``, ruleId: 'batch-input-invalid', ...place } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallback, key: fallback, bytes, error: { message: 'Unexpected input line that is not an object, expected `{"id", "text"}`', ruleId: 'batch-input-invalid', ...place } };
  }
  const { id, text, ...extra } = value as Record<string, unknown>;
  const hasId = typeof id === 'string' || typeof id === 'number';
  const recordId = hasId ? id : fallback;
  const key = String(recordId);
  const problem = !hasId
    ? `Unexpected ${id === undefined ? 'missing' : 'non-string'} \`id\`, expected a string or number`
    : typeof text !== 'string'
      ? `Unexpected ${text === undefined ? 'missing' : 'non-string'} \`text\`, expected the article as a string`
      : Object.keys(extra).find((name) => RESERVED.has(name))
        ? `Unexpected input field \`${Object.keys(extra).find((name) => RESERVED.has(name))}\`, expected a field that output lines do not have`
        : undefined;
  if (problem) return { id: recordId, key, bytes, error: { message: problem, ruleId: 'batch-input-invalid', ...place } };
  return { id: recordId, key, text: text as string, extra: Object.keys(extra).length > 0 ? extra : undefined, path: undefined, bytes };
}

/** The id of an article file: its path relative to the working folder, with forward slashes. */
function fileId(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/');
}

/**
 * Every record of the sources, in order, read as they are consumed: one file or one line at a
 * time, so memory does not grow with the archive.
 */
export async function* readRecords(sources: BatchSource[], cwd: string, stdin: NodeJS.ReadableStream): AsyncGenerator<BatchRecord> {
  for (const source of sources) {
    if (source.kind === 'file') {
      const id = fileId(source.path, cwd);
      try {
        const text = await readFile(source.path, 'utf8');
        yield { id, key: id, text, extra: undefined, path: id, bytes: Buffer.byteLength(text) };
      } catch (error) {
        yield { id, key: id, bytes: 0, error: { message: `Cannot read file: ${(error as Error).message}`, ruleId: 'batch-file-unreadable', line: null, column: null } };
      }
      continue;
    }
    const where = source.path === '-' ? 'stdin' : fileId(source.path, cwd);
    const stream = source.path === '-' ? (stdin as AsyncIterable<Buffer>) : createReadStream(source.path);
    let lineNumber = 0;
    for await (const line of readLines(stream)) {
      const record = recordFromLine(line, where, ++lineNumber);
      if (record) yield record;
    }
  }
}
