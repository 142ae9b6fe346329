import type { Root } from 'mdast';
import { commentMarker } from 'mdast-comment-marker';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { messageControl } from 'unified-message-control';
import { location } from 'vfile-location';
import type { z } from 'zod';
import { type BuildOptions, buildArticle } from '../extract/article.js';
import { bodyOffset, hostFrontMatter, recoverFrontMatter, shiftMessages } from './host.js';
import type { FrontMatterIndex } from '../extract/meta.js';
import { controlTree } from './control-tree.js';
import { bodyStart, limitNesting, MAX_NESTING, type NestingCut } from './nesting.js';
import { parseInPieces } from './pieces.js';
import { plainTree } from './plain.js';
import { readDocument } from '../model/read.js';
import { type Problem, problem } from '../model/problem.js';
import { applySeverity, checkArticle, RULES, type RulesConfig } from '../rules/index.js';
import { ruleUrl } from '../rules/registry.js';
import type { Article } from '../schema/article.js';
import { MetaSchema } from '../schema/meta.js';
import { assertZod4 } from '../schema/zod-version.js';
import type { Span } from '../schema/span.js';
import { inputTypeError } from './errors.js';
import { checkSchema } from './validate.js';
import { assertLength, assertOptions } from './options.js';

declare module 'vfile' {
  interface DataMap {
    /** The article newsmark extracted from the file. */
    newsmark: Article;
  }
}

/** Options of {@link remarkNewsmark}, {@link parseArticle} and the check config. */
export interface RemarkNewsmarkOptions<Schema extends z.ZodType<Article> = z.ZodType<Article>> {
  /**
   * Severity per rule id (`'off'`, `'warn'`, `'error'`); rules not named keep their default
   * (see `RULES`).
   */
  rules?: RulesConfig | undefined;
  /**
   * The schema the article must match, such as one from `defineArticleSchema` that requires
   * the app's own front matter fields. Defaults to `ArticleSchema`.
   */
  schema?: Schema | undefined;
  /** Entries added to the built-in lexicons (see `StanceEntry`). */
  lexicon?: BuildOptions['lexicon'];
  /**
   * A gazetteer of the entities the app knows (`{id, type, name, aliases}`, see
   * `GazetteerEntry`): their mentions link to them and the output uses their ids.
   */
  entities?: BuildOptions['entities'];
  /**
   * The longest input read, in UTF-16 code units (default 5,000,000, about 5 MB): longer input
   * is refused with a `NEWSMARK_INPUT_TOO_LONG` error before any work.
   */
  maxLength?: number | undefined;
  /**
   * Throw the first error (a fatal message, with its place) once the file is read, so that a
   * host's build stops on it as on `file.fail`. Warnings stay messages on the file.
   */
  fail?: boolean | undefined;
  /**
   * The whole file, for hosts that hand remark the body without its front matter (Astro's
   * content collections): messages are then placed by the file's lines, not the body's. Node
   * apps pass `(file) => readFileSync(file.path, 'utf8')`.
   */
  source?: ((file: VFile) => string | undefined) | undefined;
}

const SOURCE = 'newsmark';

function report(file: VFile, problem: Problem & { fatal: boolean }, place: ReturnType<typeof location>): void {
  const start = place.toPoint(problem.span.start);
  const end = place.toPoint(problem.span.end);
  const message = file.message(problem.reason, {
    // A zero-width span (where a missing thing would stand) is a point.
    place: start && end && problem.span.end > problem.span.start ? { start, end } : start,
    ruleId: problem.ruleId,
    source: SOURCE,
  });
  message.fatal = problem.fatal;
  if (problem.actual !== undefined) message.actual = problem.actual;
  if (problem.expected) message.expected = problem.expected;
  message.url = ruleUrl(problem.ruleId);
}

interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  keys?: readonly string[];
  expected?: unknown;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const segment of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
  return node;
}

/**
 * Schema issues as problems. Those inside `meta`, under an app's own schema, are front matter
 * problems placed on the YAML key or value (the key above, for a missing one); the rest mean
 * newsmark built a bad article.
 */
function schemaProblems(issues: readonly Issue[], meta: unknown, frontMatter: FrontMatterIndex | undefined, appSchema: boolean): Problem[] {
  return issues.map((issue): Problem => {
    const [head, ...path] = issue.path;
    if (!appSchema || head !== 'meta') {
      return problem('article-schema', { start: 0, end: 0 }, issue.path.join('.'), issue.message);
    }
    const unknownKey = issue.code === 'unrecognized_keys';
    const key = unknownKey ? [...path, issue.keys?.[0] ?? ''] : path;
    const name = key.map(String).join('.');
    // Without front matter, or without the key's parent in it, the place is where front
    // matter starts.
    const fence: Span = frontMatter ? { start: frontMatter.span.start, end: frontMatter.span.start + 3 } : { start: 0, end: 0 };
    const span = frontMatter?.locate(key, unknownKey ? 'key' : 'value') ?? fence;
    if (!unknownKey && (valueAt(meta, path) ?? null) === null) {
      const expected = typeof issue.expected === 'string' ? `${/^[aeiou]/u.test(issue.expected) ? 'an' : 'a'} ${issue.expected}` : 'a value';
      return { ...problem('front-matter-schema', span, name, { expected }), expected: [expected] };
    }
    return { ...problem('front-matter-schema', span, name, { message: issue.message }), actual: JSON.stringify(valueAt(meta, key)) };
  });
}

/**
 * The front matter keys an app schema adds to `meta`: newsmark leaves them to the app rather
 * than read `author` as its byline, say.
 */
function appKeys(schema: z.ZodType | undefined): ReadonlySet<string> {
  const meta = (schema as { shape?: { meta?: { shape?: Record<string, unknown> } } } | undefined)?.shape?.meta?.shape;
  return new Set(meta ? Object.keys(meta).filter((key) => !(key in MetaSchema.shape)) : []);
}

/**
 * A control comment: `<!-- newsmark-disable rule-id -->` as markdownlint writes them, or
 * `<!-- newsmark disable rule-id -->` as remark-lint does; `enable` and `ignore` alike.
 */
function marker(node: unknown): ReturnType<typeof commentMarker> {
  const mark = commentMarker(node as Parameters<typeof commentMarker>[0]);
  const verb = mark?.name.startsWith(`${SOURCE}-`) ? mark.name.slice(SOURCE.length + 1) : undefined;
  return mark && verb ? { ...mark, name: SOURCE, attributes: `${verb} ${mark.attributes}`.trim() } : mark;
}

/**
 * Drop the messages that inline control comments turn off. A comment with an unknown keyword
 * fails the file in unified-message-control; here it stays a fatal message on the file, placed
 * on the comment, and the other messages are kept.
 */
function controlMessages(tree: Root, file: VFile): void {
  try {
    messageControl(tree, { file, marker, name: SOURCE, known: Object.keys(RULES), source: SOURCE, test: 'html' });
  } catch (error) {
    const message = file.messages.at(-1);
    if (!message || error !== message) throw error;
    message.source = 'unified-message-control';
    message.ruleId = 'unknown-keyword';
  }
}

/**
 * The document model of `tree`, the article read from it and what the rules find in both. The model is the largest thing a
 * parse holds (about 18 times the input's length) and lives only inside this call: what the
 * caller keeps, the article, the problems and the tree, no longer reaches it, so the collector
 * can free it before the article is checked against its schema (which copies the article).
 */
function extractArticle(tree: Root, file: VFile, input: string, place: ReturnType<typeof location>, options: RemarkNewsmarkOptions | undefined) {
  let unparsed: Problem | undefined;
  let host: Record<string, unknown> | undefined;
  const { document, problems: readProblems, lines } = readDocument(tree, input, {
    prepare(read) {
      const recovered = recoverFrontMatter(read.children, input);
      unparsed = recovered?.problem;
      const blocks = recovered?.blocks ?? read.children;
      host = recovered || blocks.some((node) => node.type === 'yaml') ? undefined : hostFrontMatter(file);
      return { blocks, frontMatter: recovered?.frontMatter, hostFrontMatter: host !== undefined };
    },
  });
  const { article, problems, frontMatter } = buildArticle(document, {
    ownKeys: appKeys(options?.schema),
    lexicon: options?.lexicon,
    entities: options?.entities,
    hostFrontMatter: host,
  });
  // The rules read the document model, so they run here, while it is still held.
  const ruled = checkArticle({ article, document }, options?.rules);
  return { built: { problems: readProblems, lines }, unparsed, host, article, problems, ruled, frontMatter };
}

/**
 * Read an article out of an mdast tree into `file.data.newsmark`, check it (the rules and the
 * schema), and report every problem on the file. The tree is read, not changed: plain-text
 * lines are read as paragraphs and bare-line headings as headings without rewriting it.
 *
 * @param tree The tree remark-parse (with remark-frontmatter) made from `file`.
 * @param file The file, whose value is the source text.
 * @param options Rules and schema.
 * @returns Whether the article matched the schema.
 */
export function readArticle(tree: Root, file: VFile, options?: RemarkNewsmarkOptions): boolean {
  // `String(file)` decodes a Uint8Array value as UTF-8, as remark-parse did.
  const input = String(file);
  const place = location(file);
  const before = file.messages.length;
  const { built, unparsed, host, article, problems, ruled, frontMatter } = extractArticle(tree, file, input, place, options);
  // An app's own fields that newsmark does not interpret are read from the front matter as
  // written; the schema keeps only the fields it names.
  const candidate = options?.schema && frontMatter ? { ...article, meta: { ...frontMatter.data, ...article.meta } } : article;
  const checked = checkSchema(candidate, options?.schema);
  // A value newsmark already reported as malformed is not reported again as missing.
  const reported = new Set(problems.filter((problem) => problem.ruleId === 'front-matter-field').map((problem) => problem.span.start));
  const invalid = checked.success ? [] : schemaProblems(checked.error.issues as readonly Issue[], candidate.meta, frontMatter, options?.schema !== undefined);
  const found = [
    ...nestingProblems(file),
    ...(unparsed ? [unparsed] : []),
    ...built.problems,
    ...problems,
    ...ruled,
    ...invalid.filter((problem) => problem.ruleId !== 'front-matter-schema' || !reported.has(problem.span.start)),
  ];
  // A message about content is an Error whose stack says nothing about the content; an article
  // can have hundreds of them, and capturing their stacks cost about 3% of parse time on BBC.
  const errors = Error as { stackTraceLimit?: number };
  const limit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    for (const problem of applySeverity(found, options?.rules)) report(file, problem, place);
  } finally {
    errors.stackTraceLimit = limit;
  }
  // A control comment is an HTML comment: text without one has nothing to walk the tree for.
  if (input.includes('<!--')) controlMessages(controlTree(tree, input, built.lines, place.toPoint), file);
  const source = host ? options?.source?.(file) : undefined;
  const shift = source === undefined ? undefined : bodyOffset(source, input);
  if (shift) shiftMessages(file.messages.slice(before), shift);
  file.data.newsmark = checked.success ? checked.data : article;
  if (options?.fail) {
    const error = file.messages.slice(before).find((message) => message.fatal === true);
    // Hosts print an error's `message` (Astro: 'Failed to parse Markdown file "…": …'): it
    // carries the place and rule id, which the reason alone lacks.
    if (error) throw Object.assign(error, { message: `${error.line ?? 1}:${error.column ?? 1}: ${error.reason} (${error.ruleId})` });
  }
  return checked.success;
}

// Where the parser cut nesting, per file, for readArticle to report.
const cutNesting = new WeakMap<VFile, NestingCut[]>();

function nestingProblems(file: VFile): Problem[] {
  return (cutNesting.get(file) ?? []).map(({ kind, span, limit }) => problem('nesting-too-deep', span, kind, limit));
}

/**
 * A plugin after remark-parse that guards its parser: input longer than `maxLength` is refused
 * before parsing, and container nesting past {@link MAX_NESTING}, or containers too many to
 * parse in linear time, are read as text (see `limitNesting`); a long text is parsed in pieces
 * and their trees joined (see `parseInPieces`), and a piece with no Markdown in it gets its tree
 * without remark-parse (see `plainTree`). Internal: `parseArticle` and `newsmark check` use it.
 *
 * @param options `maxLength`.
 */
export function guardParser(this: Processor, options?: { maxLength?: number | undefined }): void {
  const parse = this.parser;
  if (!parse) throw new Error('Expected remark-parse before the newsmark guard');
  this.parser = (document, file) => {
    assertLength(document.length, options?.maxLength, file.path);
    const { text, cut } = limitNesting(document);
    if (cut.length > 0) cutNesting.set(file, cut);
    // A piece with no Markdown in it gets the tree remark-parse would make, built directly.
    return parseInPieces(text, bodyStart(text), (piece) => plainTree(piece) ?? (parse(piece, file) as Root));
  };
}

/**
 * The remark plugin behind `parseArticle`: reads the tree remark-parse (with
 * remark-frontmatter) made, and leaves the Article on `file.data.newsmark`. Content problems
 * become messages on the file, with their place. It reads the tree without changing it, so
 * plugins after it (remark-rehype and the rest) see the Markdown as it was written.
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
  assertOptions(options);
  if (options?.schema !== undefined) assertZod4(options.schema, 'the `schema` option of remarkNewsmark');
  return function (tree, file) {
    if (file.value !== undefined && typeof file.value !== 'string' && !(file.value instanceof Uint8Array)) throw inputTypeError(file.value, '`file.value`');
    assertLength(String(file).length, options?.maxLength, file.path);
    readArticle(tree, file, options);
  };
};
