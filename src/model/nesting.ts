import type { Span } from '../schema/span.js';

/**
 * How deep block quotes and lists may nest before the rest of a line is read as text. News nests
 * two or three levels at most; remark-parse slows down with depth (a list 500 levels deep takes
 * seconds) and tree walkers run out of stack, so the guard keeps the depth where both are cheap.
 */
export const MAX_NESTING = 32;

// What stands in for a container marker past the limit: one UTF-16 unit, as the marker it
// replaces, so every offset stays put; a letter starts no Markdown construct.
const NEUTRAL = 'x';

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

/**
 * Keep Markdown container nesting (block quotes `>`, list items `-`, `*`, `+`, `1.`, and the
 * indentation that nests them) at most {@link MAX_NESTING} deep. Each line's container prefix
 * is read once; a marker past the limit is replaced, in a copy of the text of the same length,
 * by a letter, so remark-parse reads the rest of the line as text while every offset still
 * points into the input. Indentation counts as one level per two columns, the narrowest a
 * nested list item can be.
 *
 * @param text The input.
 * @returns The text to parse (the input itself when nothing is too deep) and the span of each
 *   run of lines whose nesting was cut, for a warning.
 */
export function limitNesting(text: string): { text: string; cut: Span[] } {
  const cut: Span[] = [];
  let parts: string[] | undefined;
  let copied = 0;
  let at = bodyStart(text);
  while (at < text.length) {
    const lineStart = at;
    let depth = 0;
    let columns = 0;
    let firstCut = -1;
    for (;;) {
      // Indentation before the first marker nests list items; spaces after a marker are its own.
      while (at < text.length && isSpace(text.charCodeAt(at))) {
        if (depth === 0) columns += text.charCodeAt(at) === 0x09 ? 4 - (columns % 4) : 1;
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
      depth++;
      at = marker + 1;
      if (depth + Math.floor(columns / 2) <= MAX_NESTING) continue;
      if (firstCut === -1) firstCut = marker;
      parts ??= [];
      parts.push(text.slice(copied, marker), NEUTRAL);
      copied = marker + 1;
    }
    // On to the next line.
    while (at < text.length && !isLineEnd(text.charCodeAt(at))) at++;
    if (firstCut !== -1) {
      const previous = cut.at(-1);
      if (previous && text.slice(previous.end, lineStart).trim() === '') previous.end = at;
      else cut.push({ start: firstCut, end: at });
    }
    if (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) at++;
    at++;
  }
  if (!parts) return { text, cut };
  parts.push(text.slice(copied));
  return { text: parts.join(''), cut };
}
