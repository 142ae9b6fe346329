import type { Nodes, Root } from 'mdast';
import { FRONT_MATTER_OPEN, isLineEnd, isSpace } from './nesting.js';

// remark-parse (micromark) slows down as a document grows: a paragraph of a 1 MB text costs
// about three times what it costs in a 2 KB article (the tokenizer's event lists and the
// collector's work grow with the document), and its memory peaks at over 200 bytes a character.
// A long text is therefore parsed in pieces cut where no Markdown construct can run across the
// cut, and the pieces' trees are joined, with their positions moved to the whole text's: the
// same tree the whole text gives (a property test checks this on generated Markdown), in less
// than half the time and memory.

/** Texts at least this long are parsed in pieces; an article of common size is parsed whole. */
export const PIECES_FROM = 65_536;

/** A piece ends at the first safe cut after this many characters. */
export const PIECE_LENGTH = 16_384;

/**
 * A line may open a piece when it starts, unindented, with a letter, any character outside ASCII,
 * or a straight quote mark: nothing that starts or goes on with a Markdown construct (a list
 * item, block quote, fence, heading, HTML, table row or indented code).
 */
function opensPiece(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0x80 || code === 0x22 || code === 0x27;
}

// Blocks that go on across blank lines, as a line (after up to three spaces) opens them: a
// fence of three or more backticks or tildes, and the HTML blocks that end only at a marker
// (CommonMark's kinds 1 to 5). A construct seen where it is not one (inside a list item) only
// leaves fewer places to cut.
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const HTML_OPEN = /^ {0,3}<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/iu;

/** What ends the HTML block a line opens (searched from after the opening), or undefined. */
function htmlEnd(line: string): { marker: string; from: number } | undefined {
  const open = HTML_OPEN.exec(line);
  if (!open) return undefined;
  const from = open[0].length;
  if (open[1]) return { marker: `</${open[1].toLowerCase()}>`, from };
  if (open[2]) return { marker: '-->', from };
  if (open[3]) return { marker: '?>', from };
  if (open[4]) return { marker: ']]>', from };
  return { marker: '>', from };
}

/**
 * Where a text may be cut into pieces that parse as they do in the whole: at the start of an
 * unindented line that {@link opensPiece}, after a blank line, outside fenced code and outside
 * HTML blocks that run across blank lines, and after the front matter. None when the text has a
 * link definition (`[x]: url` serves references anywhere in the document).
 *
 * @param text The text.
 * @param from Where its body starts (after the front matter).
 * @param length A piece ends at the first cut at least this many characters after its start.
 * @returns The offsets where pieces after the first start, ascending.
 */
export function pieceStarts(text: string, from: number, length = PIECE_LENGTH): number[] {
  const starts: number[] = [];
  if (text.includes(']:')) return starts;
  let last = 0;
  let afterBlank = false;
  let fence: { char: string; size: number } | undefined;
  let html: string | undefined;
  for (let at = from; at < text.length; ) {
    let end = at;
    while (end < text.length && !isLineEnd(text.charCodeAt(end))) end++;
    const next = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    const line = text.slice(at, end);
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size && line.slice(close[0].length).trim() === '') fence = undefined;
      afterBlank = false;
    } else if (html !== undefined) {
      if (line.toLowerCase().includes(html)) html = undefined;
      afterBlank = false;
    } else {
      let content = 0;
      while (content < line.length && isSpace(line.charCodeAt(content))) content++;
      if (content === line.length) {
        afterBlank = true;
      } else {
        if (afterBlank && at - last >= length && opensPiece(line.charCodeAt(0))) {
          starts.push(at);
          last = at;
        }
        afterBlank = false;
        const open = FENCE.exec(line);
        const opened = htmlEnd(line);
        if (open) fence = { char: open[1]![0]!, size: open[1]!.length };
        else if (opened && !line.slice(opened.from).toLowerCase().includes(opened.marker)) html = opened.marker;
      }
    }
    at = next;
  }
  return starts;
}

/** A point of a position, moved by a piece's place in the whole text. */
function shift(point: { line: number; column: number; offset?: number | undefined }, lines: number, offset: number): void {
  point.line += lines;
  if (point.offset !== undefined) point.offset += offset;
}

/**
 * Parse a long text in pieces cut at {@link pieceStarts}, and join their trees into the tree of
 * the whole, every position moved to its place in the text. A text shorter than
 * {@link PIECES_FROM}, with nowhere to cut, or with front matter never closed, is parsed whole.
 *
 * @param text The text.
 * @param from Where its body starts (after the front matter, which stays in the first piece).
 * @param parse The parser of one piece (remark-parse's).
 * @param sizes The length from which a text is cut, and of a piece (for tests).
 * @returns The tree of the whole text.
 */
export function parseInPieces(text: string, from: number, parse: (piece: string) => Root, sizes = { from: PIECES_FROM, length: PIECE_LENGTH }): Root {
  // Front matter opened and never closed changes how remark-parse reads the rest (block quotes
  // after it are text): such a text is parsed whole.
  const unclosed = from === 0 && FRONT_MATTER_OPEN.test(text);
  const starts = text.length < sizes.from || unclosed ? [] : pieceStarts(text, from, sizes.length);
  if (starts.length === 0) return parse(text);
  starts.push(text.length);
  let root: Root | undefined;
  let start = 0;
  let lines = 0;
  for (const end of starts) {
    const tree = parse(text.slice(start, end));
    if (start > 0) {
      const stack: Nodes[] = [tree];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.position) {
          shift(node.position.start, lines, start);
          shift(node.position.end, lines, start);
        }
        if ('children' in node) for (const child of node.children) stack.push(child);
      }
    }
    if (!root) root = tree;
    else {
      for (const child of tree.children) root.children.push(child);
      if (root.position && tree.position) root.position.end = tree.position.end;
    }
    // Lines before the next piece: every line ending in this one.
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) lines++;
    }
    start = end;
  }
  return root!;
}
