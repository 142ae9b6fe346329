/** What a token is. */
export type TokenKind = 'word' | 'number' | 'clitic' | 'quote' | 'punct';

/**
 * One token of the input. Offsets are UTF-16 indices into the input, end exclusive.
 * Tokens never include markup: they come from the text segments of the tree.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The first character is an uppercase letter. */
  cap: boolean;
  /** Two letters or more, all uppercase ("NATO", "U.S."). */
  upper: boolean;
  /** Index of the sentence the token is in (set when sentences are split). */
  sentence: number;
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a', "'", '\u2018', '\u2019']);

// Acronyms with dots (U.S., e.g.), then words with inner hyphens, apostrophes, periods or
// ampersands (well-documented, Iran’s, 3.5, AT&T), then any other single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'\u2019.&\u2011][\p{L}\p{M}\p{N}]+)*|\S/gu;
const CLITIC = /^(.+?)(['\u2019][sS]|n['\u2019]t)$/u;
const DIGIT = /^\p{N}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}.*\p{L}/u;

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

function makeToken(text: string, start: number, kind: TokenKind): Token {
  // Every token pays for this: ASCII first letters are told apart without a regex.
  const code = text.charCodeAt(0);
  const cap = code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(text);
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    kind,
    cap,
    upper: cap && text.length > 1 && !HAS_LOWER.test(text) && LETTERS.test(text),
    sentence: -1,
  };
}

/**
 * Split one slice of the input into tokens, appending them to `out`. Possessive and negative
 * clitics are tokens of their own (`Iran` + `’s`, `do` + `n't`) so names never carry them.
 *
 * @param input The whole input.
 * @param start Start of the slice (a text segment of the tree).
 * @param end End of the slice, exclusive.
 * @param out The token list to append to.
 */
export function tokenize(input: string, start: number, end: number, out: Token[]): void {
  const text = input.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const value = match[0];
    const at = start + match.index;
    if (value.length === 1 && !isWordChar(value)) {
      out.push(makeToken(value, at, QUOTE_MARKS.has(value) ? 'quote' : 'punct'));
      continue;
    }
    // Every clitic has its apostrophe second to last ("'s", "n't"): most words skip the regex.
    const mark = value.charCodeAt(value.length - 2);
    const clitic = mark === 39 || mark === 0x2019 ? CLITIC.exec(value) : null;
    if (clitic && clitic[1] && clitic[2]) {
      out.push(makeToken(clitic[1], at, startsWithDigit(clitic[1]) ? 'number' : 'word'));
      out.push(makeToken(clitic[2], at + clitic[1].length, 'clitic'));
      continue;
    }
    out.push(makeToken(value, at, startsWithDigit(value) ? 'number' : 'word'));
  }
}
