/// <reference types="node" />
import { closeSync, createReadStream, existsSync, openSync, ftruncateSync, writeSync } from 'node:fs';

/** How `newsmark batch` writes: one JSON line per article, or one JSON array with one article a line. */
export type BatchFormat = 'jsonl' | 'json';

/** What a partly written `--out` file holds: the ids done, and where to go on writing. */
export interface OutState {
  ids: Set<string>;
  /** Byte offset after the last whole line: anything past it is cut off. */
  offset: number;
  /** Articles (array elements) already in the file. */
  count: number;
}

// Batch lines start with the id, so it is read without parsing the whole (large) line.
const ID = /^,?\{"id":("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*),/u;
/** Bytes of a line's start kept for reading its id. */
const PREFIX = 65_536;

/**
 * Read a partly written `--out` file: the ids of its whole lines and the byte offset after the
 * last of them. A last line with no newline was cut off by a kill: it is dropped and redone. For
 * `json`, the opening `[` is skipped and a closing `]` is cut off so more elements can follow.
 *
 * @throws {Error} When a line is not a batch line (the file is something else).
 */
export async function readOut(path: string, format: BatchFormat): Promise<OutState> {
  const state: OutState = { ids: new Set(), offset: 0, count: 0 };
  if (!existsSync(path)) return state;
  let lineNumber = 0;
  let position = 0;
  let prefix: Buffer[] = [];
  let prefixLength = 0;
  const line = (end: number) => {
    lineNumber++;
    const text = Buffer.concat(prefix).toString('utf8');
    prefix = [];
    prefixLength = 0;
    if (format === 'json' && lineNumber === 1) {
      if (text !== '[') throw new Error(`cannot resume \`${path}\`: line 1 is not \`[\`, the start of a \`--format json\` batch`);
      state.offset = end;
      return;
    }
    // A closing `]` is cut off (the offset stays before it), so more elements can follow.
    if (format === 'json' && text === ']') return;
    const match = ID.exec(text);
    const comma = format === 'json' && state.count > 0;
    if (!match || text.startsWith(',') !== comma) {
      throw new Error(`cannot resume \`${path}\`: line ${lineNumber} is not a \`--format ${format}\` batch line`);
    }
    state.ids.add(String(JSON.parse(match[1]!)));
    state.count++;
    state.offset = end;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    let newline = chunk.indexOf(10);
    while (newline !== -1) {
      if (prefixLength < PREFIX) prefix.push(chunk.subarray(start, Math.min(newline, start + PREFIX - prefixLength)));
      line(position + newline + 1);
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length && prefixLength < PREFIX) {
      const piece = chunk.subarray(start, start + PREFIX - prefixLength);
      prefix.push(piece);
      prefixLength += piece.length;
    }
    position += chunk.length;
  }
  return state;
}

/** Where batch lines go: each run of lines is written whole, in one call, so a kill never splits one. */
export interface LineSink {
  write(lines: string | Uint8Array): Promise<void>;
  close(): void;
}

/** A sink writing to a file descriptor with blocking writes, which a kill cannot undo. */
export function fileSink(path: string, state: OutState): LineSink {
  const fd = openSync(path, existsSync(path) ? 'r+' : 'w');
  ftruncateSync(fd, state.offset);
  let position = state.offset;
  return {
    async write(lines) {
      const buffer = typeof lines === 'string' ? Buffer.from(lines) : lines;
      let written = 0;
      while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written, position + written);
      position += buffer.length;
    },
    close: () => closeSync(fd),
  };
}

/** A sink writing to a stream (standard output), waiting when the reader is slower. */
export function streamSink(stream: NodeJS.WritableStream): LineSink {
  // A reader that goes away (`| head`) is an error of the write, not a crash.
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  stream.on('error', onError);
  return {
    write: (lines) =>
      new Promise((done, fail) => {
        if (broken) return fail(broken);
        const ok = stream.write(lines, (error) => error && fail(error));
        if (ok) return done();
        const settle = (error?: Error) => {
          stream.off('drain', settle);
          stream.off('error', settle);
          if (error) fail(error);
          else done();
        };
        stream.on('drain', settle);
        stream.on('error', settle);
      }),
    close: () => {
      stream.off('error', onError);
    },
  };
}
