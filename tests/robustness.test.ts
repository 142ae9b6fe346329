import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, safeParseArticle } from '../src/index.js';
import { spanViolations } from '../scripts/invariants.mjs';

// Any text at all: never a crash, always a valid article whose spans slice back.
const pieces = fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '"', '“', '”', '«', '»', "'", '’', '—', '> ', '# ', '- ', '---\n', '|', '*', '_', '`', '\\', '&amp;', '<b>', '\uFEFF', '\u00a0', '\u200b', 'By ', 'WASHINGTON — ', ' said ', 'Mr. ', 'U.S. ', 'the ', 'Ann Lee', 'Iran', '.', ',', ':', '?');
const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(''));

describe('any input', () => {
  it('parses without throwing into a valid article whose spans slice back', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = safeParseArticle(input);
        const article = result.article ?? result.file.data.newsmark;
        expect(article).toBeDefined();
        expect(ArticleSchema.safeParse(article).success).toBe(true);
        expect(spanViolations(input, article)).toEqual([]);
        for (const message of result.messages) expect(typeof message.ruleId).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
