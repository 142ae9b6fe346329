/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';

// Each example as its header says to run it, after the build `npm test` does first.
const root = fileURLToPath(new URL('..', import.meta.url));

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` (or `npm test`)');
});

describe('examples', () => {
  it('parse.mjs parses the example article and prints its exports', () => {
    const { code, stdout } = run(process.execPath, ['examples/parse.mjs']);
    expect(code).toBe(0);
    expect(stdout).toContain('person: Ali Khamenei');
    const json = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { jsonLd: { '@type': string }; ninjs: { uri: string } };
    expect(json.jsonLd['@type']).toBe('NewsArticle');
    expect(json.ninjs.uri).toMatch(/^urn:newsmark:/u);
  });

  it('remark-pipeline.mjs turns Markdown into HTML and keeps the article beside it', () => {
    const { code, stdout, stderr } = run(process.execPath, ['examples/remark-pipeline.mjs']);
    expect(code).toBe(0);
    // remark-rehype saw the Markdown as written: the body is all there, front matter is not.
    expect(stdout).toContain('<p>PORTVILLE — The harbour board voted');
    expect(stdout).not.toContain('title:');
    // The dateline's place is an entity of its own.
    expect(stdout).toMatch(/"dateline":"PORTVILLE","mentions":\[\{"@type":"Place","@id":"#article-[0-9a-z]+-e1","name":"Portville"\}/u);
    expect(stdout).toMatch(/"spokenByCharacter":\{"@type":"Person","@id":"#article-[0-9a-z]+-e2","name":"Tom Reed"/u);
    expect(stderr).toMatch(/ferry\.md\n.*anonymous-source/u);
  });

  it('check/ci.sh fails on the article with errors, names each, and writes SARIF', () => {
    const { code, stderr } = run('sh', ['examples/check/ci.sh']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/articles\/budget\.md\n/u);
    expect(stderr).toMatch(/1:1-1:4\s+error\s+Missing front matter `author`, expected a string\s+front-matter-schema/u);
    expect(stderr).toMatch(/articles\/ferry-line\.md: no issues found/u);
    const sarif = JSON.parse(readFileSync(`${root}examples/check/newsmark.sarif`, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toContain('anonymous-source');
  });

  it('astro.config.mjs: its remarkPlugins run as Astro runs them', async () => {
    // Loaded by URL: the example is plain JS, as an Astro project's config may be.
    const config = (await import(new URL('../examples/astro.config.mjs', import.meta.url).href)) as { default: { markdown: { remarkPlugins: PluggableList } } };
    // Astro's Markdown pipeline: it takes the front matter off, hands remark the body with
    // `file.data.astro.frontmatter`, and runs the user's remark plugins before remark-rehype.
    const processor = unified().use(remarkParse).use(remarkGfm).use(config.default.markdown.remarkPlugins).use(remarkRehype).use(rehypeStringify);
    const body = '“This line will carry ten thousand people a week,” said Mayor Tom Reed.\n\n“It is a waste,” a board member claimed.\n';
    const data = { astro: { frontmatter: { layout: 'news', title: 'Harbour board backs ferry line', date: new Date('2024-05-01') } } };
    // Not a file on disk: `source` finds none and places stay the body's.
    const file = new VFile({ value: body, data });
    const html = String(await processor.process(file));
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(html).toContain('<p>“This line will carry');
    expect(frontmatter).toMatchObject({
      layout: 'news',
      newsmark: {
        headline: 'Harbour board backs ferry line',
        quotes: [
          { speaker: 'Mayor Tom Reed', text: 'This line will carry ten thousand people a week,' },
          { speaker: 'a board member', text: 'It is a waste,' },
        ],
        jsonLd: { '@type': 'NewsArticle', headline: 'Harbour board backs ferry line', datePublished: '2024-05-01' },
      },
    });
    // The config turns loaded-attribution-verb off: "claimed" is not reported.
    expect(file.messages.map((message) => message.ruleId)).not.toContain('loaded-attribution-verb');
  });
});
