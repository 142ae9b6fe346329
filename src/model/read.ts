import type { Root, RootContent } from 'mdast';
import type { Span } from '../schema/span.js';
import { type LineParagraph, readBlocks } from './blocks.js';
import { classifyBlocks } from './classify.js';
import { buildDocument, type DocumentModel } from './document.js';
import type { Problem } from './problem.js';

/** What a host's reading of the tree gives {@link readDocument}. */
export interface Prepared {
  /** The top-level nodes to read (those after front matter recovered, say). */
  blocks: readonly RootContent[];
  /** Front matter found where the tree has none (fences included), if any. */
  frontMatter?: Span | undefined;
  /** Whether a host parsed front matter off the text before remark saw it. */
  hostFrontMatter: boolean;
}

/** How {@link readDocument} reads. */
export interface ReadOptions {
  /**
   * A host's own reading of the tree's top level: the nodes to read, front matter it found, and
   * whether a host parsed front matter off the text.
   */
  prepare?: ((tree: Root) => Prepared) | undefined;
  /**
   * `false` reads a bare first line as body text, never as a headline (tests of extractors use
   * it).
   */
  guessHeadline?: boolean | undefined;
}

/**
 * The document model of a remark tree, read as plain text where it is plain text (lines as
 * paragraphs, bare-line headings): what every extractor reads, and what the taggers' training
 * reads, so both see the same tokens. The tree is read, not changed, and no node is made, so
 * the plugins after newsmark's see it as remark made it.
 *
 * @param tree The tree remark-parse (with remark-frontmatter) made from `input`.
 * @param input The source text.
 * @param options A host's reading of the tree, and whether a headline may be guessed.
 * @returns The document model, the problems found on the way, and the paragraph nodes read
 *   one paragraph a line (for placing control comments by line).
 */
export function readDocument(tree: Root, input: string, options: ReadOptions = {}): { document: DocumentModel; problems: Problem[]; lines: LineParagraph[] } {
  const prepared = options.prepare?.(tree) ?? { blocks: tree.children, hostFrontMatter: false };
  const read = readBlocks(prepared.blocks, input);
  const frontMatter = prepared.frontMatter ?? read.yaml;
  const furniture = classifyBlocks(read, input, {
    hostFrontMatter: prepared.hostFrontMatter,
    frontMatter: frontMatter !== null,
    guessHeadline: options.guessHeadline !== false,
  });
  const document = buildDocument(read.blocks, furniture, input, frontMatter);
  return { document, problems: [...furniture.problems, ...read.problems], lines: read.lines };
}
