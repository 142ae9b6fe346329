import type { PiecewiseText, Snippet, Span } from '../schema/span.js';
import { lastAtOrBefore } from './search.js';

/**
 * A slice of the input with its span.
 *
 * @param input The source text.
 * @param span Where.
 * @returns `{text, span}` with `text === input.slice(span.start, span.end)`.
 */
export function snippet(input: string, span: Span): Snippet {
  return { text: input.slice(span.start, span.end), span: { start: span.start, end: span.end } };
}

/**
 * Text made of one or more pieces of the input. One piece gives a plain snippet; several give
 * `parts`, joined with a space where the source between them holds whitespace and directly
 * where it holds only markup (`**Iran**’s` reads `Iran’s`).
 *
 * @param input The source text.
 * @param pieces Non-overlapping spans in source order.
 * @returns The text, its overall span, and its parts when there are several.
 */
export function piecewiseText(input: string, pieces: readonly Span[]): PiecewiseText {
  // Pushed, not filtered and mapped: `filter` and `map` make arrays of other kinds once V8 has
  // optimized their caller, and each new kind threw away the code reading them (see extractQuotes).
  const kept: Span[] = [];
  for (const piece of pieces) if (piece.end > piece.start) kept.push(piece);
  if (kept.length === 0) throw new RangeError('Expected at least one non-empty piece');
  if (kept.length === 1) return snippet(input, kept[0]!);
  const parts: Snippet[] = [];
  for (const piece of kept) parts.push(snippet(input, piece));
  let text = parts[0]!.text;
  for (let index = 1; index < parts.length; index++) {
    const gap = input.slice(parts[index - 1]!.span.end, parts[index]!.span.start);
    text += (/\s/u.test(gap) ? ' ' : '') + parts[index]!.text;
  }
  return { text, span: { start: kept[0]!.start, end: kept.at(-1)!.end }, parts };
}

/**
 * The pieces of `span` that fall inside text segments (markup left out).
 *
 * @param segments A block's text segments, in order.
 * @param span Any span inside the block.
 * @returns The intersections, in order.
 */
export function clipToSegments(segments: readonly Span[], span: Span): Span[] {
  const out: Span[] = [];
  // Segments are in order and apart: start at the last one starting at or before the span, so
  // clipping every sentence of a long paragraph does not read all its segments each time.
  for (let at = Math.max(0, lastAtOrBefore(segments, span.start, (segment) => segment.start)); at < segments.length; at++) {
    const segment = segments[at]!;
    if (segment.start >= span.end) break;
    const start = Math.max(segment.start, span.start);
    const end = Math.min(segment.end, span.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}
