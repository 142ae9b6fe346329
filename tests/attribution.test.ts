// The attribution tagger's parts: its per-token context, the linker from spans to quotes, the
// shipped model (shape, determinism of its input, what it finds on text we wrote), and the
// quote filter over its quotes.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { linkAttributions, mentionCodes, partOfQuotation } from '../src/extract/quotes/learned.js';
import { ATTRIBUTION_TYPES, attributionContext, attributionWordFeatures, cueLexicon, DENSE_FEATURES, denseCodes } from '../src/learn/attribution-features.js';
import { type AttributionSpan, attributionIds, attributionRanges, attributionScorer, loadAttributionModel, tagAttributions } from '../src/learn/attribution.js';
import { labelCount } from '../src/learn/bio.js';
import { filterFeature, loadQuoteFilter, type QuoteFilter, quoteScore } from '../src/learn/attribution-filter.js';
import { QUOTE_FILTER } from '../src/learn/attribution-filter-weights.js';
import { ATTRIBUTION_MODEL } from '../src/learn/attribution-weights.js';
import { tagNames } from '../src/learn/ner.js';
import { documentWords, wordCacheCapacity } from '../src/learn/words.js';
import { documentOf } from './support/document.ts';
import { randomModel, rowOf, scoresOf } from './support/models.ts';
import { tokenList } from '../src/model/token-store.ts';

function modelOf(text: string) {
  const document = documentOf(text);
  const entities = extractEntities(document);
  return { document, entities, context: attributionContext(document, mentionCodes(document, entities)) };
}

/** Token spans by the words they cover, for writing spans by hand. */
function span(text: string, document: ReturnType<typeof modelOf>['document'], words: string, type: AttributionSpan['type']): AttributionSpan {
  const start = text.indexOf(words);
  const from = tokenList(document.tokens).findIndex((token) => token.start === start);
  const to = tokenList(document.tokens).findIndex((token) => token.end === start + words.length) + 1;
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return { from, to, type };
}

/**
 * The speaker (its text, or null) of the first quote the linker makes of a text tagged by hand:
 * `[words, type]` pairs, in any order.
 */
function linkedSpeaker(text: string, tagged: Array<[string, AttributionSpan['type']]>): string | null {
  const { document, entities, context } = modelOf(text);
  const spans = tagged.map(([words, type]) => span(text, document, words, type)).sort((a, b) => a.from - b.from);
  return linkAttributions(document, entities.mentions, spans, context)[0]?.speaker?.text ?? null;
}

describe('a tagged content inside quote marks', () => {
  it.each([
    ['the latter part of a title, its cue outside', 'She appeared on “The Morning Show With Ann And Tom” on Tuesday.', 'Ann And Tom', 'appeared', true],
    ['a report inside a quotation, its cue inside too', '“He told me the plan would fail in the end,” she said.', 'the plan would fail in the end', 'told', false],
    ['the whole quotation, from its opening mark', 'The mayor said “the plan will fail in the end” on Monday.', 'the plan will fail in the end', 'said', false],
    ['the latter part running past the closing mark', 'She called it “a plan that will fail in the end” and left.', 'that will fail in the end” and left', 'called', false],
  ])('is left out only when it is the latter part of the quoted words and its cue is outside: %s', (_, text, content, cue, left) => {
    const { document, context } = modelOf(text);
    expect(partOfQuotation(document, context, span(text, document, content, 'CONTENT'), span(text, document, cue, 'CUE'))).toBe(left);
  });
});

describe('attribution context', () => {
  it('marks the tokens inside double quote marks, and the marks that open and close', () => {
    const text = 'Lee said “we will win” on Monday.';
    const { document, context } = modelOf(text);
    const inside = tokenList(document.tokens).filter((token, index) => token.kind === 'word' && context.quote[index]! & 1).map((token) => token.text);
    expect(inside).toEqual(['we', 'will', 'win']);
    const open = tokenList(document.tokens).findIndex((token) => token.text === '“');
    const close = tokenList(document.tokens).findIndex((token) => token.text === '”');
    expect(context.quote[open]! & 2).toBe(2);
    expect(context.quote[close]! & 4).toBe(4);
  });

  it('finds the nearest cue word on either side, within the block', () => {
    const text = 'The plan will fail, Lee said.\n\nNothing else.';
    const { document, context } = modelOf(text);
    const said = tokenList(document.tokens).findIndex((token) => token.text === 'said');
    const plan = tokenList(document.tokens).findIndex((token) => token.text === 'plan');
    const nothing = tokenList(document.tokens).findIndex((token) => token.text === 'Nothing');
    expect(context.right[plan]).toBe(said);
    expect(context.left[nothing]).toBe(-1);
  });

  it('gives codes that settle the features they say they imply, at every position', () => {
    // The tagger adds an implied feature through the implying one's rows: the implication must hold.
    const text = 'Lee said “we will win” on Monday. Officials, who asked not to be named, told Reuters the talks failed, according to Ann Ray of Acme Corp.\n\n“Never,” she said.';
    const { document, context } = modelOf(text);
    const codes = new Uint32Array(DENSE_FEATURES.length);
    const implying = DENSE_FEATURES.flatMap((feature, index) => (feature.implies ? [[index, feature.implies] as const] : []));
    expect(implying.length).toBeGreaterThan(0);
    for (const block of document.blocks) {
      for (let position = block.tokens[0]; position < block.tokens[1]; position++) {
        denseCodes(context, position, block.tokens[0], block.tokens[1], codes);
        for (const [index, implies] of implying) expect(implies.code(codes[index]!)).toBe(codes[implies.feature]!);
        DENSE_FEATURES.forEach((feature, index) => expect(codes[index]!).toBeLessThan(feature.size));
      }
    }
  });

  it('reads each distinct word once, for both taggers', () => {
    const { document } = modelOf('Lee said Lee said Lee said.');
    const words = documentWords(document);
    expect(new Set(words.slots).size).toBe(3);
    expect(words.slots[0]).toBe(words.slots[2]);
    expect(words.lower[0]).toBe(words.lower[2]);
    expect(words.shape[0]).not.toBe(words.shape[1]);
    expect(documentWords(document)).toBe(words);
  });
});

describe('linking tagged spans into quotes', () => {
  it('a content, its cue and its source make one quote', () => {
    const text = 'The plan will fail, Ann Lee said on Monday.';
    const { document, entities, context } = modelOf(text);
    const spans = [span(text, document, 'The plan will fail', 'CONTENT'), span(text, document, 'Ann Lee', 'SOURCE'), span(text, document, 'said', 'CUE')];
    const [quote, ...rest] = linkAttributions(document, entities.mentions, spans, context);
    expect(rest).toEqual([]);
    expect(quote).toMatchObject({ kind: 'indirect', content: { text: 'The plan will fail' }, speaker: { text: 'Ann Lee' }, cue: { text: 'said', lemma: 'say' } });
    expect(quote?.speaker?.entityId).toBe(entities.entities.find((entity) => entity.name === 'Ann Lee')?.id);
  });

  it('contents on both sides of one cue are one quote in parts', () => {
    const text = 'The plan, Lee said, will fail.';
    const { document, entities, context } = modelOf(text);
    const spans = [span(text, document, 'The plan', 'CONTENT'), span(text, document, 'Lee', 'SOURCE'), span(text, document, 'said', 'CUE'), span(text, document, 'will fail', 'CONTENT')];
    const quotes = linkAttributions(document, entities.mentions, spans, context);
    expect(quotes.map((quote) => quote.content.parts?.map((part) => part.text))).toEqual([['The plan', 'will fail']]);
  });

  it('a content inside quote marks is direct, partly inside is mixed', () => {
    const text = 'Lee said the plan was “a failure” and “a waste.”';
    const { document, entities, context } = modelOf(text);
    const spans = [span(text, document, 'Lee', 'SOURCE'), span(text, document, 'said', 'CUE'), span(text, document, 'the plan was “a failure” and “a waste.”', 'CONTENT')];
    expect(linkAttributions(document, entities.mentions, spans, context)[0]?.kind).toBe('mixed');
  });

  it('a tagged source that ends in a function word or an adverb gives way to the cue’s subject', () => {
    const text = 'Ann Lee was pleased, perhaps recognizing that the deal was good.';
    const { document, entities, context } = modelOf(text);
    const spans = [span(text, document, 'perhaps', 'SOURCE'), span(text, document, 'recognizing', 'CUE'), span(text, document, 'that the deal was good', 'CONTENT')];
    const [quote] = linkAttributions(document, entities.mentions, spans, context);
    expect(quote?.speaker?.text).toBe('Ann Lee');
  });

  it.each([
    ['a verb of saying', 'Neighbours of the plant say they want the road closed.', 'they', 'want', 'the road closed'],
    ['a cue, its object and "if"', 'The mayor asked farmers if they backed the new road.', 'they', 'backed', 'the new road'],
  ])('a tagged source right after %s is inside that report: the quote has no speaker', (_, text, source, cue, content) => {
    expect(linkedSpeaker(text, [[source, 'SOURCE'], [cue, 'CUE'], [content, 'CONTENT']])).toBeNull();
  });

  it('a tagged source that opens the sentence keeps the quote', () => {
    const text = 'They want the road closed.';
    expect(linkedSpeaker(text, [['They', 'SOURCE'], ['want', 'CUE'], ['the road closed', 'CONTENT']])).toBe('They');
  });

  it('with no source tagged, a cue after an opening clause takes the main clause’s subject', () => {
    const text = 'When Bo Chan resigned, Ann Ray cut the budget and the staff, claiming that the town had no choice.';
    expect(linkedSpeaker(text, [['claiming', 'CUE'], ['that the town had no choice', 'CONTENT']])).toBe('Ann Ray');
  });

  it('a lone capitalised adverb or participle opening the sentence is no source, nor is it the subject', () => {
    const text = 'Probably nobody expects that rates will rise.';
    expect(linkedSpeaker(text, [['Probably', 'SOURCE'], ['expects', 'CUE'], ['that rates will rise', 'CONTENT']])).toBeNull();
  });

  it.each([
    ['a noun that is no known source noun', 'Many taxpayers expect that rates will rise.', 'Many taxpayers', 'expect', 'that rates will rise'],
    ['a standing quantifier', 'Everyone agrees that rates will rise.', 'Everyone', 'agrees', 'that rates will rise'],
  ])('a tagged source that ends in %s stays', (_, text, source, cue, content) => {
    expect(linkedSpeaker(text, [[source, 'SOURCE'], [cue, 'CUE'], [content, 'CONTENT']])).toBe(source);
  });

  it.each([
    ['in the next sentence', 'The judge ruled that the law was void. Ann Lee left.', 'Ann Lee'],
    ['after the cue', 'The judge ruled that the law was void after Ann Lee left.', 'Ann Lee'],
  ])('a source tagged %s gives way to the speaker phrase right before the cue', (_, text, tagged) => {
    expect(linkedSpeaker(text, [['ruled', 'CUE'], ['that the law was void', 'CONTENT'], [tagged, 'SOURCE']])).toBe('The judge');
  });

  it.each([
    ['after', 'Ruled that the law was void, the order stands. Bo Chan left.'],
    ['before', 'Bo Chan left. Ruled that the law was void, the order stands.'],
  ])('a source %s the cue in another sentence, with no subject in the cue’s own, is none; one after it in its sentence stays', (_, text) => {
    const { document, entities, context } = modelOf(text);
    const spans = [span(text, document, 'Ruled', 'CUE'), span(text, document, 'that the law was void', 'CONTENT'), span(text, document, 'Bo Chan', 'SOURCE')].sort((a, b) => a.from - b.from);
    const [quote] = linkAttributions(document, entities.mentions, spans, context);
    expect(quote?.content.text).toBe('that the law was void');
    expect(quote?.speaker).toBeNull();
    const after = '“The law is void and the board must go,” ruled Bo Chan.';
    const model = modelOf(after);
    const tagged = [span(after, model.document, 'The law is void and the board must go', 'CONTENT'), span(after, model.document, 'ruled', 'CUE'), span(after, model.document, 'Bo Chan', 'SOURCE')];
    expect(linkAttributions(model.document, model.entities.mentions, tagged, model.context)[0]?.speaker?.text).toBe('Bo Chan');
  });

  it.each([
    ['a name', 'Ann Lee: Voters Want a New Depot\n\nAnn Lee spoke on Monday.', 'Ann Lee'],
    ['a document', 'Report: Voters Want a New Depot\n\nAnn Lee spoke on Monday.', 'Report'],
    ['an editorial label, not', 'Exclusive: Voters Want a New Depot\n\nAnn Lee spoke on Monday.', 'Voters'],
    ['a word that names no one, not', 'Wow: Voters Want a New Depot\n\nAnn Lee spoke on Monday.', 'Voters'],
    ['a name and its topic', 'Ann Lee on Roads: Voters Want a New Depot\n\nAnn Lee spoke on Monday.', 'Ann Lee'],
  ])('a headline opening with %s and a colon is said by it', (_, text, speaker) => {
    const { document, entities, context } = modelOf(text);
    expect(document.blocks[0]?.kind).toBe('headline');
    const spans = [span(text, document, 'Voters', 'SOURCE'), span(text, document, 'Want', 'CUE'), span(text, document, 'a New Depot', 'CONTENT')];
    expect(linkAttributions(document, entities.mentions, spans, context)[0]?.speaker?.text).toBe(speaker);
  });

  it('a headline’s colon as the cue is said by the name before it, not by its topic', () => {
    const text = 'Ann Lee on Climate Change: The Trends Are Terrifying\n\nAnn Lee spoke on Monday.';
    expect(linkedSpeaker(text, [['Climate Change', 'SOURCE'], [':', 'CUE'], ['The Trends Are Terrifying', 'CONTENT']])).toBe('Ann Lee');
  });

  it('a content with no cue in its block, or a cue read as a noun, gives no quote', () => {
    const text = 'The plan will fail.\n\nLee’s support for it waned.';
    const { document, entities, context } = modelOf(text);
    expect(linkAttributions(document, entities.mentions, [span(text, document, 'The plan will fail', 'CONTENT')], context)).toEqual([]);
    const noun = [span(text, document, 'Lee', 'SOURCE'), span(text, document, 'support', 'CUE'), span(text, document, 'for it', 'CONTENT')];
    expect(linkAttributions(document, entities.mentions, noun, context)).toEqual([]);
  });
});

describe('the shipped attribution model', () => {
  it('has the tagger’s labels and integer weights packed as base64url symbols only', () => {
    // BIO: O, then B and I of each type.
    expect(ATTRIBUTION_MODEL.labels).toBe(1 + 2 * ATTRIBUTION_TYPES.length);
    expect(ATTRIBUTION_MODEL.weights).toMatch(/^[A-Za-z0-9_-]+$/u);
    expect(() => loadAttributionModel()).not.toThrow();
  });

  it('rejects a model with other labels', () => {
    expect(() => loadAttributionModel({ ...ATTRIBUTION_MODEL, labels: 5, transitions: new Array(36).fill(0) })).toThrow(RangeError);
  });

  it('tags the cue, source and content of a plain report', () => {
    const text = 'Ann Lee said the depot would close in June.';
    const { document, context } = modelOf(text);
    const found = tagAttributions(document, context).map((item) => [item.type, text.slice(document.tokens.start(item.from), document.tokens.end(item.to - 1))]);
    expect(found).toEqual([
      ['SOURCE', 'Ann Lee'],
      ['CUE', 'said'],
      ['CONTENT', 'the depot would close in June'],
    ]);
  });

  it('scores every position as the sum of its features’ weights, through the rows it keeps by word and by code', () => {
    const labels = labelCount(ATTRIBUTION_TYPES.length);
    const model = loadAttributionModel(randomModel(labels, 7));
    // A headline (another block kind), cues before and after and none, quote marks, mentions.
    const text = 'Ministers defend the plan\n\nThe plan will fail, Lee said on Monday. “We will win,” she told Reuters, according to aides.\n\nNothing else was known.';
    const { document, context } = modelOf(text);
    const featuresOf = (token: number) => attributionWordFeatures(document.tokens.text(token), context.words.lower[token]!, context.words.shape[token]!);
    const score = attributionScorer(document, context, model);
    for (const [from, to] of attributionRanges(document)) {
      const emissions = new Float32Array((to - from) * labels);
      score(from, to, emissions);
      for (let position = from; position < to; position++) {
        const ids: number[] = [];
        attributionIds(context, featuresOf, position, from, to, ids);
        expect(rowOf(emissions, labels, position, from), document.tokens.text(position)).toEqual(scoresOf(model, ids));
      }
    }
  });

  it('reads cue words by their text alone: every cue in the lexicon is a word, never a number or a mark', () => {
    // The tagger adds a word's cue feature through the word's row, kept for any token with its text.
    for (const word of cueLexicon().keys()) expect(word).toMatch(/^\p{L}/u);
  });

  it("gives each word token its lexicon cue class and lemma, kept by the word's cache slot, also after the cache starts again", () => {
    const text = 'Lee said it. She claims, says and warned: the claim was denied, according to Mr Diaz, who SAID nothing. "Said" 3 said';
    const { document, context } = modelOf(text);
    const expected = (ofContext: typeof context) =>
      tokenList(document.tokens).map((token, at) => {
        const entry = token.kind === 'word' ? cueLexicon().get(token.lower) : undefined;
        return [token.text, ofContext.cue[at], ofContext.lemma[at]! >>> 0, entry?.cls ?? 0, entry?.lemma ?? 0];
      });
    const rows = expected(context);
    expect(rows.filter(([, cls]) => cls !== 0).length).toBeGreaterThan(5);
    for (const [word, cls, lemma, wantClass, wantLemma] of rows) expect([word, cls, lemma]).toEqual([word, wantClass, wantLemma]);
    modelOf(Array.from({ length: wordCacheCapacity() + 1200 }, (_, at) => `c${at.toString(36)}`).join(' ') + ' said Lee.');
    expect(expected(attributionContext(document, context.mention))).toEqual(rows);
  });

  it('tags the same with word rows kept between documents, after the word cache starts again, and from a context older than the restart', () => {
    const text = 'Ann Lee said the depot would close in June. “We will fight it,” the union said.';
    const { document, context } = modelOf(text);
    const first = tagAttributions(document, context);
    const names = tagNames(document);
    expect(first.length).toBeGreaterThan(0);
    expect(tagAttributions(document, context)).toEqual(first);
    const before = documentWords(document);
    // A document of more distinct words than the cache holds makes it start again (and grow).
    const many = modelOf(Array.from({ length: wordCacheCapacity() + 1200 }, (_, at) => `w${at.toString(36)}`).join(' ') + ' said Lee.');
    tagAttributions(many.document, many.context);
    expect(documentWords(document).generation).not.toBe(before.generation);
    expect(tagAttributions(document, context)).toEqual(first);
    expect(tagNames(document)).toEqual(names);
});
});

describe('the quote filter over the tagger’s quotes', () => {
  /** The quotes of a text: with the shipped filter, with none, or with one that keeps no quote it decides on. */
  function quotesWith(text: string, filter?: QuoteFilter | false) {
    const { document, entities } = modelOf(text);
    return extractQuotes(document, entities, { filter }).quotes.map((quote) => ({ kind: quote.kind, content: quote.content.text, speaker: quote.speaker?.text ?? null }));
  }
  const keepsNone: QuoteFilter = { ...loadQuoteFilter(QUOTE_FILTER), threshold: Number.MAX_SAFE_INTEGER };

  it('ships integer weights packed as base64url symbols, and loads them', () => {
    expect(QUOTE_FILTER.weights).toMatch(/^[A-Za-z0-9_-]+$/u);
    expect(Number.isInteger(QUOTE_FILTER.threshold)).toBe(true);
    const filter = loadQuoteFilter(QUOTE_FILTER);
    expect(filter.weights.length).toBe(1 << QUOTE_FILTER.rowBits);
    expect(filter.weights.some((weight) => weight !== 0)).toBe(true);
  });

  it.each([
    ['no features', [], 0],
    ['one feature', [3], 5],
    ['a feature twice', [3, 3], 10],
    ['ids folded into the table', [3, 3 + 16, -7], 5 + 5 - 2],
  ])('scores by summing the weights of its feature rows: %s', (_, ids, score) => {
    const weights = new Int32Array(16);
    weights[3] = 5;
    weights[(-7 & 15)] = -2;
    expect(quoteScore({ weights, mask: 15, threshold: 0 }, ids)).toBe(score);
  });

  it('gives a feature the same id each time, and another id for another value or template', () => {
    expect(filterFeature(1, 2)).toBe(filterFeature(1, 2));
    expect(new Set([filterFeature(1, 2), filterFeature(1, 3), filterFeature(2, 2), filterFeature(1, 2, 1)]).size).toBe(4);
  });

  it('leaves out a tagger quote whose cue is a noun in no sense of speech and whose speaker is no one', () => {
    const text = 'Shares in the toy maker Brellco have sunk by more than 10% after the firm issued a profit warning following poor sales.';
    // Unfiltered, the tagger reads "a profit warning" as a report of what follows it.
    expect(quotesWith(text, false)).toContainEqual(expect.objectContaining({ kind: 'indirect', content: 'following poor sales' }));
    expect(quotesWith(text)).toEqual([]);
  });

  it('keeps a plain tagger report with its speaker, which a filter keeping nothing would leave out', () => {
    const text = 'Bo Chan, the mayor, who has long opposed the plan, is expected to vote against it on Monday.';
    const report = { kind: 'indirect', content: 'to vote against it on Monday', speaker: 'the mayor, who' };
    expect(quotesWith(text)).toContainEqual(report);
    expect(quotesWith(text, keepsNone)).not.toContainEqual(report);
  });

  it.each([
    ['a report after its speaker', 'Ann Lee said the depot would close in June.'],
    ['a quotation with its attribution after it', '“We will fight it,” the union said.'],
    ['a report of a stance', 'Critics slammed the plan as a waste of money.'],
    ['a document as the source', 'Records show the council spent twice its budget.'],
  ])('never decides on the rules’ quotes: %s', (_, text) => {
    const kept = quotesWith(text);
    expect(kept.length).toBeGreaterThan(0);
    expect(quotesWith(text, keepsNone)).toEqual(kept);
  });

  it('hands each reported tagger quote it decides on, with its features, to onFilter', () => {
    const { document, entities } = modelOf('Bo Chan, the mayor, who has long opposed the plan, is expected to vote against it on Monday. “It will pass,” Lee said.');
    const seen: [string, readonly number[]][] = [];
    extractQuotes(document, entities, { onFilter: (quote, features) => seen.push([quote.content.text, features]) });
    expect(seen.map(([content]) => content)).toEqual(['to vote against it on Monday']);
    expect(seen[0]![1].length).toBeGreaterThan(10);
    expect(seen[0]![1].every((id) => Number.isInteger(id))).toBe(true);
  });
});
