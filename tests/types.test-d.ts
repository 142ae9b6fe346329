import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  type Article,
  ArticleSchema,
  type ParseOptions,
  type RemarkNewsmarkOptions,
  defineArticleSchema,
  defineConfig,
  parseArticle,
  type SafeParseResult,
  safeParseArticle,
} from '../src/index.ts';
import type { PARSE_OPTIONS, REMARK_OPTIONS } from './support/options.ts';

describe('types callers see', () => {
  it('parseArticle returns an Article', () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
  });

  it('the options are the ones tests/support/options.ts lists (and the README documents)', () => {
    expectTypeOf<keyof ParseOptions>().toEqualTypeOf<(typeof PARSE_OPTIONS)[number]>();
    expectTypeOf<keyof RemarkNewsmarkOptions>().toEqualTypeOf<(typeof REMARK_OPTIONS)[number]>();
  });

  it('a quote kind is one of three', () => {
    expectTypeOf<Article['quotes'][number]['kind']>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>();
  });

  it('Article is what ArticleSchema infers', () => {
    expectTypeOf<z.infer<typeof ArticleSchema>>().toEqualTypeOf<Article>();
  });

  it('safeParseArticle narrows on `success`', () => {
    const result = safeParseArticle('Text.');
    expectTypeOf(result).toEqualTypeOf<SafeParseResult>();
    if (result.success) {
      expectTypeOf(result.article).toEqualTypeOf<Article>();
    } else {
      expectTypeOf(result.article).toEqualTypeOf<null>();
    }
  });

  it('an app schema types the result, required fields and all', () => {
    const Site = defineArticleSchema({ meta: z.object({ author: z.string(), datePublished: z.iso.date() }) });
    const article = parseArticle('Text.', { schema: Site });
    expectTypeOf(article.meta.author).toEqualTypeOf<string>();
    // Required now, where Article has it optional.
    expectTypeOf(article.meta.datePublished).toEqualTypeOf<string>();
    expectTypeOf<Article['meta']['datePublished']>().toEqualTypeOf<string | undefined>();
    const result = safeParseArticle('Text.', { schema: Site });
    if (result.success) expectTypeOf(result.article.meta.author).toEqualTypeOf<string>();
  });

  it('defineConfig checks rule ids and severities', () => {
    defineConfig({ rules: { 'anonymous-source': 'error', 'missing-headline': 'off' } });
    // @ts-expect-error: not a rule id
    defineConfig({ rules: { 'anonymous-sources': 'error' } });
    // @ts-expect-error: not a severity
    defineConfig({ rules: { 'anonymous-source': 'fatal' } });
  });
});

