import type { Span } from '../schema/span.js';
import type { BlockKind, RawBlock } from './blocks.js';
import type { Dateline } from './dateline.js';
import type { Furniture } from './classify.js';
import { lastAtOrBefore } from './search.js';
import { splitSentences } from './sentences.js';
import { TokenStore, tokenize } from './tokenize.js';

export type { BlockKind } from './blocks.js';

/** A block of text: the headline, a heading or a paragraph. */
export interface Block {
  kind: BlockKind;
  /** The paragraph's id in the article (`p1`, `p2`… in reading order); paragraphs only. */
  id?: string;
  /** Source span of the block's text, from its first to its last text character. */
  span: Span;
  /** The pieces of the input that hold the block's text, markup left out. */
  segments: Span[];
  /** `[first, end)` into `DocumentModel.tokens`. */
  tokens: [number, number];
  /** `[first, end)` into `DocumentModel.sentences` (empty for headings). */
  sentences: [number, number];
  /** Inside a Markdown block quote. */
  blockquote: boolean;
}

/** A sentence of a paragraph. */
export interface SentenceModel {
  span: Span;
  /** `[first, end)` into `DocumentModel.tokens`. */
  tokens: [number, number];
  /** The sentence's first token that is not an opening quote mark or bracket. */
  opening: number;
  /** Index into `DocumentModel.blocks`. */
  block: number;
}

/** A section: an optional heading block and its paragraph blocks. */
export interface SectionModel {
  heading: number | null;
  paragraphs: number[];
}

/** The YAML front matter, as written. */
export interface FrontMatter {
  /** The block, its fences included. */
  span: Span;
  /**
   * The YAML between the fences, as written: the tree's value has NUL made U+FFFD, and looking
   * it up again would land elsewhere.
   */
  content: Span;
}

/** The YAML between the fences of a front matter block: after its first line, before its last. */
function fencedContent(input: string, span: Span): Span {
  const first = /\r\n|\r|\n/u.exec(input.slice(span.start, span.end));
  if (!first) return { start: span.end, end: span.end };
  const start = span.start + first.index + first[0].length;
  // The closing fence is the block's last line; the line break before it is not YAML.
  let end = span.end;
  while (end > start && input[end - 1] !== '\n' && input[end - 1] !== '\r') end--;
  if (end > start && input[end - 1] === '\n') end--;
  if (end > start && input[end - 1] === '\r') end--;
  return { start, end: Math.max(start, end) };
}

/**
 * The document model that every extractor reads: blocks, sentences and tokens, built in one
 * pass over the text. Extractors never re-tokenize the input.
 */
export interface DocumentModel {
  input: string;
  frontMatter: FrontMatter | null;
  blocks: Block[];
  sections: SectionModel[];
  /** Index of the headline block, if the text has one. */
  headline: number | null;
  /**
   * The dateline that opened the first paragraph ("WASHINGTON —", "NAIROBI 2024-05-01"), cut
   * off that paragraph, with its place names.
   */
  dateline: Dateline | null;
  /** Every dateline, the article's first: later ones open the stories of a wire roundup. */
  datelines: Dateline[];
  /** The names of the byline block ("Jane Smith" of "By Jane Smith, Reuters"), if there is one. */
  bylineNames: Span | null;
  sentences: SentenceModel[];
  /** The tokens, by index. */
  tokens: TokenStore;
  /** The distinct texts of the tokens, in order of first use: `words[token.word]` is `token.text`. */
  words: string[];
}

/**
 * Tokens, sentences and blocks of the classified blocks, appended to `tokens`, `sentences` and
 * `blocks`. Its own function, apart from the `try` that trims the store: V8 compiles this loop
 * (tokenizer and sentence splitter inlined) on its own, so the store's trim reaching a path it
 * had not taken, or a first heading, throws away only the small function around it (the whole
 * was compiled five times in a cold run of the BBC corpus).
 */
function readBlocks(raw: readonly RawBlock[], input: string, tokens: TokenStore, sentences: SentenceModel[], blocks: Block[]): void {
  let paragraphs = 0;
  for (const block of raw) {
    const index = blocks.length;
    const tokenStart = tokens.length;
    for (const segment of block.segments) tokenize(input, segment.start, segment.end, tokens);
    const sentenceStart = sentences.length;
    if (block.kind === 'paragraph') {
      for (const [first, end] of splitSentences(tokens, tokenStart, tokens.length)) {
        for (let at = first; at < end; at++) tokens.setSentence(at, sentences.length);
        let opening = first;
        while (opening < end - 1 && (tokens.kind(opening) === 'quote' || tokens.text(opening) === '(' || tokens.text(opening) === '[')) opening++;
        sentences.push({ span: { start: tokens.start(first), end: tokens.end(end - 1) }, tokens: [first, end], opening, block: index });
      }
    }
    // Every block has an `id` key, undefined but for paragraphs: blocks of two shapes made
    // each reader of them (entities, stance, the taggers) deopt and recompile once it met the other.
    blocks.push({
      kind: block.kind,
      id: block.kind === 'paragraph' ? `p${++paragraphs}` : undefined,
      span: { start: block.segments[0]!.start, end: block.segments.at(-1)!.end },
      segments: block.segments,
      tokens: [tokenStart, tokens.length],
      sentences: [sentenceStart, sentences.length],
      blockquote: block.blockquote,
    });
  }
}

/** Sections from headings: each heading opens one, paragraphs before any go to one without. */
function groupSections(blocks: readonly Block[], headline: number | null): SectionModel[] {
  const sections: SectionModel[] = [];
  blocks.forEach((block, index) => {
    if (index === headline) return;
    if (block.kind === 'byline' || block.kind === 'dateline' || block.kind === 'sign-off') return;
    if (block.kind === 'heading' || block.kind === 'headline') sections.push({ heading: index, paragraphs: [] });
    else {
      if (sections.length === 0) sections.push({ heading: null, paragraphs: [] });
      sections.at(-1)!.paragraphs.push(index);
    }
  });
  return sections;
}

/**
 * Build the document model from classified blocks: tokens from their text segments, sentences
 * from tokens, sections from headings.
 *
 * @param raw The blocks, their kinds decided.
 * @param furniture The datelines and byline found.
 * @param input The source text.
 * @param yaml The front matter block, fences included, if there is one.
 * @returns The document model.
 */
export function buildDocument(raw: readonly RawBlock[], furniture: Furniture, input: string, yaml: Span | null): DocumentModel {
  const { lead: dateline, datelines, bylineNames } = furniture;
  const frontMatter = yaml ? { span: yaml, content: fencedContent(input, yaml) } : null;

  // Room for a token per four characters: news has one per five or six, so the store seldom grows.
  const tokens = new TokenStore(Math.max(16, input.length >> 2), true);
  const sentences: SentenceModel[] = [];
  const blocks: Block[] = [];
  // The store is trimmed even when the loop throws: a shared store gives back the slab it fills.
  try {
    readBlocks(raw, input, tokens, sentences, blocks);
  } finally {
    tokens.trim();
  }

  const headlineAt = blocks.findIndex((block) => block.kind === 'headline');
  const headline = headlineAt === -1 ? null : headlineAt;
  const sections = groupSections(blocks, headline);
  return { input, frontMatter, blocks, sections, headline, dateline, datelines, bylineNames, sentences, tokens, words: tokens.words };
}

/**
 * The block holding token `index`: a binary search, as blocks are in token order.
 *
 * @param document The document model.
 * @param index A token index.
 * @returns The block's index.
 */
export function blockOfToken(document: DocumentModel, index: number): number {
  return Math.max(0, lastAtOrBefore(document.blocks, index, (block) => block.tokens[0]));
}

/**
 * The last block starting at or before `offset`: a binary search, as blocks are in source order.
 *
 * @param document The document model.
 * @param offset An offset into the input.
 * @returns The block's index.
 */
export function blockAtOffset(document: DocumentModel, offset: number): number {
  return Math.max(0, lastAtOrBefore(document.blocks, offset, (block) => block.span.start));
}
