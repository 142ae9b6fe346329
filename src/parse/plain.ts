import type { Blockquote, Code, Definition, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { DEFINITION, frontMatterAt, isLineEnd, isSpace, lineEnd, lineEndingsIn, nextLine, spacesEnd } from './nesting.js';
import { HTML_TAG, identifierOf, INDENTED_LINE, inlineNodes, mayBeReference, point } from './plain-inline.js';

// Most articles are plain text, or Markdown of a few simple kinds: paragraphs (runs of lines
// between blank lines), `#` and underlined headings, lists of items of text (tight or loose, an
// item's later paragraphs indented to its text), block quotes of one paragraph, thematic breaks,
// fenced and indented code, HTML blocks and comments, one-line link definitions, front matter, and
// inline the Markdown `inlineNodes` reads (emphasis, code spans, links, images, references,
// autolinks, HTML tags and comments, escapes, character references, hard breaks).
// Building remark-parse's tree of such a text directly is a small fraction of what remark-parse
// spends finding that nothing else is there. `plainTree` builds it when the text has nothing
// else that any Markdown construct could start with, and gives up otherwise, so remark-parse
// reads the rest. Property tests compare its trees with remark-parse's on generated text.

/**
 * Kinds of ASCII characters inside a line, by code: text (0), a line ending, NUL (which
 * remark-parse replaces: the text is left to it), a mark of emphasis or code, an escape or `<`
 * (HTML or an autolink), `&` (a character reference, or text) and `]` (a link or image when `(`
 * follows).
 */
const LINE_END = 1;
const UNREAD = 2;
const INLINE = 3;
const AMPERSAND = 4;
const BRACKET = 5;
const IN_LINE = new Uint8Array(0x80);
IN_LINE[0x0a] = LINE_END;
IN_LINE[0x0d] = LINE_END;
IN_LINE[0x00] = UNREAD;
for (const code of [0x60, 0x2a, 0x5f, 0x5c, 0x3c]) IN_LINE[code] = INLINE;
IN_LINE[0x26] = AMPERSAND;
IN_LINE[0x5d] = BRACKET;

/**
 * The definitions in a text from `from` (after its front matter: the lines that match
 * DEFINITION, but those starting at an offset in `skip`), by the offset of their line, and their
 * identifiers; and where the lines start that hold `]:` and are no such definition (they may be
 * ones remark-parse reads otherwise, or none at all: plainTree leaves them to it unless they are
 * in code or HTML). Undefined when it has neither.
 */
function definitionsOf(text: string, from: number, skip: ReadonlySet<number>): { identifiers: Set<string>; lines: Map<number, RegExpExecArray>; others: Set<number> } | undefined {
  // The next `]:`, looked for again only once passed: looked for from every line, it was read to
  // from every line before it (1 MB of references before their definitions: 12 s).
  let marker = text.indexOf(']:', from);
  if (marker === -1) return undefined;
  const identifiers = new Set<string>();
  const lines = new Map<number, RegExpExecArray>();
  const others = new Set<number>();
  let lineStart = from;
  while (lineStart < text.length && marker !== -1) {
    const end = lineEnd(text, lineStart);
    if (marker < lineStart) marker = text.indexOf(']:', lineStart);
    if (marker !== -1 && marker < end) {
      const definition = DEFINITION.exec(text.slice(lineStart, end));
      if (!definition || identifierOf(definition[1]!) === '') others.add(lineStart);
      else if (!skip.has(lineStart)) {
        identifiers.add(identifierOf(definition[1]!));
        lines.set(lineStart, definition);
      }
    }
    lineStart = nextLine(text, end);
  }
  return lines.size > 0 || others.size > 0 ? { identifiers, lines, others } : undefined;
}

/**
 * Whether a line starting at `at` starts as plain text: with a letter, a character outside ASCII,
 * punctuation that opens no block (quote marks, parentheses, brackets, `!`, `,`, `.`, `:`, `|`
 * and the like; definitions are ruled out before), a backslash, emphasis or code marks before a
 * word (see marksStartText), `#` that opens no heading (see hashesStartText), or digits unless
 * `.` or `)` and a space or the line's end follow them (an ordered list item). Anything else
 * (indentation, `>`, `-`, `+`, `=`, `~`, `<`) might open a block.
 */
function isPlainStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // One table look-up for ASCII, not a chain of comparisons: a chain's later tests first ran (a
  // line opening in lower case or a quote mark) after V8 had optimized plainTree with this inlined,
  // and each deoptimized it.
  if (code >= 0x80) return code !== 0xfeff || at > 0;
  const start = PLAIN_STARTS[code];
  if (start === TEXT_START) return true;
  if (start === DIGIT_START) return digitsStartText(text, at);
  if (start === HASH_START) return hashesStartText(text, at);
  return start === MARK_START && marksStartText(text, at, code);
}

/** Whether the character `code` after a line's marks leaves them alone: a space, a tab, the line's end or the text's (NaN). */
function endsWord(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || isLineEnd(code);
}

/**
 * Whether the emphasis or code marks starting a line at `at` start text: one or two, then
 * anything but another mark, a space or the line's end. Such a line is no list item, thematic
 * break or fence.
 */
function marksStartText(text: string, at: number, mark: number): boolean {
  const run = text.charCodeAt(at + 1) === mark ? at + 2 : at + 1;
  const next = text.charCodeAt(run);
  return !(next === mark || endsWord(next));
}

/**
 * Whether the `#` run starting a line at `at` is text: more than six, or followed by anything but
 * a space, a tab or the line's end (`#hashtag`, `###And`). Such a line is no heading.
 */
function hashesStartText(text: string, at: number): boolean {
  let run = at;
  while (text.charCodeAt(run) === 0x23) run++;
  const next = text.charCodeAt(run);
  return run - at > 6 || !endsWord(next);
}

/** Kinds of ASCII characters at a line's start, by code: text, digits (text unless a list item), marks of emphasis or code (text when a word follows), `#` (text unless a heading), or anything else (0). */
const TEXT_START = 1;
const DIGIT_START = 2;
const MARK_START = 3;
const HASH_START = 4;
const PLAIN_STARTS = new Uint8Array(0x80);
for (let code = 0x41; code <= 0x5a; code++) PLAIN_STARTS[code] = TEXT_START;
for (let code = 0x61; code <= 0x7a; code++) PLAIN_STARTS[code] = TEXT_START;
// Punctuation that opens no block in CommonMark (`|` opens none without GFM's tables, which
// newsmark does not read) starts text; `#`, `>`, `-`, `+`, `=`, `~`, `<` and the marks may not.
for (const code of [0x21, 0x22, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2c, 0x2e, 0x2f, 0x3a, 0x3b, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7b, 0x7c, 0x7d]) PLAIN_STARTS[code] = TEXT_START;
for (let code = 0x30; code <= 0x39; code++) PLAIN_STARTS[code] = DIGIT_START;
for (const code of [0x2a, 0x5f, 0x60]) PLAIN_STARTS[code] = MARK_START;
PLAIN_STARTS[0x23] = HASH_START;

/**
 * Whether the digits starting a line at `at` are text: not followed by `.` or `)` and a space, a
 * tab or the line's end (an ordered list item).
 *
 * @param text The text.
 * @param at Where the line starts, at a digit.
 * @returns Whether the line starts as text.
 */
export function digitsStartText(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
  if (text.charCodeAt(end) !== 0x2e && text.charCodeAt(end) !== 0x29) return true;
  const next = text.charCodeAt(end + 1);
  return !endsWord(next);
}

/**
 * Where a list item's marker at `at` ends: after a bullet (`-`, `*`, `+`), or after up to nine
 * digits and `.` or `)`; -1 when there is none. Whether an item follows depends on what comes
 * after it (a space or tab, as micromark reads it).
 *
 * @param text The text.
 * @param at Where the marker would start.
 * @returns The offset after the marker, or -1.
 */
export function listMarkerEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x2d || code === 0x2a || code === 0x2b) return at + 1;
  let index = at;
  while (index - at < 9 && text.charCodeAt(index) >= 0x30 && text.charCodeAt(index) <= 0x39) index++;
  const delimiter = text.charCodeAt(index);
  return index === at || (delimiter !== 0x2e && delimiter !== 0x29) ? -1 : index + 1;
}

/**
 * Where the text of a list item line starts (`- `, `* `, `+ `, or up to nine digits and `.` or
 * `)`, then one to four spaces and plain text, or inline HTML or an autolink: the item's text is
 * indented that far), or -1. Other items (five spaces, which make code, a tab, nothing or a block
 * after the marker, such as `- - -` or `- <div>`) are left to remark-parse.
 */
function itemText(text: string, at: number): number {
  const index = listMarkerEnd(text, at);
  if (index === -1) return -1;
  let content = index;
  while (content - index < 5 && text.charCodeAt(content) === 0x20) content++;
  const next = text.charCodeAt(content);
  if (!(content > index && content - index < 5 && next !== 0x09)) return -1;
  // A `<` opening no HTML block (comments and the like are left to remark-parse, unread).
  const opens = next === 0x3c && text.charCodeAt(content + 1) !== 0x21 && text.charCodeAt(content + 1) !== 0x3f && htmlStart(text, content, NO_COMMENTS) === 'text';
  return opens || isPlainStart(text, content) ? content : -1;
}

/** htmlStart's scan state for a line that opens no comment. */
const NO_COMMENTS = { next: Infinity };

/**
 * Where the text of a block quote line starts (`>` markers, each followed by at most one space,
 * then plain text), or -1.
 */
function quoteText(text: string, at: number): number {
  let index = at;
  while (text.charCodeAt(index) === 0x3e) {
    index++;
    if (text.charCodeAt(index) === 0x20) index++;
  }
  const next = text.charCodeAt(index);
  return next !== 0x20 && next !== 0x09 && isPlainStart(text, index) ? index : -1;
}

/**
 * The fenced code block whose opening fence starts the line at `at` (three or more backticks or
 * tildes, then an info string, with no backtick after backticks), closed by a fence of the same
 * mark and at least its length at the start of a later line: its language, meta, code, where its
 * code starts and ends, and where its closing fence starts and its line ends. Undefined when there
 * is none of that form, or its end would take indentation or the end of the text to find (left to
 * remark-parse).
 */
function fencedCode(text: string, at: number): { lang: string | null; meta: string | null; value: string; close: number; end: number } | undefined {
  const mark = text.charCodeAt(at);
  let run = at;
  while (text.charCodeAt(run) === mark) run++;
  const size = run - at;
  if (size < 3) return undefined;
  let infoEnd = run;
  while (infoEnd < text.length && text.charCodeAt(infoEnd) !== 0x0a && text.charCodeAt(infoEnd) !== 0x0d) {
    if (mark === 0x60 && text.charCodeAt(infoEnd) === 0x60) return undefined;
    infoEnd++;
  }
  // The info string: its first word (after spaces and tabs) is the language, and the rest after
  // spaces and tabs the meta, spaces at its end kept, as micromark reads them.
  let langStart = run;
  while (text.charCodeAt(langStart) === 0x20 || text.charCodeAt(langStart) === 0x09) langStart++;
  let langEnd = langStart;
  while (langEnd < infoEnd && text.charCodeAt(langEnd) !== 0x20 && text.charCodeAt(langEnd) !== 0x09) langEnd++;
  let metaStart = langEnd;
  while (text.charCodeAt(metaStart) === 0x20 || text.charCodeAt(metaStart) === 0x09) metaStart++;
  const lang = langEnd > langStart ? decodeString(text.slice(langStart, langEnd)) : null;
  const meta = metaStart < infoEnd ? decodeString(text.slice(metaStart, infoEnd)) : null;
  if (infoEnd >= text.length) return undefined;
  const contentStart = nextLine(text, infoEnd);
  let lineStart = contentStart;
  let contentEnd = contentStart;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    let content = lineStart;
    while (content < end && content - lineStart < 4 && text.charCodeAt(content) === 0x20) content++;
    let closing = content;
    while (text.charCodeAt(closing) === mark) closing++;
    let rest = closing;
    while (rest < end && (text.charCodeAt(rest) === 0x20 || text.charCodeAt(rest) === 0x09)) rest++;
    if (closing - content >= size && rest === end && content - lineStart < 4) {
      // A closing fence after indentation strips indentation from the code, and micromark
      // replaces NUL: left to remark-parse.
      if (content > lineStart || text.slice(at, end).includes('\0')) return undefined;
      return { lang, meta, value: text.slice(contentStart, Math.max(contentStart, contentEnd)), close: lineStart, end };
    }
    contentEnd = end;
    if (end >= text.length) return undefined;
    lineStart = nextLine(text, end);
  }
  return undefined;
}

/**
 * Where a line's indentation from `at` reaches column 4 (four spaces, or up to three then a tab),
 * or ends short of it (fewer columns): code drops that much from each of its lines.
 */
function codeIndentEnd(text: string, at: number): number {
  let index = at;
  while (index - at < 4) {
    const code = text.charCodeAt(index);
    if (code === 0x09) return index + 1;
    if (code !== 0x20) break;
    index++;
  }
  return index;
}

/** Whether the indentation of the line at `at` reaches column 4 (see codeIndentEnd). */
function indentsCode(text: string, at: number): boolean {
  const end = codeIndentEnd(text, at);
  return end - at === 4 || (end > at && text.charCodeAt(end - 1) === 0x09);
}

/** A line ending at the end of a text. */
const FINAL_LINE_ENDING = /(?:\r\n|\r|\n)$/u;

/**
 * The indented code block whose first line, indented four columns or more, starts at `at`: its
 * lines on to the last one so indented (of text, or only spaces and tabs) before a line of text
 * that is not (blank lines between them are its own), each without its first four columns, with
 * their line endings; where its last line starts and ends. Undefined when it holds NUL, which
 * micromark replaces.
 */
function indentedCode(text: string, at: number): { lang: null; meta: null; value: string; close: number; end: number } | undefined {
  const parts: string[] = [];
  let kept = 0;
  let close = at;
  let end = at;
  let lineStart = at;
  for (;;) {
    const lineEndAt = lineEnd(text, lineStart);
    // A line of spaces and tabs is the code's when they reach column 4, else only when more of the
    // code follows it.
    const code = indentsCode(text, lineStart);
    if (!code && spacesEnd(text, lineStart) < lineEndAt) break;
    parts.push(text.slice(Math.min(codeIndentEnd(text, lineStart), lineEndAt), lineEndAt));
    if (code) {
      kept = parts.length;
      close = lineStart;
      end = lineEndAt;
    }
    if (lineEndAt >= text.length) break;
    lineStart = nextLine(text, lineEndAt);
    parts.push(text.slice(lineEndAt, lineStart));
  }
  if (text.slice(at, end).includes('\0')) return undefined;
  // mdast drops a line ending at the value's end (after a last line of only its indentation).
  return { lang: null, meta: null, value: parts.slice(0, kept).join('').replace(FINAL_LINE_ENDING, ''), close, end };
}

/**
 * What the line at `at` (a `<`) opens, by CommonMark's HTML block kinds as micromark reads them:
 * an HTML block of kind 2 (a comment, to the line that holds its `-->`), 6 (a tag of a block
 * element, such as `<div` or `</table>`, to a blank line) or 7 (any other complete tag alone on
 * its line, to a blank line; it cannot interrupt a paragraph), with where its last line starts
 * and ends; `'text'` when it opens none (`<` then text, an autolink, a tag with more after it);
 * undefined for what is left to remark-parse: the kinds that end at a marker of their own
 * (`<script`, `<pre`, `<style`, `<textarea`, `<?`, `<!x`, `<![CDATA[`), a comment never closed,
 * and NUL, which micromark replaces.
 *
 * @param comments Where the next `-->` is (`Infinity` when none is left), kept between calls so
 *   that many comments are found in one pass.
 */
function htmlStart(text: string, at: number, comments: { next: number }): { kind: 2 | 6 | 7; close: number; end: number } | 'text' | undefined {
  let index = at + 1;
  const second = text.charCodeAt(index);
  let kind: 2 | 6 | 7;
  let close = at;
  let end = lineEnd(text, at);
  if (second === 0x21 || second === 0x3f) {
    if (!text.startsWith('!--', index)) return undefined;
    // The `--` of `<!--` may end it too (`<!-->`).
    if (comments.next < at + 2) {
      const found = text.indexOf('-->', at + 2);
      comments.next = found === -1 ? Infinity : found;
    }
    if (comments.next === Infinity) return undefined;
    kind = 2;
    while (end < comments.next) {
      close = nextLine(text, end);
      end = lineEnd(text, close);
    }
  } else {
    const closing = second === 0x2f;
    if (closing) index++;
    const nameStart = index;
    const first = text.charCodeAt(index) | 0x20;
    if (first < 0x61 || first > 0x7a) return 'text';
    for (let code = text.charCodeAt(index); code === 0x2d || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a); code = text.charCodeAt(++index));
    const after = text.charCodeAt(index);
    if (!(index >= text.length || after === 0x2f || after === 0x3e || isSpace(after) || isLineEnd(after))) return 'text';
    const name = text.slice(nameStart, index).toLowerCase();
    if (after !== 0x2f && !closing && htmlRawNames.includes(name)) return undefined;
    if (htmlBlockNames.includes(name)) {
      if (after === 0x2f && text.charCodeAt(index + 1) !== 0x3e) return 'text';
      kind = 6;
    } else {
      const tag = HTML_TAG.exec(text.slice(at, end));
      if (!tag) return 'text';
      for (let rest = at + tag[0].length; rest < end; rest++) if (!isSpace(text.charCodeAt(rest))) return 'text';
      kind = 7;
    }
    // The lines after it, up to a blank one.
    while (end < text.length) {
      const next = nextLine(text, end);
      const content = spacesEnd(text, next);
      if (content >= text.length || isLineEnd(text.charCodeAt(content))) break;
      close = next;
      end = lineEnd(text, next);
    }
  }
  if (text.slice(at, end).includes('\0')) return undefined;
  return { kind, close, end };
}

/**
 * Whether a line opening with `<` is text (a paragraph's, inline HTML and autolinks read by
 * inlineNodes): it opens no HTML block, or only one of kind 7, which cannot interrupt a paragraph
 * (where none is open, plainTree reads that block before it asks).
 */
function opensText(opens: ReturnType<typeof htmlStart>): boolean {
  return opens === 'text' || (opens !== undefined && opens.kind === 7);
}

/** Whether the line from `at` underlines a heading: `=` or `-` repeated, then spaces or tabs at most. */
function isUnderline(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  let index = at;
  while (text.charCodeAt(index) === mark) index++;
  while (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09) index++;
  return index >= text.length || text.charCodeAt(index) === 0x0a || text.charCodeAt(index) === 0x0d;
}

/**
 * Whether the line from `at` is a thematic break: three or more of one of `*`, `-` and `_`, and
 * spaces or tabs at most between them and after.
 */
function isThematicBreak(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  let marks = 0;
  for (let index = at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) break;
    if (code === mark) marks++;
    else if (code !== 0x20 && code !== 0x09) return false;
  }
  return marks >= 3;
}

/**
 * Where an ATX heading's text starts on the line from `at` (`## Text`: one to six `#`, one space,
 * then text), or -1. Other headings (a tab, more spaces, no text, a closing `#` run) are left to
 * remark-parse.
 */
function headingText(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < 7 && text.charCodeAt(end) === 0x23) end++;
  if (end - at > 6 || text.charCodeAt(end) !== 0x20) return -1;
  const first = text.charCodeAt(end + 1);
  return endsWord(first) ? -1 : end + 1;
}

/**
 * Where the text of an ATX heading from `from` ends when it ends in `#` at `end`: before a closing
 * run of `#` after a space or tab (and the spaces and tabs before it), or at `end` when the run is
 * its text's (`C#`). -1 when the heading holds nothing else (left to remark-parse).
 */
function headingTextEnd(text: string, from: number, end: number): number {
  let run = end;
  while (run > from && text.charCodeAt(run - 1) === 0x23) run--;
  if (run === from) return -1;
  if (!isSpace(text.charCodeAt(run - 1))) return end;
  while (run > from && isSpace(text.charCodeAt(run - 1))) run--;
  return run;
}

/**
 * The tree remark-parse (with remark-frontmatter) makes of a text with no Markdown in it but the
 * simple kinds above, positions included. Undefined when the text has anything Markdown might
 * read otherwise: a line that starts none of those blocks nor plain text, inline Markdown that
 * `inlineNodes` does not read, a tab at a line's end, a definition of another form, NUL, or no
 * text at all.
 *
 * @param text The text.
 * @returns The tree, or undefined.
 */
export function plainTree(text: string): Root | undefined {
  const inBlocks = new Set<number>();
  const tree = readPlain(text, inBlocks);
  // Definition-shaped lines in code or HTML define nothing, and `[x]` elsewhere is then text: read
  // again without them.
  return tree && inBlocks.size > 0 ? readPlain(text, inBlocks) : tree;
}

/**
 * plainTree's reading, with the definition-shaped lines starting at the offsets in `inBlocks`
 * taken for none. Those it finds in code or HTML are added there: the tree it then returns read
 * them as definitions.
 */
function readPlain(text: string, inBlocks: Set<number>): Root | undefined {
  if (text.length === 0) return undefined;
  const children: RootContent[] = [];
  let line = 1;
  let at = 0;
  const front = frontMatterAt(text);
  // Brackets are text unless they make a link or image (`](`, read by inlineNodes) or a
  // reference to a definition (`]:`, which turns `[x]` anywhere into a link).
  const found = definitionsOf(text, front?.end ?? 0, inBlocks);
  const defined = found && found.lines.size > 0 ? found : undefined;
  if (!defined && text.includes('][')) return undefined;
  // Where the lines read as definitions start, in order: one inside code or an HTML block is none
  // (see plainTree).
  const definitionStarts = defined ? [...defined.lines.keys()] : [];
  let nextDefinition = 0;
  const skipDefinitions = (from: number, to: number): void => {
    while (nextDefinition < definitionStarts.length && definitionStarts[nextDefinition]! < from) nextDefinition++;
    while (nextDefinition < definitionStarts.length && definitionStarts[nextDefinition]! < to) inBlocks.add(definitionStarts[nextDefinition++]!);
  };
  if (front) {
    // remark-parse drops a byte order mark and replaces NUL.
    if (text.charCodeAt(0) === 0xfeff || text.slice(0, front.end).includes('\0')) return undefined;
    line += lineEndingsIn(text, 0, front.end);
    const lineStart = Math.max(text.lastIndexOf('\n', front.end - 1), text.lastIndexOf('\r', front.end - 1)) + 1;
    const end = point(line, front.end - lineStart + 1, front.end);
    children.push({ type: 'yaml', value: text.slice(front.content, front.contentEnd), position: { start: point(1, 1, 0), end } });
    if (front.end === text.length) return { type: 'root', children, position: { start: point(1, 1, 0), end: { ...end } } };
    at = front.end;
  }
  // The paragraph being read: where it starts, its line and column, whether a line of it after
  // the first is indented (the text drops that indentation), and whether it holds inline Markdown
  // (and a link).
  let start = -1;
  let startLine = 0;
  let startColumn = 1;
  let indented = false;
  let inline = false;
  let linked = false;
  let lineStart = at;
  // Where the line before ended, the column after it, and where its text ended (before spaces at
  // its end, which a paragraph's position takes in and its text does not).
  let previousEnd = 0;
  let previousColumn = 1;
  let previousText = 0;
  // Whether this line holds inline Markdown (and a link).
  let lineInline = false;
  let lineLinked = false;
  // Adds the paragraph read, which ended on `endLine` with the line before, or the heading it
  // makes with an underline (`setext`: its depth, and the underline's end); false when its inline
  // Markdown is more than inlineNodes reads.
  const close = (endLine: number, setext?: { depth: 1 | 2; end: ReturnType<typeof point> }): boolean => {
    const from = point(startLine, startColumn, start);
    const to = point(endLine, previousColumn, previousEnd);
    const end = previousText;
    const nodes = inline ? inlineNodes(text, start, end, startLine, startColumn, indented, linked, defined?.identifiers, !listItem) : [{ type: 'text' as const, value: indented ? text.slice(start, end).replace(INDENTED_LINE, '$1') : text.slice(start, end), position: { start: { ...from }, end: point(endLine, previousColumn - (previousEnd - end), end) } }];
    if (!nodes) return false;
    if (setext) children.push({ type: 'heading', depth: setext.depth, children: nodes, position: { start: from, end: setext.end } });
    else if (listItem) {
      // An item's paragraph: the item and its list end with it.
      listItem.children.push({ type: 'paragraph', children: nodes, position: { start: from, end: to } });
      listItem.position!.end = { ...to };
      list!.position!.end = { ...to };
      listItem = undefined;
    } else children.push({ type: 'paragraph', children: nodes, position: { start: from, end: to } });
    start = -1;
    indented = false;
    inline = false;
    linked = false;
    return true;
  };
  // The nodes of one line's text from `from` to `end` (a heading's).
  const lineNodes = (from: number, end: number, endColumn: number): PhrasingContent[] | undefined =>
    lineInline ? inlineNodes(text, from, end, line, from - lineStart + 1, false, lineLinked, defined?.identifiers) : [{ type: 'text', value: text.slice(from, end), position: { start: point(line, from - lineStart + 1, from), end: point(line, endColumn, end) } }];
  // Where the text of a heading on this line starts, or -1; whether the line is a thematic break.
  let heading = -1;
  let thematic = false;
  // The depth of the heading this line underlines, or 0; the fenced code block that ends on this
  // line, and where it started.
  let underline: 0 | 1 | 2 = 0;
  let fence: ReturnType<typeof fencedCode> | ReturnType<typeof indentedCode>;
  // Whether indented code ends on this line, and on the last line before that is not blank.
  let codeLine = false;
  let previousCode = false;
  // The HTML block that ends on this line, and where the next `-->` is (see htmlStart).
  let html: ReturnType<typeof htmlStart>;
  const comments = { next: -1 };
  // The definition on this line, whether the line before was one, and whether the paragraph read
  // started right after one (a heading it makes with an underline then starts at the definition
  // in remark-parse's tree: left to it).
  let definition: RegExpExecArray | null = null;
  let previousDefinition = false;
  let startsAfterDefinition = false;
  let blockStart = point(1, 1, 0);
  // The list being read, of items of text: its marker (a bullet, or an ordered item's delimiter),
  // where this line's item text starts (or -1), and whether the last block was a list a blank
  // line ended, and which (an item of its marker after it goes on with it, and makes it loose; a
  // line indented to its last item's text goes on with that item).
  let list: List | undefined;
  // The item whose paragraph is being read (its text may go on over lines, indented or not).
  let listItem: ListItem | undefined;
  let listMarker = -1;
  let item = -1;
  // Where this line's item marker starts (after up to three spaces), and the column of the text of
  // the last item read, less one: a line indented that far is the item's.
  let itemMarker = -1;
  let itemOffset = 0;
  let listEnded = false;
  let endedList: List | undefined;
  // The block quote being read: one paragraph of lines each with the same markers (`prefix`), its
  // quotes outermost first, and the text of its lines; where this line's text starts (or -1).
  // Inline Markdown in it is read when the quote ends (`inline`: there is some, and whether it holds
  // a link).
  let quote: { prefix: string; nodes: Array<Blockquote | Paragraph | Text>; paragraph: Paragraph; value: Text; parts: string[]; inline?: { linked: boolean } } | undefined;
  let quoted = -1;
  // Ends the quote read, on `endLine` with the line before; false when its inline Markdown is
  // more than inlineNodes reads.
  const endQuote = (endLine: number): boolean => {
    const { prefix, nodes, paragraph, value, parts, inline: quoteInline } = quote!;
    for (const node of nodes) node.position!.end = point(endLine, previousColumn, previousEnd);
    value.value = parts.join('');
    quote = undefined;
    if (!quoteInline) return true;
    // Over lines, the marks before a line's text must end in a space: micromark reads a mark at a
    // line's start as after whitespace, and so does inlineNodes then.
    const start = paragraph.position!.start;
    if (start.line < endLine && !prefix.endsWith(' ')) return false;
    const inlines = inlineNodes(text, start.offset!, previousEnd, start.line, start.column, false, quoteInline.linked, defined?.identifiers, false, start.line < endLine ? prefix.length : 0);
    if (!inlines) return false;
    paragraph.children = inlines;
    return true;
  };
  // Reads a block of lines whole (fenced code, HTML), on to its last line, which starts at
  // `close` and ends at `end`; its node is made there.
  const readBlock = ({ close, end }: { close: number; end: number }): void => {
    listEnded = false;
    blockStart = point(line, 1, lineStart);
    line += lineEndingsIn(text, at, close);
    lineStart = close;
    at = end;
  };
  if (front) {
    // The rest of the closing fence's line is empty (the fence's trailing spaces are its own).
    previousEnd = at;
    at = nextLine(text, at);
    line++;
    lineStart = at;
  }
  for (;;) {
    // A line from `lineStart`: blank, a heading, or starting as plain text.
    heading = -1;
    item = -1;
    quoted = -1;
    thematic = false;
    underline = 0;
    fence = undefined;
    codeLine = false;
    html = undefined;
    definition = null;
    lineInline = false;
    lineLinked = false;
    // The line's first character, and whether the line is blank (spaces and tabs at most). Reads
    // stay inside the text: V8 compiles `charCodeAt` for in-bounds reads, and the one read past
    // the end that each text's last pass makes threw away this large function's compiled code
    // (once per read site, each a recompile: `node --trace-deopt`, "out of bounds").
    const first = at < text.length ? text.charCodeAt(at) : -1;
    let blank = at;
    while (blank < text.length && (text.charCodeAt(blank) === 0x20 || text.charCodeAt(blank) === 0x09)) blank++;
    const isBlank = blank >= text.length || text.charCodeAt(blank) === 0x0a || text.charCodeAt(blank) === 0x0d;
    if (isBlank) at = blank;
    else {
      if (!quote) {
        itemMarker = at;
        while (itemMarker - at < 3 && text.charCodeAt(itemMarker) === 0x20) itemMarker++;
        item = itemText(text, itemMarker);
      }
      if (first === 0x3e) {
        // A block quote line: the next of the quote being read when of the same markers, or the
        // first of a new one, which ends a paragraph before it.
        quoted = quoteText(text, at);
        if (quoted === -1 || list) return undefined;
        const prefix = text.slice(at, quoted);
        if (quote) {
          if (prefix !== quote.prefix) return undefined;
          quote.parts.push(text.slice(previousEnd, lineStart));
        } else {
          if (start !== -1 && !close(line - 1)) return undefined;
          // Ends are set when the quote ends (endQuote).
          const from = point(line, quoted - lineStart + 1, quoted);
          const value: Text = { type: 'text', value: '', position: { start: { ...from }, end: { ...from } } };
          const paragraph: Paragraph = { type: 'paragraph', children: [value], position: { start: from, end: { ...from } } };
          const quotes: Blockquote[] = [];
          for (let marker = at; marker < quoted; marker++) {
            if (text.charCodeAt(marker) !== 0x3e) continue;
            const node: Blockquote = { type: 'blockquote', children: [], position: { start: point(line, marker - lineStart + 1, marker), end: point(line, 1, marker) } };
            (quotes.at(-1)?.children ?? children).push(node);
            quotes.push(node);
          }
          quotes.at(-1)!.children.push(paragraph);
          quote = { prefix, nodes: [...quotes, paragraph, value], paragraph, value, parts: [] };
        }
        listEnded = false;
        at = quoted;
      } else if (quote) {
        // A lazy line, or a block after the quote: left to remark-parse.
        return undefined;
      } else if (item !== -1) {
        // An item: of the list before it when of the same marker, else of a new list, which ends
        // a paragraph before it (an ordered one only from `1`). One indented to the text of the
        // item before it would be in that item: left to remark-parse.
        const markerFirst = text.charCodeAt(itemMarker);
        const ordered = markerFirst >= 0x30 && markerFirst <= 0x39;
        const markerEnd = listMarkerEnd(text, itemMarker);
        const marker = text.charCodeAt(markerEnd - 1);
        if ((list || listEnded) && itemMarker - lineStart >= itemOffset) return undefined;
        if (listEnded) {
          // An item of the same marker after a blank line goes on with the list, now loose; one of
          // another marker starts a list of its own.
          if (marker === listMarker) {
            list = endedList;
            list!.spread = true;
          }
          listEnded = false;
        }
        if (!list || marker !== listMarker) {
          const one = markerEnd - itemMarker === 2 && markerFirst === 0x31;
          // micromark lets no such item interrupt indented code either.
          if (ordered && (list || start !== -1 || previousCode) && !one) return undefined;
          if (start !== -1 && !close(line - 1)) return undefined;
          const opening = point(line, itemMarker - lineStart + 1, itemMarker);
          list = { type: 'list', ordered, start: ordered ? Number.parseInt(text.slice(itemMarker, markerEnd - 1), 10) : null, spread: false, children: [], position: { start: opening, end: { ...opening } } };
          listMarker = marker;
          children.push(list);
        } else if (start !== -1 && !close(line - 1)) return undefined;
        at = item;
      } else if (list) {
        // A line going on with the item's paragraph, after any indentation (a lazy line or not,
        // it is text of the paragraph either way); a block ending the list, or in the item, is
        // left to remark-parse.
        const content = spacesEnd(text, at);
        if (!listItem || !isPlainStart(text, content)) return undefined;
        if (content > at) indented = true;
        at = content;
      } else if (first === 0x5b && (definition = defined?.lines.get(at) ?? null)) {
        // A definition: of its own line, where no paragraph is open, and not followed by a line
        // that might be its title.
        const next = lineEnd(text, at);
        let following = nextLine(text, next);
        while (text.charCodeAt(following) === 0x20 || text.charCodeAt(following) === 0x09) following++;
        const after = text.charCodeAt(following);
        if (start !== -1 || after === 0x22 || after === 0x27 || after === 0x28) return undefined;
        listEnded = false;
        at = next;
      } else if ((first === 0x60 || first === 0x7e) && (fence = fencedCode(text, at))) {
        // A fenced code block ends the paragraph before it; it is read whole, to its closing fence.
        if (start !== -1 && !close(line - 1)) return undefined;
        skipDefinitions(at, fence.end);
        readBlock(fence);
      } else if (first === 0x3c && start === -1 && !previousDefinition && typeof (html = htmlStart(text, at, comments)) === 'object') {
        // An HTML block, where no paragraph is open (nor a definition, which may go on as one),
        // read whole.
        skipDefinitions(at, html.end);
        readBlock(html);
      } else if ((first === 0x3d || first === 0x2d) && start !== -1 && isUnderline(text, at)) {
        // `===` or `---` under a paragraph: the paragraph is a heading (see close).
        if (startsAfterDefinition) return undefined;
        listEnded = false;
        underline = first === 0x3d ? 1 : 2;
        at = lineEnd(text, at);
      } else if ((first === 0x2a || first === 0x2d || first === 0x5f) && isThematicBreak(text, at)) {
        // A thematic break ends the paragraph before it (one of dashes there is left to
        // remark-parse), and `---` on the first line opens front matter.
        if ((first === 0x2d && (start !== -1 || lineStart === 0)) || (start !== -1 && !close(line - 1))) return undefined;
        listEnded = false;
        thematic = true;
        at = lineEnd(text, at);
      } else if (first === 0x23 && (heading = headingText(text, at)) !== -1) {
        listEnded = false;
        // A heading ends the paragraph before it.
        if (start !== -1 && !close(line - 1)) return undefined;
      } else if (listEnded && (first === 0x20 || first === 0x09)) {
        // An indented line after a list and a blank line: a paragraph of its last item when
        // indented (by spaces) to the item's text and less than four columns past it, and plain
        // text (the item is then spread, its list not); anything else is left to remark-parse.
        const last = endedList!.children.at(-1)!;
        const content = spacesEnd(text, at);
        for (let index = at; index < content; index++) if (text.charCodeAt(index) !== 0x20) return undefined;
        if (content - at < itemOffset || content - at >= itemOffset + 4 || !isPlainStart(text, content) || defined?.lines.has(lineStart)) return undefined;
        list = endedList;
        listItem = last;
        last.spread = true;
        listEnded = false;
        start = content;
        startLine = line;
        startColumn = content - lineStart + 1;
        startsAfterDefinition = false;
        at = content;
      } else if ((first === 0x20 || first === 0x09) && start === -1 && indentsCode(text, at)) {
        // Indented code, where no paragraph is open (nor a definition, which goes on as one),
        // read whole.
        if (previousDefinition || !(fence = indentedCode(text, at))) return undefined;
        skipDefinitions(at, fence.end);
        readBlock(fence);
        codeLine = true;
      } else {
        listEnded = false;
        // Indentation: in a paragraph, any, before text (the paragraph goes on); opening one, up
        // to three spaces (four columns make code). Either way the text after it must start as
        // plain text, which no block that may interrupt a paragraph does.
        const content = spacesEnd(text, at);
        if (content > at) {
          if (start === -1 ? content - at > 3 || text.slice(at, content).includes('\t') : false) return undefined;
          if (start !== -1) indented = true;
        }
        if (!isPlainStart(text, content) && !(content === at && first === 0x3c && opensText(start === -1 ? html : htmlStart(text, at, comments)))) return undefined;
        if (start === -1) {
          start = content;
          startLine = line;
          startColumn = content - lineStart + 1;
          startsAfterDefinition = previousDefinition;
        }
        at = content;
      }
    }
    // A line with `]:` that is no definition, outside code and HTML: left to remark-parse.
    if (!fence && typeof html !== 'object' && found?.others.has(lineStart)) return undefined;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      const kind = code < 0x80 ? IN_LINE[code] : 0;
      if (kind !== 0) {
        if (kind === LINE_END) break;
        if (kind === UNREAD) return undefined;
        if (kind === INLINE || (kind === AMPERSAND && mayBeReference(text, at))) lineInline = true;
        else if (kind === BRACKET && (defined || text.charCodeAt(at + 1) === 0x28)) {
          lineInline = true;
          lineLinked = true;
        }
      }
      at++;
    }
    const end = at;
    // Where the line's text ends: spaces at its end are the block's but not its text's (tabs there
    // are left to remark-parse).
    let textEnd = end;
    if (!isBlank) {
      while (text.charCodeAt(textEnd - 1) === 0x20) textEnd--;
      if (text.charCodeAt(textEnd - 1) === 0x09) return undefined;
      if (heading !== -1 && text.charCodeAt(textEnd - 1) === 0x23 && (textEnd = headingTextEnd(text, heading, textEnd)) === -1) return undefined;
      const column = end - lineStart + 1;
      const textColumn = textEnd - lineStart + 1;
      if (definition) {
        const [, label, url, title] = definition;
        children.push({ type: 'definition', identifier: identifierOf(label!), label: label!, title: title === undefined ? null : title.slice(1, -1), url: url!, position: { start: point(line, 1, lineStart), end: point(line, column, end) } } satisfies Definition);
      } else if (fence) {
        const { lang, meta, value } = fence;
        children.push({ type: 'code', lang, meta, value, position: { start: blockStart, end: point(line, column, end) } } satisfies Code);
      } else if (typeof html === 'object') {
        children.push({ type: 'html', value: text.slice(blockStart.offset, end), position: { start: blockStart, end: point(line, column, end) } } satisfies Html);
      } else if (underline !== 0) {
        if (!close(line - 1, { depth: underline, end: point(line, column, end) })) return undefined;
      } else if (thematic) {
        children.push({ type: 'thematicBreak', position: { start: point(line, 1, lineStart), end: point(line, column, end) } });
      } else if (heading !== -1) {
        const nodes = lineNodes(heading, textEnd, textColumn);
        if (!nodes) return undefined;
        children.push({ type: 'heading', depth: (heading - lineStart - 1) as 1 | 2 | 3 | 4 | 5 | 6, children: nodes, position: { start: point(line, 1, lineStart), end: point(line, column, end) } });
      } else if (quoted !== -1) {
        if (textEnd < end) return undefined;
        if (lineInline) quote!.inline = { linked: lineLinked || quote!.inline?.linked === true };
        quote!.parts.push(text.slice(quoted, end));
      } else if (item !== -1 && list) {
        // An item, whose paragraph is read on until it ends (see close).
        listItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: point(line, itemMarker - lineStart + 1, itemMarker), end: point(line, column, end) } };
        itemOffset = item - lineStart;
        list.children.push(listItem);
        start = item;
        startLine = line;
        startColumn = item - lineStart + 1;
        startsAfterDefinition = false;
        if (lineInline || textEnd < end) {
          inline = true;
          if (lineLinked) linked = true;
        }
      } else if (lineInline || textEnd < end) {
        // Spaces at a line's end go (one) or make a hard break (two or more): inlineNodes reads them.
        inline = true;
        if (lineLinked) linked = true;
      }
    } else {
      // A blank line ends the paragraph at the end of the line before it, or the list.
      if (start !== -1 && !close(line - 1)) return undefined;
      if (quote && !endQuote(line - 1)) return undefined;
      if (list) {
        endedList = list;
        list = undefined;
        listEnded = true;
      }
    }
    previousEnd = end;
    previousColumn = end - lineStart + 1;
    previousText = textEnd;
    previousDefinition = definition !== null;
    // Blank lines after indented code leave an ordered item after them as unable to interrupt it.
    if (!isBlank) previousCode = codeLine;
    if (at >= text.length) break;
    at = nextLine(text, at);
    line++;
    lineStart = at;
  }
  if (start !== -1 && !close(line)) return undefined;
  if (quote && !endQuote(line)) return undefined;
  return { type: 'root', children, position: { start: point(1, 1, 0), end: point(line, text.length - lineStart + 1, text.length) } };
}
