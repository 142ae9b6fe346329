import type { Span } from '../schema/span.js';

/**
 * How deep block quotes and lists may nest before the rest of a line is read as text. News nests
 * two or three levels at most; remark-parse slows down with depth (a list 500 levels deep takes
 * seconds) and tree walkers run out of stack, so the guard keeps the depth where both are cheap.
 */
export const MAX_NESTING = 32;

// What stands in for a container marker past the limit: one UTF-16 unit, as the marker it
// replaces, so every offset stays put; a letter starts no Markdown construct.
const NEUTRAL = 0x78; // x

/**
 * Emphasis marks (runs of `*` or `_`) a paragraph may hold before the rest are read as text.
 * micromark pairs them by looking back over the paragraph for each closing run, which is
 * quadratic in their number; articles use a handful.
 */
export const MAX_EMPHASIS_RUNS = 200;

/**
 * Link, image, code and HTML marks (runs of `[`, `]`, `<` or `` ` ``) a paragraph may hold before
 * the rest are read as text. micromark spends a fifth of a millisecond or more on each link of a
 * paragraph (a paragraph of 8,000 links takes two seconds, against a tenth of that with its marks
 * read as text); articles link a few words.
 */
export const MAX_INLINE_MARKS = 1000;
/** Link definitions in a row whose marks {@link limitNesting} does not count against {@link MAX_INLINE_MARKS}. */
export const MAX_DEFINITION_LINES = 2000;

/** The opening line of front matter. */
export const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/u;
const FRONT_MATTER_CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/gu;

/** Whether a character code is a space or a tab. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Whether a character code ends a line (LF or CR). */
export function isLineEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * The front matter at the start of a text, as remark-frontmatter reads it: where its content
 * starts and ends (between the fences' lines) and where the closing fence's line ends.
 *
 * @param text The text.
 * @returns The front matter's places, or undefined when the text opens none or never closes it.
 */
export function frontMatterAt(text: string): { content: number; contentEnd: number; end: number } | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  FRONT_MATTER_CLOSE.lastIndex = open[0].length - 1;
  const close = FRONT_MATTER_CLOSE.exec(text);
  if (!close) return undefined;
  const content = open[0].length;
  return { content, contentEnd: Math.max(content, close.index), end: close.index + close[0].length };
}

/** Where the text after the front matter starts (0 when there is none). */
export function bodyStart(text: string): number {
  return frontMatterAt(text)?.end ?? 0;
}

/**
 * What a cut limited: container nesting (`limit` levels deep), emphasis marks or link, code and
 * HTML marks (`inline`) in one paragraph, or the containers of the rest of the document, past the
 * parser's budget (`structure`).
 */
export type NestingCut = { kind: 'containers' | 'emphasis' | 'inline' | 'structure'; span: Span; limit: number };

/**
 * What micromark (remark-parse's tokenizer) spends on containers, in characters of plain text
 * parsed in the same time (CPU time of `remark-parse` alone, on remark-parse 11 / micromark 4):
 * - each container marker continued on a line: about 6 (block quotes 32 deep cost 30 times their
 *   text);
 * - each container that ends on a blank line, or on a line of a shallower list item, about a
 *   fortieth of the characters before it: micromark copies all the document's events so far each
 *   time (`EditMap#consume` in its document tokenizer), so 2,000 short lists between paragraphs
 *   take seconds and their cost grows with the square of their number;
 * - each lazy line (a paragraph in a container going on without the container's markers), about
 *   a fifteenth of a character for each line of its paragraph so far, which micromark searches
 *   back through (1 MB of block quotes nested 1 to 4 deep line by line, in one paragraph with
 *   three lazy lines in every forty, takes 3.3 s against 2.0 s for the same markers without
 *   lazy lines: about a seventeenth).
 */
const MARKER_COST = 6;
const CLOSE_COST = 1 / 40;
const LAZY_COST = 1 / 15;

/**
 * The budgets, in the same characters of plain text (a short paragraph a line, which micromark
 * reads at about a quarter of the speed of news text): markers may cost as much as the text is
 * long (the depth limit is lowered for the whole document until they do), and ends of containers
 * with lazy lines half as much (the containers of the rest are read as text from where they pass
 * it). Either way a text of any shape parses in a few times the time of plain text as long; the
 * floor leaves any article of common size alone.
 *
 * Markers at four tenths of the length keep 1 MB of block quotes 32 deep on every line 4 deep,
 * which remark-parse reads in 2.0 s of CPU, against 3.4 s at the 10 levels a budget of the whole
 * length kept, and 1.1 s with no markers (a fresh process each, remark-parse 11). News nests two
 * or three levels, and only a text long and dense with markers is held below 32.
 */
const MARKER_BUDGET = 0.4;
const STRUCTURE_BUDGET = 0.5;
const BUDGET_FLOOR = 65_536;

/** A line's container markers, where its content starts, and indentation that nests too deep. */
interface Prefix {
  /** Position of each marker (`>`, a bullet, an ordinal's `.` or `)`), in order. */
  marks: number[];
  /** Columns of indentation before the first marker, which nest list items. */
  columns: number;
  /** Where indentation alone nests past {@link MAX_NESTING} before a marker, or -1. */
  deepIndent: number;
  /** Where the content after the markers starts. */
  content: number;
}

function readPrefix(text: string, at: number): Prefix {
  const marks: number[] = [];
  let columns = 0;
  let deepIndent = -1;
  for (;;) {
    // Indentation before the first marker nests list items; spaces after a marker are its own.
    let indentAt = -1;
    while (at < text.length && isSpace(text.charCodeAt(at))) {
      if (marks.length === 0) {
        columns += text.charCodeAt(at) === 0x09 ? 4 - (columns % 4) : 1;
        if (indentAt === -1 && columns > 2 * MAX_NESTING + 2) indentAt = at;
      }
      at++;
    }
    const code = text.charCodeAt(at);
    let marker = -1;
    if (code === 0x3e /* > */) marker = at;
    else if (code === 0x2d /* - */ || code === 0x2a /* * */ || code === 0x2b /* + */) {
      const next = text.charCodeAt(at + 1);
      if (Number.isNaN(next) || isSpace(next) || isLineEnd(next)) marker = at;
    } else if (code >= 0x30 && code <= 0x39) {
      let end = at;
      while (end < text.length && end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
      const delimiter = text.charCodeAt(end);
      const next = text.charCodeAt(end + 1);
      if ((delimiter === 0x2e /* . */ || delimiter === 0x29 /* ) */) && (Number.isNaN(next) || isSpace(next) || isLineEnd(next))) {
        at = end;
        marker = end;
      }
    }
    if (marker === -1) break;
    // A marker after indentation that alone nests past the limit: the line is text from the
    // indentation on (remark-parse is slow on long indentation inside deep lists). Indented
    // text without a marker is left alone.
    if (indentAt !== -1) {
      deepIndent = indentAt;
      break;
    }
    marks.push(marker);
    at = marker + 1;
  }
  return { marks, columns, deepIndent, content: at };
}

/**
 * Where the line from `at` ends (its line ending, or the end of the text). In a text with no
 * carriage return (`crFree`, found once a text: most news) the engine's own search finds it.
 */
export function lineEnd(text: string, at: number, crFree = false): number {
  if (crFree) {
    const end = text.indexOf('\n', at);
    return end === -1 ? text.length : end;
  }
  while (at < text.length && !isLineEnd(text.charCodeAt(at))) at++;
  return at;
}

/** The marks the line scan of `limitNesting` counts: emphasis, and link, code and HTML marks. */
const COUNTED_MARKS = /[*_[\]<`]/;

/**
 * A link definition on one line, as micromark reads one: `[label]: destination`, then an optional
 * title in quote marks or parentheses, and nothing else. Its groups are the label, destination
 * and title. Left out (read otherwise, or by remark-parse alone): escapes, character references,
 * angle-bracketed or parenthesised destinations.
 */
export const DEFINITION = /^\[([^[\]\\&\n\r\0]{1,999})\]:[ \t]*([^\s()<>\\&`[\]\0-\x1f\x7f]+)(?:[ \t]+("[^"\\&\n\r\0]*"|'[^'\\&\n\r\0]*'|\([^()\\&\n\r\0]*\)))?$/u;

/** Whether the line from `at` to `end` is a link definition (see {@link DEFINITION}) with a label that is not blank. */
function isDefinitionLine(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== 0x5b) return false;
  const definition = DEFINITION.exec(text.slice(at, end));
  return definition !== null && /[^ \t]/u.test(definition[1]!);
}

/** Where the spaces and tabs from `at` end. */
export function spacesEnd(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** How many line endings (`\r\n`, `\r` or `\n`, each once) the text holds from `from` to `to`. */
export function lineEndingsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) count++;
  }
  return count;
}

/** Where the line after the one ending at `end` starts (past `\r\n`, `\r` or `\n`). */
export function nextLine(text: string, end: number): number {
  return end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
}

/**
 * How deep containers may nest in this text: {@link MAX_NESTING}, or less where the markers kept
 * at that depth would cost the parser more than the budget (block quotes 32 deep on every line).
 */
function depthLimit(text: string, from: number): number {
  // Markers at each level (a marker's level counts the indentation before it, two columns one).
  const atLevel = new Float64Array(MAX_NESTING + 2);
  const crFree = !text.includes('\r');
  for (let at = from; at < text.length; ) {
    const { marks, columns, content } = readPrefix(text, at);
    const indent = Math.floor(columns / 2);
    for (let index = 0; index < marks.length && index + 1 + indent <= MAX_NESTING; index++) atLevel[index + 1 + indent]!++;
    at = nextLine(text, lineEnd(text, content, crFree));
  }
  const allowed = (MARKER_BUDGET * (text.length - from) + BUDGET_FLOOR) / MARKER_COST;
  let kept = 0;
  for (let level = 1; level <= MAX_NESTING; level++) {
    kept += atLevel[level]!;
    if (kept > allowed) return Math.max(level - 1, 1);
  }
  return MAX_NESTING;
}

/**
 * Keep Markdown containers (block quotes `>`, list items `-`, `*`, `+`, `1.`, and the indentation
 * that nests them) where remark-parse reads them in linear time, and emphasis marks (runs of `*`
 * or `_`) at most {@link MAX_EMPHASIS_RUNS} a paragraph, and link, code and HTML marks at most
 * {@link MAX_INLINE_MARKS} a paragraph. A marker past a limit is replaced, in a
 * copy of the text of the same length, by a letter, so remark-parse reads it as text while every
 * offset still points into the input. Two limits on containers:
 * - nesting at most {@link MAX_NESTING} deep, or less where so many markers at that depth would
 *   cost more than the budget (indentation before a line's first marker counts as one level per
 *   two columns, the narrowest a nested list item can be);
 * - ends of containers and lazy lines: once their estimated cost (see `CLOSE_COST`) passes the
 *   budget, every container marker from the start of that paragraph on is read as text, so no
 *   container is left open for later lines to end.
 *
 * @param text The input.
 * @returns The text to parse (the input itself when nothing was cut) and, for a warning, the
 *   span of each run of lines cut for depth, of the rest of each paragraph cut for emphasis, and
 *   of the rest of the document cut for the budget.
 */
export function limitNesting(text: string): { text: string; cut: NestingCut[] } {
  const cut: NestingCut[] = [];
  let codes: Uint16Array | undefined;
  const neutralise = (at: number) => {
    if (!codes) {
      codes = new Uint16Array(text.length);
      for (let index = 0; index < text.length; index++) codes[index] = text.charCodeAt(index);
    }
    codes[at] = NEUTRAL;
  };
  const from = bodyStart(text);
  const limit = depthLimit(text, from);
  // Most news has none of the marks a line is scanned for, nor a carriage return: its lines are
  // then skipped whole.
  const crFree = !text.includes('\r');
  const marked = COUNTED_MARKS.test(text);
  // Emphasis runs and inline marks in the paragraph so far, and where their cuts started.
  let runs = 0;
  let emphasisCut: NestingCut | undefined;
  let inlineMarks = 0;
  let inlineCut: NestingCut | undefined;
  // How many lines of the paragraph so far are link definitions, all of them (-1 once one is
  // not): micromark reads their brackets as definitions, not as inline marks of a paragraph, so
  // the first MAX_DEFINITION_LINES are not counted (API docs end with hundreds in a row; past
  // that many, remark-parse reads them slowly enough that the limit on marks applies again).
  let definitions = 0;
  let containersCut: NestingCut | undefined;
  // The containers micromark holds open, block quotes apart from list levels, and the cost of
  // ending them and of lazy lines so far, against the budget; past it, the containers of the rest
  // are text (`flat`), from the start of the paragraph (`paragraph`: its first line, or -1
  // between paragraphs) on.
  let openQuotes = 0;
  let openLists = 0;
  let afterBlank = true;
  let paragraph = -1;
  let paragraphLines = 0;
  let cost = 0;
  const allowed = STRUCTURE_BUDGET * (text.length - from) + BUDGET_FLOOR;
  let kept = 0;
  let flat: NestingCut | undefined;
  // Past the budget a line's kept markers are text too, and the first line of the paragraph
  // loses its indentation, which would carry it on in a list item left open.
  let flatParagraph = true;
  const flatten = (lineStart: number, prefix: Prefix) => {
    const marks = prefix.marks.slice(0, keptMarks(prefix));
    const blank = prefix.content >= text.length || isLineEnd(text.charCodeAt(prefix.content));
    if (marks.length === 0 && flatParagraph && !blank && isSpace(text.charCodeAt(lineStart))) marks.push(lineStart);
    if (!blank) flatParagraph = false;
    for (const mark of marks) neutralise(mark);
    if (marks.length > 0 && flat) flat.span.start = Math.min(flat.span.start, marks[0]!);
  };
  const keptMarks = (prefix: Prefix) => Math.max(0, Math.min(prefix.marks.length, limit - Math.floor(prefix.columns / 2)));
  let at = from;
  while (at < text.length) {
    const lineStart = at;
    const prefix = readPrefix(text, at);
    const keep = keptMarks(prefix);
    let firstCut = prefix.deepIndent;
    if (prefix.deepIndent !== -1) neutralise(prefix.deepIndent);
    for (let index = keep; index < prefix.marks.length; index++) {
      if (firstCut === -1) firstCut = prefix.marks[index]!;
      neutralise(prefix.marks[index]!);
    }
    at = prefix.content;
    const blank = at >= text.length || isLineEnd(text.charCodeAt(at));
    if (flat) flatten(lineStart, prefix);
    else {
      let quotes = 0;
      for (let index = 0; index < keep; index++) if (text.charCodeAt(prefix.marks[index]!) === 0x3e) quotes++;
      const lists = keep - quotes + (keep > 0 ? Math.floor(prefix.columns / 2) : 0);
      kept += keep;
      const close = () => (cost += (lineStart + MARKER_COST * kept) * CLOSE_COST);
      if (blank) {
        // A blank line ends the block quotes it lacks; list items go on past it.
        if (quotes < openQuotes) close();
        openQuotes = quotes;
        paragraph = -1;
        paragraphLines = 0;
      } else {
        if (paragraph === -1) paragraph = lineStart;
        paragraphLines++;
        // Indented text without markers goes on in the list item it is in.
        const inItem = keep === 0 && prefix.columns >= 2;
        const fewer = quotes < openQuotes || (!inItem && lists < openLists);
        if (fewer && !afterBlank && lists === 0) {
          // A lazy line: the containers stay open, and micromark searches the paragraph back.
          cost += paragraphLines * LAZY_COST;
        } else {
          // A line after a blank one ends the containers it lacks; a shallower list item ends
          // the items nested in the one before.
          if (fewer) close();
          openQuotes = quotes;
          if (!inItem) openLists = lists;
        }
      }
      if (cost > allowed) {
        flat = { kind: 'structure', span: { start: text.length, end: text.length }, limit: 0 };
        cut.push(flat);
        // Back to the start of the paragraph, so that none of its lines goes on lazily in a
        // container that is still open.
        for (let line = paragraph === -1 ? lineStart : paragraph; line <= lineStart; ) {
          flatten(line, readPrefix(text, line));
          line = nextLine(text, lineEnd(text, line, crFree));
        }
      }
    }
    afterBlank = blank;
    // The rest of the line: emphasis marks and link, code and HTML marks, counted by run.
    const contentStart = at;
    let previous = -1;
    if (!marked) at = lineEnd(text, at, crFree);
    else if (definitions !== -1 && definitions < MAX_DEFINITION_LINES && !blank) {
      const end = lineEnd(text, at, crFree);
      if (prefix.marks.length === 0 && at - lineStart <= 3 && !text.slice(lineStart, at).includes('\t') && isDefinitionLine(text, at, end)) {
        definitions++;
        at = end;
      } else definitions = -1;
    }
    while (marked && at < text.length && !isLineEnd(text.charCodeAt(at))) {
      const code = text.charCodeAt(at);
      if (code === 0x2a /* * */ || code === 0x5f /* _ */) {
        if (code !== previous) runs++;
        if (runs > MAX_EMPHASIS_RUNS) {
          emphasisCut ??= { kind: 'emphasis', span: { start: at, end: at }, limit: MAX_EMPHASIS_RUNS };
          neutralise(at);
        }
      } else if (code === 0x5b /* [ */ || code === 0x5d /* ] */ || code === 0x3c /* < */ || code === 0x60 /* ` */) {
        if (code !== previous) inlineMarks++;
        if (inlineMarks > MAX_INLINE_MARKS) {
          inlineCut ??= { kind: 'inline', span: { start: at, end: at }, limit: MAX_INLINE_MARKS };
          neutralise(at);
        }
      }
      previous = code;
      at++;
    }
    if (emphasisCut) emphasisCut.span.end = at;
    if (inlineCut) inlineCut.span.end = at;
    if (firstCut !== -1) {
      if (containersCut && text.slice(containersCut.span.end, lineStart).trim() === '') containersCut.span.end = at;
      else {
        containersCut = { kind: 'containers', span: { start: firstCut, end: at }, limit };
        cut.push(containersCut);
      }
    }
    // A blank line ends the paragraph, and its counts of emphasis runs and inline marks.
    if (contentStart === at && prefix.marks.length === 0) {
      if (emphasisCut) cut.push(emphasisCut);
      if (inlineCut) cut.push(inlineCut);
      emphasisCut = undefined;
      inlineCut = undefined;
      runs = 0;
      inlineMarks = 0;
      definitions = 0;
    }
    if (at < text.length) at = nextLine(text, at);
  }
  if (emphasisCut) cut.push(emphasisCut);
  if (inlineCut) cut.push(inlineCut);
  if (flat && flat.span.start === text.length) cut.splice(cut.indexOf(flat), 1);
  cut.sort((a, b) => a.span.start - b.span.start);
  if (!codes) return { text, cut };
  // Decoded in slices: one call with millions of arguments would overflow the stack.
  const parts: string[] = [];
  for (let start = 0; start < codes.length; start += 8192) parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(start, start + 8192))));
  return { text: parts.join(''), cut };
}
