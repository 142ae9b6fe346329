import * as z from 'zod';
import { ArticleSchema } from './article.js';
import { MetaSchema } from './meta.js';
import { assertZod4 } from './zod-version.js';

/** What {@link defineArticleSchema} takes: the app's own metadata fields. */
export interface ArticleSchemaOptions<Shape extends z.ZodRawShape> {
  /**
   * Fields the app requires or adds to `meta`, as a zod object. A field newsmark knows
   * (`datePublished`, `authors`, `headline`) is checked on its interpreted value, so a front
   * matter `date:` counts for `datePublished`; any other field is read from the front matter as
   * written (`author`, `image`, `desk`).
   */
  meta: z.ZodObject<Shape>;
}

/**
 * An Article schema with an app's own metadata: fields it requires (a site may require
 * `datePublished` and `author`) or adds. Pass it as `schema` to `parseArticle`,
 * `safeParseArticle`, `remarkNewsmark` or a check config; front matter that does not match is
 * reported at the offending YAML key or value (rule `front-matter-schema`), and the result's
 * type has the app's fields.
 *
 * @param options The app's metadata fields.
 * @returns A zod schema of Articles whose `meta` has those fields too.
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { defineArticleSchema } from 'newsmark/schema';
 *
 * const SiteArticle = defineArticleSchema({
 *   meta: z.object({ datePublished: z.iso.date(), author: z.string().min(1) }),
 * });
 * // parseArticle(text, { schema: SiteArticle }).meta.author is a string.
 * ```
 */
export function defineArticleSchema<Shape extends z.ZodRawShape>(options: ArticleSchemaOptions<Shape>) {
  assertZod4(options?.meta, '`meta` of defineArticleSchema');
  for (const [key, field] of Object.entries(options.meta.shape ?? {})) assertZod4(field, `\`meta.${key}\` of defineArticleSchema`);
  return ArticleSchema.extend({ meta: MetaSchema.extend(options.meta.shape) });
}
