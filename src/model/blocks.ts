// The blocks of a document, read off the mdast tree in one walk, without changing it. Plain text
// puts one paragraph on a line where Markdown joins lines into one paragraph node: such a node is
// read as one block a line, by its offsets, and no node is made for the lines.
import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Span } from '../schema/span.js';
import { endsSentence, isFurnitureLine, isStandaloneHeading, LEAD_FURNITURE, looksLikeHeading } from './lines.js';
import { type Problem, problem } from './problem.js';
import { lastAtOrBefore } from './search.js';

/** What a block of the document is: body text, or the furniture around it. */
export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'byline' | 'dateline' | 'sign-off';

/** A block before tokenization: its kind and the source pieces holding its text. */
export interface RawBlock {
  kind: BlockKind;
  segments: Span[];
  blockquote: boolean;
}

/**
 * A top-level block of the tree as the document reads it: a node, or one line of a paragraph
 * read as one paragraph a line. Front matter and HTML comments are not among them.
 */
export interface TopBlock {
  type: RootContent['type'];
  /** A Markdown heading's depth; 0 for other blocks. */
  depth: number;
  /** Where it stands in the input (a line: its text, surrounding whitespace left out). */
  start: number;
  end: number;
  /** `[first, end)` into the raw blocks: the text blocks read from it. */
  blocks: [number, number];
  /** The heading the plain-text reading makes of it: 1 for the headline, 2 for a section heading, 0 for none. */
  heading: 0 | 1 | 2;
}

/** A paragraph node read as one paragraph a line, and its lines. */
export interface LineParagraph {
  node: Paragraph;
  /** Each line's text, surrounding whitespace left out. */
  lines: Span[];
}

/** The blocks of a tree, as {@link readBlocks} finds them. */
export interface TreeBlocks {
  top: TopBlock[];
  blocks: RawBlock[];
  /** Paragraph nodes read as one paragraph a line. */
  lines: LineParagraph[];
  /** The tree has Markdown headings at its top level. */
  hasHeadings: boolean;
  /** The span of its first `yaml` node at the top level. */
  yaml: Span | null;
  problems: Problem[];
}

/**
 * How far the tree's offsets lie behind the input's: micromark reads past a byte order mark and
 * counts offsets from after it, while spans slice the input as given.
 *
 * @param input The source text.
 * @returns 1 when the input opens with a byte order mark, else 0.
 */
export function treeShift(input: string): number {
  return input.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function spanOf(node: Nodes, shift: number): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: start + shift, end: end + shift };
}

// One HTML comment and nothing else: `<!-- newsmark-disable … -->`, an editor's note.
const COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/u;

/**
 * Whether a block is an HTML comment: a note for editors or a control comment, not content, so
 * it is neither reported as skipped HTML nor does it stand before the headline.
 *
 * @param node A block of the tree.
 * @returns True for an `html` node holding one comment.
 */
export function isComment(node: RootContent): boolean {
  return node.type === 'html' && COMMENT.test(node.value);
}

/**
 * The source pieces holding inline text, in order. Text whose value is its source slice is
 * taken as is; text that differs (escapes, character references) keeps its source slice, so no
 * user text is lost and spans still slice back.
 */
function collectSegments(children: readonly PhrasingContent[], input: string, shift: number, out: Span[]): void {
  // Depth-first with a stack of its own: emphasis and links nest as deep as the text says.
  const stack: PhrasingContent[] = [];
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const span = spanOf(child, shift);
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

function isSpace(character: string): boolean {
  return /\s/u.test(character);
}

/** Touching pieces joined, and surrounding whitespace trimmed so spans start and end on text. */
function mergeSegments(segments: readonly Span[], input: string): Span[] {
  const merged: Span[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (previous && previous.end === segment.start) previous.end = segment.end;
    else if (segment.end > segment.start) merged.push({ ...segment });
  }
  for (const segment of merged) {
    while (segment.start < segment.end && isSpace(input[segment.start]!)) segment.start++;
    while (segment.end > segment.start && isSpace(input[segment.end - 1]!)) segment.end--;
  }
  return merged.filter((segment) => segment.end > segment.start);
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

/** Line breaks (`\r\n`, `\r` or `\n`) inside `[start, end)`, as `[start, end)` pairs. */
function lineBreaks(input: string, start: number, end: number): Array<[number, number]> {
  const breaks: Array<[number, number]> = [];
  const pattern = /\r\n|\r|\n/gu;
  pattern.lastIndex = start;
  for (let match = pattern.exec(input); match && match.index < end; match = pattern.exec(input)) {
    breaks.push([match.index, match.index + match[0].length]);
  }
  return breaks;
}

/** Whether every line break of a paragraph falls where a paragraph or heading could end. */
function breaksAreBoundaries(lines: readonly string[], first: boolean): boolean {
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1]!.trimStart();
    if (endsSentence(line)) continue;
    if (first && index === 0 && looksLikeHeading(line, { headline: true })) continue;
    if (isStandaloneHeading(line) && /^[\p{Lu}\p{N}"'\u201c\u2018\u00ab]/u.test(next)) continue;
    return false;
  }
  return true;
}

/**
 * Whether a paragraph's inline nodes allow reading it line by line: only text crosses a line
 * break, and only text whose value is its source (micromark drops spaces before line endings
 * from values). An escape, a character reference or an emphasis across lines keeps the
 * paragraph whole rather than losing text.
 */
function cutsCleanly(node: Paragraph, input: string, shift: number, breaks: ReadonlyArray<[number, number]>): boolean {
  // The line holding an offset: a line owns the line break after it.
  const lineAt = (offset: number) => lastAtOrBefore(breaks, offset, (lineBreak) => lineBreak[1]) + 1;
  for (const child of node.children) {
    const span = spanOf(child, shift);
    if (!span) return false;
    if (lineAt(span.start) === lineAt(span.end - 1)) continue;
    if (child.type !== 'text' || input.slice(span.start, span.end).replace(/\s+/gu, '') !== child.value.replace(/\s+/gu, '')) return false;
  }
  return true;
}

/** Nodes still to read at one level of the tree: block quotes and list items open a level. */
interface Level {
  nodes: readonly RootContent[];
  next: number;
  blockquote: boolean;
}

/** Reads the tree's blocks into a {@link TreeBlocks}. */
class BlockReader implements TreeBlocks {
  top: TopBlock[] = [];
  blocks: RawBlock[] = [];
  lines: LineParagraph[] = [];
  hasHeadings = false;
  yaml: Span | null = null;
  problems: Problem[] = [];

  constructor(
    private readonly input: string,
    private readonly shift: number,
  ) {}

  /** Whether every block read so far is furniture that may stand above a headline (none at all, too). */
  leadFurnitureOnly(): boolean {
    if (this.blocks.length > LEAD_FURNITURE) return false;
    return this.blocks.every((block) => block.kind === 'paragraph' && !block.blockquote && block.segments.length === 1 && isFurnitureLine(this.input, block.segments[0]!.start, block.segments[0]!.end));
  }

  pushTop(type: RootContent['type'], depth: number, span: Span): TopBlock {
    const entry: TopBlock = { type, depth, start: span.start, end: span.end, blocks: [this.blocks.length, this.blocks.length], heading: 0 };
    this.top.push(entry);
    return entry;
  }

  pushSegments(collected: readonly Span[], kind: BlockKind, blockquote: boolean): void {
    const segments = mergeSegments(collected, this.input);
    if (segments.length > 0) this.blocks.push({ kind, segments, blockquote });
  }

  pushInline(node: Paragraph | Heading, kind: BlockKind, blockquote: boolean): void {
    const collected: Span[] = [];
    collectSegments(node.children, this.input, this.shift, collected);
    this.pushSegments(collected, kind, blockquote);
  }

  /**
   * A top-level paragraph: one block, or one a line when every line break falls where a
   * paragraph or heading could end. A hard-wrapped Markdown paragraph breaks lines mid-sentence
   * and stays whole.
   */
  readParagraph(node: Paragraph, span: Span): void {
    const { input, shift } = this;
    const breaks = lineBreaks(input, span.start, span.end);
    // Most paragraphs have no line break: they are not read line by line.
    if (breaks.length === 0 || !breaksAreBoundaries(input.slice(span.start, span.end).split(/\r\n|\r|\n/u), this.top.length === 0) || !cutsCleanly(node, input, shift, breaks)) {
      const entry = this.pushTop('paragraph', 0, span);
      if (isTable(input.slice(span.start, span.end))) this.problems.push(problem('table-skipped', span));
      else this.pushInline(node, 'paragraph', false);
      entry.blocks[1] = this.blocks.length;
      return;
    }
    const collected: Span[] = [];
    collectSegments(node.children, input, shift, collected);
    const lines: Span[] = [];
    let next = 0;
    for (let index = 0; index <= breaks.length; index++) {
      // The line's text, without its line break; each text piece clipped to it.
      const from = index === 0 ? span.start : breaks[index - 1]![1];
      const to = index === breaks.length ? span.end : breaks[index]![0];
      const clipped: Span[] = [];
      while (next < collected.length && collected[next]!.end <= from) next++;
      for (let at = next; at < collected.length && collected[at]!.start < to; at++) {
        const segment = collected[at]!;
        clipped.push({ start: Math.max(segment.start, from), end: Math.min(segment.end, to) });
      }
      let start = from;
      let end = to;
      while (start < end && isSpace(input[start]!)) start++;
      while (end > start && isSpace(input[end - 1]!)) end--;
      if (start === end) continue;
      lines.push({ start, end });
      const entry = this.pushTop('paragraph', 0, { start, end });
      this.pushSegments(clipped, 'paragraph', false);
      entry.blocks[1] = this.blocks.length;
    }
    this.lines.push({ node, lines });
  }

  read(root: readonly RootContent[]): void {
    // A stack of levels rather than recursion: the tree is as deep as the text nests it.
    const levels: Level[] = [{ nodes: root, next: 0, blockquote: false }];
    // The top-level block the nodes being read belong to.
    let entry: TopBlock | undefined;
    while (levels.length > 0) {
      const level = levels.at(-1)!;
      const node = level.nodes[level.next++];
      if (node === undefined) {
        levels.pop();
        if (levels.length === 1 && entry) entry.blocks[1] = this.blocks.length;
        continue;
      }
      const { blockquote } = level;
      const nested = levels.length > 1;
      const span = spanOf(node, this.shift) ?? { start: 0, end: 0 };
      if (!nested) {
        if (node.type === 'yaml') {
          this.yaml ??= span;
          continue;
        }
        if (isComment(node)) continue;
        if (node.type === 'paragraph') {
          this.readParagraph(node, span);
          continue;
        }
        entry = this.pushTop(node.type, node.type === 'heading' ? node.depth : 0, span);
        if (node.type === 'heading') this.hasHeadings = true;
      }
      switch (node.type) {
        case 'heading':
          // A depth-1 heading first is the headline; a byline, a dateline or a kicker above it
          // ("By Jane Holt", "OPINION") does not stop it. Bylines and datelines are set apart
          // when the blocks are classified; a kicker stays a paragraph.
          this.pushInline(node, node.depth === 1 && !blockquote && this.leadFurnitureOnly() ? 'headline' : 'heading', blockquote);
          break;
        case 'paragraph':
          if (isTable(this.input.slice(span.start, span.end))) this.problems.push(problem('table-skipped', span));
          else this.pushInline(node, 'paragraph', blockquote);
          break;
        case 'blockquote':
          levels.push({ nodes: node.children, next: 0, blockquote: true });
          break;
        case 'list':
          levels.push({ nodes: node.children.flatMap((item) => item.children), next: 0, blockquote });
          break;
        case 'code': {
          // Indented text in a plain-text article is still text; fenced code is not prose.
          if (/^\s*(`{3,}|~{3,})/u.test(this.input.slice(span.start, span.end))) this.problems.push(problem('code-ignored', span));
          else this.pushSegments([span], 'paragraph', blockquote);
          break;
        }
        case 'html':
          if (!isComment(node)) this.problems.push(problem('html-ignored', span));
          break;
        case 'yaml':
        case 'thematicBreak':
        case 'definition':
          break;
        default:
          this.problems.push({ ...problem('block-ignored', span, node.type), actual: node.type });
      }
      if (!nested && entry) entry.blocks[1] = this.blocks.length;
    }
  }
}

/**
 * The blocks of an mdast tree, read in one walk without changing it: text blocks from headings
 * and paragraphs (block quotes and list items included), each with the pieces of the input that
 * hold its text, and the top-level blocks around them that the plain-text reading looks at.
 * A top-level paragraph whose every line break falls at a sentence end or after a heading-like
 * line is read as one paragraph a line.
 *
 * @param nodes The top-level nodes to read (the tree's, or a host's reading of them).
 * @param input The source text.
 * @returns The blocks, and the problems met (tables, code, HTML and other markup skipped).
 */
export function readBlocks(nodes: readonly RootContent[], input: string): TreeBlocks {
  const reader = new BlockReader(input, treeShift(input));
  reader.read(nodes);
  return reader;
}
