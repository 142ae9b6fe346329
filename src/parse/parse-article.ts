import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type Article, ArticleSchema } from '../schema/article.js';
import { type RemarkNewsmarkOptions, readArticle } from './remark-newsmark.js';

/** Options of {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseOptions extends RemarkNewsmarkOptions {
  /** File path, shown in messages (`article.md:3:5`). */
  path?: string;
}

/** What {@link safeParseArticle} returns. */
export type SafeParseResult =
  | { success: true; article: Article; messages: VFileMessage[]; file: VFile }
  | { success: false; article: null; messages: VFileMessage[]; file: VFile };

// No remark-gfm: it more than doubles parse time, and of GFM only tables matter to an article
// (they are not prose); the document model finds them by their delimiter row instead.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

function run(input: unknown, options: ParseOptions | undefined): { file: VFile; article: Article | undefined } {
  if (typeof input !== 'string') {
    throw new TypeError(`Expected \`input\` to be a string, got ${input === null ? 'null' : typeof input}`);
  }
  const file = new VFile({ value: input, path: options?.path });
  // The tree is ours alone: read it in place, without the copy the plugin makes.
  readArticle(processor.parse(file), file, options);
  return { file, article: file.data.newsmark };
}

function invalid(file: VFile, issues: readonly { message: string; path: readonly PropertyKey[] }[]): void {
  for (const issue of issues) {
    const message = file.message(`Unexpected article at \`${issue.path.join('.')}\`: ${issue.message}`, {
      ruleId: 'article-schema',
      source: 'newsmark',
    });
    message.fatal = true;
  }
}

/**
 * Parse a news article, plain text or Markdown with YAML front matter, into an Article
 * validated against `ArticleSchema`. Content problems never throw: they are messages, which
 * {@link safeParseArticle} returns.
 *
 * @param input The article text.
 * @param options Options.
 * @returns The article.
 * @throws {TypeError} When `input` is not a string.
 * @example
 * ```ts
 * import { parseArticle } from 'newsmark';
 *
 * const article = parseArticle('Markets rally\n\n“Shares will rise,” the analyst said.');
 * article.meta.headline; // 'Markets rally'
 * article.quotes[0]?.speaker?.text; // 'the analyst'
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  const { file, article } = run(input, options);
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    invalid(file, checked.error.issues);
    throw new Error(`newsmark produced an article that does not match its schema: ${file.messages.at(-1)?.reason}`);
  }
  return checked.data;
}

/**
 * Parse a news article like {@link parseArticle}, without throwing for content: returns the
 * article with every message (warnings and errors, each with its place). `success` is false
 * when any message is fatal.
 *
 * @param input The article text.
 * @param options Options.
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
export function safeParseArticle(input: string, options?: ParseOptions): SafeParseResult {
  const { file, article } = run(input, options);
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) invalid(file, checked.error.issues);
  const messages = [...file.messages];
  const fatal = messages.some((message) => message.fatal === true);
  if (checked.success && !fatal) return { success: true, article: checked.data, messages, file };
  return { success: false, article: null, messages, file };
}
