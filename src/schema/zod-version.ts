/**
 * Throw a TypeError that says what to do when a schema is not a zod 4 schema: zod 3 schemas
 * (from `zod@3` or `zod/v3`) have no `_zod` and cannot be mixed with newsmark's.
 *
 * @param schema The schema an app passed.
 * @param what Where it was passed, for the message.
 */
export function assertZod4(schema: unknown, what: string): void {
  if (schema !== null && typeof schema === 'object' && '_zod' in schema) return;
  const zod3 = schema !== null && typeof schema === 'object' && '_def' in schema;
  throw new TypeError(
    zod3
      ? `Unexpected zod 3 schema as ${what}, expected a zod 4 schema: newsmark's peer dependency is \`zod@^4\` (import { z } from 'zod')`
      : `Unexpected ${schema === null ? 'null' : typeof schema} as ${what}, expected a zod 4 schema`,
  );
}
