/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle, toJsonLd, toNinjs } from '../src/index.ts';

// An article written for these tests: front matter, a dateline, a named and an unnamed speaker,
// a loaded cue, an indirect quote, and people, organisations and places.
const INPUT = [
  '---',
  'title: Harbour board backs new ferry line',
  'date: 2024-05-01T09:30:00Z',
  'author: Ana Silva',
  'tags: [transport, islands]',
  'url: https://example.org/news/ferry-line',
  'language: en',
  '---',
  '',
  'PORTVILLE — The harbour board voted on Tuesday to fund a ferry line from Portville to Greenisland, after talks with the European Commission.',
  '',
  '“This line will carry ten thousand people a week,” said Mayor Tom Reed.',
  '',
  'The plan still needs money from the government, officials said.',
  '',
  '“It is a waste of money,” a board member claimed.',
  '',
].join('\n');

const article = parseArticle(INPUT);

describe('toNinjs', () => {
  // The official IPTC ninjs 3.1 schema (MIT, see tests/fixtures/ninjs/LICENSE). Its `places`
  // refer to the GeoJSON schema by URL; newsmark writes no `geoJSON`, and tests fetch nothing,
  // so that reference resolves to an empty schema.
  const ninjsSchema = JSON.parse(readFileSync(new URL('./fixtures/ninjs/ninjs-schema_3.1.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  const validate = ajv.compile(ninjsSchema);

  it('validates against the ninjs 3.1 JSON Schema', () => {
    const item = toNinjs(article);
    const valid = validate(item);
    // On failure the errors say which property and why.
    expect(validate.errors).toBeNull();
    expect(valid).toBe(true);
  });

  it('the schema rejects what is not ninjs (control)', () => {
    expect(validate({ ...toNinjs(article), headlines: [{ text: 'no value' }] })).toBe(false);
    expect(validate({ ...toNinjs(article), uri: 'not a uri' })).toBe(false);
    expect(validate({ ...toNinjs(article), keywords: ['not in 3.1'] })).toBe(false);
  });

  it('has the headline, the body with its counts, the byline, the dateline and the tags', () => {
    const item = toNinjs(article);
    expect(item).toMatchObject({
      uri: 'https://example.org/news/ferry-line',
      type: 'text',
      language: 'en',
      firstCreated: '2024-05-01T09:30:00Z',
      headlines: [{ value: 'Harbour board backs new ferry line' }],
      by: 'Ana Silva',
      located: 'PORTVILLE',
      subjects: [
        { name: 'transport', rel: 'tag' },
        { name: 'islands', rel: 'tag' },
      ],
    });
    const body = item.bodies[0]!;
    expect(body.value.startsWith('The harbour board voted')).toBe(true);
    expect(body.value).toContain('a board member claimed.');
    expect(body.charCount).toBe(body.value.length);
    expect(body.wordCount).toBe(body.value.split(/\s+/u).length);
  });

  it('lists the people, organisations and places the article mentions', () => {
    const item = toNinjs(article);
    const byType = (type: string) => article.entities.filter((entity) => entity.type === type).map((entity) => ({ name: entity.name, rel: 'mentioned' }));
    expect(item.people ?? []).toEqual(byType('person'));
    expect(item.organisations ?? []).toEqual(byType('organization'));
    expect(item.places ?? []).toEqual(byType('place'));
    expect(item.people).toContainEqual({ name: 'Tom Reed', rel: 'mentioned' });
  });

  const cases: [string, string, Record<string, unknown>][] = [
    ['a bare date is left out, not given a time', '---\ndate: 2024-05-01\n---\n\nText here.\n', { firstCreated: undefined }],
    ['a date-time with an offset is kept', '---\ndate: 2024-05-01T10:00:00+02:00\n---\n\nText here.\n', { firstCreated: '2024-05-01T10:00:00+02:00' }],
    ['no url: a URN from the text', 'Text here.\n', { uri: expect.stringMatching(/^urn:newsmark:[0-9a-f]{8}$/u) }],
    ['no headline: no headlines', 'Text here.\n', { headlines: undefined }],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const item = toNinjs(parseArticle(input));
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(item).not.toHaveProperty(key);
      else expect(item).toHaveProperty(key, value);
    }
    expect(validate(item)).toBe(true);
  });

  it('gives the same URN to the same text, and takes a uri option', () => {
    expect(toNinjs(parseArticle('Text here.')).uri).toBe(toNinjs(parseArticle('Text here.')).uri);
    expect(toNinjs(parseArticle('Text here.')).uri).not.toBe(toNinjs(parseArticle('Other text.')).uri);
    expect(toNinjs(article, { uri: 'urn:example:1' }).uri).toBe('urn:example:1');
  });
});

describe('toJsonLd', () => {
  // schema.org (https://schema.org/version/latest) domains and ranges of the properties
  // toJsonLd writes, by type; a type inherits its parents' properties.
  const PARENT: Record<string, string> = {
    NewsArticle: 'Article',
    Article: 'CreativeWork',
    Quotation: 'CreativeWork',
    CreativeWork: 'Thing',
    Person: 'Thing',
    Organization: 'Thing',
    Place: 'Thing',
    ImageObject: 'Thing',
  };
  const PROPERTIES: Record<string, Record<string, string[] | 'text'>> = {
    Thing: { name: 'text', alternateName: 'text', description: 'text', url: 'text', image: 'text' },
    CreativeWork: {
      headline: 'text',
      datePublished: 'text',
      dateModified: 'text',
      author: ['Person', 'Organization'],
      publisher: ['Person', 'Organization'],
      keywords: 'text',
      inLanguage: 'text',
      mentions: ['Thing'],
      hasPart: ['CreativeWork'],
      text: 'text',
      spokenByCharacter: ['Person', 'Organization'],
    },
    Article: { articleBody: 'text', articleSection: 'text' },
    NewsArticle: { dateline: 'text' },
    Person: { jobTitle: 'text' },
    Organization: { logo: ['ImageObject'] },
    ImageObject: {},
  };
  // spokenByCharacter's domain is Quotation alone, not every CreativeWork.
  const ONLY_ON: Record<string, string> = { spokenByCharacter: 'Quotation' };
  const ancestors = (type: string): string[] => (PARENT[type] ? [type, ...ancestors(PARENT[type]!)] : [type]);

  function violations(node: Record<string, unknown>, path = '$'): string[] {
    const type = node['@type'];
    if (typeof type !== 'string' || !PARENT[type]) return [`${path}: unknown @type ${String(type)}`];
    const found: string[] = [];
    for (const [property, value] of Object.entries(node)) {
      if (property.startsWith('@')) continue;
      const range = ancestors(type).map((name) => PROPERTIES[name]?.[property]).find(Boolean);
      if (!range || (ONLY_ON[property] && ONLY_ON[property] !== type)) {
        found.push(`${path}.${property}: not a property of ${type}`);
        continue;
      }
      for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const at = `${path}.${property}[${index}]`;
        if (range === 'text') {
          if (typeof item !== 'string') found.push(`${at}: expected text`);
        } else if (typeof item !== 'object' || item === null || !range.some((allowed) => ancestors(String((item as Record<string, unknown>)['@type'])).includes(allowed))) {
          found.push(`${at}: expected ${range.join(' or ')}`);
        } else {
          found.push(...violations(item as Record<string, unknown>, at));
        }
      }
    }
    return found;
  }

  it('uses only schema.org properties of each type, with values in their range', () => {
    const jsonLd = toJsonLd(article);
    expect(violations(jsonLd)).toEqual([]);
  });

  it('the vocabulary check catches a wrong property or range (control)', () => {
    expect(violations({ '@type': 'NewsArticle', spokenByCharacter: { '@type': 'Person', name: 'x' } })).toHaveLength(1);
    expect(violations({ '@type': 'NewsArticle', mentions: ['Tom Reed'] })).toHaveLength(1);
    expect(violations({ '@type': 'Quotation', spokenByCharacter: { '@type': 'Place', name: 'x' } })).toHaveLength(1);
  });

  it('is a NewsArticle with its metadata and body', () => {
    expect(toJsonLd(article)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour board backs new ferry line',
      datePublished: '2024-05-01T09:30:00Z',
      author: [{ '@type': 'Person', name: 'Ana Silva' }],
      url: 'https://example.org/news/ferry-line',
      dateline: 'PORTVILLE',
      keywords: ['transport', 'islands'],
      inLanguage: 'en',
    });
  });

  it('mentions every person, organisation and place, typed', () => {
    const mentions = toJsonLd(article).mentions as { '@type': string; name: string }[];
    const expected = article.entities
      .filter((entity) => entity.type !== 'other')
      .map((entity) => ({ '@type': { person: 'Person', organization: 'Organization', place: 'Place' }[entity.type as 'person'], name: entity.name }));
    expect(mentions.map((mention) => ({ '@type': mention['@type'], name: mention.name }))).toEqual(expected);
    expect(mentions).toContainEqual(expect.objectContaining({ '@type': 'Person', name: 'Tom Reed', jobTitle: ['Mayor'] }));
  });

  it('gives each direct quote as a Quotation spoken by its speaker, and leaves out reported speech', () => {
    const parts = toJsonLd(article).hasPart as { '@type': string; text: string; spokenByCharacter?: Record<string, unknown> }[];
    expect(parts.map((part) => [part['@type'], part.text])).toEqual([
      ['Quotation', 'This line will carry ten thousand people a week,'],
      ['Quotation', 'It is a waste of money,'],
    ]);
    // A named speaker is the same node as the mention (same @id); an unnamed one is described.
    const mayor = (toJsonLd(article).mentions as { '@id': string; name: string }[]).find((mention) => mention.name === 'Tom Reed');
    expect(parts[0]?.spokenByCharacter).toMatchObject({ '@type': 'Person', '@id': mayor?.['@id'], name: 'Tom Reed' });
    expect(parts[1]?.spokenByCharacter).toEqual({ '@type': 'Person', description: 'a board member' });
  });

  it('leaves out what the article does not have', () => {
    const bare = toJsonLd(parseArticle('The board voted on Tuesday.'));
    expect(Object.keys(bare).sort()).toEqual(['@context', '@id', '@type', 'articleBody']);
  });

  it('takes the page’s image, description, url and publisher, checked against schema.org', () => {
    const jsonLd = toJsonLd(article, {
      url: 'https://example.org/b',
      image: ['https://example.org/b.jpg'],
      description: 'The board backs a ferry line.',
      publisher: { name: 'Portville Post', url: 'https://example.org', logo: 'https://example.org/logo.png' },
    });
    expect(jsonLd).toMatchObject({
      '@id': 'https://example.org/b',
      url: 'https://example.org/b',
      image: ['https://example.org/b.jpg'],
      description: 'The board backs a ferry line.',
      publisher: { '@type': 'Organization', name: 'Portville Post', url: 'https://example.org', logo: { '@type': 'ImageObject', url: 'https://example.org/logo.png' } },
    });
    expect(violations(jsonLd)).toEqual([]);
  });

  it('reads image, description and authors with their pages from front matter', () => {
    const input = [
      '---',
      'title: Ferry line backed',
      'image: https://example.org/ferry.jpg',
      'description: The board backs a ferry line.',
      'authors:',
      '  - name: Jane Doe',
      '    url: https://example.org/staff/jane',
      '  - name: John Smith',
      '---',
      '',
      'The board voted on Tuesday.',
    ].join('\n');
    const parsed = parseArticle(input);
    expect(parsed.meta).toMatchObject({ authors: ['Jane Doe', 'John Smith'], authorUrls: { 'Jane Doe': 'https://example.org/staff/jane' }, image: 'https://example.org/ferry.jpg', description: 'The board backs a ferry line.' });
    const jsonLd = toJsonLd(parsed);
    expect(jsonLd).toMatchObject({
      image: 'https://example.org/ferry.jpg',
      description: 'The board backs a ferry line.',
      author: [
        { '@type': 'Person', name: 'Jane Doe', url: 'https://example.org/staff/jane' },
        { '@type': 'Person', name: 'John Smith' },
      ],
    });
    expect(violations(jsonLd)).toEqual([]);
  });

  it.each([
    ['authors: [{name: Jane Doe, url: not a url}]', 'authors'],
    ['image: not a url', 'image'],
  ])('a bad `%s` is a front matter error on its value', (line, key) => {
    const result = safeParseArticle(`---\n${line}\n---\n\nThe board voted on Tuesday.\n`);
    expect(result.messages.find((message) => message.ruleId === 'front-matter-field')).toMatchObject({ line: 2, reason: expect.stringContaining(`\`${key}\``) });
  });

  it.each([
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    // After a comma comes an affiliation, not another name.
    ['By Ana Silva, Reuters', ['Ana Silva']],
    ['By Ana Silva & Tom Reed', ['Ana Silva', 'Tom Reed']],
    ['By Ana Silva', ['Ana Silva']],
  ])('"%s" names one Person per author', (byline, names) => {
    const jsonLd = toJsonLd(parseArticle(`Ferry line backed\n\n${byline}\n\nThe board voted on Tuesday.\n`));
    expect(jsonLd.author).toEqual(names.map((name) => ({ '@type': 'Person', name })));
  });

  it('gives two articles on one page node ids of their own', () => {
    const other = parseArticle('Board rejects tunnel\n\n“We cannot pay for it,” said Mayor Tom Reed.\n');
    const ids = (jsonLd: Record<string, unknown>): string[] => JSON.stringify(jsonLd).match(/"@id":"[^"]+"/gu) ?? [];
    const first = ids(toJsonLd(article));
    const second = ids(toJsonLd(other));
    expect(first.length).toBeGreaterThan(1);
    expect(second.length).toBeGreaterThan(1);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    // Stable from run to run, so pages do not change when nothing did.
    expect(ids(toJsonLd(other))).toEqual(second);
    expect(ids(toJsonLd(parseArticle('The board voted on Tuesday.')))[0]).toMatch(/^"@id":"#article-[0-9a-z]+"$/u);
  });
});
