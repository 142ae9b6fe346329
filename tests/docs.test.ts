/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, RULES, safeParseArticle } from '../src/index.ts';
import { RULE_REGISTRY } from '../src/rules/registry.ts';
import { PARSE_OPTIONS, REMARK_OPTIONS } from './support/options.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('documentation', () => {
  it('every value export of `newsmark` has JSDoc with an @example', async () => {
    const text = sources(join(root, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
    const missing = Object.keys(await import('../src/index.ts')).filter((name) => {
      // The JSDoc block right before the declaration.
      const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:async )?(?:function|const|class) ${name}\\b`, 'u').exec(text);
      return !declaration?.[1]?.includes('@example');
    });
    expect(missing).toEqual([]);
  });

  const rules = readFileSync(join(root, 'docs/rules.md'), 'utf8');
  // Headings outside code fences (examples hold Markdown headings of their own).
  const sections = new Map<string, string>();
  let current: string[] | undefined;
  let fence: string | undefined;
  for (const line of rules.split('\n')) {
    const marker = /^(`{3,})/u.exec(line)?.[1];
    if (marker && (!fence || marker === fence)) fence = fence ? undefined : marker;
    if (!fence && !marker && line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim(), current as unknown as string);
    } else current?.push(line);
  }
  for (const [id, lines] of sections) sections.set(id, (lines as unknown as string[]).join('\n'));

  it('docs/rules.md’s table lists every rule, its default and what it finds, as SARIF describes them', () => {
    const rows = [...rules.matchAll(/^\| \[`([\w-]+)`\]\(#\1\) \| (\w+) \| (.+) \|$/gmu)].map((match) => [match[1], match[2], match[3]]);
    expect(rows).toEqual(Object.entries(RULES).map(([id, severity]) => [id, severity, RULE_REGISTRY[id as keyof typeof RULES].description]));
  });

  it('docs/rules.md has a section with an example for every rule id', () => {
    for (const id of Object.keys(RULES)) {
      expect(sections.has(id), id).toBe(true);
      expect(sections.get(id), id).toMatch(/```/u);
      expect(sections.get(id), id).toContain(`Default: ${RULES[id as keyof typeof RULES]}`);
    }
    expect([...sections.keys()].filter((id) => !(id in RULES))).toEqual([]);
  });

  // Examples that need a config, an option or another plugin are left to tests/rules.test.ts
  // and tests/entities.test.ts.
  const runnable = [...sections].filter(([id]) => !['front-matter-schema', 'front-matter-unparsed', 'article-schema', 'block-ignored', 'gazetteer-invalid', 'gazetteer-entry-invalid', 'invalid-utf-8'].includes(id));
  it.each(runnable)('the example of `%s` reports what the docs say', (id, section) => {
    const blocks = [...section.matchAll(/^(`{3,})(\w*)\n([\s\S]*?)\n\1$/gmu)].map((match) => match[3]!);
    const input = `${blocks[0]}\n`;
    const said = blocks.at(-1)!.split('\n').at(-1)!.replace(/\s+/gu, ' ');
    const reports = safeParseArticle(input, { path: 'article.md' })
      .messages.filter((message) => message.ruleId === id)
      .map((message) => {
        const place = message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : `${message.line}:${message.column}`;
        return `${place} ${message.fatal ? 'error' : 'warning'} ${message.reason} ${id}`.replace(/\s+/gu, ' ');
      });
    // A zero-width place is printed as its start alone.
    expect(reports.map((report) => report.replace(/^(\d+:\d+)-\1 /u, '$1 '))).toContain(said);
  });

  // The README's sections, by their `##`/`###` heading.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  function readmeSection(heading: string): string {
    const start = readme.indexOf(`\n${heading}\n`);
    expect(start, heading).toBeGreaterThan(-1);
    const level = /^#+/u.exec(heading)![0];
    const rest = readme.slice(start + heading.length + 2);
    const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'mu'));
    return end === -1 ? rest : rest.slice(0, end);
  }

  /** Every field name of a zod schema, at any depth, with its path. */
  function fields(schema: unknown, path: string, into: Map<string, string>): Map<string, string> {
    const def = (schema as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
    if (def.type === 'object') {
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        into.set(`${path}.${key}`, key);
        fields(value, `${path}.${key}`, into);
      }
    } else if (def.type === 'optional' || def.type === 'nullable') fields(def.innerType, path, into);
    else if (def.type === 'array') fields(def.element, `${path}[]`, into);
    else if (def.type === 'union') for (const option of def.options as unknown[]) fields(option, path, into);
    else if (def.type === 'record') fields(def.valueType, `${path}{}`, into);
    return into;
  }

  it('README’s Article section names every field of the Article, at every depth', () => {
    const section = readmeSection('## The Article');
    const all = fields(ArticleSchema, 'article', new Map());
    expect(all.size).toBeGreaterThan(60);
    expect([...all].filter(([, name]) => !section.includes(name)).map(([path]) => path)).toEqual([]);
    // The headline fields by name, as the issue that asked for them listed them.
    for (const name of ['stanceSummary', 'dateline', 'signOff', 'bylineSpan', 'image', 'description', 'authorUrls', 'paragraphId', 'attribution']) {
      expect(section).toContain(`\`${name}\``);
    }
  });

  it('README documents every option of parseArticle and remarkNewsmark', () => {
    const parse = readmeSection('### `parseArticle(input[, options])`');
    for (const option of PARSE_OPTIONS) expect(parse, option).toMatch(new RegExp(`\`(?:options\\.)?${option}\` \\(`, 'u'));
    const remark = readmeSection('### `remarkNewsmark([options])`');
    for (const option of REMARK_OPTIONS) expect(remark, option).toContain(`\`${option}\``);
  });
});
