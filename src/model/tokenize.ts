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
  /**
   * Index of the token's text among the distinct texts of the tokens made with one word table
   * (for a document: `DocumentModel.words`), so work per distinct word is done once.
   */
  word: number;
  /** The first character is an uppercase letter. */
  cap: boolean;
  /** Two letters or more, all uppercase ("NATO", "U.S."). */
  upper: boolean;
  /** Index of the sentence the token is in (set when sentences are split). */
  sentence: number;
  /** A line break stands between the token before it (in the same list) and this one. */
  breakBefore: boolean;
  /**
   * A quote mark that opens, from its shape or, for straight marks and backticks, from the
   * characters beside it; false for other tokens.
   */
  opens: boolean;
  /** Whitespace, or the end of the input, follows the token (how typewriter marks `''` are read). */
  spaceAfter: boolean;
  /** Whitespace, or the start of the input, stands before the token: with `spaceAfter`, whether only whitespace parts two tokens. */
  spaceBefore: boolean;
}

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
 * Whether a line break stands anywhere between two tokens of one list.
 *
 * @param tokens The tokens.
 * @param from The earlier token.
 * @param to The later token.
 * @returns True when a token after `from`, up to `to`, starts after a line break.
 */
export function lineBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from + 1; at <= to; at++) if (tokens[at]!.breakBefore) return true;
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

// The flags of a token, packed into one small integer: its kind's index in KINDS, then one bit
// each. A token is the document model's most numerous object (about one per five characters of
// input), so its fields are few: `end`, `kind` and the flags are read through getters.
const KINDS: readonly TokenKind[] = ['word', 'number', 'clitic', 'quote', 'punct'];
const KIND_MASK = 7;
const CAP = 8;
const UPPER = 16;
const BREAK_BEFORE = 32;
const OPENS = 64;
const SPACE_AFTER = 128;
const SPACE_BEFORE = 256;

/**
 * What tokens of one text share: the first `Word` of each text read, reused by every later token
 * with that text, so a document holds each distinct word's strings once.
 */
interface Word {
  text: string;
  lower: string;
  /** Its index in the table: the number of words read before it. */
  index: number;
  /** CAP and UPPER, as they hold for the text. */
  caps: number;
}

/** Tokens' shared words, by text: one per tokenized document. */
export type WordTable = Map<string, Word>;

function wordOf(text: string, words: WordTable): Word {
  const known = words.get(text);
  if (known) return known;
  // ASCII first letters are told apart without a regex.
  const code = text.charCodeAt(0);
  const cap = code < 128 ? code >= 65 && code <= 90 : UPPER_FIRST.test(text);
  const upper = cap && text.length > 1 && !HAS_LOWER.test(text) && LETTERS.test(text);
  const lower = text.toLowerCase();
  const word: Word = { text, lower: lower === text ? text : (words.get(lower)?.text ?? lower), index: words.size, caps: (cap ? CAP : 0) | (upper ? UPPER : 0) };
  words.set(text, word);
  return word;
}

/** A token as the tokenizer makes it: the fields of {@link Token}, five of them stored. */
class PackedToken implements Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly word: number;
  sentence: number;
  private readonly bits: number;

  constructor(word: Word, start: number, bits: number) {
    this.text = word.text;
    this.lower = word.lower;
    this.start = start;
    this.word = word.index;
    this.sentence = -1;
    this.bits = bits | word.caps;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get kind(): TokenKind {
    return KINDS[this.bits & KIND_MASK]!;
  }

  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  get upper(): boolean {
    return (this.bits & UPPER) !== 0;
  }

  get breakBefore(): boolean {
    return (this.bits & BREAK_BEFORE) !== 0;
  }

  get opens(): boolean {
    return (this.bits & OPENS) !== 0;
  }

  get spaceAfter(): boolean {
    return (this.bits & SPACE_AFTER) !== 0;
  }

  get spaceBefore(): boolean {
    return (this.bits & SPACE_BEFORE) !== 0;
  }
}

function makeToken(input: string, words: WordTable, text: string, start: number, kind: TokenKind, breakBefore: boolean, opens: boolean): Token {
  const flags =
    KINDS.indexOf(kind) |
    (breakBefore ? BREAK_BEFORE : 0) |
    (opens ? OPENS : 0) |
    (isSpaceAt(input, start + text.length) ? SPACE_AFTER : 0) |
    (start === 0 || isSpaceAt(input, start - 1) ? SPACE_BEFORE : 0);
  return new PackedToken(wordOf(text, words), start, flags);
}

/** Whether `input` holds whitespace at `at`, or ends there. */
function isSpaceAt(input: string, at: number): boolean {
  if (at >= input.length) return true;
  const code = input.charCodeAt(at);
  return code === 32 || code === 10 || (code < 128 ? code >= 9 && code <= 13 : /\s/u.test(input[at]!));
}

function breakBefore(input: string, out: readonly Token[], start: number): boolean {
  const previous = out[out.length - 1];
  return previous !== undefined && hasLineFeed(input, previous.end, start);
}

/**
 * Split one slice of the input into tokens, appending them to `out`. Possessive and negative
 * clitics are tokens of their own (`Iran` + `’s`, `do` + `n't`) so names never carry them.
 *
 * @param input The whole input.
 * @param start Start of the slice (a text segment of the tree).
 * @param end End of the slice, exclusive.
 * @param out The token list to append to.
 * @param words The words of the tokens made so far (see {@link WordTable}): pass one table for a
 *   whole document so its tokens share their strings.
 */
export function tokenize(input: string, start: number, end: number, out: Token[], words: WordTable = new Map()): void {
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
      out.push(makeToken(input, words, value, at, quote ? 'quote' : 'punct', breakBefore(input, out, at), opens));
      continue;
    }
    // Every clitic has its apostrophe second to last ("'s", "n't"): most words skip the regex.
    const mark = value.charCodeAt(value.length - 2);
    const clitic = mark === 39 || mark === 0x2019 ? CLITIC.exec(value) : null;
    if (clitic && clitic[1] && clitic[2]) {
      out.push(makeToken(input, words, clitic[1], at, startsWithDigit(clitic[1]) ? 'number' : 'word', breakBefore(input, out, at), false));
      out.push(makeToken(input, words, clitic[2], at + clitic[1].length, 'clitic', false, false));
      continue;
    }
    out.push(makeToken(input, words, value, at, startsWithDigit(value) ? 'number' : 'word', breakBefore(input, out, at), false));
  }
}
