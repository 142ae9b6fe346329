import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseArticle, remarkNewsmark, SCHEMA_VERSION, safeParseArticle } from '../src/index.ts';

// The schema entry is a subset of the main one: everything but the parser.
const schemaExports = [
  'ArticleSchema',
  'CueSchema',
  'EntitySchema',
  'EntityTypeSchema',
  'MentionKindSchema',
  'MentionSchema',
  'MetaSchema',
  'ParagraphSchema',
  'PiecewiseTextSchema',
  'QuoteKindSchema',
  'QuoteSchema',
  'SCHEMA_VERSION',
  'SectionRoleSchema',
  'SectionSchema',
  'SentenceSchema',
  'SnippetSchema',
  'SpanSchema',
  'SpeakerSchema',
  'StanceByHolderSchema',
  'StanceCountSchema',
  'StanceHolderSchema',
  'StanceKindSchema',
  'StanceKindTallySchema',
  'StanceMarkerSchema',
  'StanceSummarySchema',
  'StanceTallySchema',
  'ViaSchema',
  'articleJsonSchema',
  'defineArticleSchema',
];

describe('public API', () => {
  it('`newsmark` exposes exactly these names', async () => {
    // The schema entry's names, and the parser's, rules' and exports' own.
    const own = ['NewsmarkError', 'RULES', 'defineConfig', 'parseArticle', 'remarkNewsmark', 'safeParseArticle', 'toHtml', 'toJsonLd', 'toNinjs'];
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([...schemaExports, ...own].sort());
  });

  it('`newsmark/schema` exposes exactly these names', async () => {
    expect(Object.keys(await import('../src/schema/index.ts')).sort()).toEqual(schemaExports);
  });
});

describe('parseArticle', () => {
  it('throws a TypeError for input that is not a string', () => {
    expect(() => parseArticle(42 as never)).toThrow(TypeError);
    expect(() => parseArticle(42 as never)).toThrow(/expected `input` to be a string/i);
  });

  it('names the schema version it produced', () => {
    const article = parseArticle('Markets rally\n\nShares rose on Monday, traders said.');
    expect(article.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('safeParseArticle', () => {
  it('reports a bad front matter value as a fatal message at that value', () => {
    const input = '---\ndate: yesterday\n---\nText.';
    const result = safeParseArticle(input);
    expect(result.success).toBe(false);
    expect(result.article).toBeNull();

    const message = result.messages.find((item) => item.ruleId === 'front-matter-field');
    expect(message).toBeDefined();
    expect(message?.fatal).toBe(true);
    expect(message?.source).toBe('newsmark');
    // `yesterday` is on line 2, from column 7 (both 1-based).
    expect(message?.line).toBe(2);
    expect(message?.column).toBe(7);
    const place = message?.place;
    const start = place && 'start' in place ? place.start : place;
    expect(start).toMatchObject({ line: 2, column: 7 });
    if (start?.offset !== undefined) expect(input.slice(start.offset, start.offset + 9)).toBe('yesterday');
  });
});

describe('remarkNewsmark', () => {
  it('leaves the article on `file.data.newsmark` in a plain unified pipeline', async () => {
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkNewsmark);
    const input = '---\ntitle: Markets rally\n---\n\nShares rose on Monday, traders said.';
    const file = new VFile(input);
    await processor.run(processor.parse(file), file);
    expect(file.data.newsmark?.schemaVersion).toBe(SCHEMA_VERSION);
    // The plugin is what `parseArticle` runs: the same input gives the same article.
    expect(file.data.newsmark).toEqual(parseArticle(input));
  });
});
