import { BREAK_BEFORE, KINDS, OPENS, SPACE_AFTER, SPACE_BEFORE, TokenStore } from './token-store.js';

export { type Token, type TokenKind, TokenStore, tokenList } from './token-store.js';

/** Double quote marks that only open (curly, guillemet, low-9). */
export const OPEN_MARKS: ReadonlySet<string> = new Set(['\u201c', '\u00ab', '\u201e']);
/** Double quote marks that only close. */
export const CLOSE_MARKS: ReadonlySet<string> = new Set(['\u201d', '\u00bb']);

/** Whether the quote mark `text` at `start` opens, from its shape or, for straight marks, from its neighbours. */
function quoteOpens(input: string, start: number, text: string): boolean {
  if (OPEN_MARKS.has(text)) return true;
  const before = input[start - 1];
  const after = input[start + 1];
  // A closing shape that starts a line before a word is a misprinted opener (”Fear. I am…”).
  if (CLOSE_MARKS.has(text)) return (before === undefined || before === '\n') && after !== undefined && /[\p{L}\p{N}]/u.test(after);
  const spaceBefore = before === undefined || /[\s([\u2014\u2013-]/u.test(before);
  const spaceAfter = after === undefined || /\s/u.test(after);
  return spaceBefore && !spaceAfter;
}

/** Whether `input` holds a line feed in `[from, to)`. */
function hasLineFeed(input: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (input.charCodeAt(at) === 10) return true;
  return false;
}

/**
 * Whether a line break stands anywhere between two tokens of one store.
 *
 * @param tokens The tokens.
 * @param from The earlier token.
 * @param to The later token.
 * @returns True when a token after `from`, up to `to`, starts after a line break.
 */
export function lineBreakBetween(tokens: TokenStore, from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) if (tokens.breakBefore(at)) return true;
  return false;
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a', "'", '\u2018', '\u2019']);

// Acronyms with dots (U.S., e.g.), then words with inner hyphens, apostrophes, periods or
// ampersands (well-documented, Iran’s, 3.5, AT&T), then any other single non-space character.
// Sticky: matched at each token's start with `test`, which builds no match array (an array a
// token was 7% of what a parse allocates); whitespace between tokens is skipped by char code.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'\u2019.&\u2011][\p{L}\p{M}\p{N}]+)*|\S/uy;

/** Whether a UTF-16 code unit is whitespace as `\s` reads it. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const CLITIC = /^(.+?)(['\u2019][sS]|n['\u2019]t)$/u;
const DIGIT = /^\p{N}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

// ASCII is told apart by char code; only other characters pay for a Unicode regex.
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code >= 128) return WORD_CHAR.test(char);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : DIGIT.test(text);
}

// The kinds' indices, as a token's flags hold them.
const WORD = KINDS.indexOf('word');
const NUMBER = KINDS.indexOf('number');
const CLITIC_KIND = KINDS.indexOf('clitic');
const QUOTE = KINDS.indexOf('quote');
const PUNCT = KINDS.indexOf('punct');

function addToken(input: string, out: TokenStore, text: string, start: number, kind: number, breakBefore: boolean, opens: boolean): void {
  const flags =
    kind |
    (breakBefore ? BREAK_BEFORE : 0) |
    (opens ? OPENS : 0) |
    (isSpaceAt(input, start + text.length) ? SPACE_AFTER : 0) |
    (start === 0 || isSpaceAt(input, start - 1) ? SPACE_BEFORE : 0);
  out.push(text, start, flags);
}

/** Whether `input` holds whitespace at `at`, or ends there. */
function isSpaceAt(input: string, at: number): boolean {
  if (at >= input.length) return true;
  const code = input.charCodeAt(at);
  return code === 32 || code === 10 || (code < 128 ? code >= 9 && code <= 13 : /\s/u.test(input[at]!));
}

function breakBefore(input: string, out: TokenStore, start: number): boolean {
  return out.length > 0 && hasLineFeed(input, out.end(out.length - 1), start);
}

/**
 * Split one slice of the input into tokens, adding them to `out`. Possessive and negative
 * clitics are tokens of their own (`Iran` + `’s`, `do` + `n't`) so names never carry them.
 *
 * @param input The whole input.
 * @param start Start of the slice (a text segment of the tree).
 * @param end End of the slice, exclusive.
 * @param out The store to add to: one for a whole document, so its tokens share their strings.
 */
export function tokenize(input: string, start: number, end: number, out: TokenStore): void {
  const text = input.slice(start, end);
  let index = 0;
  for (;;) {
    while (index < text.length && isSpaceCode(text.charCodeAt(index))) index++;
    if (index >= text.length) break;
    TOKEN.lastIndex = index;
    // Every non-space character starts a token (`\S` is the last choice), so this always matches.
    if (!TOKEN.test(text)) break;
    const value = text.slice(index, TOKEN.lastIndex);
    const at = start + index;
    index = TOKEN.lastIndex;
    if (value.length === 1 && !isWordChar(value)) {
      const quote = QUOTE_MARKS.has(value);
      // A backtick stays punctuation, but opens like a straight mark (TeX-style ``quotes'').
      const opens = (quote || value === '`') && quoteOpens(input, at, value);
      addToken(input, out, value, at, quote ? QUOTE : PUNCT, breakBefore(input, out, at), opens);
      continue;
    }
    // Every clitic has its apostrophe second to last ("'s", "n't"): most words skip the regex.
    const mark = value.charCodeAt(value.length - 2);
    const clitic = mark === 39 || mark === 0x2019 ? CLITIC.exec(value) : null;
    if (clitic && clitic[1] && clitic[2]) {
      addToken(input, out, clitic[1], at, startsWithDigit(clitic[1]) ? NUMBER : WORD, breakBefore(input, out, at), false);
      addToken(input, out, clitic[2], at + clitic[1].length, CLITIC_KIND, false, false);
      continue;
    }
    addToken(input, out, value, at, startsWithDigit(value) ? NUMBER : WORD, breakBefore(input, out, at), false);
  }
}
