import * as z from 'zod';
import { type Entity, EntitySchema } from './entity.js';
import { type Meta, MetaSchema } from './meta.js';
import { type Quote, QuoteSchema } from './quote.js';
import { type Section, SectionSchema } from './section.js';
import { type StanceMarker, StanceMarkerSchema, type StanceSummary, StanceSummarySchema } from './stance.js';

/**
 * The version of the Article contract, which every new article carries as `schemaVersion`; the
 * JSON Schema's `$id` names it. See the README's Versioning section for when it changes.
 *
 * @example
 * ```ts
 * if (article.schemaVersion !== SCHEMA_VERSION) console.log('Stored by an older newsmark, still valid');
 * ```
 */
export const SCHEMA_VERSION = '0.2.0';

/**
 * The contract versions whose articles are valid under this one, oldest first: a version that
 * only added optional fields keeps the ones before it (0.2.0 added `meta.image`,
 * `meta.description` and `meta.authorUrls`). A breaking change starts the list again.
 */
const READABLE_SCHEMA_VERSIONS = ['0.1.0', SCHEMA_VERSION] as const;

/**
 * A parsed news article: metadata, sections and paragraphs, quotes, entities and stance
 * markers with their summary, every extracted item with its source span.
 *
 * @example
 * ```ts
 * import { ArticleSchema } from 'newsmark/schema';
 * const result = ArticleSchema.safeParse(JSON.parse(json));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const ArticleSchema = z
  .object({
    schemaVersion: z
      .literal(READABLE_SCHEMA_VERSIONS)
      .describe('The contract version the article was made with: SCHEMA_VERSION, or an older one whose articles are still valid.'),
    meta: MetaSchema,
    sections: z.array(SectionSchema),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    stance: z.array(StanceMarkerSchema),
    stanceSummary: StanceSummarySchema,
  })
  .meta({ id: 'Article', title: 'newsmark Article' });

/**
 * A parsed news article, what `parseArticle` returns: metadata, sections and paragraphs,
 * quotes, entities and stance markers, every extracted item with its source span. The type of
 * {@link ArticleSchema}; `schema/article.schema.json` is its JSON Schema.
 */
export interface Article {
  /**
   * The contract version the article was made with: {@link SCHEMA_VERSION} for a new one, or
   * an older version whose articles are still valid (`'0.1.0'`) for a stored one.
   */
  schemaVersion: '0.1.0' | typeof SCHEMA_VERSION;
  /** The headline, the text's furniture (byline, dateline, sign-offs) and the front matter fields. */
  meta: Meta;
  /** The sections, each with its paragraphs and their sentences, in reading order. */
  sections: Section[];
  /** Quotes with their speaker, cue and medium, in reading order. */
  quotes: Quote[];
  /** People, organisations, places and other names, each once with all its mentions. */
  entities: Entity[];
  /** Stance markers (hedges, boosters, attitude words, self-mentions, engagement), in reading order. */
  stance: StanceMarker[];
  /** Counts and densities of the stance markers, for the article and each section. */
  stanceSummary: StanceSummary;
}

/**
 * The JSON Schema (draft 2020-12) of an Article, for apps in other languages. It is what
 * `schema/article.schema.json` holds.
 *
 * @returns A JSON Schema object whose `$id` names the schema version.
 * @example
 * ```ts
 * const jsonSchema = articleJsonSchema();
 * jsonSchema.$id; // 'https://newsmark.dev/schema/0.2.0/article.schema.json'
 * ```
 */
export function articleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' });
  return {
    $schema: generated.$schema,
    $id: `https://newsmark.dev/schema/${SCHEMA_VERSION}/article.schema.json`,
    ...generated,
  };
}
