// The schema check at the end of every parse. An app's own schema is parsed with zod as usual
// (it may transform, default or strip). newsmark's own `ArticleSchema` is checked with zod's
// compiled validators (`z.compile`, zod 4.5 and later, one per field): they answer whether the article matches
// without building a copy of it, and newsmark builds its articles with the schema's keys only,
// in the schema's order, with no transforms, so a matching article is what parsing it would
// return (a test compares the two on every fixture and on generated input). A copy cost about
// 9% of a parse on BBC news, most of it the copy and its garbage. When the article does not
// match, zod's own parse finds the issues, so messages are the same either way.
import * as z from 'zod';
import { type Article, ArticleSchema } from '../schema/article.js';

/** What the check gives: the article with its schema's type, or zod's issues. */
export type SchemaCheck<Output> = { success: true; data: Output } | { success: false; error: z.ZodError };

/** A compiled validator for one field of `ArticleSchema`, or for each item of an array field. */
interface FieldCheck {
  key: string;
  items: boolean;
  validator: z.ZodType;
}

/** The field checks, made on first use; null where this zod has no compiled validator (before 4.5). */
let fieldChecks: FieldCheck[] | null | undefined;

function compiledFieldChecks(): FieldCheck[] | null {
  if (fieldChecks !== undefined) return fieldChecks;
  // A namespace import reads a missing export as undefined, so an older zod 4 (the peer range
  // is ^4.0.0) falls back to parsing. Where `new Function` is refused (a strict CSP), zod
  // returns the schema uncompiled, which validates all the same. (Named members only: reading
  // the namespace as an object would keep all of zod, locales included, in a bundle.)
  if (typeof z.compile !== 'function' || typeof z.validate !== 'function') return (fieldChecks = null);
  // Checks on the article as a whole (a `.refine` of the object) are no field's: with any, the
  // schema is parsed as a whole.
  if ((ArticleSchema._zod.def.checks ?? []).length > 0) return (fieldChecks = null);
  // One validator per field, and per item of a plain array field, rather than one for the whole
  // article: zod compiles a schema into one function, and the article's was V8's largest single
  // compile (7 kB of bytecode, 0.2-0.6 s of compile time, twice in a cold run, as a one-letter
  // entity name reached a call it had not made before). Split, each piece is compiled on its own
  // and a new path recompiles only its piece. The answer is the same: `ArticleSchema` is a plain
  // object of these fields, and zod's check of an object is the check of each field in turn.
  fieldChecks = [];
  for (const [key, schema] of Object.entries(ArticleSchema.shape)) {
    const plainArray = schema instanceof z.ZodArray && (schema._zod.def.checks ?? []).length === 0;
    fieldChecks.push({ key, items: plainArray, validator: z.compile(plainArray ? (schema as z.ZodArray<z.ZodType>).element : schema) });
  }
  return fieldChecks;
}

/** Whether an article matches `ArticleSchema`, by the field checks. */
function matchesArticle(candidate: unknown, checks: readonly FieldCheck[]): boolean {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return false;
  for (const { key, items, validator } of checks) {
    const value = (candidate as Record<string, unknown>)[key];
    if (!items) {
      if (!z.validate(validator, value)) return false;
      continue;
    }
    if (!Array.isArray(value)) return false;
    for (let at = 0; at < value.length; at++) if (!z.validate(validator, value[at])) return false;
  }
  return true;
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
    const checks = compiledFieldChecks();
    if (checks && matchesArticle(candidate, checks)) return { success: true, data: candidate as Output };
    return ArticleSchema.safeParse(candidate) as SchemaCheck<Output>;
  }
  return schema.safeParse(candidate);
}
