import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type Article, ArticleSchema, parseArticle, type SafeParseResult, safeParseArticle } from '../src/index.ts';

describe('types callers see', () => {
  it('parseArticle returns an Article', () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>();
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
});
