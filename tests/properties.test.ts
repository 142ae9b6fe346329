import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, ArticleSchema, NewsmarkError, type NewsmarkErrorCode, type ParseOptions, safeParseArticle } from '../src/index.ts';
import { spanViolations } from '../scripts/invariants.mjs';
import { anyText, options } from './support/news.ts';

// For any string: an Article that passes ArticleSchema, every span inside the input and slicing
// back, no two paragraphs overlapping, ids unique; or an error with a documented code; never
// another exception. `npm run fuzz` runs many more cases (`FUZZ_RUNS` in the environment: the
// `--mode` vitest was once given no longer reaches tests run as a project).
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const CODES: readonly NewsmarkErrorCode[] = ['NEWSMARK_INVALID_INPUT', 'NEWSMARK_INPUT_TOO_LONG', 'NEWSMARK_INVALID_OPTIONS', 'NEWSMARK_INVALID_ARTICLE'];

/** Every `{start, end}` in the article, found without recursion. */
function spansOf(article: Article): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const stack: unknown[] = [article];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') spans.push(record as { start: number; end: number });
    for (const item of Object.values(record)) stack.push(item);
  }
  return spans;
}

function problemsWith(input: string, article: Article | undefined, ownSchema: boolean): string[] {
  if (!article) return ['no article'];
  const problems: string[] = [];
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) problems.push(`schema: ${checked.error.issues[0]?.message}`);
  // Under ArticleSchema the article is returned as built when it matches (src/parse/validate.ts),
  // so it must be what parsing it gives: the schema's keys only, in its order.
  else if (!ownSchema && JSON.stringify(checked.data) !== JSON.stringify(article)) problems.push('not as ArticleSchema parses it');
  for (const span of spansOf(article)) if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) problems.push(`span outside: ${JSON.stringify(span)}`);
  for (const where of spanViolations(input, article)) problems.push(`slice: ${where}`);
  const paragraphs = article.sections.flatMap((section) => section.paragraphs).sort((a, b) => a.span.start - b.span.start);
  for (let index = 1; index < paragraphs.length; index++) if (paragraphs[index]!.span.start < paragraphs[index - 1]!.span.end) problems.push(`overlap: ${paragraphs[index]!.id}`);
  const ids = [...article.sections, ...paragraphs, ...article.quotes, ...article.entities, ...article.stance].map((item) => item.id);
  if (new Set(ids).size !== ids.length) problems.push('ids repeat');
  return problems;
}

function outcome(input: string, parseOptions?: ParseOptions): { problems: string[]; code?: string } {
  try {
    const result = safeParseArticle(input, parseOptions);
    return { problems: problemsWith(input, result.article ?? result.file.data.newsmark, parseOptions?.schema !== undefined) };
  } catch (error) {
    if (error instanceof NewsmarkError && CODES.includes(error.code)) return { problems: [], code: error.code };
    return { problems: [`threw: ${(error as Error).stack}`] };
  }
}

describe('any text', () => {
  it(`gives a valid article whose spans hold (${RUNS} cases)`, { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expect(outcome(input)).toEqual({ problems: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it(`with any options, gives a valid article or a NEWSMARK_INVALID_OPTIONS error (${RUNS / 4} cases)`, { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(anyText, options, (input, parseOptions) => {
        const { problems, code } = outcome(input, parseOptions as ParseOptions);
        expect(problems).toEqual([]);
        if (code !== undefined) expect(code).toBe('NEWSMARK_INVALID_OPTIONS');
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
