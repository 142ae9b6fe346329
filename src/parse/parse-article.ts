import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { z } from 'zod';
import type { Article, ArticleSchema } from '../schema/article.js';
import { articleProcessor } from './processor.js';
import { type RemarkNewsmarkOptions, readArticle } from './remark-newsmark.js';

/** Options of {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseOptions<Schema extends z.ZodType<Article> = typeof ArticleSchema> extends RemarkNewsmarkOptions<Schema> {
  /** File path, shown in messages (`article.md:3:5`). */
  path?: string | undefined;
}

/** What {@link safeParseArticle} returns; `article` has the type of the schema it was checked with. */
export type SafeParseResult<Result = Article> =
  | { success: true; article: Result; messages: VFileMessage[]; file: VFile }
  | { success: false; article: null; messages: VFileMessage[]; file: VFile };


function run(input: unknown, options: ParseOptions<z.ZodType<Article>> | undefined): { file: VFile; valid: boolean } {
  if (typeof input !== 'string') {
    throw new TypeError(`Expected \`input\` to be a string, got ${input === null ? 'null' : typeof input}`);
  }
  const file = new VFile({ value: input, path: options?.path });
  // The tree is ours alone: read it in place, without the copy the plugin makes.
  const valid = readArticle(articleProcessor.parse(file), file, options);
  return { file, valid };
}

/**
 * Parse a news article, plain text or Markdown with YAML front matter, into an Article
 * validated against `ArticleSchema` (or the `schema` option). Content problems never throw:
 * they are messages, which {@link safeParseArticle} returns.
 *
 * @param input The article text.
 * @param options Options: `path`, `rules`, and `schema`, such as one from `defineArticleSchema`.
 * @returns The article, typed by the schema.
 * @throws {TypeError} When `input` is not a string.
 * @throws {Error} When the article does not match `schema` (front matter an app requires is
 *   missing), with the first such message.
 * @example
 * ```ts
 * import { parseArticle } from 'newsmark';
 *
 * const article = parseArticle('Markets rally\n\n“Shares will rise,” the analyst said.');
 * article.meta.headline; // 'Markets rally'
 * article.quotes[0]?.speaker?.text; // 'the analyst'
 * ```
 */
export function parseArticle<Schema extends z.ZodType<Article> = typeof ArticleSchema>(
  input: string,
  options?: ParseOptions<Schema>,
): z.output<Schema> {
  const { file, valid } = run(input, options);
  if (!valid) {
    const first = file.messages.find((message) => message.ruleId === 'article-schema' || message.ruleId === 'front-matter-schema');
    throw new Error(`Unexpected article that does not match its schema: ${first ? `${first.line}:${first.column} ${first.reason}` : 'no message'}`);
  }
  return file.data.newsmark as z.output<Schema>;
}

/**
 * Parse a news article like {@link parseArticle}, without throwing for content: returns the
 * article with every message (warnings and errors, each with its place). `success` is false
 * when any message is fatal.
 *
 * @param input The article text.
 * @param options Options: `path`, `rules` (severity per rule id), `schema`.
 * @returns `{success, article, messages, file}`.
 * @example
 * ```ts
 * import { safeParseArticle } from 'newsmark';
 * import { reporter } from 'vfile-reporter';
 *
 * const result = safeParseArticle('---\ndate: yesterday\n---\nText.');
 * result.success; // false: `date` is not an ISO date
 * console.error(reporter(result.file));
 * ```
 */
export function safeParseArticle<Schema extends z.ZodType<Article> = typeof ArticleSchema>(
  input: string,
  options?: ParseOptions<Schema>,
): SafeParseResult<z.output<Schema>> {
  const { file, valid } = run(input, options);
  const messages = [...file.messages];
  const fatal = messages.some((message) => message.fatal === true);
  if (valid && !fatal) return { success: true, article: file.data.newsmark as z.output<Schema>, messages, file };
  return { success: false, article: null, messages, file };
}
