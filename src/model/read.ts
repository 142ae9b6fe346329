import type { Root } from 'mdast';
import { buildDocument, type DocumentModel } from './document.js';
import { alignAfterByteOrderMark, inferHeadings, splitLineParagraphs, type ToPoint } from './plain-text.js';
import type { Problem } from './problem.js';

/**
 * The document model of a remark tree, after the plain-text transforms (lines as paragraphs,
 * bare-line headings): what every extractor reads, and what the taggers' training reads, so
 * both see the same tokens. The tree is changed in place.
 *
 * @param tree The tree remark-parse (with remark-frontmatter) made from `input`.
 * @param input The source text.
 * @param toPoint Offset to line and column, for problems placed in the tree.
 * @param prepare A host's own reading of the tree, once its offsets are aligned to `input` and
 *   before lines are split: it returns whether a host parsed front matter off the text.
 * @param options `guessHeadline: false` reads a bare first line as body text, never as a
 *   headline (tests of extractors use it).
 * @returns The document model and the problems found on the way.
 */
export function readDocument(
  tree: Root,
  input: string,
  toPoint: ToPoint,
  prepare?: (tree: Root) => boolean,
  options: { guessHeadline?: boolean } = {},
): { document: DocumentModel; problems: Problem[] } {
  alignAfterByteOrderMark(tree, input);
  const hostFrontMatter = prepare?.(tree) ?? false;
  splitLineParagraphs(tree, input, toPoint);
  const guessed = inferHeadings(tree, input, hostFrontMatter, options.guessHeadline !== false);
  const built = buildDocument(tree, input);
  return { document: built.document, problems: [...guessed, ...built.problems] };
}
