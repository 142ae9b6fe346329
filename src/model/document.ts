import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Span } from '../schema/span.js';
import { type Dateline, markFurniture, type RawBlock } from './furniture.js';
import { isFurnitureLine, LEAD_FURNITURE } from './headline.js';
import { isComment } from './plain-text.js';
import { lastAtOrBefore } from './search.js';
import { type Problem, problem } from './problem.js';
import { splitSentences } from './sentences.js';
import { type Token, tokenize, type WordTable } from './tokenize.js';

/** What a block of the document is: body text, or the furniture around it. */
export type BlockKind = RawBlock['kind'];

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
  tokens: Token[];
}

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * The source pieces holding a block's text. Text whose value is its source slice is taken
 * as is; text that differs (escapes, character references) keeps its source slice, so no
 * user text is lost and spans still slice back.
 */
function collectSegments(children: readonly PhrasingContent[], input: string, out: Span[]): void {
  // Depth-first with a stack of its own: emphasis and links nest as deep as the text says.
  const stack: PhrasingContent[] = [];
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const span = spanOf(child);
      if (!span) continue;
      if (child.type === 'inlineCode') {
        const inner = input.indexOf(child.value, span.start);
        if (inner !== -1 && inner + child.value.length <= span.end) out.push({ start: inner, end: inner + child.value.length });
        else out.push(span);
      } else out.push(span);
    } else if ('children' in child) {
      const inner = child.children as PhrasingContent[];
      for (let index = inner.length - 1; index >= 0; index--) stack.push(inner[index]!);
    }
  }
}

function mergeSegments(segments: Span[], input: string): Span[] {
  const merged: Span[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && previous.end === segment.start) previous.end = segment.end;
    else if (segment.end > segment.start) merged.push({ ...segment });
  }
  // Trim surrounding whitespace so spans start and end on text.
  for (const segment of merged) {
    while (segment.start < segment.end && /\s/u.test(input[segment.start]!)) segment.start++;
    while (segment.end > segment.start && /\s/u.test(input[segment.end - 1]!)) segment.end--;
  }
  return merged.filter((segment) => segment.end > segment.start);
}

function pushInline(node: Paragraph | Heading, kind: BlockKind, input: string, blockquote: boolean, out: RawBlock[]): void {
  const collected: Span[] = [];
  collectSegments(node.children, input, collected);
  const segments = mergeSegments(collected, input);
  if (segments.length > 0) out.push({ kind, segments, blockquote });
}

// One cell of a GFM table's delimiter row, spaces and tabs trimmed: `---`, `:--`, `-:`, `:-:`.
const DELIMITER_CELL = /^:?-+:?$/u;

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/** A GFM table's delimiter row: `| --- | :-: |`, pipes optional at the edges. Read cell by cell, in one pass. */
function isDelimiterRow(line: string): boolean {
  const cells = line.split('|').map(trimSpaces);
  // Pipes at the edges leave an empty cell before the first and after the last.
  if (cells.length > 1 && cells[0] === '') cells.shift();
  if (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** The first line of `text` from `from`, and where the next one starts. */
function lineAt(text: string, from: number): { line: string; next: number } {
  let end = from;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  return { line: text.slice(from, end), next };
}

/** A GFM table as remark-parse without remark-gfm sees it: a paragraph whose second line is a delimiter row. */
function isTable(text: string): boolean {
  // Most paragraphs have no pipe at all: they are not split into lines.
  if (!text.includes('|')) return false;
  const first = lineAt(text, 0);
  if (first.next >= text.length || !first.line.includes('|')) return false;
  const second = lineAt(text, first.next).line;
  return second.includes('-') && isDelimiterRow(second);
}

/** Nodes still to read at one level of the tree: block quotes and list items open a level. */
interface Level {
  nodes: readonly RootContent[];
  next: number;
  blockquote: boolean;
}

/** Whether a block above the first depth-1 heading is furniture that leaves the heading the headline. */
function isLeadFurniture(block: RawBlock, input: string): boolean {
  if (block.kind !== 'paragraph' || block.blockquote || block.segments.length !== 1) return false;
  return isFurnitureLine(input, block.segments[0]!.start, block.segments[0]!.end);
}

function collectBlocks(root: readonly RootContent[], input: string, out: RawBlock[], problems: Problem[]): void {
  // A stack of levels rather than recursion: the tree is as deep as the text nests it.
  const levels: Level[] = [{ nodes: root, next: 0, blockquote: false }];
  while (levels.length > 0) {
    const level = levels.at(-1)!;
    const node = level.nodes[level.next++];
    if (node === undefined) {
      levels.pop();
      continue;
    }
    const { blockquote } = level;
    const span = spanOf(node) ?? { start: 0, end: 0 };
    switch (node.type) {
      case 'heading': {
        // A depth-1 heading first is the headline, written as `#` or inferred from a bare line; a
        // byline, a dateline or a kicker above it ("By Jane Holt", "OPINION") does not stop it.
        // markFurniture sets bylines and datelines apart later; a kicker stays a paragraph.
        const isHeadline = node.depth === 1 && !blockquote && out.length <= LEAD_FURNITURE && out.every((block) => isLeadFurniture(block, input));
        pushInline(node, isHeadline ? 'headline' : 'heading', input, blockquote, out);
        break;
      }
      case 'paragraph':
        if (isTable(input.slice(span.start, span.end))) {
          problems.push(problem('table-skipped', span));
        } else pushInline(node, 'paragraph', input, blockquote, out);
        break;
      case 'blockquote':
        levels.push({ nodes: node.children, next: 0, blockquote: true });
        break;
      case 'list':
        levels.push({ nodes: node.children.flatMap((item) => item.children), next: 0, blockquote });
        break;
      case 'code': {
        // Indented text in a plain-text article is still text; fenced code is not prose.
        const fenced = /^\s*(`{3,}|~{3,})/u.test(input.slice(span.start, span.end));
        if (fenced) {
          problems.push(problem('code-ignored', span));
        } else {
          const segments = mergeSegments([span], input);
          if (segments.length > 0) out.push({ kind: 'paragraph', segments, blockquote });
        }
        break;
      }
      case 'html':
        if (isComment(node)) break;
        problems.push(problem('html-ignored', span));
        break;
      case 'yaml':
      case 'thematicBreak':
      case 'definition':
        break;
      default:
        problems.push({ ...problem('block-ignored', span, node.type), actual: node.type });
    }
  }
}

/**
 * Build the document model from an mdast tree: blocks from headings and paragraphs (block
 * quotes and list items included), tokens from their text segments, sentences from tokens,
 * sections from headings.
 *
 * @param nodes The tree's top-level blocks, as the plain-text reading has them.
 * @param input The source text.
 * @returns The document model and the problems found on the way.
 */
export function buildDocument(nodes: readonly RootContent[], input: string): { document: DocumentModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: RawBlock[] = [];
  collectBlocks(nodes, input, raw, problems);
  const { lead: dateline, datelines, bylineNames } = markFurniture(raw, input);

  const yaml = nodes.find((node) => node.type === 'yaml');
  const yamlSpan = yaml ? spanOf(yaml) : undefined;
  const frontMatter = yaml && yamlSpan ? { span: yamlSpan, content: fencedContent(input, yamlSpan) } : null;

  const tokens: Token[] = [];
  const words: WordTable = new Map();
  const sentences: SentenceModel[] = [];
  const blocks: Block[] = [];
  let paragraphs = 0;
  for (const block of raw) {
    const index = blocks.length;
    const tokenStart = tokens.length;
    for (const segment of block.segments) tokenize(input, segment.start, segment.end, tokens, words);
    const sentenceStart = sentences.length;
    if (block.kind === 'paragraph') {
      for (const [first, end] of splitSentences(tokens, tokenStart, tokens.length)) {
        for (let at = first; at < end; at++) tokens[at]!.sentence = sentences.length;
        let opening = first;
        while (opening < end - 1 && (tokens[opening]!.kind === 'quote' || tokens[opening]!.text === '(' || tokens[opening]!.text === '[')) opening++;
        sentences.push({ span: { start: tokens[first]!.start, end: tokens[end - 1]!.end }, tokens: [first, end], opening, block: index });
      }
    }
    blocks.push({
      kind: block.kind,
      ...(block.kind === 'paragraph' ? { id: `p${++paragraphs}` } : {}),
      span: { start: block.segments[0]!.start, end: block.segments.at(-1)!.end },
      segments: block.segments,
      tokens: [tokenStart, tokens.length],
      sentences: [sentenceStart, sentences.length],
      blockquote: block.blockquote,
    });
  }

  const headlineAt = blocks.findIndex((block) => block.kind === 'headline');
  const headline = headlineAt === -1 ? null : headlineAt;
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
  return { document: { input, frontMatter, blocks, sections, headline, dateline, datelines, bylineNames, sentences, tokens }, problems };
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
