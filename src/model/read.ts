import type { Root, RootContent } from 'mdast';
import { buildDocument, type DocumentModel } from './document.js';
import { alignAfterByteOrderMark, inferHeadings, splitLineParagraphs, type ToPoint } from './plain-text.js';
import type { Problem } from './problem.js';

/** What a host's reading of the tree gives {@link readDocument}. */
export interface Prepared {
  /** The top-level blocks to read (front matter recovered, say). */
  blocks: readonly RootContent[];
  /** Whether a host parsed front matter off the text before remark saw it. */
  hostFrontMatter: boolean;
}

/**
 * The document model of a remark tree, read as plain text where it is plain text (lines as
 * paragraphs, bare-line headings): what every extractor reads, and what the taggers' training
 * reads, so both see the same tokens. The tree is read, not changed, so the plugins after
 * newsmark's see it as remark made it.
 *
 * @param tree The tree remark-parse (with remark-frontmatter) made from `input`.
 * @param input The source text.
 * @param toPoint Offset to line and column, for problems placed in the tree.
 * @param prepare A host's own reading of the tree, once its offsets are aligned to `input` and
 *   before lines are split: the blocks to read, and whether a host parsed front matter off the text.
 * @param options `guessHeadline: false` reads a bare first line as body text, never as a
 *   headline (tests of extractors use it).
 * @returns The document model, the problems found on the way, and the tree as it was read
 *   (its blocks as the model has them), for placing control comments.
 */
export function readDocument(
  tree: Root,
  input: string,
  toPoint: ToPoint,
  prepare?: (tree: Root) => Prepared,
  options: { guessHeadline?: boolean } = {},
): { document: DocumentModel; problems: Problem[]; tree: Root } {
  const aligned = alignAfterByteOrderMark(tree, input);
  const prepared = prepare?.(aligned) ?? { blocks: aligned.children, hostFrontMatter: false };
  const lines = splitLineParagraphs(prepared.blocks, input, toPoint);
  const headed = inferHeadings(lines, input, prepared.hostFrontMatter, options.guessHeadline !== false);
  const built = buildDocument(headed.blocks, input);
  return { document: built.document, problems: [...headed.problems, ...built.problems], tree: { ...aligned, children: [...headed.blocks] } };
}
