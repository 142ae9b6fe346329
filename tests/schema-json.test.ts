/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { expect, it } from 'vitest';
import { articleJsonSchema, SCHEMA_VERSION } from '../src/schema/index.ts';

const file = new URL('../schema/article.schema.json', import.meta.url);

it('schema/article.schema.json is the JSON Schema of ArticleSchema', () => {
  const generated = articleJsonSchema();
  // Same text as `newsmark schema` prints, so `npm run schema` and `UPDATE=1` agree.
  if (process.env.UPDATE) writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
  const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(
    committed,
    'schema/article.schema.json is stale: run `npm run schema` (or `UPDATE=1 npx vitest run tests/schema-json.test.ts`) and review the diff',
  ).toEqual(generated);
});

it('schema/article.schema.json names the schema version in its `$id`', () => {
  const committed = JSON.parse(readFileSync(file, 'utf8')) as { $id?: unknown };
  expect(committed.$id).toBeTypeOf('string');
  expect(committed.$id).toContain(SCHEMA_VERSION);
});
