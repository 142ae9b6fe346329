import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'zod';
import { z as z3 } from 'zod/v3';
import { defineArticleSchema, parseArticle, remarkNewsmark, RULES, type RulesConfig, safeParseArticle } from '../src/index.ts';

/** `line:column ruleId severity` of every message of one rule, for tables of cases. */
function found(input: string, ruleId: string, rules?: RulesConfig): string[] {
  return safeParseArticle(input, { rules })
    .messages.filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warn'} ${message.actual ?? ''}`.trim());
}

describe('missing-headline', () => {
  const cases: [string, string, string[]][] = [
    ['no headline line', 'The council met on Monday. It approved the budget after a long debate about roads.', ['1:1 warn']],
    ['a headline line', 'Council approves budget\n\nThe council met on Monday and approved the budget.', []],
    ['a front matter title', '---\ntitle: Council approves budget\n---\n\nThe council met on Monday. It approved the budget after a long debate.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(found(input, 'missing-headline')).toEqual(expected);
  });
});

describe('anonymous-source', () => {
  const cases: [string, string, string[]][] = [
    ['officials', 'Council approves budget\n\n“The money is there,” officials said.', ['3:23 warn officials']],
    ['a named speaker', 'Council approves budget\n\n“The money is there,” Maria Lopez said.', []],
    ['two quotes, one anonymous', 'Council approves budget\n\n“We are ready,” Maria Lopez said.\n\n“It will not last,” a source said.', ['5:21 warn a source']],
    // A reason for anonymity, in the speaker's sentence or the paragraph after, satisfies the rule.
    ['a reason with because', 'Council approves budget\n\n“The money is there,” said an official, who spoke on condition of anonymity because talks are continuing.', []],
    ['a reason with to discuss', 'Council approves budget\n\n“The money is there,” a source said.\n\nThe source spoke on condition of anonymity to discuss private talks.', []],
    ['not authorized to speak', 'Council approves budget\n\n“The money is there,” said an aide who was not authorized to speak publicly.', []],
    ['asked not to be named for fear', 'Council approves budget\n\n“The money is there,” a source said. The source asked not to be named for fear of losing her job.', []],
    ['anonymity stated without a reason', 'Council approves budget\n\n“The money is there,” said an official, who spoke on condition of anonymity.', ['3:28 warn an official']],
    ['a reason two paragraphs on is too far', 'Council approves budget\n\n“The money is there,” a source said.\n\nThe vote is on Friday.\n\nThe source spoke on condition of anonymity to discuss private talks.', ['3:23 warn a source']],
    ['because before the anonymity is no reason for it', 'Council approves budget\n\n“It failed because of cost,” said an official, speaking anonymously.', ['3:35 warn an official']],
    // Read from the tokens: a typographic apostrophe, a line break or two spaces inside the wording count too.
    ['wasn’t allowed to brief', 'Council approves budget\n\n“The money is there,” an aide said. The aide wasn’t allowed to briefly comment.', []],
    ['didn’t want to be identified, citing', 'Council approves budget\n\n“The money is there,” a source said. The source didn’t want to be identified, citing  safety.', []],
    ['a line break in the wording', 'Council approves budget\n\n“The money is there,” said an official, who spoke on condition\nof anonymity because talks go on.', []],
    ['a full stop ends the clause a reason stands in', 'Council approves budget\n\n“The money is there,” said an official, who spoke on condition of anonymity in the U.S. because of rules.', ['3:28 warn an official']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(found(input, 'anonymous-source')).toEqual(expected);
  });
});

describe('loaded-attribution-verb', () => {
  const cases: [string, string, string[]][] = [
    ['claimed', 'Senator speaks\n\n“I did nothing wrong,” the senator claimed.', ['3:36 warn claimed']],
    ['admitted', 'Senator speaks\n\n“I made a mistake,” Tom Reed admitted.', ['3:30 warn admitted']],
    ['said is neutral', 'Senator speaks\n\n“I did nothing wrong,” the senator said.', []],
    ['a noun of saying is no verb', 'Senator speaks\n\nTom Reed’s claim that the count was fair went unanswered.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(found(input, 'loaded-attribution-verb')).toEqual(expected);
  });

  // Texts where the rule (a look-back regex over the input) and the stance extractor (which
  // counted every loaded cue) used to disagree: both now read the cue's word class.
  const agreement: [string, string, string[]][] = [
    ['a possessive name before a claim noun', 'Tom Reed’s claim that the count was fair went unanswered.', []],
    ['a possessive determiner', 'His claim that the count was fair went unanswered.', []],
    ['a plural possessive', 'Officials’ claims that the count was fair went unanswered.', []],
    ['a loaded verb after its subject', '“I did nothing wrong,” the senator claimed.', ['claimed']],
    ['a loaded verb after a possessive subject', '“We won,” said the senator. “They lost,” his aides claimed.', ['claimed']],
    ['a loaded verb in a relative clause', '“We won,” the senator said in a statement that admitted nothing.', ['admitted']],
  ];
  it.each(agreement)('agrees with stance: %s', (_name, text, loaded) => {
    const { article, messages } = safeParseArticle(text);
    expect(messages.filter((message) => message.ruleId === 'loaded-attribution-verb').map((message) => message.actual)).toEqual(loaded);
    expect(article?.stance.filter((marker) => marker.attribution !== null).map((marker) => marker.text)).toEqual(loaded);
  });

  it('sees the noun as a loaded cue of a quote, so the case above is a real one', () => {
    const [quote] = parseArticle('Senator speaks\n\nTom Reed’s claim that the count was fair went unanswered.').quotes;
    expect(quote?.cue).toMatchObject({ text: 'claim', class: 'loaded' });
  });
});

describe('empty-section', () => {
  const cases: [string, string, string[]][] = [
    ['a heading with nothing under it', '# Council approves budget\n\nThe council met on Monday.\n\n## Reaction\n\n## Next steps\n\nThe vote is in May.', ['5:4 warn Reaction']],
    ['every heading has text', '# Council approves budget\n\nThe council met on Monday.\n\n## Reaction\n\nTraders were calm.', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(found(input, 'empty-section')).toEqual(expected);
  });
});

describe('severity config', () => {
  const input = 'Senator speaks\n\n“I did nothing wrong,” the senator claimed.';
  const cases: [string, RulesConfig | undefined, string[], boolean][] = [
    ['default is a warning', undefined, ['3:36 warn claimed'], true],
    ['off drops it', { 'loaded-attribution-verb': 'off' }, [], true],
    ['error makes it fatal', { 'loaded-attribution-verb': 'error' }, ['3:36 error claimed'], false],
  ];
  it.each(cases)('%s', (_name, rules, expected, success) => {
    expect(found(input, 'loaded-attribution-verb', rules)).toEqual(expected);
    expect(safeParseArticle(input, { rules }).success).toBe(success);
  });

  it('applies to problems found while reading too', () => {
    const bad = '---\ndate: yesterday\n---\nText.';
    expect(found(bad, 'front-matter-field', { 'front-matter-field': 'warn' })).toEqual(['2:7 warn "yesterday"']);
    expect(safeParseArticle(bad, { rules: { 'front-matter-field': 'warn' } }).success).toBe(true);
  });

  it('gives every rule a default severity', () => {
    for (const severity of Object.values(RULES)) expect(['warn', 'error']).toContain(severity);
    expect(RULES['missing-headline']).toBe('warn');
    expect(RULES['front-matter-schema']).toBe('error');
  });
});

describe('front-matter-schema: an app schema, placed on the YAML', () => {
  const Site = defineArticleSchema({
    meta: z.object({
      datePublished: z.iso.date(),
      author: z.object({ name: z.string(), email: z.email() }),
      desk: z.enum(['news', 'sport']).optional(),
    }),
  });
  const body = '\n\nThe council met on Monday and approved the budget.\n';
  const cases: [string, string, string[]][] = [
    ['all there', '---\ntitle: Budget passes\ndate: 2024-05-01\nauthor:\n  name: Ana Silva\n  email: ana@example.org\n---' + body, []],
    ['a missing key points at the front matter fence', '---\ntitle: Budget passes\nauthor:\n  name: Ana Silva\n  email: ana@example.org\n---' + body, ['1:1 Missing front matter `datePublished`, expected a string']],
    ['a wrong nested value points at that value', '---\ndate: 2024-05-01\nauthor:\n  name: Ana Silva\n  email: not-an-email\n---' + body, ['5:10 Unexpected front matter `author.email`: Invalid email address']],
    ['a missing nested key points at its parent', '---\ndate: 2024-05-01\nauthor:\n  name: Ana Silva\n---' + body, ['4:3 Missing front matter `author.email`, expected a string']],
    ['a key without a value points at the key', '---\ndate: 2024-05-01\nauthor:\n---' + body, ['3:1 Missing front matter `author`, expected an object']],
    ['a value outside an enum', '---\ndate: 2024-05-01\ndesk: weather\nauthor:\n  name: Ana Silva\n  email: ana@example.org\n---' + body, ['3:7 Unexpected front matter `desk`: Invalid option: expected one of "news"|"sport"']],
    ['no front matter at all', 'Budget passes' + body, ['1:1 Missing front matter `datePublished`, expected a string', '1:1 Missing front matter `author`, expected an object']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const result = safeParseArticle(input, { schema: Site });
    const messages = result.messages.filter((message) => message.ruleId === 'front-matter-schema');
    expect(messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual(expected);
    expect(messages.every((message) => message.fatal)).toBe(true);
    expect(result.success).toBe(expected.length === 0);
  });

  it('does not report again as missing a value already reported as malformed', () => {
    const result = safeParseArticle('---\ndate: 1 May\nauthor:\n  name: Ana Silva\n  email: ana@example.org\n---' + body, { schema: Site });
    const frontMatter = result.messages.filter((message) => message.ruleId?.startsWith('front-matter'));
    expect(frontMatter.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['2:7 front-matter-field']);
    expect(result.success).toBe(false);
  });

  it('types the result with the app fields', () => {
    const article = parseArticle('---\ndate: 2024-05-01\nauthor:\n  name: Ana Silva\n  email: ana@example.org\n---' + body, { schema: Site });
    const name: string = article.meta.author.name;
    expect(name).toBe('Ana Silva');
    expect(article.meta.datePublished).toBe('2024-05-01');
  });

  it('parseArticle throws with the place when the app schema is not met', () => {
    expect(() => parseArticle('Budget passes' + body, { schema: Site })).toThrow(/1:1 Missing front matter `datePublished`/);
  });
});

describe('zod 4 schemas only', () => {
  it.each([
    ['a zod 3 schema as `schema`', () => parseArticle('Text.', { schema: z3.object({ meta: z3.object({}) }) as never }), /zod 3 schema as the `schema` option.*zod@\^4/u],
    ['a zod 3 object as `meta`', () => defineArticleSchema({ meta: z3.object({ author: z3.string() }) as never }), /zod 3 schema as `meta` of defineArticleSchema/u],
    ['a zod 3 field in a zod 4 `meta`', () => defineArticleSchema({ meta: z.object({ author: z3.string() as never }) }), /zod 3 schema as `meta.author`/u],
  ])('%s is a TypeError that says so', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('the same error from remarkNewsmark, when the plugin is set up', () => {
    expect(() => unified().use(remarkParse).use(remarkNewsmark, { schema: z3.object({}) as never }).freeze()).toThrow(/zod 3 schema/u);
  });
});
