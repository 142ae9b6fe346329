import { FUNCTION_WORDS } from '../lexicon/function-words.js';

const SENTENCE_END = /[.!?\u2026:]["'\u201d\u2019\u00bb)\]]*$/u;
const STARTS_CAPITAL = /^[\p{Lu}\p{N}]/u;
const LAST_WORD = /([\p{L}\p{N}'\u2019-]+)\W*$/u;

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
 * Whether a line could be a heading or a headline: short, starting with a capital, not
 * ending a sentence or a clause, and not ending on a word that needs more to follow
 * ("in", "the", "and").
 *
 * @param line One line of the input.
 * @returns True when the line reads as a heading.
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  if (!STARTS_CAPITAL.test(text)) return false;
  if (/[.,;:\u2014\u2013-]["'\u201d\u2019)]*$/u.test(text)) return false;
  if (/[.!?]\s/u.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > 14) return false;
  const last = LAST_WORD.exec(text)?.[1];
  return last !== undefined && !FUNCTION_WORDS.has(last.toLowerCase());
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
