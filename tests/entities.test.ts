import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import type { Entity } from '../src/index.js';

const entitiesOf = (input: string) => parseArticle(input).entities;
const byName = (entities: Entity[], name: string) => entities.find((entity) => entity.name === name);
const texts = (entity: Entity | undefined) => entity?.mentions.map((mention) => `${mention.kind}:${mention.text}`);

describe('people', () => {
  it('splits titles off names and links surnames, titles and pronouns', () => {
    const input = [
      'Canadian Prime Minister Karl Brandt met union leaders on Monday.',
      'Brandt said talks would go on. The Prime Minister’s office gave no date, and he left early.',
    ].join('\n');
    const entities = entitiesOf(input);
    const brandt = byName(entities, 'Karl Brandt');
    expect(brandt).toMatchObject({ type: 'person', titles: ['Prime Minister'] });
    expect(texts(brandt)).toEqual(['name:Karl Brandt', 'name:Brandt', 'title:The Prime Minister', 'pronoun:he']);
    expect(byName(entities, 'Canada')?.mentions.map((mention) => mention.kind)).toEqual(['demonym']);
  });

  it('splits a place off a titled name', () => {
    const entities = entitiesOf('The case went to U.S. District Judge James Donato in March.');
    expect(byName(entities, 'James Donato')).toMatchObject({ type: 'person', titles: ['District Judge'] });
    expect(byName(entities, 'United States')?.mentions.map((mention) => mention.text)).toEqual(['U.S.']);
  });

  it('links a lowercase role noun to the person with that title', () => {
    const entities = entitiesOf('Minister Lena Ortiz opened the session. Later the minister took questions.');
    expect(texts(byName(entities, 'Lena Ortiz'))).toEqual(['name:Lena Ortiz', 'title:the minister']);
  });
});

describe('organisations and places', () => {
  it.each([
    ['by suffix', 'Shares of Orbit Corp. fell on Monday.', 'Orbit Corp.', 'organization'],
    ['by prefix', 'Officials at the Ministry of Defence declined to comment.', 'Ministry of Defence', 'organization'],
    ['an acronym', 'The deal needs approval from NATO members.', 'NATO', 'organization'],
    ['by class noun', 'It has ties to groups like Vantora and others.', 'Vantora', 'organization'],
    ['a place name with other words', 'The story ran on Kenya Today this week.', 'Kenya Today', 'organization'],
    ['a country', 'Exports to Brazil rose sharply.', 'Brazil', 'place'],
    ['a capital', 'Talks were held in Nairobi on Friday.', 'Nairobi', 'place'],
  ])('types a name %s', (_, input, name, type) => {
    expect(byName(entitiesOf(input), name)?.type).toBe(type);
  });

  it('links demonyms and regions to places', () => {
    const entities = entitiesOf('Kenyan officials met Western diplomats. Kenya wants closer ties with the West.');
    expect(texts(byName(entities, 'Kenya'))).toEqual(['demonym:Kenyan', 'name:Kenya']);
    expect(texts(byName(entities, 'the West'))).toEqual(['demonym:Western', 'name:West']);
  });

  it('does not find a place inside an organisation name', () => {
    const entities = entitiesOf('Kenya Today reported the story first.');
    expect(byName(entities, 'Kenya')).toBeUndefined();
  });
});

describe('false entities', () => {
  it('ignores capitalised words that only start sentences', () => {
    const entities = entitiesOf('Despite the rain, turnout was high. However, results came late. Results were close.');
    expect(entities).toEqual([]);
  });

  it('creates no entity from a heading alone, but links headings to known ones', () => {
    const input = 'Ana Ruiz won the vote on Sunday.\nThe Road Ahead for Ruiz\nRuiz takes office in June.';
    const entities = entitiesOf(input);
    expect(entities.map((entity) => entity.name)).toEqual(['Ana Ruiz']);
    expect(entities[0]?.mentions.map((mention) => mention.text)).toEqual(['Ana Ruiz', 'Ruiz', 'Ruiz']);
  });

  it('does not take weekdays or months for names', () => {
    expect(entitiesOf('The vote moved from Tuesday to March, officials said.')).toEqual([]);
  });
});
