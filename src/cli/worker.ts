import Tinypool from 'tinypool';
import { safeParseArticle } from '../index.js';
import { type BatchChunk, type BatchResult, type BatchTask, crashLine, type LineMessage, lineMessage, outputLine } from './batch-line.js';

/** One article's output line. The JSON is made here, in the worker, so the main thread only orders and writes lines. */
function parseTask(task: BatchTask, fields: string[] | undefined): BatchResult {
  try {
    const result = safeParseArticle(task.text, { path: task.path });
    const messages = result.messages.map(lineMessage);
    if (!result.success) {
      const first = result.messages.find((message) => message.fatal === true) ?? result.messages[0];
      const { fatal: _, ...error }: LineMessage = first ? lineMessage(first) : { message: 'Unexpected article that does not validate', ruleId: null, line: null, column: null, fatal: true };
      return outputLine({ id: task.id, ...task.extra, error, messages }, true);
    }
    const article = fields ? Object.fromEntries(Object.entries(result.article).filter(([field]) => fields.includes(field))) : result.article;
    return outputLine({ id: task.id, ...task.extra, article, messages }, false);
  } catch (error) {
    return crashLine(task, error);
  }
}

/**
 * Parse a run of articles into their output lines, in order. Runs rather than single articles
 * go to a worker, so the cost of a message between threads is paid once per run. The lines'
 * memory is moved to the main thread with the answer (each line's bytes have their own buffer).
 */
export default function parseChunk(chunk: BatchChunk): BatchResult[] {
  const results = chunk.tasks.map((task) => parseTask(task, chunk.fields));
  // Tinypool's own form of a value with memory to move (its types know the two symbols only as `symbol`).
  const moved = { [Tinypool.transferableSymbol]: results.map((result) => result.bytes.buffer), [Tinypool.valueSymbol]: results };
  return Tinypool.move(moved as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as BatchResult[];
}
