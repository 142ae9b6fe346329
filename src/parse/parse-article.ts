import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { z } from 'zod';
import type { Article } from '../schema/article.js';
import { assertZod4 } from '../schema/zod-version.js';
import { inputTypeError, NewsmarkError } from './errors.js';
import { assertLength, assertOptions } from './options.js';
import { articleProcessor } from './processor.js';
import { type RemarkNewsmarkOptions, readArticle } from './remark-newsmark.js';

/** Options of {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseOptions<Schema extends z.ZodType<Article> = z.ZodType<Article>> extends Omit<RemarkNewsmarkOptions<Schema>, 'fail' | 'source'> {
  /** File path, shown in messages (`article.md:3:5`). */
  path?: string | undefined;
}

/** What {@link safeParseArticle} returns; `article` has the type of the schema it was checked with. */
export type SafeParseResult<Result = Article> =
  | { success: true; article: Result; messages: VFileMessage[]; file: VFile }
  | { success: false; article: null; messages: VFileMessage[]; file: VFile };


function run(input: unknown, options: ParseOptions<z.ZodType<Article>> | undefined): { file: VFile; valid: boolean } {
  if (typeof input !== 'string') throw inputTypeError(input, '`input`');
  assertOptions(options);
  // A zod 3 schema passes as a schema (it has `safeParse`) but cannot be mixed with ours.
  if (options?.schema !== undefined) assertZod4(options.schema, 'the `schema` option');
  // Refused before any work, the options' limit or the default.
  assertLength(input.length, options?.maxLength, options?.path);
  const file = new VFile({ value: input, path: options?.path });
  const valid = readArticle(articleProcessor.parse(file), file, options);
  return { file, valid };
}

/**
 * Parse a news article, plain text or Markdown with YAML front matter, into an Article
 * validated against `ArticleSchema` (or the `schema` option). Content problems never throw:
 * they are messages, which {@link safeParseArticle} returns.
 *
 * @param input The article text.
 * @param options Options: `path`, `rules`, `schema` (such as one from `defineArticleSchema`),
 *   `lexicon`, `entities`, `maxLength` (default 5,000,000).
 * @returns The article, typed by the schema.
 * @throws {TypeError} `NEWSMARK_INVALID_INPUT` when `input` is not a string.
 * @throws {NewsmarkError} `NEWSMARK_INPUT_TOO_LONG` past `maxLength`, `NEWSMARK_INVALID_OPTIONS`
 *   for malformed options, and `NEWSMARK_INVALID_ARTICLE` when the article does not match
 *   `schema` (front matter an app requires is missing), with the first such message and every
 *   message in `messages`.
 * @example
 * ```ts
 * import { parseArticle } from 'newsmark';
 *
 * const article = parseArticle('Markets rally\n\n“Shares will rise,” the analyst said.');
 * article.meta.headline; // 'Markets rally'
 * article.quotes[0]?.speaker?.text; // 'the analyst'
 * ```
 */
export function parseArticle<Schema extends z.ZodType<Article> = z.ZodType<Article>>(
  input: string,
  options?: ParseOptions<Schema>,
): z.output<Schema> {
  const { file, valid } = run(input, options);
  if (!valid) {
    const first = file.messages.find((message) => message.ruleId === 'article-schema' || message.ruleId === 'front-matter-schema');
    throw new NewsmarkError(
      'NEWSMARK_INVALID_ARTICLE',
      `Unexpected article that does not match its schema: ${first ? `${first.line}:${first.column} ${first.reason}` : 'no message'}`,
      { messages: [...file.messages] },
    );
  }
  return file.data.newsmark as z.output<Schema>;
}

/**
 * Parse a news article like {@link parseArticle}, without throwing for content: returns the
 * article with every message (warnings and errors, each with its place). `success` is false
 * when any message is fatal.
 *
 * @param input The article text.
 * @param options Options: `path`, `rules` (severity per rule id), `schema`, `lexicon`,
 *   `entities`, `maxLength`.
 * @returns `{success, article, messages, file}`.
 * @throws {TypeError} `NEWSMARK_INVALID_INPUT` when `input` is not a string.
 * @throws {NewsmarkError} `NEWSMARK_INPUT_TOO_LONG` or `NEWSMARK_INVALID_OPTIONS`: the caller's
 *   mistakes, not the content's.
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
export function safeParseArticle<Schema extends z.ZodType<Article> = z.ZodType<Article>>(
  input: string,
  options?: ParseOptions<Schema>,
): SafeParseResult<z.output<Schema>> {
  const { file, valid } = run(input, options);
  const messages = [...file.messages];
  const fatal = messages.some((message) => message.fatal === true);
  if (valid && !fatal) return { success: true, article: file.data.newsmark as z.output<Schema>, messages, file };
  return { success: false, article: null, messages, file };
}
