// What each block of a document is, decided in one pass over the blocks in reading order: the
// headline, section headings of plain text, the byline, datelines with their places, and
// sign-offs. Markdown headings, tables and skipped markup were told apart when the blocks were
// read off the tree (model/blocks.ts).
import { SIGN_OFF } from '../lexicon/furniture.js';
import type { Span } from '../schema/span.js';
import type { RawBlock, TopBlock, TreeBlocks } from './blocks.js';
import { type Dateline, findDateline } from './dateline.js';
import { guessedHeadline, readHeadline } from './headline.js';
import { endsSentence, isFurnitureLine, LEAD_FURNITURE, looksLikeHeading, matchByline } from './lines.js';
import type { Problem } from './problem.js';

/** How many blocks after the headline a byline may stand at. */
const BYLINE_REACH = 3;

/** How the blocks are read. */
export interface ClassifyOptions {
  /** Whether a host parsed front matter off the text before remark saw it. */
  hostFrontMatter: boolean;
  /** Whether the document has front matter of its own. */
  frontMatter: boolean;
  /** Whether the first block may be a headline; `false` leaves a bare first line body text. */
  guessHeadline: boolean;
}

/** The furniture found by {@link classifyBlocks}. */
export interface Furniture {
  /** The dateline opening the first paragraph, cut off it. */
  lead: Dateline | null;
  /** Every dateline, the article's first. */
  datelines: Dateline[];
  /** The names of the byline, if there is one. */
  bylineNames: Span | null;
  problems: Problem[];
}

function textOf(input: string, block: RawBlock): string {
  return input.slice(block.segments[0]!.start, block.segments.at(-1)!.end);
}

/** The text of a top-level paragraph on one line, or undefined. */
function paragraphLine(block: TopBlock | undefined, input: string): string | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const text = input.slice(block.start, block.end);
  return text.includes('\n') ? undefined : text;
}

/**
 * Whether a top-level block is a bare-line section heading of plain text: a one-line paragraph
 * that reads as a heading, after a paragraph that ends a sentence and is not a heading itself,
 * and before body text.
 */
function isLineHeading(top: readonly TopBlock[], index: number, input: string): boolean {
  const line = paragraphLine(top[index], input);
  if (line === undefined || !looksLikeHeading(line)) return false;
  const next = top[index + 1];
  if (next?.type !== 'paragraph') return false;
  const nextLine = paragraphLine(next, input);
  if (nextLine !== undefined && looksLikeHeading(nextLine)) return false;
  const previous = top[index - 1]!;
  return previous.type === 'paragraph' && previous.heading === 0 && endsSentence(input.slice(previous.start, previous.end));
}

/**
 * A dateline opening a block: cut off it (so the block's text is the story), or the whole block
 * when it is all dateline with a date ("NAIROBI 2024-05-01" on a line of its own). Later blocks
 * take one only when a date or an agency closes it, as a capitalised word and a dash inside a
 * story is often just that ("NATO — the alliance …").
 */
function cutDateline(block: RawBlock, input: string, first: boolean): Dateline | null {
  const segment = block.segments[0]!;
  const found = findDateline(input, segment.start, segment.end);
  if (!found || (!first && !found.closed)) return null;
  if (block.kind === 'heading' && found.body < segment.end) return null;
  if (found.body >= segment.end) {
    // All dateline: only one with a date, on a block of its own ("FATAL FORCE (MACROSPACE)" is a heading).
    if (block.segments.length > 1 || !found.dated) return null;
    block.kind = 'dateline';
  } else segment.start = found.body;
  return { span: found.span, places: found.places };
}

/**
 * Decide what each block is, in one pass in reading order, changing the blocks' kinds in place
 * (the tree is not touched). The first top-level block is read as the headline as
 * {@link readHeadline} decides; later one-line paragraphs are section headings as
 * {@link isLineHeading} decides, unless the document has Markdown headings of its own. A
 * byline stands within {@link BYLINE_REACH} blocks of the top; the blocks that close the text
 * with credit lines and web furniture are sign-offs; the first paragraph may open with the
 * article's dateline, and later ones (wire roundups) with a closed one.
 *
 * @param read The blocks read off the tree.
 * @param input The source text.
 * @param options What else the document holds, and whether a headline may be guessed.
 * @returns The datelines, the byline's names, and a `headline-guessed` problem when the headline is a guess.
 */
export function classifyBlocks(read: TreeBlocks, input: string, options: ClassifyOptions): Furniture {
  const { top, blocks } = read;
  const problems: Problem[] = [];
  const datelines: Dateline[] = [];
  let lead: Dateline | null = null;
  let bylineNames: Span | null = null;
  // The datelines: whether the next block read is the first to hold one.
  let first = true;
  // The blocks of the current run of sign-off lines: the run at the end is the sign-off, and a
  // run that text follows is read as body text after all.
  let run: number[] = [];
  const dateline = (index: number) => {
    const block = blocks[index]!;
    // A line that is all dateline may have been read as a heading between paragraphs.
    if (block.kind !== 'paragraph' && !(block.kind === 'heading' && !first)) return;
    const found = block.blockquote ? null : cutDateline(block, input, first);
    if (found && first) lead = found;
    if (found) datelines.push(found);
    first = false;
  };
  // The first line may be the headline, or the first after a byline or dateline line above it.
  let headlineAt = 0;
  while (options.guessHeadline && headlineAt < LEAD_FURNITURE && headlineAt + 1 < top.length && top[headlineAt]!.type === 'paragraph' && isFurnitureLine(input, top[headlineAt]!.start, top[headlineAt]!.end, { kicker: false })) headlineAt++;
  for (let at = 0; at < top.length; at++) {
    const entry = top[at]!;
    const [from, to] = entry.blocks;
    if (at === headlineAt && options.guessHeadline) {
      const line = paragraphLine(entry, input);
      if (line !== undefined) {
        const span = { start: entry.start, end: entry.end };
        const reading = readHeadline(line, span, top, at + 1, input, { hasHeadings: read.hasHeadings, hasFrontMatter: options.hostFrontMatter || options.frontMatter });
        if (reading !== 'body') entry.heading = 1;
        if (reading === 'guess') problems.push(guessedHeadline(span));
      }
    } else if (at > headlineAt && !read.hasHeadings && isLineHeading(top, at, input)) entry.heading = 2;
    // The first top-level block holds the first text block, if any.
    if (entry.heading !== 0 && to > from) blocks[from]!.kind = entry.heading === 1 ? 'headline' : 'heading';
    for (let index = from; index < to; index++) {
      const block = blocks[index]!;
      const body = blocks[0]!.kind === 'headline' ? 1 : 0;
      if (bylineNames === null && index >= body && index < body + BYLINE_REACH && block.kind === 'paragraph' && !block.blockquote) {
        const text = textOf(input, block);
        const match = matchByline(text);
        if (match) {
          block.kind = 'byline';
          // The names follow "By" and the spaces after it, and open with a capital: their first
          // occurrence after "By" is where they stand.
          const start = block.segments[0]!.start + text.indexOf(match[1]!, 2);
          bylineNames = { start, end: start + match[1]!.length };
        }
      }
      if (index > 0 && block.kind === 'paragraph' && SIGN_OFF.test(textOf(input, block))) {
        run.push(index);
        continue;
      }
      for (const earlier of run) dateline(earlier);
      run = [];
      dateline(index);
    }
  }
  for (const index of run) blocks[index]!.kind = 'sign-off';
  return { lead, datelines, bylineNames, problems };
}
