import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Article, ArticleSchema, defineArticleSchema, parseArticle, safeParseArticle } from '../src/index.ts';
import { checkSchema } from '../src/parse/validate.ts';

// parseArticle checks its article against ArticleSchema with zod's compiled validator and
// returns the article as built when it matches (src/parse/validate.ts). That is only right while
// the extractors build articles exactly as zod would parse them: the schema's keys, in its
// order, nothing more. These tests hold them to it.
const root = new URL('./fixtures/', import.meta.url).pathname;
const inputs: Array<readonly [string, string]> = [];
for (const name of readdirSync(root).sort()) {
  const file = readdirSync(`${root}${name}`).find((entry) => entry.startsWith('input.'));
  if (file) inputs.push([name, readFileSync(`${root}${name}/${file}`, 'utf8')]);
}
inputs.push(['example article', readFileSync(new URL('../examples/khamenei.txt', import.meta.url), 'utf8')]);
inputs.push([
  'front matter, furniture and quotes',
  '---\ntitle: Port deal agreed\ntags: [ports, trade]\ndate: 2024-07-30\nauthor: Dana Lee\ncustom: kept\n---\nHARBOURTON (Reuters) - The council approved the deal, officials said.\n\n"It is a good day," Mayor Ann Lee said. "We waited long enough."\n\nReporting by Omar Diaz',
]);

describe('the article parseArticle returns', () => {
  it.each(inputs)('is what parsing it with ArticleSchema gives, keys in order (%s)', (_name, input) => {
    const article = parseArticle(input);
    expect(JSON.stringify(article)).toBe(JSON.stringify(ArticleSchema.parse(article)));
  });
});

describe('checkSchema', () => {
  const article = parseArticle('"We will win," Ann Lee said.');

  it('returns the article itself when it matches ArticleSchema', () => {
    const checked = checkSchema(article);
    expect(checked.success).toBe(true);
    expect(checked.success && checked.data).toBe(article);
  });

  it('gives zod issues, as safeParse does, when the article does not match', () => {
    const broken = { ...article, quotes: [{ ...article.quotes[0]!, kind: 'rumour' }] } as unknown as Article;
    const checked = checkSchema(broken);
    expect(checked.success).toBe(false);
    expect(!checked.success && checked.error.issues).toEqual(ArticleSchema.safeParse(broken).error!.issues);
  });

  it('finds a span that ends before it starts (a refinement, not only a type)', () => {
    const broken = structuredClone(article);
    broken.quotes[0]!.content.span = { start: 5, end: 2 };
    expect(checkSchema(broken).success).toBe(false);
  });

  it("parses with an app's own schema, so its transforms and defaults apply", () => {
    const schema = ArticleSchema.extend({ meta: ArticleSchema.shape.meta.extend({ desk: z.string().default('news') }) });
    const checked = checkSchema(article, schema);
    expect(checked.success && checked.data.meta.desk).toBe('news');
    expect(checked.success && checked.data).not.toBe(article);
  });

  it("keeps an app's front matter fields under its schema through safeParseArticle", () => {
    const schema = defineArticleSchema({ meta: z.object({ desk: z.string() }) });
    const result = safeParseArticle('---\ndesk: sport\n---\nLee won.', { schema });
    expect(result.article?.meta.desk).toBe('sport');
  });
});
