/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schemas from '../src/schema/index.ts';

// The API reference as `npm run docs` builds it (typedoc.json, warnings as errors), read the way
// a user reads it: the Article's page lists its fields, the function pages open with their
// signature rather than pages of zod types, and the landing page leads to the rest.
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'newsmark-api-'));
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  // Type errors are tsc's job (`npm run typecheck`); skipping typedoc's own check halves its time.
  build = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--treatWarningsAsErrors', '--skipErrorChecking', '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function page(path: string): Root {
  return fromHtml(readFileSync(join(out, path), 'utf8'));
}

/** The page's own content, without navigation. */
function content(path: string): string {
  return textOf(select('.col-content', page(path))!).replace(/\s+/gu, ' ').trim();
}

/** Each documented property of an interface page: its name and its comment. */
function properties(path: string): Map<string, string> {
  return new Map(
    selectAll('section.tsd-member', page(path)).map((member) => [
      textOf(select('.tsd-kind-property', member)!),
      textOf(select('.tsd-comment', member) ?? { type: 'root', children: [] }).trim(),
    ]),
  );
}

// Every object schema, by the name of its type: `MetaSchema` is `Meta`.
const objectSchemas = Object.entries(schemas)
  .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object' && value !== null && 'shape' in value)
  .map(([name, value]) => [name.slice(0, -'Schema'.length), Object.keys((value as { shape: object }).shape).sort()] as const);

describe('API reference (typedoc)', () => {
  it('builds without warnings', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('there are object schemas to check', () => {
    expect(objectSchemas.map(([name]) => name)).toEqual(expect.arrayContaining(['Article', 'Meta', 'Quote', 'Entity', 'StanceMarker']));
  });

  it.each(objectSchemas)('the %s page lists every field of its schema, each described', (name, fields) => {
    const listed = properties(`interfaces/newsmark.${name}.html`);
    expect([...listed.keys()].sort()).toEqual(fields);
    expect([...listed].filter(([, comment]) => comment === '').map(([field]) => field)).toEqual([]);
  });

  it.each(['parseArticle', 'safeParseArticle'])('the %s page is short and its signature names Article', (name) => {
    const text = content(`functions/newsmark.${name}.html`);
    // It was 36,000 characters, of which 15,000 were the inferred zod type in the signature.
    expect(text.length).toBeLessThan(4000);
    const signature = textOf(select('.tsd-signature', page(`functions/newsmark.${name}.html`))!);
    expect(signature.length).toBeLessThan(300);
    expect(signature).toMatch(/\bArticle\b/u);
  });

  it('the landing page leads to parseArticle, the Article and the command line', () => {
    const links = selectAll('.col-content a[href]', page('index.html')).map((link) => String(link.properties.href));
    expect(links).toEqual(
      expect.arrayContaining([
        'functions/newsmark.parseArticle.html',
        'interfaces/newsmark.Article.html',
        'interfaces/newsmark.Meta.html',
        'documents/build-step.html',
        'documents/batch.html',
        'documents/getting-started.html',
      ]),
    );
    expect(content('index.html')).toContain('newsmark parse <file|->');
  });
});

describe('schema types', () => {
  // tests/schema-types.test-d.ts pins each written-out type to what its schema infers.
  const typeTests = readFileSync(join(root, 'tests/schema-types.test-d.ts'), 'utf8');
  const names = Object.keys(schemas).filter((name) => /^[A-Z]\w*Schema$/u.test(name));
  it.each(names)('%s has a type test', (name) => {
    expect(typeTests).toContain(`toEqualTypeOf<z.output<typeof ${name}>>()`);
    expect(typeTests).toContain(`toEqualTypeOf<z.input<typeof ${name}>>()`);
  });
});
