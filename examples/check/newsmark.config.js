// The config `newsmark check` finds in the folder it runs in: rules a newsroom enforces, and
// front matter every article must have.
import { z } from 'zod';
import { defineArticleSchema, defineConfig } from 'newsmark';

export default defineConfig({
  rules: {
    'missing-headline': 'error',
    'anonymous-source': 'error',
    'loaded-attribution-verb': 'warn',
  },
  schema: defineArticleSchema({
    meta: z.object({ datePublished: z.iso.date(), author: z.string().min(1) }),
  }),
});
