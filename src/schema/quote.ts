import * as z from 'zod';
import { type PiecewiseText, PiecewiseTextSchema, type Snippet, SnippetSchema } from './span.js';

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

/**
 * The kind of a quote: `direct` (all inside quote marks), `indirect` (reported, no quote marks)
 * or `mixed` (reported, with a quoted fragment). The type of {@link QuoteKindSchema}.
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

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

/** The speaker of a quote, as the text names them. The type of {@link SpeakerSchema}. */
export interface Speaker extends Snippet {
  /** The id of the entity the speaker is, or null when no entity was found for them. */
  entityId: string | null;
  /** True for an unnamed source: "a source said", "officials said". */
  anonymous?: boolean;
}

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

/** The cue of a quote: the attribution verb or phrase. The type of {@link CueSchema}. */
export interface Cue extends Snippet {
  /** The cue's dictionary form: `say` for "said", `according to`. */
  lemma: string;
  /** `loaded` for cues that colour the report (claimed, admitted), `neutral` otherwise (said). */
  class: 'neutral' | 'loaded';
}

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

/** The medium a quote came through ("According to Reuters"). The type of {@link ViaSchema}. */
export interface Via extends Snippet {
  /** The id of the entity the medium is, or null. */
  entityId: string | null;
}

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

/** A quote: what was said, by whom, with which cue. The type of {@link QuoteSchema}. */
export interface Quote {
  /** `q1`, `q2`, … in reading order. */
  id: string;
  /** Direct, indirect or mixed. */
  kind: QuoteKind;
  /** What was said; `parts` when the attribution interrupts it. */
  content: PiecewiseText;
  /** Who said it, or null when the text does not say. */
  speaker: Speaker | null;
  /** The attribution verb or phrase, or null when the quote has none. */
  cue: Cue | null;
  /** The outlet the quote came through, or null. */
  via: Via | null;
}
