import type { VFileMessage } from 'vfile-message';

/** One article for a batch worker: its id, text, the input's other fields, and its path. */
export interface BatchTask {
  id: unknown;
  text: string;
  /** The input line's fields besides `id` and `text`, copied into the output line. */
  extra: Record<string, unknown> | undefined;
  /** The file path, shown in messages. */
  path: string | undefined;
}

/** What a batch worker gets: a run of consecutive articles, and the Article fields to keep. */
export interface BatchChunk {
  tasks: BatchTask[];
  /** Article fields to keep; all when undefined. */
  fields: string[] | undefined;
}

/**
 * What a batch worker returns per article: the output line's UTF-8 bytes with its newline, and
 * whether it is an error. The worker encodes its lines and hands their memory over to the main
 * thread (moved, not copied), which only orders and writes them: copied as strings, 40 MB of JSON
 * a pass over the BBC corpus was copied, collected and encoded again on the main thread, a third
 * of its CPU time.
 */
export interface BatchResult {
  bytes: Uint8Array;
  failed: boolean;
}

const encoder = new TextEncoder();

/** A line of batch output: a value as one line of JSON with its newline, as bytes of their own. */
export function outputLine(value: unknown, failed: boolean): BatchResult {
  return { bytes: encoder.encode(`${JSON.stringify(value)}\n`), failed };
}

/** A message as a batch line carries it: the vfile message's data, without the stack. */
export interface LineMessage {
  message: string;
  ruleId: string | null;
  line: number | null;
  column: number | null;
  fatal: boolean | null;
}

/** A vfile message as batch output carries it. */
export function lineMessage(message: VFileMessage): LineMessage {
  return {
    message: message.reason,
    ruleId: message.ruleId ?? null,
    line: message.line ?? null,
    column: message.column ?? null,
    fatal: message.fatal ?? null,
  };
}

/** The output line of a record that could not be parsed at all (bad input, a crash). */
export function errorLine(id: unknown, error: Omit<LineMessage, 'fatal'>, extra?: Record<string, unknown>): BatchResult {
  return outputLine({ id, ...extra, error, messages: [] }, true);
}

/** The error of an article newsmark itself failed on: still one line, so the batch goes on. */
export function crashLine(task: Pick<BatchTask, 'id' | 'extra'>, error: unknown): BatchResult {
  return errorLine(task.id, { message: `Unexpected crash: ${(error as Error).message}`, ruleId: 'newsmark-crash', line: null, column: null }, task.extra);
}
