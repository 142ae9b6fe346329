import * as z from 'zod';
import { type Snippet, SnippetSchema } from './span.js';

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

/** A stance category, after Hyland (2005). The type of {@link StanceKindSchema}. */
export type StanceKind = 'hedge' | 'booster' | 'attitude' | 'self-mention' | 'engagement';

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

/**
 * Whose stance a marker is: the author's, or the speaker's of the quote it stands in. The type
 * of {@link StanceHolderSchema}.
 */
export type StanceHolder =
  | { kind: 'author' }
  | {
      kind: 'speaker';
      /** The quote the marker stands in. */
      quoteId: string;
      /** The entity that speaker is, or null. */
      entityId: string | null;
    };

/**
 * A word or phrase that shows how the text leans, with the sentence it stands in: the
 * `sentence`-th sentence (from 0) of paragraph `paragraphId`.
 *
 * @example
 * ```ts
 * StanceMarkerSchema.parse({
 *   id: 'm1', kind: 'hedge', text: 'could', lemma: 'could',
 *   span: { start: 9, end: 14 }, paragraphId: 'p1', sentence: 0,
 *   holder: { kind: 'author' }, attribution: null,
 * });
 * ```
 */
export const StanceMarkerSchema = SnippetSchema.extend({
  id: z.string(),
  kind: StanceKindSchema,
  lemma: z.string(),
  paragraphId: z.string(),
  sentence: z.int().nonnegative(),
  holder: StanceHolderSchema,
  attribution: z
    .string()
    .nullable()
    .describe('The id of the quote this marker is the loaded attribution verb of ("claimed", "admitted"): the author\'s stance on the report.'),
}).meta({ id: 'StanceMarker' });

/** A stance marker: a word or phrase that shows how the text leans. The type of {@link StanceMarkerSchema}. */
export interface StanceMarker extends Snippet {
  /** `m1`, `m2`, … in reading order. */
  id: string;
  /** Hedge, booster, attitude, self-mention or engagement. */
  kind: StanceKind;
  /** The marker's dictionary form. */
  lemma: string;
  /** The paragraph it stands in. */
  paragraphId: string;
  /** The sentence of that paragraph it stands in, from 0. */
  sentence: number;
  /** The author, or the speaker of the quote it stands in. */
  holder: StanceHolder;
  /**
   * The id of the quote this marker is the loaded attribution verb of ("claimed", "admitted"):
   * the author's stance on the report; null otherwise.
   */
  attribution: string | null;
}

/**
 * How many markers, and how many per 100 words of the text they are counted in.
 *
 * @example
 * ```ts
 * StanceCountSchema.parse({ count: 3, per100Words: 1.5 });
 * ```
 */
export const StanceCountSchema = z
  .object({ count: z.int().nonnegative(), per100Words: z.number().nonnegative() })
  .meta({ id: 'StanceCount' });

/** A count of markers and its density. The type of {@link StanceCountSchema}. */
export interface StanceCount {
  /** How many markers. */
  count: number;
  /** How many per 100 words of the text they are counted in. */
  per100Words: number;
}

/**
 * Markers of one holder class: the author's, and those of quoted speakers.
 *
 * @example
 * ```ts
 * StanceByHolderSchema.parse({ author: { count: 2, per100Words: 1 }, speaker: { count: 1, per100Words: 0.5 } });
 * ```
 */
export const StanceByHolderSchema = z
  .object({ author: StanceCountSchema, speaker: StanceCountSchema })
  .meta({ id: 'StanceByHolder' });

/** Counts by holder class. The type of {@link StanceByHolderSchema}. */
export interface StanceByHolder {
  /** The author's markers. */
  author: StanceCount;
  /** Quoted speakers' markers. */
  speaker: StanceCount;
}

/**
 * One stance category: all its markers, then split by holder.
 *
 * @example
 * ```ts
 * const hedges = article.stanceSummary.article.byKind.hedge;
 * console.log(hedges.count, hedges.byHolder.author.per100Words);
 * ```
 */
export const StanceKindTallySchema = StanceCountSchema.extend({ byHolder: StanceByHolderSchema }).meta({ id: 'StanceKindTally' });

/** Counts of one stance category. The type of {@link StanceKindTallySchema}. */
export interface StanceKindTally extends StanceCount {
  /** The category's markers split by holder. */
  byHolder: StanceByHolder;
}

/**
 * Counts and densities (per 100 words of paragraph text) of the stance markers in a stretch of
 * the article, by category and by holder, ready to chart.
 *
 * @example
 * ```ts
 * const none = { count: 0, per100Words: 0 };
 * const tally = { ...none, byHolder: { author: none, speaker: none } };
 * StanceTallySchema.parse({
 *   words: 40, ...none, byHolder: { author: none, speaker: none },
 *   byKind: { hedge: tally, booster: tally, attitude: tally, 'self-mention': tally, engagement: tally },
 * });
 * ```
 */
export const StanceTallySchema = StanceCountSchema.extend({
  words: z.int().nonnegative(),
  byHolder: StanceByHolderSchema,
  byKind: z.object({
    hedge: StanceKindTallySchema,
    booster: StanceKindTallySchema,
    attitude: StanceKindTallySchema,
    'self-mention': StanceKindTallySchema,
    engagement: StanceKindTallySchema,
  }),
}).meta({ id: 'StanceTally' });

/** Stance counts of a stretch of text. The type of {@link StanceTallySchema}. */
export interface StanceTally extends StanceCount {
  /** The words of paragraph text counted in. */
  words: number;
  /** All markers split by holder. */
  byHolder: StanceByHolder;
  /** Each category's markers. */
  byKind: Record<StanceKind, StanceKindTally>;
}

/**
 * The stance summary of an article: the whole article, and each section by its id.
 *
 * @example
 * ```ts
 * // article.stanceSummary.article.byKind.hedge.per100Words
 * // article.stanceSummary.sections.map((s) => [s.sectionId, s.byHolder.author.count])
 * ```
 */
export const StanceSummarySchema = z
  .object({
    article: StanceTallySchema,
    sections: z.array(StanceTallySchema.extend({ sectionId: z.string() })),
  })
  .meta({ id: 'StanceSummary' });

/** The stance counts of one section: a {@link StanceTally} with the section's id. */
export interface StanceSectionTally extends StanceTally {
  /** The section counted. */
  sectionId: string;
}

/** The stance summary of an article. The type of {@link StanceSummarySchema}. */
export interface StanceSummary {
  /** The whole article. */
  article: StanceTally;
  /** Each section, in order. */
  sections: StanceSectionTally[];
}
