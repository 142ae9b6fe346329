import type { RootContent } from 'mdast';
import type { Span } from '../schema/span.js';
import type { TopBlock } from './blocks.js';
import { findDateline } from './dateline.js';
import { hasQuoteMark, isFurnitureLine, LEAD_FURNITURE, looksLikeHeading, matchByline, wordCount } from './lines.js';
import { type Problem, problem } from './problem.js';
import { PAST_VERBS, PRESENT_REPORTING } from '../lexicon/furniture.js';

/** How the first line of a text reads: the headline, a guess at one, or body text. */
export type HeadlineReading = 'headline' | 'guess' | 'body';

/** Words in a headline at most, for a first line that ends like a sentence. */
const HEADLINE_WORDS = 20;
/** Words a first line needs before its length alone can make it body text. */
const LEDE_WORDS = 8;
/** Paragraphs after the first line that its length is measured against. */
const MEASURED = 3;

// A regular past before an article gives a lede away too ("Police arrested a man.").
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Share of a line's longer words set in capitals above which it is in title case ("Clinton Plan for Taxes Is Expansive."). */
const TITLE_CASE = 0.6;

// Blocks that say nothing about the line before them: markup left out of the text.
const SKIPPED = new Set<RootContent['type']>(['html', 'code', 'thematicBreak', 'definition']);
// Blocks that may follow a headline: body text, and section headings below it.
const BODY = new Set<RootContent['type']>(['paragraph', 'heading', 'blockquote', 'list']);

/** Whether a `#` headline follows the line with only furniture between ("OPINION", "By Jane Holt", "# Budget passes"). */
function headlineBelow(top: readonly TopBlock[], from: number, input: string): boolean {
  for (const block of top.slice(from, from + LEAD_FURNITURE)) {
    if (block.type === 'heading') return block.depth === 1;
    if (block.type !== 'paragraph' || !isFurnitureLine(input, block.start, block.end)) return false;
  }
  return false;
}

/** Whether the line is long, and as long as the longest of the paragraphs from `from` on. */
function asLongAsBody(line: string, top: readonly TopBlock[], from: number, input: string): boolean {
  const words = wordCount(line);
  if (words < LEDE_WORDS) return false;
  let measured = 0;
  let longest = 0;
  for (let at = from; at < top.length && measured < MEASURED; at++) {
    const block = top[at]!;
    if (block.type !== 'paragraph') continue;
    measured++;
    // Counted only as far as the line's own count: a longer paragraph settles it.
    longest = Math.max(longest, wordCount(input.slice(block.start, block.end), words));
  }
  return measured > 0 && words >= longest;
}

/**
 * Whether a one-line paragraph reads as a sentence of body text rather than a headline: in
 * sentence case, with no kicker before a colon and no present tense reporting verb, and in the
 * past tense.
 *
 * @param line The line.
 * @returns True when it reads as a lede.
 */
export function readsAsSentence(line: string): boolean {
  if (line.includes(':')) return false;
  const words = line.match(/[\p{L}'\u2019]+/gu) ?? [];
  const long = words.slice(1).filter((word) => word.length >= 4);
  if (long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= TITLE_CASE) return false;
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => PRESENT_REPORTING.has(word))) return false;
  if (lower.some((word) => PAST_VERBS.has(word))) return true;
  // A regular past with an article after it: a verb and its object as prose writes them.
  return lower.some((word, at) => word.length > 4 && word.endsWith('ed') && ARTICLES.has(lower[at + 1] ?? ''));
}

/** What the text around the first line looks like. */
export interface HeadlineContext {
  /** The document has Markdown headings of its own. */
  hasHeadings: boolean;
  /** The document has front matter. */
  hasFrontMatter: boolean;
}

/**
 * How the first block of a text reads. A line that reads as a heading is the headline, and a
 * guess when markup (an HTML block, a comment, a code block) stands between it and the body.
 * A short single line set off by a blank line, in a document with no Markdown headings or front
 * matter, is a guess at one: articles exported with blank lines between paragraphs put the
 * headline first, and some end it with a full stop ("Clinton leads in new poll."). Body text,
 * not a headline: a byline, a line that opens with a dateline, one that reads as a sentence ("LONDON
 * (Reuters) - Shares rose."), one as long as the paragraphs after it, one that opens with a
 * quotation or leaves a quote mark open, and plain text with one paragraph a line.
 *
 * @param line The first block's text, a single line.
 * @param span Where the line stands in the input.
 * @param top The document's top-level blocks.
 * @param from Where the blocks after the line start in `top`.
 * @param input The source text.
 * @param context What the document holds.
 * @returns The reading.
 */
export function readHeadline(line: string, span: Span, top: readonly TopBlock[], from: number, input: string, context: HeadlineContext): HeadlineReading {
  let found = from;
  while (found < top.length && SKIPPED.has(top[found]!.type)) found++;
  const next = top[found];
  if (!next || !BODY.has(next.type) || (next.type === 'heading' && next.depth === 1)) return 'body';
  // A kicker or a byline above a `#` headline is furniture, not a headline of its own.
  if (isFurnitureLine(input, span.start, span.end) && headlineBelow(top, from, input)) return 'body';
  // A byline first ("By Jane Holt") is furniture, read as such with the body, not a headline.
  if (findDateline(input, span.start, span.end) || matchByline(line)) return 'body';
  const interrupted = found !== from;
  const between = input.slice(span.end, top[from]!.start);
  const blankLine = /\n[ \t]*\r?\n|\r[ \t]*\r/u.test(between);
  // Quote marks are headline style only where a blank line sets the headline off; in text with
  // one paragraph a line, a first line holding a quotation is a quote ("“…” ― Name").
  if (looksLikeHeading(line, { headline: blankLine || !hasQuoteMark(line) })) return interrupted ? 'guess' : 'headline';
  // Markdown with front matter marks its headings with `#`: there a blank line after a short
  // paragraph says nothing, as every paragraph has one (the blank-line headline is a plain-text
  // convention of wire copy and corpora).
  if (context.hasHeadings || context.hasFrontMatter || /^["\u201c\u00ab]/u.test(line) || (line.match(/["\u201c\u201d\u00ab\u00bb]/gu)?.length ?? 0) % 2 === 1) return 'body';
  if (!blankLine || wordCount(line, HEADLINE_WORDS) > HEADLINE_WORDS || readsAsSentence(line) || asLongAsBody(line, top, from, input)) return 'body';
  return 'guess';
}

/**
 * The message for a headline taken from a guess, at the guessed line.
 *
 * @param span The line's span.
 * @returns The problem.
 */
export function guessedHeadline(span: Span): Problem {
  return problem('headline-guessed', span);
}
