import type { List, Nodes, Root } from 'mdast';
import { FRONT_MATTER_OPEN, isLineEnd, isSpace, lineEnd, lineEndingsIn, nextLine } from './nesting.js';
import { digitsStartText, listMarkerEnd } from './plain.js';
import { identifierOf } from './plain-inline.js';

// remark-parse (micromark) slows down as a document grows: a paragraph of a 1 MB text costs
// about three times what it costs in a 2 KB article (the tokenizer's event lists and the
// collector's work grow with the document), and its memory peaks at over 200 bytes a character.
// A long text is therefore parsed in pieces cut where no Markdown construct can run across the
// cut, and the pieces' trees are joined, with their positions moved to the whole text's: the
// same tree the whole text gives (a property test checks this on generated Markdown), in less
// than half the time and memory.

/** Texts at least this long are parsed in pieces; an article of common size is parsed whole. */
export const PIECES_FROM = 65_536;

/**
 * A piece ends at the first safe cut after this many characters. Small, so that what micromark
 * builds for a piece (its events hold every token until the piece's tree is made) dies young: at
 * 16 kB a piece outlived the young generation's collections, which moved 300 MB to the old one
 * for 1 MB of one-line list items and spent a third of the parse collecting (1 kB: 90 MB; that
 * list 3.05 -> 2.39 s, block quotes between blank lines 1.72 -> 1.57, other shapes the same or
 * a little faster: a fresh process, the best of 3).
 */
export const PIECE_LENGTH = 1024;

/**
 * Whether a line may open a piece, where {@link pieceStarts} looks: unindented, after a blank
 * line, with no fence or HTML block of kinds 1 to 5 open. There CommonMark lets a line go on with
 * what came before only as an item of a list open before the blank line: a lazy line never
 * follows a blank line, indented code ends at an unindented line, and block quotes, paragraphs
 * and HTML blocks of kinds 6 and 7 end at a blank one.
 * So any line opens a piece (a block quote, heading, fence, HTML, table row or text) but one
 * that starts with:
 * - `-`, `+` or `*` and then a space, a tab or the line's end, or digits and then `.` or `)`
 *   (a list item, which may go on with a list above);
 * - `-` or `+` at all: `---` would open front matter at the start of a piece (and `+++` where
 *   TOML front matter is read), and a thematic break or text so opened is rare;
 * - a byte order mark: micromark drops one at the start of a piece, and reads it as text in the
 *   whole.
 *
 * The parser this serves is remark-parse with YAML front matter and nothing else (see
 * processor.ts). Extensions would add blocks that go on across blank lines: remark-directive's
 * `:::` containers, remark-math's `$$` blocks, GFM footnote definitions (`[^x]: note`, which
 * serve calls anywhere as definitions do, but go on across blank lines and are no `definition`
 * node); GFM tables end at a blank line.
 */
function opensPiece(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x2d || code === 0x2b || code === 0xfeff || isSpace(code)) return false;
  if (code === 0x2a) {
    const next = text.charCodeAt(at + 1);
    return !(Number.isNaN(next) || isSpace(next) || isLineEnd(next));
  }
  return code < 0x30 || code > 0x39 || digitsStartText(text, at);
}

// Blocks that go on across blank lines, as micromark (remark-parse's tokenizer) opens and ends
// them at the top level of the document: a fence of three or more backticks or tildes, and the
// HTML blocks that end only at a marker (CommonMark's kinds 1 to 5). The tracker must read them
// exactly as micromark does, in both directions: a block it thinks open where micromark sees none
// hides the lines micromark does open a block with (a `<!--` inside what it takes for a fence),
// and one it thinks ended is a cut inside it. Where it cannot know (a block opened on an indented
// line may sit in a list item, and end with it; an HTML line of kinds 6 and 7 may or may not open
// a block), it follows every reading at once and cuts only where all of them agree.

/** What may be open at the top level where a line starts; `indent` is its opening line's, in columns. */
type Open =
  | { kind: 'none' }
  | { kind: 'fence'; char: number; size: number; indent: number }
  | { kind: 'html'; end: HtmlEnd; indent: number }
  | { kind: 'untilBlank'; indent: number };

/** How an HTML block of kinds 1 to 5 ends (raw text, comment, instruction, declaration, CDATA). */
type HtmlEnd = 'raw' | 'comment' | 'instruction' | 'declaration' | 'cdata';

const NONE: Open = { kind: 'none' };

/**
 * Readings past which a text is cut no further: each open fence a line that might be in a list
 * item adds one until it closes, so only text built to add them (fences of falling sizes, each
 * indented) gets here; cutting less is always safe.
 */
const MAX_READINGS = 16;

// After up to three spaces (a tab or a fourth space makes indented code or paragraph text, never
// a fence or HTML block): micromark's fence, whose info string may not hold a backtick when the
// fence is of backticks, and its HTML kinds 1 to 5 (`<script`, `<pre`, `<style` or `<textarea`
// followed by a space, tab, `>` or the line's end; `<!--`; `<?`; `<!` and a letter; `<![CDATA[`
// in capitals).
const FENCE_OPEN = /^( {0,3})(?:(`{3,})[^`]*$|(~{3,}))/u;
const HTML_OPEN = /^( {0,3})<(?:(?:script|pre|style|textarea)(?=[ \t>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/iu;
const HTML_LINE = /^ {0,3}</u;

// What ends each kind, searched in a line from where micromark reads on: any raw end tag (not
// only the one that opened the block); `-->` (`<!-->` too, the search starting at its first
// dash); `?>` (`<?>` too); `>`; and `]]>` after an even run of brackets: micromark reads `]]]>`
// as text.
const HTML_ENDS: Record<HtmlEnd, RegExp> = {
  raw: /<\/(?:script|pre|style|textarea)>/iu,
  comment: /-->/u,
  instruction: /\?>/u,
  declaration: />/u,
  cdata: /(?:^|[^\]])(?:\]\])+>/u,
};

/** Whether the line from `at` to `end` closes a fence of `char` at least `size` long: up to three spaces, a run of it as long or longer, then only spaces or tabs. */
function closesFence(text: string, at: number, end: number, char: number, size: number): boolean {
  let index = at;
  while (index < end && index - at < 3 && text.charCodeAt(index) === 0x20) index++;
  const run = index;
  while (index < end && text.charCodeAt(index) === char) index++;
  if (index - run < size) return false;
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return index === end;
}

/** The columns of a line's indentation (tabs stop every four columns). */
function indentOf(line: string): number {
  let columns = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** What a line opens at the top level, read where nothing is open: every reading of it. */
function opens(line: string): Open[] {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const run = fence[2] ?? fence[3]!;
    return [{ kind: 'fence', char: run.charCodeAt(0), size: run.length, indent: fence[1]!.length }];
  }
  if (!HTML_LINE.test(line)) return [NONE];
  const html = HTML_OPEN.exec(line);
  const indent = indentOf(line);
  // Kinds 6 and 7 end at a blank line; which a line opens, if any (kind 7 cannot interrupt a
  // paragraph), is not worth reading exactly: both readings are followed.
  if (!html) return [{ kind: 'untilBlank', indent }, NONE];
  // `<![CDATA[` in other letter cases is no block; the pattern is case-insensitive for tag names.
  if (html[5] && html[5] !== '![CDATA[') return [{ kind: 'untilBlank', indent }, NONE];
  const end: HtmlEnd = html[2] ? 'comment' : html[3] ? 'instruction' : html[4] ? 'declaration' : html[5] ? 'cdata' : 'raw';
  // micromark reads on from the comment's first dash, the instruction's `?`, past the rest.
  const from = end === 'comment' ? html[1]!.length + 2 : end === 'instruction' ? html[1]!.length + 1 : html[0].length;
  return HTML_ENDS[end].test(line.slice(from)) ? [NONE] : [{ kind: 'html', end, indent }];
}

/** The readings after a non-blank line, from one before it. */
function after(open: Open, text: string, at: number, end: number, line: string): Open[] {
  if (open.kind === 'none') return opens(line);
  let stays: boolean;
  if (open.kind === 'fence') stays = !closesFence(text, at, end, open.char, open.size);
  else if (open.kind === 'html') stays = !HTML_ENDS[open.end].test(line);
  else stays = true;
  const next = stays ? [open] : [NONE];
  // A block opened on an indented line may be in a list item, which ends (and the block with it)
  // at a line indented less than the item's content; that content starts no further in than
  // the opening line, so the item may have ended at any line indented less than that.
  if (open.indent > 0 && indentOf(line) < open.indent) next.push(...opens(line));
  return next;
}

/** A reading's identity, to keep each once. */
function key(open: Open): string {
  switch (open.kind) {
    case 'none':
      return 'none';
    case 'fence':
      return `fence ${open.char} ${open.size} ${open.indent}`;
    case 'html':
      return `html ${open.end} ${open.indent}`;
    case 'untilBlank':
      return `untilBlank ${open.indent}`;
  }
}

// A list has no blank line to cut at when its items follow one another (a long list of one-line
// items, or of items each with a nested item), so a list is also cut at an item of its own, and
// the joiner puts the two halves back together. An unindented line of a bullet (`-`, `*` or `+`)
// and a space or tab and some text always starts an item (one that is not a thematic break, such
// as `- - -`): of the list open before it when that list is of the same bullet (so the joiner
// joins the two lists), or else of a new list, which may follow any block, a paragraph too. An
// ordered item (`2.`, `3)`) starts a new list after a paragraph only when it is `1`, so it is cut
// at only while an ordered list of the same delimiter is open: since an item known to start one,
// every line was blank or indented at least as far as that item's text (a lazy line or a block
// less indented may have ended the list).

/** An unindented list item line, as {@link listItemAt} reads it. */
interface ListItemLine {
  /** The bullet, or the ordered item's delimiter (`.` or `)`). */
  marker: number;
  ordered: boolean;
  /** The columns before the item's text (marker and the spaces after it): lines indented this far or more are in the item. */
  width: number;
  /** Whether it is the ordered item `1`, which may start a list after a paragraph. */
  one: boolean;
}

/**
 * The list item a line opens, when it is unindented, has text after its marker, and is not a
 * thematic break.
 */
function listItemAt(text: string, at: number, end: number): ListItemLine | undefined {
  const after = listMarkerEnd(text, at);
  if (after === -1 || after >= end || !isSpace(text.charCodeAt(after))) return undefined;
  const code = text.charCodeAt(at);
  const ordered = isDigit(code);
  const marker = text.charCodeAt(after - 1);
  let columns = after - at;
  let content = after;
  while (content < end && isSpace(text.charCodeAt(content))) {
    columns += text.charCodeAt(content) === 0x09 ? 4 - (columns % 4) : 1;
    content++;
  }
  if (content === end) return undefined;
  if (!ordered && code !== 0x2b && isThematicBreak(text, at, end, code)) return undefined;
  return { marker, ordered, width: columns, one: ordered && code === 0x31 && after === at + 2 };
}

/** Whether a line of `-` or `*` is a thematic break: three or more of it, and spaces or tabs only. */
function isThematicBreak(text: string, at: number, end: number, marker: number): boolean {
  let count = 0;
  for (let index = at; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === marker) count++;
    else if (!isSpace(code)) return false;
  }
  return count >= 3;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Where a text may be cut into pieces that parse as they do in the whole: at the start of an
 * unindented line that {@link opensPiece}, after a blank line, or at an unindented list item
 * after a line of text (see {@link listItemAt}), where no reading of the text has a fence or HTML
 * block open, and after the front matter. A link definition (`[x]: url`) serves references
 * anywhere in the document: each piece is given those of the others it names (see
 * {@link parseInPieces}).
 *
 * @param text The text.
 * @param from Where its body starts (after the front matter).
 * @param length A piece ends at the first cut at least this many characters after its start.
 * @returns The offsets where pieces after the first start, ascending.
 */
export function pieceStarts(text: string, from: number, length = PIECE_LENGTH): number[] {
  const starts: number[] = [];
  let last = 0;
  let afterBlank = false;
  let afterText = false;
  let readings: Open[] = [NONE];
  // The ordered list open at the top level, as far as a cut at one of its items needs to know.
  let ordered: ListItemLine | undefined;
  // micromark drops a byte order mark at the start of the document: the first line starts after it.
  let at = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const next = nextLine(text, end);
    let content = at;
    while (content < end && isSpace(text.charCodeAt(content))) content++;
    if (content === end) {
      // A blank line ends HTML blocks of kinds 6 and 7, and nothing else the tracker follows.
      if (readings.some((open) => open.kind === 'untilBlank')) readings = unique(readings.map((open) => (open.kind === 'untilBlank' ? NONE : open)));
      afterBlank = true;
      afterText = false;
    } else {
      const plain = readings.length === 1 && readings[0] === NONE;
      const item = plain && content === at ? listItemAt(text, at, end) : undefined;
      if (plain && at - last >= length) {
        // After a blank line, a bullet item too: it goes on with a list above it (a loose one),
        // which the joiner puts back together.
        const cut = afterBlank
          ? opensPiece(text, at) || (item !== undefined && !item.ordered)
          : afterText && item !== undefined && (!item.ordered || (ordered !== undefined && ordered.marker === item.marker));
        if (cut) {
          starts.push(at);
          last = at;
        }
      }
      // Whether an ordered item line does start an item: of the list open before it, or of a new
      // list when it is `1` or the body's first line. (Another number after a blank line may
      // still be text: micromark reads `3.` after indented code and a line of a tab as text.)
      if (item) ordered = item.ordered && ((ordered !== undefined && ordered.marker === item.marker) || at === from || item.one) ? item : undefined;
      else if (ordered && (!plain || indentOf(text.slice(at, content)) < ordered.width)) ordered = undefined;
      afterBlank = false;
      afterText = true;
      const code = text.charCodeAt(content);
      // Most lines open nothing and end nothing: text while nothing is open.
      if (!plain || ((code === 0x60 || code === 0x7e || code === 0x3c) && content - at <= 3)) {
        const line = text.slice(at, end);
        readings = unique(readings.flatMap((open) => after(open, text, at, end, line)));
        if (readings.length > MAX_READINGS) return starts;
      }
    }
    at = next;
  }
  return starts;
}

/** Readings, each once. */
function unique(readings: Open[]): Open[] {
  if (readings.length === 1) return readings;
  const seen = new Map<string, Open>();
  for (const open of readings) if (!seen.has(key(open))) seen.set(key(open), open);
  return [...seen.values()];
}

/**
 * A list's bullet, or its delimiter when ordered, read at its start in the whole text (`dropped`:
 * the byte order mark remark-parse drops, which its offsets do not count).
 */
function markerOf(text: string, list: List, dropped: number): number {
  const offset = list.position?.start.offset;
  if (offset === undefined) return -1;
  let at = offset + dropped;
  while (isDigit(text.charCodeAt(at))) at++;
  return text.charCodeAt(at);
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
  starts.unshift(0);
  starts.push(text.length);
  // micromark drops a byte order mark at the start of a text and counts offsets after it.
  const dropped = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pieces = starts.slice(0, -1).map((start, at) => text.slice(start, starts[at + 1]));
  const trees = parsePieces(text, pieces, dropped, parse);
  if (!trees) return parse(text);
  let root: Root | undefined;
  let lines = 0;
  for (const [at, tree] of trees.entries()) {
    const start = starts[at]!;
    if (start > 0) {
      const stack: Nodes[] = [tree];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.position) {
          shift(node.position.start, lines, start - dropped);
          shift(node.position.end, lines, start - dropped);
        }
        if ('children' in node) for (const child of node.children) stack.push(child);
      }
    }
    if (!root) root = tree;
    else {
      const [first] = tree.children;
      const before = root.children.at(-1);
      // A piece cut at a list item: its list goes on with the list before the cut when that one
      // is of the same marker (see listItemAt). The list is spread when either half is, or when
      // a blank line comes between the two (a bullet item cut after one).
      if (first?.type === 'list' && before?.type === 'list' && first.ordered === before.ordered && markerOf(text, first, dropped) === markerOf(text, before, dropped)) {
        for (const item of first.children) before.children.push(item);
        before.spread = before.spread === true || first.spread === true || lineEndingsIn(text, (before.position?.end.offset ?? 0) + dropped, start) > 1;
        if (before.position && first.position) before.position.end = first.position.end;
        tree.children.shift();
      }
      for (const child of tree.children) root.children.push(child);
      if (root.position && tree.position) root.position.end = tree.position.end;
    }
    // Lines before the next piece: every line ending in this one.
    lines += lineEndingsIn(text, start, starts[at + 1]!);
  }
  return root!;
}

/**
 * The trees of a text's pieces, each in its own positions. A definition (`[x]: url`) serves
 * references anywhere in the document, so when the text has any, each piece is parsed with those
 * it names from elsewhere (see {@link parseWithDefinitions}): first those a look at the text
 * guesses (every `[label]:`), then, for the few pieces that name a label guessed wrong, those the
 * trees hold. Undefined when a piece cannot be given them: the text is then parsed whole.
 */
function parsePieces(text: string, pieces: string[], dropped: number, parse: (piece: string) => Root): Root[] | undefined {
  if (!text.includes(']:')) return pieces.map((piece) => parse(piece));
  const guessed = labelsDefined(text);
  const named = pieces.map(labelsNamed);
  const trees: Root[] = [];
  for (const [at, piece] of pieces.entries()) {
    const tree = parseWithDefinitions(piece, at === 0 ? dropped : 0, named[at]!, guessed, parse);
    if (!tree) return undefined;
    trees.push(tree);
  }
  // The labels the trees do define, and those guessed wrong (defined where the guess saw none, or
  // guessed where the text defines none: `[x]:` in code, or with no destination).
  const defined = new Map<string, string>();
  for (const tree of trees) {
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'definition') {
        if (!defined.has(node.identifier)) defined.set(node.identifier, node.label ?? node.identifier);
      } else if ('children' in node) for (const child of node.children) stack.push(child);
    }
  }
  const wrong = [...guessed.keys()].filter((identifier) => !defined.has(identifier));
  for (const identifier of defined.keys()) if (!guessed.has(identifier)) wrong.push(identifier);
  if (wrong.length === 0) return trees;
  for (const [at, piece] of pieces.entries()) {
    if (!wrong.some((identifier) => named[at]!.has(identifier))) continue;
    const tree = parseWithDefinitions(piece, at === 0 ? dropped : 0, named[at]!, defined, parse);
    if (!tree) return undefined;
    trees[at] = tree;
  }
  return trees;
}

/**
 * The labels a text's definitions may define, by identifier: every `[label]:` on a line, as a
 * superset (it takes in `[x]:` in code and the like, and misses labels over two lines;
 * {@link parsePieces} checks the guess against the definitions parsed).
 */
function labelsDefined(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const label of bracketed(text, true)) {
    const identifier = identifierOf(label);
    if (identifier !== '' && !labels.has(identifier)) labels.set(identifier, label);
  }
  return labels;
}

/** The identifiers of the labels a piece names in brackets: what may be a reference. */
function labelsNamed(piece: string): Set<string> {
  return new Set(bracketed(piece, false).map(identifierOf));
}

/**
 * The texts between a `[` and the next `]` with no bracket between them but escaped ones (as a
 * label is); with `definitions`, only those on one line and followed by `:`. One pass, where a
 * regular expression for the same would try again from every `[` (quadratic on `[\[\[\[…`).
 */
function bracketed(text: string, definitions: boolean): string[] {
  const labels: string[] = [];
  let open = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) at++;
    else if (code === 0x5b) open = at;
    else if (code === 0x5d) {
      if (open !== -1 && at > open + 1 && (!definitions || text.charCodeAt(at + 1) === 0x3a)) labels.push(text.slice(open + 1, at));
      open = -1;
    } else if (definitions && (code === 0x0a || code === 0x0d)) open = -1;
  }
  return labels;
}

/**
 * Parse a piece with the definitions it names from anywhere in the text: written after it (a
 * blank line, then a line each), then taken out of its tree again. mdast keeps what a reference
 * points to out of the reference (an identifier, no URL), so any destination serves. Undefined
 * when the lines written were not read as those definitions (a fence or comment never closed in
 * the last piece takes them in).
 *
 * @param dropped A byte order mark at the piece's start that micromark drops (1) or none (0).
 */
function parseWithDefinitions(piece: string, dropped: number, named: Set<string>, defined: Map<string, string>, parse: (piece: string) => Root): Root | undefined {
  const lines: string[] = [];
  for (const identifier of named) {
    const label = defined.get(identifier);
    if (label !== undefined) lines.push(`[${label}]: x`);
  }
  if (lines.length === 0) return parse(piece);
  const tree = parse(`${piece}\n\n${lines.join('\n')}\n`);
  const length = piece.length - dropped;
  const added = tree.children.splice(tree.children.length - lines.length);
  if (added.some((node) => node.type !== 'definition' || (node.position?.start.offset ?? -1) < length)) return undefined;
  const last = tree.children.at(-1);
  if (last?.position?.end.offset !== undefined && last.position.end.offset > length) return undefined;
  if (tree.position) tree.position.end = endOf(piece, dropped);
  return tree;
}

/** The point after a text's last character, as micromark counts it (after a dropped byte order mark). */
function endOf(text: string, dropped: number): { line: number; column: number; offset: number } {
  const lineStart = Math.max(dropped, text.lastIndexOf('\n') + 1, text.lastIndexOf('\r') + 1);
  return { line: 1 + lineEndingsIn(text, dropped, text.length), column: text.length - lineStart + 1, offset: text.length - dropped };
}

