import type { Break, Emphasis, Html, Image, ImageReference, InlineCode, Link, LinkReference, PhrasingContent, Strong, Text } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { nextLine } from './nesting.js';

// The inline Markdown most articles use, read without micromark: emphasis and strong emphasis
// (runs of one or two marks, each run only able to open or only able to close, closed in the order
// opened), code spans on one line, links and images of the form `[text](url "title")` (a link's
// text may hold code spans and such images), autolinks, HTML tags and comments on one line, hard
// breaks of spaces, backslash escapes and character references (decoded by micromark's own
// function). It gives up (undefined) on anything whose reading depends on CommonMark's finer
// rules: a run that could both open and close, longer runs, emphasis left open or closed out of
// order, spaces, parentheses or escapes in a link's address, Markdown in its text, HTML comments
// over lines and declarations, or a backslash at a line's end. plainTree then leaves the whole
// text to remark-parse. Property tests compare the nodes with remark-parse's.

/** A point of a position. */
export function point(line: number, column: number, offset: number) {
  return { line, column, offset };
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;

/** A line ending and the indentation after it, which a paragraph's text drops. */
export const INDENTED_LINE = /(\r\n|\r|\n)[ \t]+/gu;

/** A space at a line's end, which the text drops. */
const SPACE_BEFORE_LINE_END = / (\r\n|\r|\n)/gu;

/** Classes of characters beside a run of emphasis marks, as micromark's `classifyCharacter` sorts them. */
const OTHER = 0;
const WHITESPACE = 1;
const PUNCTUATION = 2;
/** The class of the character of UTF-16 code `code`, by micromark's regular expressions. */
function classOf(code: number): number {
  const character = String.fromCharCode(code);
  return /\s/u.test(character) ? WHITESPACE : /\p{P}|\p{S}/u.test(character) ? PUNCTUATION : OTHER;
}
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classOf(code));

/** The class of the character `code` (NaN: the block's edge, which counts as whitespace). */
function classify(code: number): number {
  if (Number.isNaN(code)) return WHITESPACE;
  return code < 0x80 ? ASCII_CLASSES[code]! : classOf(code);
}

/** What a run of emphasis marks can do, by CommonMark's flanking rules: open, close, both, or neither (it is text). */
const NEITHER = 0;
const OPENS = 1;
const CLOSES = 2;
const BOTH = 3;

/**
 * What the run of `mark` between the characters `before` and `after` can do, as micromark's
 * attention tokenizer decides it.
 */
function runRole(mark: number, before: number, after: number): number {
  const previous = classify(before);
  const next = classify(after);
  const open = next === OTHER || (next === PUNCTUATION && previous !== OTHER);
  const close = previous === OTHER || (previous === PUNCTUATION && next !== OTHER);
  const opens = mark === 0x2a ? open : open && (previous !== OTHER || !close);
  const closes = mark === 0x2a ? close : close && (next !== OTHER || !open);
  return (opens ? OPENS : 0) | (closes ? CLOSES : 0);
}

/**
 * Whether the `&` at `at` may start a character reference (`&amp;`, `&#35;`, `&#x23;`): letters,
 * digits and `#` up to a `;`. "M&S" and "AT&T" are text.
 */
export function mayBeReference(text: string, at: number): boolean {
  let end = at + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    if (!((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x23)) break;
    end++;
  }
  return end > at + 1 && text.charCodeAt(end) === 0x3b;
}

/** Characters a link's text may not hold here: Markdown, escapes, line endings (and `&` when it may start a character reference: see labelEnd). */
function isLinkTextStop(code: number): boolean {
  return code === 0x5b || code === BACKTICK || code === 0x2a || code === 0x5f || code === 0x5c || code === 0x3c || code === LF || code === CR;
}

/** Characters a link's address may not hold here: spaces and controls, parentheses, angle brackets, escapes, brackets, backticks. */
function isAddressStop(code: number): boolean {
  return code <= SPACE || code === 0x28 || code === 0x3c || code === 0x3e || code === 0x5c || code === BACKTICK || code === 0x5b || code === 0x5d || code === 0x7f;
}

/**
 * The `[text](url)` or `[text](url "title")` link at `at` (a `[`): the offsets of its text's end,
 * its address's start and end and its closing parenthesis, and its title; undefined when there
 * is none of that simple form.
 */
function linkAt(text: string, at: number, end: number, code: boolean, defined?: ReadonlySet<string>, lines = false): { label: number; address: number; addressEnd: number; title: string | null; close: number } | undefined {
  const label = labelEnd(text, at, end, code ? 'code' : 'none', defined, lines);
  if (label === -1 || label + 1 >= end || text.charCodeAt(label + 1) !== 0x28) return undefined;
  const address = label + 2;
  let addressEnd = address;
  while (addressEnd < end && text.charCodeAt(addressEnd) !== 0x29 && text.charCodeAt(addressEnd) !== SPACE) {
    if (isAddressStop(text.charCodeAt(addressEnd))) return undefined;
    addressEnd++;
  }
  if (addressEnd === address || addressEnd >= end) return undefined;
  if (text.charCodeAt(addressEnd) === 0x29) return { label, address, addressEnd, title: null, close: addressEnd };
  // A title after spaces: in straight double or single quote marks or in parentheses, on the line.
  let open = addressEnd;
  while (text.charCodeAt(open) === SPACE) open++;
  const mark = text.charCodeAt(open);
  const closing = mark === 0x28 ? 0x29 : mark;
  if (mark !== 0x22 && mark !== 0x27 && mark !== 0x28) return undefined;
  let shut = open + 1;
  while (shut < end && text.charCodeAt(shut) !== closing) {
    const code = text.charCodeAt(shut);
    if (code === BACKSLASH || code === 0x26 || code === LF || code === CR || (mark === 0x28 && code === 0x28)) return undefined;
    shut++;
  }
  let close = shut + 1;
  while (text.charCodeAt(close) === SPACE) close++;
  if (shut >= end || close >= end || text.charCodeAt(close) !== 0x29) return undefined;
  return { label, address, addressEnd, title: text.slice(open + 1, shut), close };
}

/**
 * The identifier mdast gives a label (its text with whitespace collapsed and trimmed, in one
 * case), by micromark's own normalization.
 */
export function identifierOf(label: string): string {
  return normalizeIdentifier(label).toLowerCase();
}

/**
 * The end of a simple label starting after the `[` at `at` (no Markdown, escapes or references in
 * it), or -1. `code`: a link's text, which may hold code spans of one line (the label's `]`
 * cannot end inside one; a label with a bracket in one is no label defined, so no reference) and
 * images of the simple form, or references to `defined` labels; `raw`: a reference's label, whose
 * backticks are text.
 */
function labelEnd(text: string, at: number, end: number, backticks: 'code' | 'raw' | 'none' = 'none', defined?: ReadonlySet<string>, lines = false): number {
  let index = at + 1;
  while (index < end && text.charCodeAt(index) !== 0x5d) {
    const char = text.charCodeAt(index);
    if (char === BACKTICK && backticks === 'raw') {
      index++;
      continue;
    }
    if (char === 0x21 && backticks === 'code' && text.charCodeAt(index + 1) === 0x5b) {
      // An image in a link's text (a badge: `[![alt](src)](href)`, `[![alt][src]][href]`).
      const image = linkAt(text, index + 1, end, false) ?? (defined ? referenceAt(text, index + 1, end, defined, false) : undefined);
      if (!image) return -1;
      index = image.close + 1;
      continue;
    }
    if (char === BACKTICK && backticks === 'code') {
      let run = index;
      while (run < end && text.charCodeAt(run) === BACKTICK) run++;
      const size = run - index;
      const close = size > 2 ? -1 : codeEnd(text, run, end, size);
      if (close === -1) return -1;
      index = close + size;
      continue;
    }
    if ((isLinkTextStop(char) && !(lines && (char === LF || char === CR))) || (char === 0x26 && mayBeReference(text, index))) return -1;
    index++;
  }
  return index === at + 1 || index >= end ? -1 : index;
}

/**
 * The reference at `at` (a `[`) to a defined label: `[text][label]`, `[label][]` or `[label]`
 * not followed by `(` or `[`: where its text ends, its label and kind, and where it ends;
 * undefined when there is none of those forms or its label is not defined.
 */
function referenceAt(text: string, at: number, end: number, defined: ReadonlySet<string>, code: boolean): { textEnd: number; label: string; kind: 'full' | 'collapsed' | 'shortcut'; close: number } | undefined {
  const textEnd = labelEnd(text, at, end, code ? 'code' : 'none', defined);
  if (textEnd === -1) return undefined;
  const next = text.charCodeAt(textEnd + 1);
  if (next === 0x28) return undefined;
  if (next !== 0x5b) {
    const label = text.slice(at + 1, textEnd);
    return defined.has(identifierOf(label)) ? { textEnd, label, kind: 'shortcut', close: textEnd } : undefined;
  }
  if (text.charCodeAt(textEnd + 2) === 0x5d) {
    const label = text.slice(at + 1, textEnd);
    return defined.has(identifierOf(label)) ? { textEnd, label, kind: 'collapsed', close: textEnd + 2 } : undefined;
  }
  const second = labelEnd(text, textEnd + 1, end, 'raw');
  if (second === -1) return undefined;
  const label = text.slice(textEnd + 2, second);
  return defined.has(identifierOf(label)) ? { textEnd, label, kind: 'full', close: second } : undefined;
}

/** No labels defined. */
const NO_LABELS: ReadonlySet<string> = new Set();

/**
 * Whether the `[` at `at` opens a simple label (see labelEnd) that names none of the `defined`
 * labels and is followed by neither `(` nor `[`: text, not a reference.
 */
function undefinedLabel(text: string, at: number, end: number, defined: ReadonlySet<string>): boolean {
  const textEnd = labelEnd(text, at, end, 'none');
  if (textEnd === -1) return false;
  const next = text.charCodeAt(textEnd + 1);
  return next !== 0x28 && next !== 0x5b && !defined.has(identifierOf(text.slice(at + 1, textEnd)));
}

/** A URI autolink's scheme and address (`<https://example.org/a>`): no spaces, `<`, `>`, escapes or references. */
const URI_AUTOLINK = /^<[A-Za-z][A-Za-z\d+.-]{1,31}:[^\u0000-\u0020<>\\&\u007f]*>/u;
/** An email autolink (`<name@example.org>`): micromark's characters before the `@` but `&`. */
const EMAIL_AUTOLINK = /^<[\w.#$%'*+/=?^`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*>/u;
/**
 * An HTML open or closing tag on one line, with attributes of a name and an unquoted (ending at a
 * `/`, as micromark reads it), single- or double-quoted value; comments, declarations and
 * instructions are left to remark-parse.
 */
export const HTML_TAG = /^(?:<[A-Za-z][A-Za-z\d-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^ \t\n\r"'=<>`/]+|'[^'\n\r]*'|"[^"\n\r]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z\d-]*[ \t]*>)/u;

/**
 * The node of the autolink, HTML tag or comment at `at` (a `<`), its end, or undefined when there
 * is none of those forms (a `<` before a space or `=` is text: see inlineNodes).
 */
function angleAt(text: string, at: number, end: number): { kind: 'uri' | 'email' | 'html'; end: number } | undefined {
  const rest = text.slice(at, Math.min(end, at + 2048));
  if (rest.startsWith('<!--')) {
    // A comment on one line, to the first `-->` after `<!` (so `<!-->` and `<!--->` are ones).
    const close = rest.indexOf('-->', 2);
    return close === -1 || /[\n\r]/u.test(rest.slice(0, close)) ? undefined : { kind: 'html', end: at + close + 3 };
  }
  const uri = URI_AUTOLINK.exec(rest);
  if (uri) return { kind: 'uri', end: at + uri[0].length };
  const email = EMAIL_AUTOLINK.exec(rest);
  if (email) return { kind: 'email', end: at + email[0].length };
  const tag = HTML_TAG.exec(rest);
  return tag ? { kind: 'html', end: at + tag[0].length } : undefined;
}

/** A text with the `length` characters after each of its line endings (a block quote's marks) left out. */
function withoutPrefixes(text: string, length: number): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== LF && code !== CR) continue;
    if (code === CR && text.charCodeAt(at + 1) === LF) at++;
    out += text.slice(from, at + 1);
    from = at + 1 + length;
    at = from - 1;
  }
  return out + text.slice(from);
}

/** Whether a code span's edge character is padding it drops: a space or a line feed. */
function isPadding(code: number): boolean {
  return code === SPACE || code === LF;
}

/**
 * The end of the code span whose opening run of `size` backticks ends at `from`, on its line (or,
 * with `lines`, before `end`); -1 when none closes it there with a run of the same size.
 */
function codeEnd(text: string, from: number, end: number, size: number, lines = false): number {
  let at = from;
  while (at < end) {
    const code = text.charCodeAt(at);
    if ((code === LF || code === CR) && !lines) return -1;
    if (code === BACKTICK) {
      let run = at;
      while (run < end && text.charCodeAt(run) === BACKTICK) run++;
      return run - at === size ? at : -1;
    }
    at++;
  }
  return -1;
}

/**
 * The phrasing nodes remark-parse makes of a block's text from `start` to `end`, which starts at
 * `line` and `column`, when the text's inline Markdown is of the simple kinds above; undefined
 * otherwise. `indented`: whether a line after the first is indented (its text drops that).
 *
 * @param text The whole text.
 * @param start Where the block's text starts.
 * @param end Where it ends.
 * @param line The line of `start`.
 * @param column The column of `start`.
 * @param indented Whether a line after the first is indented.
 * @param hasLink Whether `](` occurs in the block, or definitions in the text: a `[` that opens
 * no simple link or reference then may open one this does not read.
 * @param defined The identifiers of the text's definitions, when it has any.
 * @param codeOverLines Whether code spans may go on over lines: not in a list item or block quote,
 * where the container's marks and indentation are dropped from their lines.
 * @param prefix The length of a block quote's marks at the start of each line after the first
 * (the same on every line, and ending in a space), which the text drops; 0 outside one.
 * @returns The nodes, or undefined.
 */
export function inlineNodes(text: string, start: number, end: number, line: number, column: number, indented: boolean, hasLink: boolean, defined?: ReadonlySet<string>, codeOverLines = true, prefix = 0): PhrasingContent[] | undefined {
  const nodes: PhrasingContent[] = [];
  let into = nodes;
  let lineNumber = line;
  let lineStart = start - column + 1;
  const at = (offset: number) => point(lineNumber, offset - lineStart + 1, offset);
  // The text being read: where it starts, and its start's point.
  let from = start;
  let fromPoint = at(start);
  const flush = (to: number) => {
    if (to === from) return;
    let value = indented ? text.slice(from, to).replace(INDENTED_LINE, '$1') : text.slice(from, to);
    if (prefix > 0) value = withoutPrefixes(value, prefix);
    if (spaced) value = value.replace(SPACE_BEFORE_LINE_END, '$1');
    if (encoded) value = decodeString(value);
    // A text that ends in a line's indentation or quote marks ends at the line's start: they are
    // not its own.
    let last = to;
    if (lineStart > from) {
      if (to - lineStart <= prefix) last = lineStart;
      while (last > lineStart && (text.charCodeAt(last - 1) === SPACE || text.charCodeAt(last - 1) === TAB)) last--;
    }
    into.push({ type: 'text', value, position: { start: fromPoint, end: at(last === lineStart ? last : to) } } satisfies Text);
  };
  // The nodes of a link's text: its text, or its text, code spans and images, or its lines.
  const linkText = (from: number, to: number): PhrasingContent[] | undefined => {
    const label = text.slice(from, to);
    if (!label.includes('`') && !label.includes('![') && !label.includes('\n') && !label.includes('\r')) return [{ type: 'text', value: label, position: { start: at(from), end: at(to) } } satisfies Text];
    return inlineNodes(text, from, to, lineNumber, from - lineStart + 1, indented, false, defined);
  };
  // Moves the line being read past the line endings from `from` to `to` (in a code span or a
  // link's text read whole): the points after them are on the last one's line.
  // Read forward: looked for backward, the last line ending before a span on a long line is far.
  const passLines = (from: number, to: number) => {
    for (let offset = from; offset < to; offset++) {
      const code = text.charCodeAt(offset);
      if (code === LF || (code === CR && text.charCodeAt(offset + 1) !== LF)) {
        lineNumber++;
        lineStart = offset + 1;
      }
    }
  };
  const resume = (offset: number) => {
    from = offset;
    fromPoint = at(offset);
    encoded = false;
    spaced = false;
  };
  // Whether the text being read holds a backslash escape or an `&` (which may start a character
  // reference), and a line end after one space.
  let encoded = false;
  let spaced = false;
  // The emphasis open, innermost last: each node, its run of marks and the nodes it is in.
  const open: Array<{ node: Emphasis | Strong; mark: number; size: number; parent: PhrasingContent[] }> = [];
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === LF || code === CR) {
      // Spaces before a line ending: two or more make a hard break, one is dropped from the text.
      let spaces = index;
      while (spaces > from && text.charCodeAt(spaces - 1) === SPACE) spaces--;
      const next = nextLine(text, index);
      if (index - spaces >= 2) {
        flush(spaces);
        into.push({ type: 'break', position: { start: at(spaces), end: point(lineNumber + 1, 1, next) } } satisfies Break);
        index = next;
        lineNumber++;
        lineStart = index;
        // The text after a break starts after the next line's indentation.
        while (text.charCodeAt(index) === SPACE || text.charCodeAt(index) === TAB) index++;
        resume(index);
        continue;
      }
      // A text that would open with the dropped space opens at the line ending.
      if (index - spaces === 1) {
        if (spaces === from) resume(index);
        else spaced = true;
      }
      index = next;
      lineNumber++;
      lineStart = index;
      continue;
    }
    if (code === 0x2a || code === 0x5f) {
      let run = index;
      while (run < end && text.charCodeAt(run) === code) run++;
      const size = run - index;
      if (size > 2) return undefined;
      const role = runRole(code, index > start ? text.charCodeAt(index - 1) : Number.NaN, run < end ? text.charCodeAt(run) : Number.NaN);
      const top = open.at(-1);
      // A run that can only close, with nothing open, is text.
      if (role === NEITHER || (role === CLOSES && !top)) {
        index = run;
        continue;
      }
      if (role === BOTH) return undefined;
      flush(index);
      if (role === OPENS) {
        const node: Emphasis | Strong = { type: size === 1 ? 'emphasis' : 'strong', children: [], position: { start: at(index), end: at(index) } };
        into.push(node);
        open.push({ node, mark: code, size, parent: into });
        into = node.children;
      } else {
        if (top!.mark !== code || top!.size !== size) return undefined;
        top!.node.position!.end = at(run);
        into = top!.parent;
        open.pop();
      }
      index = run;
      resume(index);
      continue;
    }
    if (code === BACKTICK) {
      let run = index;
      while (run < end && text.charCodeAt(run) === BACKTICK) run++;
      const size = run - index;
      const close = size > 2 ? -1 : codeEnd(text, run, end, size, codeOverLines);
      if (close === -1) return undefined;
      flush(index);
      const start = at(index);
      let value = text.slice(run, close);
      // A code span over lines keeps its line endings and indentation (a CR at its edge is left to
      // remark-parse).
      if (value.charCodeAt(0) === CR || value.charCodeAt(value.length - 1) === CR) return undefined;
      passLines(run, close);
      // One space or line ending is dropped at each end when both have one and the code is not
      // only those.
      if (value.length > 2 && isPadding(value.charCodeAt(0)) && isPadding(value.charCodeAt(value.length - 1)) && /[^ \n]/u.test(value)) value = value.slice(1, -1);
      into.push({ type: 'inlineCode', value, position: { start, end: at(close + size) } } satisfies InlineCode);
      index = close + size;
      resume(index);
      continue;
    }
    if (code === BACKSLASH) {
      const next = text.charCodeAt(index + 1);
      // A backslash before a line ending is a hard break.
      if (next === LF || next === CR) return undefined;
      // An escaped character is text, read past so it opens nothing; a backslash before anything
      // else is text itself.
      if (next < 0x80 && ASCII_CLASSES[next] === PUNCTUATION) {
        encoded = true;
        index += 2;
      } else index++;
      continue;
    }
    const image = code === 0x21 && text.charCodeAt(index + 1) === 0x5b;
    if (code === 0x5b || image) {
      // A link's text may hold code spans (an image's alt is left plain).
      // A link's text may go on over lines where code spans may (see codeOverLines).
      const link = linkAt(text, image ? index + 1 : index, end, !image, defined, !image && codeOverLines);
      const reference = !link && defined ? referenceAt(text, image ? index + 1 : index, end, defined, !image) : undefined;
      if (reference) {
        flush(index);
        const label = image ? index + 2 : index + 1;
        const shared = { identifier: identifierOf(reference.label), label: reference.label, referenceType: reference.kind, position: { start: at(index), end: at(reference.close + 1) } };
        const children = image ? [] : linkText(label, reference.textEnd);
        if (!children) return undefined;
        if (image) into.push({ type: 'imageReference', alt: text.slice(label, reference.textEnd), ...shared } satisfies ImageReference);
        else into.push({ type: 'linkReference', children, ...shared } satisfies LinkReference);
        index = reference.close + 1;
        resume(index);
        continue;
      }
      if (!link) {
        // A simple label that names no definition, with no `(` or `[` after it, is text.
        if (hasLink && !undefinedLabel(text, image ? index + 1 : index, end, defined ?? NO_LABELS)) return undefined;
        index++;
        continue;
      }
      flush(index);
      const label = image ? index + 2 : index + 1;
      // Character references in the address are decoded (`&amp;`); an `&` starting none is kept.
      const raw = text.slice(link.address, link.addressEnd);
      const url = raw.includes('&') ? decodeString(raw) : raw;
      const { title } = link;
      const linkStart = at(index);
      const children = image ? [] : linkText(label, link.label);
      if (!children) return undefined;
      passLines(label, link.label);
      const position = { start: linkStart, end: at(link.close + 1) };
      if (image) into.push({ type: 'image', title, url, alt: text.slice(label, link.label), position } satisfies Image);
      else into.push({ type: 'link', title, url, children, position } satisfies Link);
      index = link.close + 1;
      resume(index);
      continue;
    }
    if (code === 0x3c) {
      // `<` before a space, `=` or the end is text; else an autolink or a tag, or left to remark-parse.
      const next = text.charCodeAt(index + 1);
      if (!(next === SPACE || next === TAB || next === 0x3d || Number.isNaN(next) || index + 1 >= end)) {
        const angle = angleAt(text, index, end);
        if (!angle) return undefined;
        flush(index);
        const raw = text.slice(index + 1, angle.end - 1);
        const position = { start: at(index), end: at(angle.end) };
        if (angle.kind === 'html') into.push({ type: 'html', value: text.slice(index, angle.end), position } satisfies Html);
        else into.push({ type: 'link', title: null, url: angle.kind === 'email' ? `mailto:${raw}` : raw, children: [{ type: 'text', value: raw, position: { start: at(index + 1), end: at(angle.end - 1) } } satisfies Text], position } satisfies Link);
        index = angle.end;
        resume(index);
        continue;
      }
    }
    if (code === 0x26) encoded = true;
    index++;
  }
  if (open.length > 0) return undefined;
  flush(end);
  return nodes;
}
