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

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/u;
const FRONT_MATTER_CLOSE = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/gu;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function isLineEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Where the text after the front matter starts (0 when there is none). */
function bodyStart(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return 0;
  FRONT_MATTER_CLOSE.lastIndex = open[0].length - 1;
  const close = FRONT_MATTER_CLOSE.exec(text);
  return close ? close.index + close[0].length : 0;
}

/** What a cut limited: container nesting, or emphasis marks in one paragraph. */
export type NestingCut = { kind: 'containers' | 'emphasis'; span: Span };

/**
 * Keep Markdown container nesting (block quotes `>`, list items `-`, `*`, `+`, `1.`, and the
 * indentation that nests them) at most {@link MAX_NESTING} deep, and emphasis marks (runs of
 * `*` or `_`) at most {@link MAX_EMPHASIS_RUNS} a paragraph. Each line is read once; a marker
 * past a limit is replaced, in a copy of the text of the same length, by a letter, so
 * remark-parse reads it as text while every offset still points into the input. Indentation
 * before a line's first marker counts as one level per two columns, the narrowest a nested list
 * item can be.
 *
 * @param text The input.
 * @returns The text to parse (the input itself when nothing was cut) and, for a warning, the
 *   span of each run of lines cut for containers and of the rest of each paragraph cut for
 *   emphasis.
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
  // Emphasis runs in the paragraph so far, and where its cut started.
  let runs = 0;
  let emphasisCut: NestingCut | undefined;
  let containersCut: NestingCut | undefined;
  let at = bodyStart(text);
  while (at < text.length) {
    const lineStart = at;
    let depth = 0;
    let columns = 0;
    let firstCut = -1;
    for (;;) {
      // Indentation before the first marker nests list items; spaces after a marker are its own.
      let deepIndent = -1;
      while (at < text.length && isSpace(text.charCodeAt(at))) {
        if (depth === 0) {
          columns += text.charCodeAt(at) === 0x09 ? 4 - (columns % 4) : 1;
          if (deepIndent === -1 && columns > 2 * MAX_NESTING + 2) deepIndent = at;
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
      if (deepIndent !== -1) {
        if (firstCut === -1) firstCut = deepIndent;
        neutralise(deepIndent);
        break;
      }
      depth++;
      at = marker + 1;
      if (depth + Math.floor(columns / 2) <= MAX_NESTING) continue;
      if (firstCut === -1) firstCut = marker;
      neutralise(marker);
    }
    // The rest of the line: emphasis marks, counted by run.
    const contentStart = at;
    let previous = -1;
    while (at < text.length && !isLineEnd(text.charCodeAt(at))) {
      const code = text.charCodeAt(at);
      if (code === 0x2a /* * */ || code === 0x5f /* _ */) {
        if (code !== previous) runs++;
        if (runs > MAX_EMPHASIS_RUNS) {
          emphasisCut ??= { kind: 'emphasis', span: { start: at, end: at } };
          neutralise(at);
        }
      }
      previous = code;
      at++;
    }
    if (emphasisCut) emphasisCut.span.end = at;
    if (firstCut !== -1) {
      if (containersCut && text.slice(containersCut.span.end, lineStart).trim() === '') containersCut.span.end = at;
      else {
        containersCut = { kind: 'containers', span: { start: firstCut, end: at } };
        cut.push(containersCut);
      }
    }
    // A blank line ends the paragraph, and its count of emphasis runs.
    if (contentStart === at && depth === 0) {
      if (emphasisCut) cut.push(emphasisCut);
      emphasisCut = undefined;
      runs = 0;
    }
    if (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) at++;
    at++;
  }
  if (emphasisCut) cut.push(emphasisCut);
  cut.sort((a, b) => a.span.start - b.span.start);
  if (!codes) return { text, cut };
  // Decoded in slices: one call with millions of arguments would overflow the stack.
  const parts: string[] = [];
  for (let from = 0; from < codes.length; from += 8192) parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(from, from + 8192))));
  return { text: parts.join(''), cut };
}
