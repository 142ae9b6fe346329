import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { buildArticle, type BuildOptions } from '../extract/article.js';
import { buildDocument } from '../model/document.js';
import { alignAfterByteOrderMark, inferHeadings, splitLineParagraphs } from '../model/plain-text.js';
import type { Problem } from '../model/problem.js';
import type { Article } from '../schema/article.js';

declare module 'vfile' {
  interface DataMap {
    /** The article newsmark extracted from the file. */
    newsmark: Article;
  }
}

/** Options of {@link remarkNewsmark}. */
export type RemarkNewsmarkOptions = BuildOptions;

const SOURCE = 'newsmark';

// Every runtime newsmark supports has it (browsers, Node 17+, Deno, Bun, workers); the ES
// library typings the core compiles against do not declare it.
declare const structuredClone: <T>(value: T) => T;

function report(file: VFile, problem: Problem, place: ReturnType<typeof location>): void {
  const start = place.toPoint(problem.span.start);
  const end = place.toPoint(problem.span.end);
  const message = file.message(problem.reason, {
    place: start && end ? { start, end } : start,
    ruleId: problem.ruleId,
    source: SOURCE,
  });
  message.fatal = problem.fatal;
  if (problem.actual !== undefined) message.actual = problem.actual;
  if (problem.expected) message.expected = problem.expected;
  message.url = `https://github.com/newsmark/newsmark/blob/main/docs/rules.md#${problem.ruleId}`;
}

/**
 * Read an article out of an mdast tree into `file.data.newsmark`, reporting content problems
 * on the file. The tree is changed in place (plain-text lines become paragraphs, bare-line
 * headings become headings), so callers that share the tree pass a copy.
 *
 * @param tree The tree remark-parse (with remark-frontmatter) made from `file`.
 * @param file The file, whose value is the source text.
 * @param options Options passed to the extractors.
 */
export function readArticle(tree: Root, file: VFile, options?: RemarkNewsmarkOptions): void {
  const input = String(file.value);
  const place = location(file);
  alignAfterByteOrderMark(tree, input);
  splitLineParagraphs(tree, input, place.toPoint);
  inferHeadings(tree, input);
  const built = buildDocument(tree, input);
  const { article, problems } = buildArticle(built.document, options);
  for (const problem of [...built.problems, ...problems]) report(file, problem, place);
  file.data.newsmark = article;
}

/**
 * The remark plugin behind `parseArticle`: reads the tree remark-parse (with
 * remark-frontmatter) made, and leaves the Article on `file.data.newsmark`. Content problems
 * become messages on the file, with their place. It reads a copy of the tree, so plugins after
 * it (remark-rehype and the rest) see the Markdown as it was written.
 *
 * @param options Options passed to the extractors.
 * @returns The transformer.
 * @example
 * ```ts
 * import { unified } from 'unified';
 * import remarkParse from 'remark-parse';
 * import remarkFrontmatter from 'remark-frontmatter';
 * import { VFile } from 'vfile';
 * import { remarkNewsmark } from 'newsmark';
 *
 * const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkNewsmark);
 * const file = new VFile('Markets rally\n\nShares rose on Monday, traders said.');
 * await processor.run(processor.parse(file), file);
 * file.data.newsmark?.meta.headline; // 'Markets rally'
 * ```
 */
export const remarkNewsmark: Plugin<[RemarkNewsmarkOptions?], Root> = function (options) {
  return function (tree, file) {
    readArticle(structuredClone(tree), file, options);
  };
};
