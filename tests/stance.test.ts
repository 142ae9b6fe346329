import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const stanceOf = (input: string) => parseArticle(input).stance.map((marker) => `${marker.kind}:${marker.lemma}`);

describe('stance markers', () => {
  it.each([
    ['The plan could fail.', ['hedge:could']],
    ['The results suggest a potential shift.', ['hedge:suggest', 'hedge:potential']],
    ['The risk is well-documented.', ['booster:well-documented']],
    ['It was a controversial decision.', ['attitude:controversial']],
  ])('%s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it('does not read a capitalised name inside a sentence as a marker', () => {
    expect(stanceOf('The talks with Hope Solo ended in May.')).toEqual([]);
  });

  it('gives a marker inside a direct quote to its speaker', () => {
    const article = parseArticle('Mayor Ana Ruiz spoke. “This approach is flawed,” Ruiz said. The plan is controversial.');
    const ruiz = article.entities.find((entity) => entity.name === 'Ana Ruiz');
    const flawed = article.stance.find((marker) => marker.text === 'flawed');
    expect(flawed?.holder).toEqual({ kind: 'speaker', quoteId: article.quotes[0]?.id, entityId: ruiz?.id });
    expect(article.stance.find((marker) => marker.text === 'controversial')?.holder).toEqual({ kind: 'author' });
  });
});
