import { ABBREVIATIONS, ABBREVIATIONS_MAY_END } from '../lexicon/abbreviations.js';
import { BYLINE, BYLINE_WORDS } from '../lexicon/furniture.js';
import { CLAUSE_JOINERS, FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../lexicon/function-words.js';
import { findDateline } from './dateline.js';
import { isSpaceCode } from './tokenize.js';

const WORD_OR_DOT = /[\p{L}.]/u;

/** A sentence ends inside the text: "Votes counted. Results due", but not "Trump vs. Clinton". */
function hasInnerSentenceEnd(text: string): boolean {
  for (const match of text.matchAll(/[.!?]\s/gu)) {
    // The word before the mark, read back by hand: a pattern with the word before the mark
    // would retry the word from each of its letters (quadratic in a long run of letters).
    let start = match.index;
    while (start > 0 && WORD_OR_DOT.test(text[start - 1]!)) start--;
    const word = text.slice(start, match.index).replace(/\.$/u, '');
    if (match[0][0] !== '.' || !(ABBREVIATIONS.has(word) || ABBREVIATIONS_MAY_END.has(word) || /^\p{Lu}$/u.test(word) || word.includes('.'))) return true;
  }
  return false;
}

const SENTENCE_END = /[.!?\u2026:]["'\u201d\u2019\u00bb)\]]*$/u;
// A heading starts with a capital or a digit ("iTunes" and the like count).
const STARTS_CAPITAL = /^(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})/u;
// A headline may also open with a quote mark, a currency sign or a character reference
// ("'Landmark movies' of 2004 hailed", "&#163;1.8m fine for …").
const STARTS_HEADLINE = /^(?:["'\u201c\u2018]?[\p{Lu}\p{N}]|\p{Ll}+\p{Lu}|[$\u00a3\u20ac&])/u;
// Double marks, or a single mark that opens (a closing one may be a possessive: "vets' day").
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb]|(?:^|\s)['\u2018]/u;

/**
 * Whether a line holds a quote mark (an apostrophe is not one).
 *
 * @param line One line of the input.
 * @returns True when a double quote mark or an opening single one is in it.
 */
export function hasQuoteMark(line: string): boolean {
  return QUOTE_MARK.test(line);
}
const WORD_CHARACTER = /[\p{L}\p{N}'\u2019-]/u;
const NOT_WORD = /\W/u;

/**
 * The last word of a line, trailing punctuation aside: what `/([\p{L}\p{N}'’-]+)\W*$/u` matches,
 * read in one pass (the pattern backtracks between the word and the \W run when they share
 * characters, as apostrophes do: quadratic).
 */
function lastWord(line: string): string | undefined {
  const characters = Array.from(line);
  const inWord = (at: number) => WORD_CHARACTER.test(characters[at]!);
  // The trailing run of \W starts at `tail`; the word reaches it, or starts inside it.
  let tail = characters.length;
  while (tail > 0 && NOT_WORD.test(characters[tail - 1]!)) tail--;
  let start = tail;
  if (tail > 0 && inWord(tail - 1)) {
    start = tail - 1;
    while (start > 0 && inWord(start - 1)) start--;
  } else {
    while (start < characters.length && !inWord(start)) start++;
    if (start === characters.length) return undefined;
  }
  let end = start;
  while (end < characters.length && inWord(end)) end++;
  return characters.slice(start, end).join('');
}

/**
 * Whether a line of text ends a sentence (or introduces what follows, with a colon).
 *
 * @param line One line of the input.
 * @returns True when it ends in terminal punctuation, maybe followed by closing quotes.
 */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}

/**
 * Whether a line could be a heading or a headline: short, starting with a capital (maybe after
 * a quote mark: 'Landmark movies' of 2004 hailed), not ending a sentence or a clause, and not
 * ending on a word that needs more to follow ("in", "the", "and").
 *
 * Section headings hold no quote marks (a one-line quote is a paragraph); a headline may.
 *
 * @param line One line of the input.
 * @param options `headline: true` for the first line of an article.
 * @returns True when the line reads as a heading.
 */
export function looksLikeHeading(line: string, { headline = false }: { headline?: boolean } = {}): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  if (headline ? !STARTS_HEADLINE.test(text) : !STARTS_CAPITAL.test(text) || QUOTE_MARK.test(text)) return false;
  // A headline may end with a semicolon before its deck ("Rates rise; \nBanks warn of …").
  const badEnd = headline ? /(?<!\.\.|\u2026)[.,:\u2014\u2013-]["'\u201d\u2019)]*$/u : /(?<!\.\.|\u2026)[.,;:\u2014\u2013-]["'\u201d\u2019)]*$/u;
  if (badEnd.test(text)) return false;
  if (hasInnerSentenceEnd(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > 14) return false;
  // A question may end on anything ("Who do you think you are?").
  if (text.endsWith('?')) return true;
  const last = lastWord(text);
  return last !== undefined && !CLAUSE_JOINERS.has(last);
}

/**
 * Whether a heading-like line is also plainly a heading where it stands inside a block of
 * lines: short, or set in title case. A hard-wrapped line that happens to end on a capitalised
 * word ("…met with President") is neither.
 *
 * @param line One line of the input.
 * @returns True when the line can stand alone as a heading between paragraph lines.
 */
export function isStandaloneHeading(line: string): boolean {
  if (!looksLikeHeading(line)) return false;
  const words = line.trim().split(/\s+/u);
  if (words.length <= 8) return true;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word) || FUNCTION_WORDS.has(word.toLowerCase())).length;
  return capitalised / words.length >= 0.8;
}

const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * Whether a line of text is a byline ("By Jane Smith", "By Jane Smith, Reuters").
 *
 * @param text The line.
 * @returns Its match, the names as group 1, or null.
 */
export function matchByline(text: string): RegExpExecArray | null {
  const match = text.startsWith('By') && text.split(/\s+/u).length <= BYLINE_WORDS ? BYLINE.exec(text) : null;
  // "By Tuesday", "By March 2025": a time, not a name.
  return match && !CALENDAR.has(match[1]!.split(/[ \t]/u)[0]!) ? match : null;
}

/**
 * How many words a line has, counted no further than one past `limit`: a caller that only
 * compares the count with a bound does not read a long paragraph to its end (splitting a 1 MB
 * paragraph to count its words took a third of a second).
 *
 * @param text The line.
 * @param limit The largest count the caller tells apart.
 * @returns Its whitespace-separated words (1 for a line of none, as splitting gave), at most `limit + 1`.
 */
export function wordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let at = 0; at < text.length && words <= limit; at++) {
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(words, 1);
}

/** Blocks of furniture that may stand above a headline. */
export const LEAD_FURNITURE = 3;
/** Words of a kicker at most ("OPINION", "World news", "The Big Read"). */
const KICKER_WORDS = 4;

/**
 * Whether a line is furniture that may stand above a headline: a byline ("By Jane Holt"), a
 * line that is all dateline ("NAIROBI 2024-05-01"), or a kicker, a short label that is no
 * sentence ("OPINION"). Above a plain-text headline, kickers are left out (`kicker: false`): a
 * short label and a short headline look alike, so the first of them is read as the headline.
 *
 * @param input The source text.
 * @param start Where the line starts.
 * @param end Where it ends.
 * @param options `kicker`: whether a kicker counts (default true).
 * @returns True for furniture, false for a line of body text.
 */
export function isFurnitureLine(input: string, start: number, end: number, { kicker = true }: { kicker?: boolean } = {}): boolean {
  const text = input.slice(start, end);
  if (text.includes('\n') || text.includes('\r')) return false;
  if (matchByline(text)) return true;
  const dateline = findDateline(input, start, end);
  if (dateline) return dateline.body >= end;
  return kicker && isKicker(text);
}

/** A kicker: a short label that is no sentence (no closing full stop, question or exclamation mark, no quote marks). */
function isKicker(text: string): boolean {
  return wordCount(text, KICKER_WORDS) <= KICKER_WORDS && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?]$/u.test(text) && !/["\u201c\u201d\u00ab\u00bb]/u.test(text);
}
