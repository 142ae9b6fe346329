import * as z from 'zod';

/**
 * Where an item sits in the input: UTF-16 offsets (JavaScript string indices), end exclusive.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 4 }); // "Iran" in "Iran said"
 * ```
 */
export const SpanSchema = z
  .object({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: 'Expected `end` at or after `start`' })
  .meta({ id: 'Span', description: 'UTF-16 offsets into the input, end exclusive.' });

/** A source span: `input.slice(span.start, span.end)`. The type of {@link SpanSchema}. */
export interface Span {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit (end exclusive), at or after `start`. */
  end: number;
}

/**
 * A piece of the input and where it is: `input.slice(span.start, span.end) === text`.
 *
 * @example
 * ```ts
 * SnippetSchema.parse({ text: 'Iran', span: { start: 0, end: 4 } });
 * ```
 */
export const SnippetSchema = z
  .object({
    text: z.string(),
    span: SpanSchema,
  })
  .meta({ id: 'Snippet', description: 'A slice of the input: input.slice(span.start, span.end) === text.' });

/** A slice of the input with its span. The type of {@link SnippetSchema}. */
export interface Snippet {
  /** The text, `input.slice(span.start, span.end)`. */
  text: string;
  /** Where the text is in the input. */
  span: Span;
}

/**
 * Text that may be made of several pieces of the input, such as a quote interrupted by its
 * attribution or a paragraph with markup inside. Without `parts`, `text` is the slice at `span`;
 * with `parts`, `text` is the parts' texts joined with a space and `span` runs from the first
 * part's start to the last part's end.
 *
 * @example
 * ```ts
 * // “We will,” she said, “win.”
 * PiecewiseTextSchema.parse({
 *   text: 'We will, win.',
 *   span: { start: 1, end: 24 },
 *   parts: [
 *     { text: 'We will,', span: { start: 1, end: 9 } },
 *     { text: 'win.', span: { start: 20, end: 24 } },
 *   ],
 * });
 * ```
 */
export const PiecewiseTextSchema = SnippetSchema.extend({
  parts: z.array(SnippetSchema).min(2).optional(),
}).meta({
  id: 'PiecewiseText',
  description: 'Text, possibly made of several slices of the input (parts).',
});

/** Text that may be made of several slices of the input. The type of {@link PiecewiseTextSchema}. */
export interface PiecewiseText extends Snippet {
  /**
   * The slices, when there are two or more: `text` is then their texts joined with a space, and
   * `span` runs from the first one's start to the last one's end.
   */
  parts?: Snippet[];
}
