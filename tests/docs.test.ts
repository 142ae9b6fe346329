/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, safeParseArticle } from '../src/index.ts';
import { RULE_REGISTRY } from '../src/rules/registry.ts';

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
});
