import { z } from 'zod';
import { EntitySchema } from './entity.js';
import { MetaSchema } from './meta.js';
import { QuoteSchema } from './quote.js';
import { SectionSchema } from './section.js';
import { StanceMarkerSchema, StanceSummarySchema } from './stance.js';

/**
 * The version of the Article contract; the JSON Schema's `$id` names it.
 *
 * @example
 * ```ts
 * if (article.schemaVersion !== SCHEMA_VERSION) throw new Error('Stored with another newsmark');
 * ```
 */
export const SCHEMA_VERSION = '0.1.0';

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
    schemaVersion: z.literal(SCHEMA_VERSION),
    meta: MetaSchema,
    sections: z.array(SectionSchema),
    quotes: z.array(QuoteSchema),
    entities: z.array(EntitySchema),
    stance: z.array(StanceMarkerSchema),
    stanceSummary: StanceSummarySchema,
  })
  .meta({ id: 'Article', title: 'newsmark Article' });

/** A parsed news article. */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * The JSON Schema (draft 2020-12) of an Article, for apps in other languages. It is what
 * `schema/article.schema.json` holds.
 *
 * @returns A JSON Schema object whose `$id` names the schema version.
 * @example
 * ```ts
 * const jsonSchema = articleJsonSchema();
 * jsonSchema.$id; // 'https://newsmark.dev/schema/0.1.0/article.schema.json'
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
