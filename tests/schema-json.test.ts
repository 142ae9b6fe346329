/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';
import { ArticleSchema, articleJsonSchema, SCHEMA_VERSION } from '../src/schema/index.ts';

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

describe('articles stored under an older contract version', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  const article = parseArticle('---\ntitle: Markets rally\nimage: https://example.org/a.jpg\n---\n\n“Shares will rise,” said Jane Doe.');

  // 0.2.0 only added optional fields (meta.image, meta.description, meta.authorUrls), so an
  // article 0.1.0 wrote, without them, is still valid: the README's versioning policy.
  const { image: _, ...meta } = article.meta;
  const stored = { ...article, schemaVersion: '0.1.0', meta };
  it.each([
    ['a new article', article, true],
    ['a 0.1.0 article', stored, true],
    ['an article of an unknown version', { ...article, schemaVersion: '0.0.9' }, false],
    ['an article of a later version', { ...article, schemaVersion: '1.0.0' }, false],
  ])('%s: valid %s under ArticleSchema and the JSON Schema alike', (_name, value, valid) => {
    expect(ArticleSchema.safeParse(value).success).toBe(valid);
    expect(validate(value)).toBe(valid);
  });

  it('a new article carries SCHEMA_VERSION', () => {
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
