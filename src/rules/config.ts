import type { z } from 'zod';
import type { Article } from '../schema/article.js';
import type { RulesConfig } from './index.js';

/**
 * A newsmark config: what `newsmark check` reads from `.newsmarkrc*`, a `newsmark` field in
 * `package.json`, or `newsmark.config.*`, and what `remarkNewsmark` takes as options.
 */
export interface NewsmarkConfig<Schema extends z.ZodType<Article> = z.ZodType<Article>> {
  /** Severity per rule id: `'off'`, `'warn'` or `'error'`. */
  rules?: RulesConfig | undefined;
  /** The schema articles must match, such as one from `defineArticleSchema` (JS configs only). */
  schema?: Schema | undefined;
}

/**
 * Type a newsmark config: rule ids and severities are checked as you write them. It returns
 * the config as given.
 *
 * @param config Rules and schema.
 * @returns The same config.
 * @example
 * ```ts
 * // newsmark.config.js
 * import { z } from 'zod';
 * import { defineArticleSchema, defineConfig } from 'newsmark';
 *
 * export default defineConfig({
 *   rules: { 'anonymous-source': 'error', 'loaded-attribution-verb': 'off' },
 *   schema: defineArticleSchema({ meta: z.object({ datePublished: z.iso.date(), author: z.string() }) }),
 * });
 * ```
 */
export function defineConfig<const Config extends NewsmarkConfig>(config: Config): Config {
  return config;
}
