import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { guessedHeadline, readHeadline } from './headline.js';
import { endsSentence, isStandaloneHeading, looksLikeHeading } from './lines.js';
import type { Problem } from './problem.js';

/** Turns an offset into a unist point (from `vfile-location`). */
export type ToPoint = (offset: number) => Point | undefined;

interface Piece {
  start: number;
  end: number;
  children: PhrasingContent[];
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
 * Cut a paragraph's inline children at line breaks. Returns undefined when an inline node other
 * than text crosses a line, or a text node's value differs from its source (escapes): such a
 * paragraph stays whole rather than losing text.
 */
function cutChildren(node: Paragraph, input: string, breaks: ReadonlyArray<[number, number]>, toPoint: ToPoint): Piece[] | undefined {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const pieces: Piece[] = [];
  let from = start;
  for (const [breakStart, breakEnd] of [...breaks, [end, end] as [number, number]]) {
    pieces.push({ start: from, end: breakStart, children: [] });
    from = breakEnd;
  }
  // A line's piece owns the line break after it.
  const pieceAt = (offset: number) => pieces.findIndex((piece, index) => offset >= piece.start && offset < (pieces[index + 1]?.start ?? end + 1));
  for (const child of node.children) {
    const childStart = child.position?.start.offset;
    const childEnd = child.position?.end.offset;
    if (childStart === undefined || childEnd === undefined) return undefined;
    const first = pieceAt(childStart);
    const last = pieceAt(childEnd - 1);
    if (first === last) {
      if (child.type !== 'break') pieces[first]!.children.push(child);
      continue;
    }
    // micromark drops spaces before line endings from text values; anything else that differs
    // (escapes, character references) keeps the paragraph whole.
    if (child.type !== 'text' || input.slice(childStart, childEnd).replace(/\s+/gu, '') !== child.value.replace(/\s+/gu, '')) return undefined;
    for (let index = first; index <= last; index++) {
      const piece = pieces[index]!;
      const from = Math.max(piece.start, childStart);
      const to = Math.min(piece.end, childEnd);
      if (to <= from) continue;
      const text: Text = {
        type: 'text',
        value: input.slice(from, to),
        position: { start: toPoint(from)!, end: toPoint(to)! },
      };
      piece.children.push(text);
    }
  }
  return pieces;
}

function trimPiece(piece: Piece, input: string): Piece {
  let { start, end } = piece;
  while (start < end && /\s/u.test(input[start]!)) start++;
  while (end > start && /\s/u.test(input[end - 1]!)) end--;
  return { ...piece, start, end };
}

/**
 * Plain text puts one paragraph on a line. Markdown joins consecutive lines into one
 * paragraph, so a paragraph node whose every line break falls at a sentence end or after a
 * heading-like line is read as one paragraph per line. A hard-wrapped Markdown paragraph
 * breaks lines mid-sentence and stays whole. The tree is not changed: the line paragraphs
 * are new nodes in the list returned.
 *
 * @param blocks The tree's top-level blocks.
 * @param input The source text the tree was parsed from.
 * @param toPoint Offset to point conversion for the new nodes' positions.
 * @returns The blocks, each cut paragraph replaced by its lines.
 */
export function splitLineParagraphs(blocks: readonly RootContent[], input: string, toPoint: ToPoint): RootContent[] {
  const children: RootContent[] = [];
  for (const node of blocks) {
    if (node.type !== 'paragraph' || !node.position) {
      children.push(node);
      continue;
    }
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const cuts = lineBreaks(input, start, end);
    // Most paragraphs have no line break: they are not split into lines, nor is every block
    // before them looked at again.
    const pieces = cuts.length > 0 && breaksAreBoundaries(input.slice(start, end).split(/\r\n|\r|\n/u), children.every((child) => child.type === 'yaml' || isComment(child)))
      ? cutChildren(node, input, cuts, toPoint)
      : undefined;
    if (!pieces) {
      children.push(node);
      continue;
    }
    for (const raw of pieces) {
      const piece = trimPiece(raw, input);
      if (piece.start === piece.end) continue;
      children.push({
        type: 'paragraph',
        children: piece.children,
        position: { start: toPoint(piece.start)!, end: toPoint(piece.end)! },
      });
    }
  }
  return children;
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

function paragraphLine(node: RootContent | undefined, input: string): string | undefined {
  if (node?.type !== 'paragraph' || !node.position) return undefined;
  const text = input.slice(node.position.start.offset, node.position.end.offset);
  return text.includes('\n') ? undefined : text;
}

function toHeading(node: Paragraph, depth: 1 | 2): Heading {
  return { type: 'heading', depth, children: node.children, position: node.position! };
}

/**
 * Bare-line headings of plain text. The first block is read as the headline (a depth-1
 * heading) as {@link readHeadline} decides. Later one-line paragraphs are read as section
 * headings when they read as headings, follow a finished sentence, and are followed by body
 * text; this is skipped when the document has Markdown headings of its own. The blocks given
 * are not changed: the headings are new nodes in the list returned.
 *
 * @param blocks The top-level blocks, plain-text lines split.
 * @param input The source text the tree was parsed from.
 * @param hostFrontMatter Whether a host parsed front matter off the text before remark saw it.
 * @param headline Whether the first block may be a headline; `false` leaves it body text.
 * @returns The blocks with those headings, and a `headline-guessed` problem when the headline is a guess.
 */
export function inferHeadings(
  blocks: readonly RootContent[],
  input: string,
  hostFrontMatter = false,
  headline = true,
): { blocks: readonly RootContent[]; problems: Problem[] } {
  const content: RootContent[] = blocks.filter((node) => node.type !== 'yaml' && !isComment(node));
  const first = content[0];
  const hasHeadings = content.some((node) => node.type === 'heading');
  const replaced = new Map<RootContent, Heading>();
  const hasFrontMatter = hostFrontMatter || blocks.some((node) => node.type === 'yaml');
  const problems: Problem[] = [];
  const line = paragraphLine(first, input);
  if (headline && first?.type === 'paragraph' && line !== undefined) {
    const span = { start: first.position!.start.offset!, end: first.position!.end.offset! };
    const reading = readHeadline(line, span, content.slice(1), input, { hasHeadings, hasFrontMatter });
    if (reading !== 'body') replaced.set(first, toHeading(first, 1));
    if (reading === 'guess') problems.push(guessedHeadline(span));
  }
  for (let index = 1; index < content.length && !hasHeadings; index++) {
    const node = content[index]!;
    const line = paragraphLine(node, input);
    if (line === undefined || !looksLikeHeading(line)) continue;
    const next = content[index + 1];
    if (next?.type !== 'paragraph') continue;
    const nextLine = paragraphLine(next, input);
    if (nextLine !== undefined && looksLikeHeading(nextLine)) continue;
    const previous = content[index - 1]!;
    const previousText = input.slice(previous.position?.start.offset, previous.position?.end.offset);
    if (previous.type === 'paragraph' && !replaced.has(previous) && endsSentence(previousText)) replaced.set(node, toHeading(node as Paragraph, 2));
  }
  return { blocks: replaced.size > 0 ? blocks.map((node) => replaced.get(node) ?? node) : blocks, problems };
}

// Every runtime newsmark supports has it (browsers, Node 17+, Deno, Bun, workers); the ES
// library typings the core compiles against do not declare it.
declare const structuredClone: <T>(value: T) => T;

/**
 * micromark reads past a byte order mark and counts offsets from after it; spans slice the
 * input as given, so every position moves one code unit on, in a copy of the tree.
 *
 * @param tree The mdast tree (not changed).
 * @param input The source text the tree was parsed from.
 * @returns The tree itself without a byte order mark, else a copy with its positions moved.
 */
export function alignAfterByteOrderMark(tree: Root, input: string): Root {
  if (input.charCodeAt(0) !== 0xfeff) return tree;
  const aligned = structuredClone(tree);
  // A stack of its own rather than recursion: the tree is as deep as the text nests it.
  const stack: Array<{ position?: Position; children?: unknown[] }> = [aligned];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset !== undefined) point.offset += 1;
        if (point.line === 1) point.column += 1;
      }
    }
    for (const child of node.children ?? []) stack.push(child as typeof node);
  }
  return aligned;
}
