import { z } from 'zod';
import { SnippetSchema } from './span.js';

/**
 * Hyland's (2005) stance and engagement categories.
 *
 * @example
 * ```ts
 * StanceKindSchema.parse('hedge'); // "could", "perhaps"
 * ```
 */
export const StanceKindSchema = z
  .enum(['hedge', 'booster', 'attitude', 'self-mention', 'engagement'])
  .meta({ id: 'StanceKind' });

/** A stance category. */
export type StanceKind = z.infer<typeof StanceKindSchema>;

/**
 * Whose stance a marker is: the author's, or the speaker's of the quote it stands in.
 *
 * @example
 * ```ts
 * StanceHolderSchema.parse({ kind: 'speaker', quoteId: 'q1', entityId: 'e1' });
 * ```
 */
export const StanceHolderSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('author') }),
    z.object({ kind: z.literal('speaker'), quoteId: z.string(), entityId: z.string().nullable() }),
  ])
  .meta({ id: 'StanceHolder' });

/** Whose stance a marker is. */
export type StanceHolder = z.infer<typeof StanceHolderSchema>;

/**
 * A word or phrase that shows how the text leans.
 *
 * @example
 * ```ts
 * StanceMarkerSchema.parse({
 *   id: 'm1', kind: 'hedge', text: 'could', lemma: 'could',
 *   span: { start: 3, end: 8 }, holder: { kind: 'author' },
 * });
 * ```
 */
export const StanceMarkerSchema = SnippetSchema.extend({
  id: z.string(),
  kind: StanceKindSchema,
  lemma: z.string(),
  holder: StanceHolderSchema,
}).meta({ id: 'StanceMarker' });

/** A stance marker. */
export type StanceMarker = z.infer<typeof StanceMarkerSchema>;
