import type { VFileMessage } from 'vfile-message';
import { safeParseArticle } from '../index.js';

/** One article for a batch worker: its id, text, the input's other fields, and what to keep. */
export interface BatchTask {
  id: unknown;
  text: string;
  /** The input line's fields besides `id` and `text`, copied into the output line. */
  extra: Record<string, unknown> | undefined;
  /** Article fields to keep; all when undefined. */
  fields: string[] | undefined;
  /** The file path, shown in messages. */
  path: string | undefined;
}

/** What a batch worker returns: the output line (JSON, no newline) and whether it is an error. */
export interface BatchResult {
  line: string;
  failed: boolean;
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
  return { line: JSON.stringify({ id, ...extra, error, messages: [] }), failed: true };
}

/**
 * Parse one article into its output line. The JSON is made here, in the worker, so the main
 * thread only orders and writes lines.
 */
export default function parseTask(task: BatchTask): BatchResult {
  try {
    const result = safeParseArticle(task.text, { path: task.path });
    const messages = result.messages.map(lineMessage);
    if (!result.success) {
      const first = result.messages.find((message) => message.fatal === true) ?? result.messages[0];
      const error = first ? lineMessage(first) : { message: 'Unexpected article that does not validate', ruleId: null, line: null, column: null };
      const { fatal: _, ...place } = error as LineMessage;
      return { line: JSON.stringify({ id: task.id, ...task.extra, error: place, messages }), failed: true };
    }
    let article: Record<string, unknown> = result.article;
    const { fields } = task;
    if (fields) article = Object.fromEntries(Object.entries(article).filter(([field]) => fields.includes(field)));
    return { line: JSON.stringify({ id: task.id, ...task.extra, article, messages }), failed: false };
  } catch (error) {
    // A bug in newsmark, not in the article: still one line, so the batch goes on.
    return errorLine(task.id, { message: `Unexpected crash: ${(error as Error).message}`, ruleId: 'newsmark-crash', line: null, column: null }, task.extra);
  }
}
