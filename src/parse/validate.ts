// The schema check at the end of every parse. An app's own schema is parsed with zod as usual
// (it may transform, default or strip). newsmark's own `ArticleSchema` is checked with zod's
// compiled validator (`z.compile`, zod 4.5 and later): it answers whether the article matches
// without building a copy of it, and newsmark builds its articles with the schema's keys only,
// in the schema's order, with no transforms, so a matching article is what parsing it would
// return (a test compares the two on every fixture and on generated input). A copy cost about
// 9% of a parse on BBC news, most of it the copy and its garbage. When the article does not
// match, zod's own parse finds the issues, so messages are the same either way.
import * as z from 'zod';
import { type Article, ArticleSchema } from '../schema/article.js';

/** What the check gives: the article with its schema's type, or zod's issues. */
export type SchemaCheck<Output> = { success: true; data: Output } | { success: false; error: z.ZodError };

/** zod's compiled validator for `ArticleSchema`, made on first use; null where this zod has none (before 4.5). */
let compiled: typeof ArticleSchema | null | undefined;

function compiledArticleSchema(): typeof ArticleSchema | null {
  if (compiled !== undefined) return compiled;
  // A namespace import reads a missing export as undefined, so an older zod 4 (the peer range
  // is ^4.0.0) falls back to parsing. Where `new Function` is refused (a strict CSP), zod
  // returns the schema uncompiled, which validates all the same. (Named members only: reading
  // the namespace as an object would keep all of zod, locales included, in a bundle.)
  compiled = typeof z.compile === 'function' && typeof z.validate === 'function' ? z.compile(ArticleSchema) : null;
  return compiled;
}

/**
 * Check an article against a schema: `ArticleSchema` by default, through zod's compiled
 * validator, returning the article itself when it matches; any other schema by zod's `safeParse`.
 *
 * @param candidate The article (with an app's front matter fields when it has its own schema).
 * @param schema An app's schema, if any.
 * @returns The checked article, or the issues.
 */
export function checkSchema<Output extends Article>(candidate: Article, schema?: z.ZodType<Output>): SchemaCheck<Output> {
  if (schema === undefined) {
    const validator = compiledArticleSchema();
    if (validator && z.validate(validator, candidate)) return { success: true, data: candidate as Output };
    return ArticleSchema.safeParse(candidate) as SchemaCheck<Output>;
  }
  return schema.safeParse(candidate);
}
