import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRuns, joined } from '../src/extract/entities/runs.ts';
import { parseArticle } from '../src/index.ts';
import { StringTable } from '../src/model/string-table.ts';
import { TokenStore, tokenize, tokenList } from '../src/model/tokenize.ts';
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

describe('remarkNewsmark reads the tree without changing it', () => {
  it.each([
    ['plain text, one paragraph a line, a guessed headline', 'Storm hits coast\n\nRain fell on Monday.\nThe match may move.\n\nRoads\n\nThe roads closed.'],
    ['a byte order mark', '\uFEFFStorm hits coast\n\nRain fell on Monday.'],
    ['front matter without remark-frontmatter', '---\ntitle: Storm hits coast\n---\n\nRain fell on Monday.'],
  ])('%s', async (_, text) => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { remarkNewsmark } = await import('../src/index.ts');
    const processor = unified().use(remarkParse).use(remarkNewsmark);
    const tree = processor.parse(text);
    const before = structuredClone(tree);
    const file = new (await import('vfile')).VFile({ value: text });
    await processor.run(tree, file);
    expect(tree).toEqual(before);
    expect(file.data.newsmark?.sections.flatMap((section) => section.paragraphs).length).toBeGreaterThan(0);
    // The document model's reader itself, which the plugin no longer shields with a copy.
    const { readDocument } = await import('../src/model/read.ts');
    readDocument(tree, text);
    expect(tree).toEqual(before);
  });
});

describe('tokens carry what the quote finders read around them', () => {
  it.each([
    ['"Yes," she said.', ['"']],
    ['He said "yes" twice.', ['"']],
    // A closing shape that starts a line before a word is a misprinted opener.
    ['“Yes.”\n”No more.', ['“', '”']],
    ['“Yes.” ”No more.', ['“']],
    ['It is 5" long', []],
    ["Lee's «plan» ‘works’", ['«', '‘']],
    // Of a typewriter pair, the first mark opens by what stands before it (TeX backticks too).
    ["He said ''Yes,'' twice.", ["'"]],
    ['He said ``Yes,\'\' twice.', ['`']],
    ["(''Yes'')", ["'"]],
  ])('%s: the marks that open are %j', (text, opening) => {
    const { tokens } = documentOf(text, { guessHeadline: false });
    expect(tokenList(tokens).filter((token) => token.opens).map((token) => token.text)).toEqual(opening);
    expect(tokenList(tokens).filter((token) => token.kind !== 'quote' && token.text !== '`').some((token) => token.opens)).toBe(false);
  });

  it.each([
    ['Rain fell.\nRoads closed.', ['Rain', '.', 'Roads', '.']],
    ["He said ''Yes.'' \u00a0Then", ['He', 'said', "'", 'Then']],
    ['Fans *knew* it', ['Fans', 'it']],
  ])('%s: the tokens whitespace or the end follows are %j', (text, spaced) => {
    const { tokens } = documentOf(text, { guessHeadline: false });
    expect(tokenList(tokens).filter((token) => token.spaceAfter).map((token) => token.text)).toEqual(spaced);
  });

  it('marks the tokens a line break comes before, across blocks too', () => {
    const text = 'Rain fell today.\nRoads closed.\n\nFans "knew\nit".';
    const { tokens } = documentOf(text, { guessHeadline: false });
    expect(tokenList(tokens).filter((token) => token.breakBefore).map((token) => token.text)).toEqual(['Roads', 'Fans', 'it']);
  });
});

describe('names are read from what the tokens carry', () => {
  // The text, its capitalised runs, and its tokens' text: spaced where whitespace parts tokens.
  it.each([
    ['Ana Lopez spoke.', ['Ana Lopez'], 'Ana Lopez spoke.'],
    ['Ana  Lopez spoke.', ['Ana Lopez'], 'Ana Lopez spoke.'],
    ['on Monday, Ana\nLopez spoke.', ['Monday', 'Ana Lopez'], 'on Monday, Ana Lopez spoke.'],
    ['on Monday, Ana\r\nLopez spoke.', ['Monday', 'Ana Lopez'], 'on Monday, Ana Lopez spoke.'],
    // Markup between two words parts them: the run ends where the emphasis starts.
    ['Ana *Lopez* spoke.', ['Ana', 'Lopez'], 'Ana Lopez spoke.'],
    ['Ana   Lopez spoke.', ['Ana', 'Lopez'], 'Ana Lopez spoke.'],
    ['Gen. Ana Lopez and Acme Corp. met.', ['Gen. Ana Lopez', 'Acme Corp.'], 'Gen. Ana Lopez and Acme Corp. met.'],
    ['Lt. Gen. Lopez', ['Lt. Gen. Lopez'], 'Lt. Gen. Lopez'],
    ['**Iran**’s plan', ['Iran'], 'Iran’s plan'],
    ['**Acme** Corp', ['Acme', 'Corp'], 'Acme Corp'],
  ])('%s: the capitalised runs are %j, the text %j', (text, runs, whole) => {
    const document = documentOf(text, { guessHeadline: false });
    const [from, to] = document.blocks[0]!.tokens;
    expect(capitalRuns(document, from, to).map(([start, end]) => joined(document.tokens, start, end))).toEqual(runs);
    expect(joined(document.tokens, from, to)).toBe(whole);
  });

  it('marks the tokens whitespace or the start comes before', () => {
    const { tokens } = documentOf('Fans *knew* it, “yes”.', { guessHeadline: false });
    expect(tokenList(tokens).filter((token) => token.spaceBefore).map((token) => token.text)).toEqual(['Fans', 'it', '“']);
  });
});

describe('the tokenizer', () => {
  // What the tokenizer must find, written the plain way: every match of its pattern searched
  // through the text, a possessive or negative clitic split off.
  const reference = (text: string) => {
    const found: Array<[string, number]> = [];
    for (const match of text.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'\u2019.&\u2011][\p{L}\p{M}\p{N}]+)*|\S/gu)) {
      const clitic = /^(.+?)(['\u2019][sS]|n['\u2019]t)$/u.exec(match[0]);
      if (clitic) found.push([clitic[1]!, match.index], [clitic[2]!, match.index + clitic[1]!.length]);
      else found.push([match[0], match.index]);
    }
    return found;
  };
  const pieces = ['a', 'Iran', '’s', "n't", 'U.S.', '3.5', 'AT&T', '“', '"', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\ufeff', '\u200b', '\u0301', '😀', '\ud800', '\udc00', 'é', 'ا', '.', '-'];

  it('finds the tokens a search of its pattern finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const tokens = new TokenStore(1);
        tokenize(text, 0, text.length, tokens);
        expect(tokenList(tokens).map((token): [string, number] => [token.text, token.start])).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers each distinct text of a document once, in order of first use', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces, 'Iran', 'IRAN', 'iran', '\n\n', '# '), fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const document = documentOf(parts.join(''));
        const texts = tokenList(document.tokens).map((token) => token.text);
        expect(document.words).toEqual([...new Set(texts)]);
        expect(tokenList(document.tokens).map((token) => document.words[token.word])).toEqual(texts);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the token store', () => {
  it('keeps each document’s tokens whatever documents are read after it, short ones sharing a slab', () => {
    // Short documents fill one shared slab in turn; punctuation makes more tokens than the room
    // first made (one per four characters), so that store grows out of the slab.
    const texts = ['Ann Lee said “we will win” on Monday.', '!?'.repeat(300), 'Rain fell.\n\nIt stopped.', 'Lee went home. '.repeat(2000), 'Fans knew it.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { minLength: 2, maxLength: 12 }), (order) => {
        const documents = order.map((text) => documentOf(text, { guessHeadline: false }));
        // Each as read when it was the last one made, against each after all the others.
        const read = order.map((text) => tokenList(documentOf(text, { guessHeadline: false }).tokens));
        expect(documents.map((document) => tokenList(document.tokens))).toEqual(read);
      }),
      { numRuns: 40 },
    );
  });

  it('numbers the words of a document of many distinct words, and of the short ones after it', () => {
    const many = Array.from({ length: 3000 }, (_, at) => `w${at}`).join(' ');
    for (const text of [many, 'Fans knew it, fans knew.', many.slice(0, 5000)]) {
      const document = documentOf(text, { guessHeadline: false });
      const texts = tokenList(document.tokens).map((token) => token.text);
      expect(document.words).toEqual([...new Set(texts)]);
      expect(tokenList(document.tokens).map((token) => document.words[token.word])).toEqual(texts);
    }
  });

  it('finds its words again when tokens are added after it was trimmed', () => {
    const store = new TokenStore(1, true);
    tokenize('Ann met Lee.', 0, 12, store);
    store.trim();
    tokenize('Lee met Ann.', 0, 12, store);
    expect(store.words).toEqual(['Ann', 'met', 'Lee', '.']);
    expect(tokenList(store).map((token) => token.word)).toEqual([0, 1, 2, 3, 2, 1, 0, 3]);
  });

  it('reads nothing outside its tokens through the At readers', () => {
    const store = new TokenStore(1);
    tokenize('Ann said no.', 0, 12, store);
    expect([store.length, store.textAt(0), store.textAt(-1), store.textAt(4), store.lowerAt(0), store.lowerAt(4), store.kindAt(3), store.kindAt(4)]).toEqual([4, 'Ann', undefined, undefined, 'ann', undefined, 'punct', undefined]);
    expect([store.capAt(0), store.capAt(1), store.capAt(-1), store.startAt(1), store.startAt(9), store.sentenceAt(0), store.sentenceAt(4)]).toEqual([true, false, undefined, 4, undefined, -1, undefined]);
    expect([0, 3, 4, 11, 99].map((offset) => store.lastAtOrBefore(offset))).toEqual([0, 0, 1, 3, 3]);
    expect(new TokenStore().lastAtOrBefore(5)).toBe(-1);
  });
});

describe('the string table', () => {
  it('gives each string held its index and every other string -1, grown or cleared', () => {
    const strings = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(3000).map((n) => `w${n}`));
    fc.assert(
      fc.property(fc.array(strings, { maxLength: 1500 }), fc.array(strings, { maxLength: 20 }), fc.nat(2000), (added, others, capacity) => {
        const list: string[] = [];
        const table = new StringTable(capacity);
        for (const text of added) if (table.get(text, list) === -1) table.add(text, list.push(text) - 1, list);
        expect(list).toEqual([...new Set(added)]);
        list.forEach((text, index) => expect(table.get(text, list)).toBe(index));
        for (const text of others) expect(table.get(text, list)).toBe(list.indexOf(text));
        table.clear();
        for (const text of list) expect(table.get(text, list)).toBe(-1);
        list.forEach((text, index) => table.add(text, index, list));
        list.forEach((text, index) => expect(table.get(text, list)).toBe(index));
      }),
      { numRuns: 200 },
    );
  });
});
