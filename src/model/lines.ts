import { ABBREVIATIONS, ABBREVIATIONS_MAY_END } from '../lexicon/abbreviations.js';
import { CLAUSE_JOINERS, FUNCTION_WORDS } from '../lexicon/function-words.js';

/** A sentence ends inside the text: "Votes counted. Results due", but not "Trump vs. Clinton". */
function hasInnerSentenceEnd(text: string): boolean {
  for (const match of text.matchAll(/([\p{L}.]*)([.!?])\s/gu)) {
    const word = match[1]!.replace(/\.$/u, '');
    if (match[2] !== '.' || !(ABBREVIATIONS.has(word) || ABBREVIATIONS_MAY_END.has(word) || /^\p{Lu}$/u.test(word) || word.includes('.'))) return true;
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
  const last = LAST_WORD.exec(text)?.[1];
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
