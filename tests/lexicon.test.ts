import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.ts';
import { PERSON_TITLES, TITLE_GENDERS } from '../src/lexicon/titles.ts';

describe('title gender', () => {
  it.each([
    ['Mrs', 'female'],
    ['Sheikha', 'female'],
    ['King', 'male'],
    ['Crown Prince', 'male'],
    ['Prime Minister', undefined],
    ['Mx', undefined],
  ])('%s tells %s', (title, gender) => {
    expect(PERSON_TITLES.some((entry) => entry.title === title)).toBe(true);
    expect(TITLE_GENDERS.get(title)).toBe(gender);
  });

  it.each([
    ['Mrs', 'She', true],
    ['Mrs', 'He', false],
    ['Mr', 'He', true],
    ['Mr', 'She', false],
  ])('%s Park … %s said: the pronoun links to her or him: %s', (title, pronoun, links) => {
    const article = parseArticle(`# Port plan\n\n${title} Park met the council on Monday. ${pronoun} said the port would open.`);
    const park = article.entities.find((entity) => entity.name === 'Park');
    expect(park?.mentions.some((mention) => mention.kind === 'pronoun')).toBe(links);
  });
});
