import { BYLINE, BYLINE_WORDS, SIGN_OFF } from '../lexicon/furniture.js';
import { MONTHS, WEEKDAYS } from '../lexicon/function-words.js';
import type { Span } from '../schema/span.js';
import { findDateline } from './dateline.js';

/** A block before tokenization: its kind and the source pieces holding its text. */
export interface RawBlock {
  kind: 'headline' | 'heading' | 'paragraph' | 'byline' | 'dateline' | 'sign-off';
  segments: Span[];
  blockquote: boolean;
}

const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** How many blocks after the headline a byline may stand at. */
const BYLINE_REACH = 3;

function textOf(input: string, block: RawBlock): string {
  return input.slice(block.segments[0]!.start, block.segments.at(-1)!.end);
}

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
 * The dateline of a document: its span and its place names.
 */
export interface Dateline {
  /** The dateline as written ("KYIV, Ukraine (Reuters)"), the dash left out. */
  span: Span;
  /** Its place names, city first ("KYIV", "Ukraine"): entities read them from here. */
  places: Span[];
}

/**
 * Mark the news furniture around the body: a byline line near the top, sign-offs and web
 * furniture at the end, and a dateline opening the first paragraph (cut off the paragraph, so
 * the paragraph's text is the story; a paragraph that is all dateline, "NAIROBI 2024-05-01" on
 * its own line, becomes a dateline block), and datelines that a date or an agency closes at
 * the start of later paragraphs. Blocks are changed in place.
 *
 * @param blocks The document's blocks in order.
 * @param input The source text.
 * @returns The article's dateline, if the first paragraph opens with one, every dateline
 *   found, and the names of the byline, if there is one.
 */
export function markFurniture(blocks: RawBlock[], input: string): { lead: Dateline | null; datelines: Dateline[]; bylineNames: Span | null } {
  const body = blocks.findIndex((block) => block.kind !== 'headline');
  let bylineNames: Span | null = null;
  for (let index = Math.max(0, body); index < Math.min(blocks.length, body + BYLINE_REACH); index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' || block.blockquote) continue;
    const text = textOf(input, block);
    const match = matchByline(text);
    if (match) {
      block.kind = 'byline';
      // The names follow "By" and the spaces after it, and open with a capital: their first
      // occurrence after "By" is where they stand.
      const start = block.segments[0]!.start + text.indexOf(match[1]!, 2);
      bylineNames = { start, end: start + match[1]!.length };
      break;
    }
  }
  for (let index = blocks.length - 1; index > 0; index--) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' || !SIGN_OFF.test(textOf(input, block))) break;
    block.kind = 'sign-off';
  }
  // The article's dateline opens its first paragraph; later paragraphs (wire roundups) take
  // one only when a date or an agency closes it, as a capitalised word and a dash inside a
  // story is often just that ("NATO — the alliance …").
  const datelines: Dateline[] = [];
  let lead: Dateline | null = null;
  let first = true;
  for (const block of blocks) {
    // A line that is all dateline may have been read as a heading between paragraphs.
    if (block.kind !== 'paragraph' && !(block.kind === 'heading' && !first)) continue;
    const found = block.blockquote ? null : cutDateline(block, input, first);
    if (found && first) lead = found;
    if (found) datelines.push(found);
    first = false;
  }
  return { lead, datelines, bylineNames };
}

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