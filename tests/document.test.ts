import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';
import { articleOf, documentOf } from './support/document.ts';

describe('documentOf, the tests’ document model of a text', () => {
  it.each([
    ['a short first line', 'Storm hits coast\n\nRain fell on Monday.'],
    ['a one-line article', 'Fans perhaps knew.'],
    ['a first line in capitals', 'STORM HITS COAST\n\nRain fell on Monday.'],
  ])('with guessHeadline false, reads %s as body text', (_, text) => {
    const document = documentOf(text, { guessHeadline: false });
    expect(document.headline).toBeNull();
    expect(document.blocks[0]?.kind).toBe('paragraph');
    expect(document.blocks[0]?.span.start).toBe(0);
  });

  it('by default guesses a headline as parseArticle does', () => {
    const text = 'Storm hits coast\n\nRain fell on Monday.';
    const document = documentOf(text);
    expect(document.headline).toBe(0);
    expect(articleOf(text)).toEqual(parseArticle(text));
  });

  it('builds the article of body text alone: every paragraph is text', () => {
    const article = articleOf('Storm hits coast\n\nRain fell. The match may move.', { guessHeadline: false });
    expect(article.meta.headline).toBeNull();
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual(['Storm hits coast', 'Rain fell. The match may move.']);
    expect(article.stance.map((marker) => [marker.text, marker.paragraphId, marker.sentence])).toEqual([['may', 'p2', 1]]);
  });
});
