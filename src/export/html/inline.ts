import type { Span } from '../../schema/span.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and double-quoted attribute values.
 *
 * @param text Any text.
 * @returns The text with `& < > " '` as character references.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ESCAPES[character]!);
}

/** Attributes of an element, rendered in order; `undefined` leaves one out. */
export type Attributes = Record<string, string | number | undefined>;

/** An element drawn over a stretch of the source text. */
export interface Mark {
  /** Where, in the source. */
  span: Span;
  /** Outer marks have lower ranks: a quote (0) holds a mention (2), which holds a stance marker (3). */
  rank: number;
  tag: string;
  /** The attributes of every piece; a mark that crosses another is drawn in several pieces. */
  attributes: Attributes;
  /** Extra attributes of the first piece only (`tabindex`: one tab stop per mark). */
  first?: Attributes;
}

/** An empty element at one place of the source text (a message's pin, a quote's speaker label). */
export interface Point {
  offset: number;
  /** The element, already rendered. */
  html: string;
}

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/**
 * An element's start tag.
 *
 * @param tag The tag name.
 * @param attributes Its attributes, escaped here.
 * @returns `<tag a="…">`.
 */
export function startTag(tag: string, attributes: Attributes): string {
  return `<${tag}${attributeText(attributes)}>`;
}

interface Placed {
  mark: Mark;
  start: number;
  end: number;
  order: number;
}

/**
 * The inner HTML of a block: the source text of `pieces` (a block's text without its markup,
 * pieces joined as `PiecewiseText` joins them: a space where the markup between them held
 * whitespace) with `marks` drawn over it, nested by rank. A mark that crosses a mark of lower
 * rank, or the end of one of equal rank, is split into pieces, so the result always nests.
 *
 * @param source The source text.
 * @param pieces The block's spans, in order, not overlapping.
 * @param marks Marks anywhere in the source; those outside the block are left out.
 * @param points Points anywhere in the source; those outside the block are left out.
 * @returns The HTML, whose text content is the pieces' text joined.
 */
export function renderInline(source: string, pieces: readonly Span[], marks: readonly Mark[], points: readonly Point[]): string {
  const kept = pieces.filter((piece) => piece.end > piece.start);
  if (kept.length === 0) return '';
  // The rendered text, and where each piece starts in it.
  let text = '';
  const starts: number[] = [];
  for (const [index, piece] of kept.entries()) {
    if (index > 0 && /\s/u.test(source.slice(kept[index - 1]!.end, piece.start))) text += ' ';
    starts.push(text.length);
    text += source.slice(piece.start, piece.end);
  }
  // A source offset in the rendered text. Offsets in the markup between two pieces go to the
  // next piece for a start and to the previous one for an end, so a mark covering the markup
  // covers the separator too.
  const toRendered = (offset: number, side: 'start' | 'end'): number | undefined => {
    if (offset < kept[0]!.start || offset > kept.at(-1)!.end) return undefined;
    for (const [index, piece] of kept.entries()) {
      if (offset <= piece.end) {
        if (offset >= piece.start) return starts[index]! + offset - piece.start;
        return side === 'start' ? starts[index]! : starts[index - 1]! + kept[index - 1]!.end - kept[index - 1]!.start;
      }
    }
    return undefined;
  };
  const first = kept[0]!.start;
  const last = kept.at(-1)!.end;
  const placed: Placed[] = [];
  for (const [order, mark] of marks.entries()) {
    if (mark.span.end <= first || mark.span.start >= last) continue;
    const start = toRendered(Math.max(mark.span.start, first), 'start')!;
    const end = toRendered(Math.min(mark.span.end, last), 'end')!;
    if (end > start) placed.push({ mark, start, end, order });
  }
  const at = new Map<number, string[]>();
  for (const point of points) {
    const offset = toRendered(point.offset, 'start');
    if (offset !== undefined) at.set(offset, [...(at.get(offset) ?? []), point.html]);
  }
  const bounds = [...new Set([0, text.length, ...placed.flatMap((item) => [item.start, item.end]), ...at.keys()])].sort((a, b) => a - b);
  const outerFirst = (a: Placed, b: Placed) => a.mark.rank - b.mark.rank || a.start - b.start || b.end - a.end || a.order - b.order;

  let html = '';
  let open: Placed[] = [];
  const opened = new Set<Placed>();
  for (const [index, bound] of bounds.entries()) {
    const next = bounds[index + 1];
    const active = next === undefined ? [] : placed.filter((item) => item.start <= bound && item.end >= next).sort(outerFirst);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let close = open.length - 1; close >= keep; close--) html += `</${open[close]!.mark.tag}>`;
    html += at.get(bound)?.join('') ?? '';
    for (const item of active.slice(keep)) {
      const firstPiece = !opened.has(item);
      opened.add(item);
      html += startTag(item.mark.tag, firstPiece && item.mark.first ? { ...item.mark.attributes, ...item.mark.first } : item.mark.attributes);
    }
    open = active;
    if (next !== undefined) html += escapeHtml(text.slice(bound, next));
  }
  return html;
}
