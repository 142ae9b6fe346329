import { safeParseArticle } from '../index.js';
import { type BatchChunk, type BatchResult, type BatchTask, crashLine, type LineMessage, lineMessage } from './batch-line.js';

/** One article's output line. The JSON is made here, in the worker, so the main thread only orders and writes lines. */
function parseTask(task: BatchTask, fields: string[] | undefined): BatchResult {
  try {
    const result = safeParseArticle(task.text, { path: task.path });
    const messages = result.messages.map(lineMessage);
    if (!result.success) {
      const first = result.messages.find((message) => message.fatal === true) ?? result.messages[0];
      const { fatal: _, ...error }: LineMessage = first ? lineMessage(first) : { message: 'Unexpected article that does not validate', ruleId: null, line: null, column: null, fatal: true };
      return { line: JSON.stringify({ id: task.id, ...task.extra, error, messages }), failed: true };
    }
    const article = fields ? Object.fromEntries(Object.entries(result.article).filter(([field]) => fields.includes(field))) : result.article;
    return { line: JSON.stringify({ id: task.id, ...task.extra, article, messages }), failed: false };
  } catch (error) {
    return crashLine(task, error);
  }
}

/**
 * Parse a run of articles into their output lines, in order. Runs rather than single articles
 * go to a worker, so the cost of a message between threads is paid once per run.
 */
export default function parseChunk(chunk: BatchChunk): BatchResult[] {
  return chunk.tasks.map((task) => parseTask(task, chunk.fields));
}
