// Indexed lookups over the document model (binary searches, no scans per quote) and span helpers.
import { blockAtOffset, type DocumentModel } from '../../model/document.js';
import { lastAtOrBefore } from '../../model/search.js';
import { clipToSegments, piecewiseText } from '../../model/text.js';
import type { TokenStore } from '../../model/tokenize.js';
import type { Quote } from '../../schema/quote.js';
import type { Span } from '../../schema/span.js';
import type { LinkedMention } from '../entities.js';

/** The first mention starting at or after `offset` (mentions are sorted by start). */
export function firstMentionFrom(mentions: readonly LinkedMention[], offset: number): number {
  return lastAtOrBefore(mentions, offset - 1, (mention) => mention.span.start) + 1;
}

/** Mentions wholly inside `span`, demonyms left out ("Iranian officials" is not Iran speaking). */
export function mentionsInside(mentions: readonly LinkedMention[], span: Span): LinkedMention[] {
  const inside: LinkedMention[] = [];
  for (let at = firstMentionFrom(mentions, span.start); at < mentions.length && mentions[at]!.span.start < span.end; at++) {
    const mention = mentions[at]!;
    if (mention.span.end <= span.end && mention.kind !== 'demonym') inside.push(mention);
  }
  return inside;
}

/** Whether any mention other than a demonym lies wholly inside `[start, end)`, without collecting them. */
export function hasMentionInside(mentions: readonly LinkedMention[], start: number, end: number): boolean {
  for (let at = firstMentionFrom(mentions, start); at < mentions.length && mentions[at]!.span.start < end; at++) {
    const mention = mentions[at]!;
    if (mention.span.end <= end && mention.kind !== 'demonym') return true;
  }
  return false;
}

/** The mention inside `span` that names the source, a proper name first. */
export function mentionIn(mentions: readonly LinkedMention[], span: Span): LinkedMention | undefined {
  const inside = mentionsInside(mentions, span);
  return inside.find((mention) => mention.kind === 'name') ?? inside[0];
}

/** The source span of the token range `[from, to)`. */
export function rangeSpan(tokens: TokenStore, [from, to]: [number, number]): Span {
  return { start: tokens.start(from), end: tokens.end(to - 1) };
}

/** Quote content from source pieces, each clipped to its block's text segments (markup left out). */
export function contentOf(document: DocumentModel, pieces: readonly Span[]): Quote['content'] {
  // Pushed, not flat-mapped: `flatMap` makes holey arrays, the pieces read below packed ones (see extractQuotes).
  const clipped: Span[] = [];
  for (const piece of pieces) {
    const block = document.blocks[blockAtOffset(document, piece.start)];
    if (block && piece.end <= block.span.end) for (const clip of clipToSegments(block.segments, piece)) clipped.push(clip);
    else clipped.push(piece);
  }
  return piecewiseText(document.input, clipped);
}
