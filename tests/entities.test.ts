import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle } from '../src/index.js';
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

  it('does not find a place inside a longer name', () => {
    const entities = entitiesOf('Iran Air cancelled the flight.');
    expect(byName(entities, 'Iran')).toBeUndefined();
    expect(byName(entities, 'Iran Air')?.type).not.toBe('place');
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

const typeOf = (input: string, name: string) => byName(entitiesOf(input), name)?.type;
const nameMentions = (input: string) =>
  entitiesOf(input).flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name').map((mention) => `${entity.type}:${mention.text}`));

describe('gazetteers from packages', () => {
  it.each([
    ['a city', 'Fans gathered in Rotterdam on Sunday.', 'Rotterdam', 'place'],
    ['a US state', 'Voters in Nebraska go to the polls next week.', 'Nebraska', 'place'],
    ['a province', 'The plant opens in Jiangsu next year.', 'Jiangsu', 'place'],
    ['a name opening on a given name', 'The report was written by Maria Kessling last year.', 'Maria Kessling', 'person'],
    ['a name opening on an initial', 'The second wicket fell to J. Okonkwo before lunch.', 'J. Okonkwo', 'person'],
    ['a former country', 'He was born in Yugoslavia in 1970.', 'Yugoslavia', 'place'],
    ['an English country name the package replaced', 'Exports to Turkey fell again.', 'Türkiye', 'place'],
  ])('types %s', (_, input, name, type) => {
    expect(typeOf(input, name)).toBe(type);
  });

  it('does not take a town named like a word the text writes in lowercase for the town', () => {
    expect(typeOf('Fans in Reading cheered.', 'Reading')).toBe('place');
    expect(typeOf('Fans in Reading cheered. Reading the result took time; reading it twice helped.', 'Reading')).toBeUndefined();
  });

  it('links a town in a heading only when the body names it', () => {
    expect(entitiesOf('Bath Plans Delayed\nThe council met on Monday.')).toEqual([]);
    expect(nameMentions('Bath Plans Delayed\nThe council in Bath met on Monday.')).toEqual(['place:Bath', 'place:Bath']);
  });

  it('creates no entity from an acronym that is a common noun', () => {
    expect(entitiesOf('Sales of every DVD and TV rose as GDP grew.')).toEqual([]);
  });

  it('does not take a lone capital for a name', () => {
    expect(entitiesOf('Margin N / A, against N / A a year ago.')).toEqual([]);
  });
});

describe('organisations and places by context', () => {
  it.each([
    ['a news agency', 'The minister told Reuters that talks had stalled.', 'Reuters', 'organization'],
    ['a place noun after it', 'Floods hit Marvale province on Monday.', 'Marvale', 'place'],
    ['"the village of" before it', 'Troops entered the village of Tresco at dawn.', 'Tresco', 'place'],
    ['", Country" after it', 'The ferry sank off Brenford, Scotland, on Friday.', 'Brenford', 'place'],
    ['an organisation noun after it', 'Trading in Quillon shares was halted.', 'Quillon', 'organization'],
    ['a place designator before it', 'Envoys from the Republic of Zembla arrived.', 'Republic of Zembla', 'place'],
    ['an event designator', 'Brazil won the Merton Cup again.', 'Merton Cup', 'other'],
    ['an event designator before "of"', 'She leads the Grand Series of Chess this year.', 'Grand Series of Chess', 'other'],
    ['"X-based" before it', 'The deal made Lisbon-based Vantora larger.', 'Vantora', 'organization'],
    ['a role "at" it', 'An analyst at Quendry said prices would rise.', 'Quendry', 'organization'],
    ['an ampersand', 'The audit was done by Harlow & Pike last year.', 'Harlow & Pike', 'organization'],
    ['an ampersand after a given name', 'The audit was done by Douglas & Pike last year.', 'Douglas & Pike', 'organization'],
    ['an organisation noun after a possessive', 'Analysts said Quendry’s shares were cheap.', 'Quendry', 'organization'],
    ['a region without its article when it has two words', 'Middle East talks resumed.', 'the Middle East', 'place'],
  ])('types a name by %s', (_, input, name, type) => {
    expect(typeOf(input, name)).toBe(type);
  });

  it('takes what stands before a title for where the person serves', () => {
    const entities = entitiesOf('Labour MP Jane Moss spoke first. Vantora Chairman Ed Lund left early.');
    expect(entities.map((entity) => [entity.type, entity.name, entity.titles])).toEqual([
      ['organization', 'Labour', []],
      ['person', 'Jane Moss', ['MP']],
      ['organization', 'Vantora', []],
      ['person', 'Ed Lund', ['Chairman']],
    ]);
  });

  it('takes the teams of a results table for organisations, and cities with scores for their teams', () => {
    const input = 'Results on Saturday:\nCalderon 3 Westvale 1\nPortland 2 Austin 2';
    expect(nameMentions(input)).toEqual(['organization:Calderon', 'organization:Westvale', 'organization:Portland', 'organization:Austin']);
  });

  it('takes a score after a name in capitals for a table row, not a dateline', () => {
    expect(typeOf('Standings after Sunday:\nGRAND HARBOUR 12 4\nLOWER FENTON 9 7', 'GRAND HARBOUR')).toBe('organization');
  });

  it('keeps a city without a score a place', () => {
    expect(typeOf('The team flew to Portland on Monday.', 'Portland')).toBe('place');
  });

  it('finds the places of a dateline', () => {
    const input = 'Storm closes port\nHARBOURVILLE 2024-03-02\nThe port closed. Ships waited off Harbourville.\nPORTLAND, Oregon 2024-03-02\nA second storm hit.';
    const entities = entitiesOf(input);
    expect(texts(byName(entities, 'Harbourville'))).toEqual(['name:HARBOURVILLE', 'name:Harbourville']);
    expect(byName(entities, 'Portland')?.mentions.map((mention) => mention.text)).toEqual(['PORTLAND']);
    expect(byName(entities, 'Oregon')?.type).toBe('place');
  });

  it('reads a paragraph set in capitals like a heading', () => {
    const input = 'Markets\nTRADERS SEE STORM AHEAD IN PORTUGAL.\nShares fell in Portugal on Monday.';
    expect(nameMentions(input)).toEqual(['place:PORTUGAL', 'place:Portugal']);
  });

  it('links "the Gulf" as a name, "Gulf" before a noun as a demonym', () => {
    const entities = entitiesOf('Ships sailed into the Gulf on Monday. Gulf states met.');
    expect(texts(byName(entities, 'the Gulf'))).toEqual(['name:Gulf', 'demonym:Gulf']);
  });

  it('guesses no person from words in capitals', () => {
    expect(typeOf('The notice named GRAND HARBOUR as the buyer.', 'GRAND HARBOUR')).toBe('other');
  });

  it('takes a demonym of two words for one', () => {
    const entities = entitiesOf('The talks included South Korean envoys.');
    expect(texts(byName(entities, 'South Korea'))).toEqual(['demonym:South Korean']);
  });

  it('does not take a month in capitals for a name', () => {
    expect(entitiesOf('Sales rose in AUGUST 2024, the group said.')).toEqual([]);
  });
});

describe('linking names', () => {
  it('links a word of a person’s name to the person, over a place of that name', () => {
    const entities = entitiesOf('Michael Jordan scored 40 points. Jordan said he was tired.');
    expect(texts(byName(entities, 'Michael Jordan'))).toEqual(['name:Michael Jordan', 'name:Jordan', 'pronoun:he']);
    expect(byName(entities, 'Jordan')).toBeUndefined();
  });

  it('links any word of a titled name ("Xi" of "Xi Jinping")', () => {
    const titled = entitiesOf('President Xi Jinping arrived on Monday. Xi met the mayor.');
    expect(texts(byName(titled, 'Xi Jinping'))).toEqual(['name:Xi Jinping', 'name:Xi']);
  });

  it.each([
    ['after the full name', 'Shares of Nvidia Corp. rose. Analysts said Nvidia had room to grow.'],
    ['before the full name', 'Analysts said Nvidia had room to grow. Shares of Nvidia Corp. rose.'],
  ])('links a company without its legal form %s', (_, input) => {
    const entities = entitiesOf(input);
    expect(entities.map((entity) => entity.name)).toEqual(['Nvidia Corp.']);
    expect(entities[0]?.mentions).toHaveLength(2);
  });

  it('links an acronym given in brackets to the name before it', () => {
    const entities = entitiesOf('Leaders of the European Union (EU) met in March. Later the EU agreed.');
    expect(texts(byName(entities, 'European Union'))).toEqual(['name:European Union', 'name:EU', 'name:EU']);
  });

  it('links a lone word opening a sentence to a name found elsewhere, and creates nothing from it', () => {
    const entities = entitiesOf('Orbit Holdings won the contract. Orbit said work starts soon. Fortune favoured it.');
    expect(entities.map((entity) => entity.name)).toEqual(['Orbit Holdings']);
    expect(entities[0]?.mentions.map((mention) => mention.text)).toEqual(['Orbit Holdings', 'Orbit']);
  });

  it.each([
    ['by given name', 'Maria Ortiz met Karl Brandt on Monday. She said the talks went well.', 'Maria Ortiz', ['name:Maria Ortiz', 'pronoun:She']],
    ['by title', 'Mrs Ortiz met Mr Brandt on Monday. She said the talks went well.', 'Ortiz', ['name:Ortiz', 'pronoun:She']],
  ])('links a pronoun to the latest person of its gender (%s)', (_, input, name, mentions) => {
    expect(texts(byName(entitiesOf(input), name))).toEqual(mentions);
  });

  it('links "Mr X" and possessives to the full name', () => {
    const entities = entitiesOf('Ana Ruiz won the vote. Mr Ruiz’s rival conceded, and Ruiz’s team cheered.');
    expect(byName(entities, 'Ana Ruiz')?.mentions.map((mention) => mention.text)).toEqual(['Ana Ruiz', 'Ruiz', 'Ruiz']);
    expect(byName(entities, 'Ana Ruiz')?.titles).toEqual(['Mr']);
  });
});

describe('options.entities: a user gazetteer', () => {
  const gazetteer = [
    { id: 'Q182477', type: 'organization' as const, name: 'Nvidia Corp.', aliases: ['Nvidia'] },
    { id: 'Q90', type: 'place' as const, name: 'Paris' },
    { id: 'e2', type: 'person' as const, name: 'Lena Ortiz' },
  ];

  it('uses the ids, names and types of the gazetteer, and links aliases and surnames', () => {
    const input = 'Nvidia opened an office in Paris. Lena Ortiz runs it; Ortiz said Nvidia Corp. would grow. Karl Brandt agreed.';
    const entities = parseArticle(input, { entities: gazetteer }).entities;
    expect(entities.map((entity) => [entity.id, entity.type, entity.name])).toEqual([
      ['Q182477', 'organization', 'Nvidia Corp.'],
      ['Q90', 'place', 'Paris'],
      ['e2', 'person', 'Lena Ortiz'],
      ['e1', 'person', 'Karl Brandt'],
    ]);
    expect(entities[0]?.mentions.map((mention) => mention.text)).toEqual(['Nvidia', 'Nvidia Corp.']);
    expect(entities[2]?.mentions.map((mention) => mention.text)).toEqual(['Lena Ortiz', 'Ortiz']);
  });

  it('reports an option that is not an array and goes on', () => {
    const result = safeParseArticle('Paris is calm.', { entities: 'Paris' as never });
    expect(result.article?.entities.map((entity) => entity.name)).toEqual(['Paris']);
    expect(result.messages.filter((message) => message.ruleId !== 'missing-headline').map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['1:1 gazetteer-invalid']);
  });

  it('reports an entry without a name and goes on', () => {
    const result = safeParseArticle('Paris is calm.', { entities: [{ id: 'x', type: 'place', name: '' }, ...gazetteer] });
    expect(result.article?.entities.map((entity) => entity.id)).toEqual(['Q90']);
    expect(result.messages.filter((message) => message.ruleId !== 'missing-headline').map((message) => message.ruleId)).toEqual(['gazetteer-entry-invalid']);
  });
});

describe('names from the trained tagger, cut and linked by rules', () => {
  it('splits a capitalised role noun off a name as its title ("Boss Henk Addink")', () => {
    const entities = entitiesOf('Boss Henk Addink said the plan would work. Addink left early.');
    expect(byName(entities, 'Henk Addink')).toMatchObject({ type: 'person', titles: ['Boss'] });
    expect(texts(byName(entities, 'Henk Addink'))).toEqual(['name:Henk Addink', 'name:Addink']);
    expect(byName(entities, 'Boss Henk Addink')).toBeUndefined();
  });

  it('takes a name with a title for a person even where the tagger finds none', () => {
    expect(byName(entitiesOf('Mrs Ortiz met Mr Brandt on Monday.'), 'Ortiz')).toMatchObject({ type: 'person', titles: ['Mrs'] });
  });

  it('gives an event or other MISC name the type `other`, never `person`', () => {
    expect(typeOf('Brazil won the World Cup in 2002.', 'World Cup')).toBe('other');
  });

  it('keeps one type per entity across the article', () => {
    const entities = entitiesOf('Shares of Nvidia Corp. rose. Nvidia said sales grew. Analysts said Nvidia had room to grow.');
    expect(entities.filter((entity) => entity.name.startsWith('Nvidia')).map((entity) => [entity.name, entity.type])).toEqual([['Nvidia Corp.', 'organization']]);
  });

  it.each([
    ['French', 'France'],
    ['Dutch', 'Netherlands'],
    ['American', 'United States'],
    ['Danish', 'Denmark'],
  ])('links the demonym "%s" to the country people mean (%s), not a territory that shares it', (demonym, country) => {
    const entities = entitiesOf(`${demonym} officials met on Monday.`);
    expect(texts(byName(entities, country))).toEqual([`demonym:${demonym}`]);
  });
});

describe('pronouns', () => {
  it.each([
    ['by given name', 'Maria Lopez met Carl Brandt. She said the talks went well.', 'Maria Lopez', ['name:Maria Lopez', 'pronoun:She']],
    [
      'by a pronoun linked before',
      'Sam Reyes spoke first. She thanked Kim Osei. Later she left.',
      'Sam Reyes',
      ['name:Sam Reyes', 'pronoun:She', 'pronoun:she'],
    ],
    ['the subject of the sentence before over the nearest name', 'Arlo Venn thanked Tobin Marsh for the report. He then left.', 'Arlo Venn', ['name:Arlo Venn', 'pronoun:He']],
    ['a possessive to the nearest name in its own sentence', 'Arlo Venn met Tobin Marsh and his wife on Monday.', 'Tobin Marsh', ['name:Tobin Marsh', 'pronoun:his']],
  ])('links a pronoun %s', (_, input, name, mentions) => {
    expect(texts(byName(entitiesOf(input), name))).toEqual(mentions);
  });

  it('leaves a pronoun unlinked when two people rank the same', () => {
    const entities = entitiesOf('Carl Brandt and Tom Marsh met. The talks ran late. The weather was bad. He left.');
    expect(entities.flatMap((entity) => entity.mentions).filter((mention) => mention.kind === 'pronoun')).toEqual([]);
  });

  it('never links a pronoun to an organisation or a place', () => {
    const entities = entitiesOf('Vantora Holdings said on Monday it would cut jobs in Brazil. He said nothing more.');
    expect(entities.flatMap((entity) => entity.mentions).filter((mention) => mention.kind === 'pronoun')).toEqual([]);
  });
});
