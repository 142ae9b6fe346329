import { z } from 'zod';
import { PiecewiseTextSchema, SnippetSchema } from './span.js';

/**
 * `direct`: the content is all inside quote marks; `mixed`: reported speech with a quoted
 * fragment; `indirect`: reported speech or thought with no quote marks.
 *
 * @example
 * ```ts
 * QuoteKindSchema.parse('direct'); // “We will win,” she said.
 * ```
 */
export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']).meta({ id: 'QuoteKind' });

/** The kind of a quote. */
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/**
 * Who said it, as the text names them, and the entity that mention belongs to.
 *
 * @example
 * ```ts
 * SpeakerSchema.parse({ text: 'officials', span: { start: 20, end: 29 }, entityId: null, anonymous: true });
 * ```
 */
export const SpeakerSchema = SnippetSchema.extend({
  entityId: z.string().nullable(),
  anonymous: z.boolean().optional().describe('An unnamed source: "a source said", "officials said".'),
}).meta({ id: 'Speaker' });

/** The speaker of a quote. */
export type Speaker = z.infer<typeof SpeakerSchema>;

/**
 * The attribution verb or phrase ("said", "according to"), with its lemma and class.
 *
 * @example
 * ```ts
 * CueSchema.parse({ text: 'claimed', span: { start: 30, end: 37 }, lemma: 'claim', class: 'loaded' });
 * ```
 */
export const CueSchema = SnippetSchema.extend({
  lemma: z.string(),
  class: z.enum(['neutral', 'loaded']).describe('Loaded cues (claimed, admitted) colour the report.'),
}).meta({ id: 'Cue' });

/** The cue of a quote. */
export type Cue = z.infer<typeof CueSchema>;

/**
 * The medium a quote was reported through: "According to Reuters, she said ...".
 *
 * @example
 * ```ts
 * ViaSchema.parse({ text: 'Reuters', span: { start: 13, end: 20 }, entityId: 'e2' });
 * ```
 */
export const ViaSchema = SnippetSchema.extend({
  entityId: z.string().nullable(),
}).meta({ id: 'Via' });

/** The medium of a quote. */
export type Via = z.infer<typeof ViaSchema>;

/**
 * A quote: what was said, by whom, with which cue.
 *
 * @example
 * ```ts
 * // “We will win,” she said.
 * QuoteSchema.parse({
 *   id: 'q1', kind: 'direct',
 *   content: { text: 'We will win,', span: { start: 1, end: 13 } },
 *   speaker: { text: 'she', span: { start: 15, end: 18 }, entityId: null },
 *   cue: { text: 'said', span: { start: 19, end: 23 }, lemma: 'say', class: 'neutral' },
 *   via: null,
 * });
 * ```
 */
export const QuoteSchema = z
  .object({
    id: z.string(),
    kind: QuoteKindSchema,
    content: PiecewiseTextSchema,
    speaker: SpeakerSchema.nullable(),
    cue: CueSchema.nullable(),
    via: ViaSchema.nullable(),
  })
  .meta({ id: 'Quote' });

/** A quote. */
export type Quote = z.infer<typeof QuoteSchema>;
