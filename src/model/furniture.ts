import { BYLINE, BYLINE_WORDS, DATELINE, SIGN_OFF } from '../lexicon/furniture.js';
import type { Span } from '../schema/span.js';

/** A block before tokenization: its kind and the source pieces holding its text. */
export interface RawBlock {
  kind: 'headline' | 'heading' | 'paragraph' | 'byline' | 'sign-off';
  segments: Span[];
  blockquote: boolean;
}

/** How far into the first paragraph a dateline's dash may stand. */
const DATELINE_REACH = 80;

/** How many blocks after the headline a byline may stand at. */
const BYLINE_REACH = 3;

function textOf(input: string, block: RawBlock): string {
  return input.slice(block.segments[0]!.start, block.segments.at(-1)!.end);
}

/**
 * Mark the news furniture around the body: a byline line near the top, sign-offs and web
 * furniture at the end, and a dateline opening the first paragraph (cut off the paragraph, so
 * the paragraph's text is the story). Blocks are changed in place.
 *
 * @param blocks The document's blocks in order.
 * @param input The source text.
 * @returns The dateline's span, if the first paragraph opens with one.
 */
export function markFurniture(blocks: RawBlock[], input: string): Span | null {
  const body = blocks.findIndex((block) => block.kind !== 'headline');
  for (let index = Math.max(0, body); index < Math.min(blocks.length, body + BYLINE_REACH); index++) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' || block.blockquote) continue;
    const text = textOf(input, block);
    if (text.startsWith('By') && text.split(/\s+/u).length <= BYLINE_WORDS && BYLINE.test(text)) {
      block.kind = 'byline';
      break;
    }
  }
  for (let index = blocks.length - 1; index > 0; index--) {
    const block = blocks[index]!;
    if (block.kind !== 'paragraph' || !SIGN_OFF.test(textOf(input, block))) break;
    block.kind = 'sign-off';
  }
  const first = blocks.find((block) => block.kind === 'paragraph');
  const segment = first?.segments[0];
  if (!first || !segment) return null;
  // A dateline is short: looking at the paragraph's opening keeps the pattern's cost flat.
  const match = DATELINE.exec(input.slice(segment.start, Math.min(segment.end, segment.start + DATELINE_REACH)));
  // The rest of the paragraph must go on: a line that is all dateline is not one.
  if (!match || match[0].length >= segment.end - segment.start || !/\p{Lu}{2}/u.test(match[1]!)) return null;
  const dateline = { start: segment.start, end: segment.start + match[1]!.length };
  segment.start += match[0].length;
  return dateline;
}
