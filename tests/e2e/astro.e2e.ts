/// <reference types="node" />
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked, run, write } from './pack.ts';

// A real Astro 5 site (Astro 5 runs on Node 20; Astro 6 wants Node 22) with a content
// collection, built with the packed newsmark in `markdown.remarkPlugins`, as docs/build-step.md
// shows it.
const ASTRO = 'astro@5.18.2';
let dir = '';

const CONFIG = (options: string) => `import { readFileSync } from 'node:fs';
import { remarkNewsmark, toJsonLd } from 'newsmark';

function newsmarkFrontmatter() {
  return (_tree, file) => {
    const article = file.data.newsmark;
    if (article && file.data.astro) file.data.astro.frontmatter.newsmark = { jsonLd: toJsonLd(article) };
    for (const message of file.messages) console.warn(\`newsmark: \${message.file}:\${message.line}:\${message.column} \${message.reason} (\${message.ruleId})\`);
  };
}

export default {
  markdown: {
    remarkPlugins: [[remarkNewsmark, { ${options} source: (file) => readFileSync(file.path, 'utf8') }], newsmarkFrontmatter],
  },
};
`;

beforeAll(() => {
  dir = installPacked('newsmark-astro-', [ASTRO]);
  write(dir, {
    'src/content.config.ts': [
      "import { defineCollection, z } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "const news = defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/news' }), schema: z.object({ title: z.string(), date: z.coerce.date(), author: z.string() }) });",
      'export const collections = { news };',
      '',
    ].join('\n'),
    'src/content/news/ferry.md': [
      '---',
      'title: Harbour board backs ferry line',
      'date: 2024-05-01',
      'author: Ana Silva',
      '---',
      '',
      'PORTVILLE — The harbour board voted on Tuesday to fund a ferry line to the islands.',
      '',
      '“This line will carry ten thousand people a week,” Mayor Tom Reed claimed.',
      '',
    ].join('\n'),
    'src/pages/[id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('news')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { Content, remarkPluginFrontmatter } = await render(Astro.props.entry);',
      '---',
      '<html><head><script type="application/ld+json" set:html={JSON.stringify(remarkPluginFrontmatter.newsmark?.jsonLd ?? null)} /></head><body><Content /></body></html>',
      '',
    ].join('\n'),
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function build(options: string) {
  write(dir, { 'astro.config.mjs': CONFIG(options) });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return run(process.execPath, [join(dir, 'node_modules/astro/astro.js'), 'build'], dir);
}

describe('newsmark in an Astro 5 content collection', () => {
  it('reads Astro’s front matter into the JSON-LD and places messages by the file’s lines', () => {
    const { code, stdout, stderr } = build('');
    expect(code, stderr).toBe(0);
    const html = readFileSync(join(dir, 'dist/ferry/index.html'), 'utf8');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html)![1]!);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Harbour board backs ferry line',
      datePublished: '2024-05-01',
      author: [{ '@type': 'Person', name: 'Ana Silva' }],
      dateline: 'PORTVILLE',
    });
    // The lede stays the lede: front matter gives the headline.
    expect(jsonLd.articleBody).toMatch(/^The harbour board voted/u);
    // Line 9 of the file (line 3 of the body Astro hands remark).
    expect(stdout + stderr).toMatch(/newsmark: .*ferry\.md:9:67 Unexpected loaded attribution verb `claimed`.*\(loaded-attribution-verb\)/u);
  });

  it('with `fail`, an error reaches the build log with its place and rule', () => {
    const { stdout, stderr } = build("fail: true, rules: { 'loaded-attribution-verb': 'error' },");
    // Astro's glob loader logs an entry that fails to render and goes on building.
    expect(stdout + stderr).toMatch(/Error rendering ferry\.md: Failed to parse Markdown file ".*ferry\.md":\s*9:67: Unexpected loaded attribution verb `claimed`.*\(loaded-attribution-verb\)/u);
  });
});
