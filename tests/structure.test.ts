/// <reference types="node" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle, toJsonLd } from '../src/index.js';
import type { Article } from '../src/index.js';
import { wordCount } from '../src/model/lines.js';

const paragraphs = (article: Article) => article.sections.flatMap((section) => section.paragraphs);
const headings = (article: Article) => article.sections.map((section) => section.heading?.text ?? null);
const sentences = (article: Article) => paragraphs(article).flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text));

/** Every object with `text` and `span` (and no `parts`) slices back to its text. */
function spanViolations(input: string, value: unknown, where = 'article'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => spanViolations(input, item, `${where}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const bad: string[] = [];
  const span = record.span as { start: number; end: number } | undefined;
  if (typeof record.text === 'string' && span && !Array.isArray(record.parts) && input.slice(span.start, span.end) !== record.text) bad.push(where);
  if (Array.isArray(record.parts)) {
    for (const part of record.parts as Array<{ text: string; span: { start: number; end: number } }>) {
      if (input.slice(part.span.start, part.span.end) !== part.text) bad.push(`${where}.parts`);
    }
  }
  for (const [key, item] of Object.entries(record)) bad.push(...spanViolations(input, item, `${where}.${key}`));
  return bad;
}

describe('plain text structure', () => {
  it('reads one paragraph a line, with bare-line headings and no headline', () => {
    const input = [
      'The council approved the budget on Monday. It takes effect in March.',
      'Spending Plans',
      'Roads get most of the money. Parks get the rest.',
      'Conclusion',
      'The vote was close.',
    ].join('\n');
    const article = parseArticle(input);
    expect(article.meta.headline).toBeNull();
    expect(headings(article)).toEqual([null, 'Spending Plans', 'Conclusion']);
    expect(article.sections.map((section) => section.role)).toEqual(['lede', 'body', 'conclusion']);
    expect(paragraphs(article).map((paragraph) => paragraph.id)).toEqual(['p1', 'p2', 'p3']);
    expect(sentences(article)).toHaveLength(5);
  });

  it('takes a short first line followed by body text as the headline', () => {
    const input = 'Council approves budget\n\nThe council approved the budget on Monday.\n\nIt takes effect in March.';
    const article = parseArticle(input);
    expect(article.meta.headline).toBe('Council approves budget');
    expect(article.meta.headlineSource).toBe('text');
    expect(article.meta.headlineSpan?.span).toEqual({ start: 0, end: 23 });
    expect(paragraphs(article).map((paragraph) => paragraph.text)).toEqual([
      'The council approved the budget on Monday.',
      'It takes effect in March.',
    ]);
    expect(article.sections.map((section) => section.role)).toEqual(['lede', 'body']);
  });

  it.each([
    ['a headline ending with a full stop, set off by a blank line', 'Mayor wins second term.\n\nThe mayor won on Sunday.\n\nTurnout was high.', 'Mayor wins second term.'],
    ['a headline in title case with a past tense', 'Mayor Was Warned of Flood Risk.\n\nThe mayor heard of the risk in May.', 'Mayor Was Warned of Flood Risk.'],
    ['a headline with a kicker', 'The Latest: Council leaked budget early.\n\nThe council met on Monday evening.', 'The Latest: Council leaked budget early.'],
    ['a headline reporting in the present tense', 'Mayor says the flood was avoidable.\n\nThe mayor spoke on Monday evening.', 'Mayor says the flood was avoidable.'],
    ['a headline in the present tense with "is"', 'Phone video is first look at the crash.\n\nIn the video, cars slow down before the bend on the coast road.', 'Phone video is first look at the crash.'],
    ['a headline with a deck after a semicolon', 'Rates rise again; \nBanks warn of slower growth.\n\nThe bank raised rates on Monday.', 'Rates rise again;'],
    ['an abbreviation inside the headline', 'Ready for Lopez vs. Ruiz?\n\nThe debate starts at nine.', 'Ready for Lopez vs. Ruiz?'],
    ['a headline opening with a quote mark', "'Landmark films' of the year hailed\n\nCritics named two films on Monday.", "'Landmark films' of the year hailed"],
    ['a headline opening with a brand name', 'iPhone sales slow in spring\n\nSales fell for the first time.', 'iPhone sales slow in spring'],
    ['a question that ends on a particle', 'What is the vote really about?\n\nVoters were asked on Monday.', 'What is the vote really about?'],
    ['a headline ending on a verb particle', 'Talks drag on\n\nNegotiators met again on Friday.', 'Talks drag on'],
  ])('finds %s', (_, input, headline) => {
    expect(parseArticle(input).meta.headline).toBe(headline);
  });

  it.each([
    ['a one-line-a-paragraph lede', 'The mayor won on Sunday.\nTurnout was high.'],
    ['a blank-line lede that opens with a quotation', '“We won,” the mayor said on Sunday.\n\nTurnout was high.'],
    ['a lede that leaves a quote mark open', 'The mayor said “we won and.\n\nTurnout was high.'],
    ['a first line holding a quotation, one paragraph a line', '“We need better buses.” ― Ana Ruiz\n“The trains are fine.” ― Tom Bell'],
    ['a lede that reports in the past tense', 'Acme Corp. said it will cut 300 jobs in the spring.\n\nThe cuts follow a weak year.'],
    ['a lede longer than a headline', 'Voters in the city went to the polls on Sunday in large numbers to choose a new mayor after a long campaign.\n\nTurnout was high.'],
    ['a one-sentence lede with a dateline', 'LONDON (Reuters) - Shares rose.\n\nThe FTSE gained 1%.'],
    ['a one-sentence lede in the past tense', 'Shares rose.\n\nThe FTSE gained 1% on Monday.'],
    ['a one-sentence lede with a past auxiliary', 'The vote was close.\n\nCounting ends on Monday.'],
    ['a one-sentence lede with an article and a regular past', 'Police arrested a man.\n\nHe is held in Leeds.'],
    ['a lede as long as the paragraphs after it', 'Ferry fares across the bay rise again in the spring for all travellers.\n\nFares rise by a tenth in April for most.\n\nSeason tickets stay at last year’s price.'],
  ])('finds no headline in %s', (_, input) => {
    const article = parseArticle(input);
    expect(article.meta.headline).toBeNull();
    // The lede stays body text, and so in the JSON-LD `articleBody`.
    expect(paragraphs(article).length).toBeGreaterThan(0);
  });

  it('keeps a one-sentence lede in the body and in articleBody', () => {
    const article = parseArticle('LONDON (Reuters) - Shares rose.\n\nThe FTSE gained 1%.');
    expect(paragraphs(article).map((paragraph) => paragraph.text)).toEqual(['Shares rose.', 'The FTSE gained 1%.']);
    expect(toJsonLd(article).articleBody).toBe('Shares rose.\n\nThe FTSE gained 1%.');
  });

  it.each([
    ['an HTML block', 'Budget passes\n\n<div>ad</div>\n\nThe council voted on Monday.'],
    ['a fenced code block', 'Budget passes\n\n```\nad\n```\n\nThe council voted on Monday.'],
  ])('finds the headline when %s follows it, and says it guessed', (_, input) => {
    const result = safeParseArticle(input);
    expect(result.article?.meta.headline).toBe('Budget passes');
    expect(result.messages.filter((message) => message.ruleId === 'headline-guessed').map((message) => [message.line, message.column])).toEqual([[1, 1]]);
  });

  it('reads an HTML comment after the headline as no content: the headline is no guess', () => {
    const result = safeParseArticle('Budget passes\n\n<!-- ad slot -->\n\nThe council voted on Monday.');
    expect(result.article?.meta.headline).toBe('Budget passes');
    expect(result.messages.filter((message) => message.ruleId === 'headline-guessed' || message.ruleId === 'html-ignored')).toEqual([]);
  });

  it('finds the headline when a `##` heading follows it', () => {
    const result = safeParseArticle('Budget passes\n\n## Background\n\nThe council voted on Monday.');
    expect(result.article?.meta.headline).toBe('Budget passes');
    expect(result.article?.sections.map((section) => section.heading?.text ?? null)).toEqual(['Background']);
    expect(result.messages.map((message) => message.ruleId)).not.toContain('headline-guessed');
  });

  it.each([
    ['a byline', 'By Jane Holt\n\n# Budget passes\n\nThe council voted on Monday.', { byline: 'Jane Holt' }],
    ['a byline with an agency', 'By Jane Holt, Reuters\n\n# Budget passes\n\nThe council voted on Monday.', { byline: 'Jane Holt' }],
    ['a dateline on a line of its own', 'NAIROBI 2024-05-01\n\n# Budget passes\n\nThe council voted on Monday.', { dateline: 'NAIROBI 2024-05-01' }],
    ['a kicker', 'OPINION\n\n# Budget passes\n\nThe council voted on Monday.', {}],
    ['a kicker and a byline', 'World news\n\nBy Jane Holt\n\n# Budget passes\n\nThe council voted on Monday.', { byline: 'Jane Holt' }],
  ])('keeps a `#` headline the headline below %s', (_, input, furniture) => {
    const result = safeParseArticle(input);
    const meta = result.article!.meta;
    expect(meta.headline).toBe('Budget passes');
    expect(meta.headlineSpan?.span).toEqual({ start: input.indexOf('Budget'), end: input.indexOf('Budget') + 'Budget passes'.length });
    expect({ ...(meta.byline === undefined ? {} : { byline: meta.byline }), ...(meta.dateline === undefined ? {} : { dateline: meta.dateline.text }) }).toEqual(furniture);
    // A written `#` headline is no guess, and no section is headed by it.
    expect(result.messages.map((message) => message.ruleId)).not.toContain('headline-guessed');
    expect(headings(result.article!).every((heading) => heading === null)).toBe(true);
    expect(paragraphs(result.article!).at(-1)?.text).toBe('The council voted on Monday.');
  });

  it.each([
    ['blank lines between paragraphs', 'By Jane Holt\n\nBudget passes\n\nThe council voted on Monday to pass the budget.\n\nIt took ten hours.', { byline: 'Jane Holt' }],
    ['one paragraph a line', 'By Jane Holt\nBudget passes\nThe council voted on Monday to pass the budget.\nIt took ten hours.', { byline: 'Jane Holt' }],
    ['a dateline line', 'LONDON, May 4\n\nBudget passes\n\nThe council voted on Monday to pass the budget.\n\nIt took ten hours.', { dateline: 'LONDON, May 4' }],
  ])('reads a plain-text headline below a byline or dateline line: %s', (_, input, furniture) => {
    const article = parseArticle(input);
    expect(article.meta.headline).toBe('Budget passes');
    expect(article.meta.headlineSpan?.span.start).toBe(input.indexOf('Budget'));
    expect({ ...(article.meta.byline === undefined ? {} : { byline: article.meta.byline }), ...(article.meta.dateline === undefined ? {} : { dateline: article.meta.dateline.text }) }).toEqual(furniture);
    expect(paragraphs(article).map((paragraph) => paragraph.text)).toEqual(['The council voted on Monday to pass the budget.', 'It took ten hours.']);
    expect(spanViolations(input, article)).toEqual([]);
  });

  it.each([
    ['a sentence', 'The council met.\n\n# Budget passes\n\nThe council voted on Monday.'],
    ['four bylines', 'By Ann Lee\n\nBy Bo Li\n\nBy Cy Ng\n\nBy Di Wu\n\n# Budget passes\n\nThe council voted on Monday.'],
    ['a block quote', '> OPINION\n\n# Budget passes\n\nThe council voted on Monday.'],
  ])('reads a `#` heading below %s as a section heading, not the headline', (_, input) => {
    const article = parseArticle(input);
    expect(article.meta.headline).toBeNull();
    expect(headings(article)).toContain('Budget passes');
  });

  it('says it guessed a headline above markup even after a byline was read', () => {
    const result = safeParseArticle('Budget passes\n\n<div>ad</div>\n\nBy Jane Holt\n\nThe council voted on Monday.');
    expect(result.article?.meta.headline).toBe('Budget passes');
    expect(result.article?.meta.byline).toBe('Jane Holt');
    expect(result.messages.filter((message) => message.ruleId === 'headline-guessed').map((message) => [message.line, message.column])).toEqual([[1, 1]]);
  });

  it.each([
    ['a heading-like line before body text', 'Council approves budget\n\nThe council approved the budget on Monday.', []],
    ['a full-stop line set off by a blank line', 'Mayor wins second term.\n\nThe mayor won on Sunday with a large share of the vote.', ['headline-guessed']],
    ['a `#` heading', '# Mayor wins second term\n\nThe mayor won on Sunday.', []],
  ])('says when the headline is a guess: %s', (_, input, rules) => {
    expect(safeParseArticle(input).messages.map((message) => message.ruleId).filter((id) => id?.startsWith('headline'))).toEqual(rules);
  });

  it('keeps a hard-wrapped paragraph whole', () => {
    const input = 'The council approved the budget on Monday after a long\ndebate that ran late into the night.\n';
    const article = parseArticle(input);
    expect(paragraphs(article)).toHaveLength(1);
    expect(sentences(article)).toHaveLength(1);
  });

  it('keeps a hard-wrapped paragraph whole when a line ends on a capitalised word', () => {
    const input = 'Engineers said the timetable could slip. According to the Coastal\nHerald, the firm warned that steel was late.';
    const article = parseArticle(input);
    expect(article.meta.headline).toBeNull();
    expect(paragraphs(article)).toHaveLength(1);
  });

  it.each([
    ['a line ending in a full stop', 'The vote was close.'],
    ['a line ending on an article', 'The vote was held in the'],
    ['a line of two sentences', 'Votes were counted. Results came'],
    ['a one-line quote', '“We won,” she said'],
    ['a line opening with a single quote mark', "'We won' was all she said"],
    ['a lowercase line', 'and then it rained'],
  ])('does not take %s for a heading', (_, line) => {
    const input = `The council met on Monday.\n${line}\nThe budget passed.`;
    expect(parseArticle(input).sections.every((section) => section.heading?.text !== line)).toBe(true);
  });
});

describe('news furniture', () => {
  it.each([
    ['a byline with an agency', 'Strike ends\n\nBy Jane Holt and Omar Diaz, Reuters\n\nWorkers returned on Friday.', { byline: 'Jane Holt and Omar Diaz', bylineSpan: 'By Jane Holt and Omar Diaz, Reuters' }],
    ['an AP dateline', 'Talks resume\n\nWASHINGTON — Negotiators met again on Friday.', { dateline: 'WASHINGTON' }],
    ['a Reuters dateline', 'Talks resume\n\nKYIV, Ukraine (Reuters) - Negotiators met again on Friday.', { dateline: 'KYIV, Ukraine (Reuters)' }],
    ['a dateline with a date', 'Talks resume\n\nLAGOS, Nigeria, March 3 (AFP) — Negotiators met again.', { dateline: 'LAGOS, Nigeria, March 3 (AFP)' }],
    ['a UPI dateline with a state', 'Talks resume\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — Negotiators met again.', { dateline: 'HEMPSTEAD, N.Y., Sept. 26 (UPI)' }],
    ['a dateline with an ISO date and no dash', 'Talks resume\n\nNAIROBI 2024-05-01 Negotiators met again.', { dateline: 'NAIROBI 2024-05-01' }],
    ['an AP dateline with an underscore', 'Talks resume\n\nJERUSALEM (AP) _ Negotiators met again.', { dateline: 'JERUSALEM (AP)' }],
    ['a dateline on a line of its own', 'Talks resume\n\nNAIROBI 2024-05-01\nNegotiators met again.\nThey agreed.', { dateline: 'NAIROBI 2024-05-01' }],
    ['credit lines', 'Talks resume\n\nNegotiators met again.\n\nReporting by Jane Holt; Editing by Omar Diaz', { signOff: ['Reporting by Jane Holt; Editing by Omar Diaz'] }],
    ['web furniture', 'Talks resume\n\nNegotiators met again.\n\nRead the rest here.', { signOff: ['Read the rest here.'] }],
  ])('sets apart %s', (_, input, expected) => {
    const article = parseArticle(input);
    const meta = article.meta;
    const got = {
      ...(meta.byline === undefined ? {} : { byline: meta.byline }),
      ...(meta.bylineSpan === undefined ? {} : { bylineSpan: meta.bylineSpan.text }),
      ...(meta.dateline === undefined ? {} : { dateline: meta.dateline.text }),
      ...(meta.signOff === undefined ? {} : { signOff: meta.signOff.map((line) => line.text) }),
    };
    expect(got).toEqual(expected);
    const texts = paragraphs(article).map((paragraph) => paragraph.text);
    expect(texts.every((text) => !/^(?:By |Reporting|Read the|[A-Z]{2,}[ ,])/u.test(text))).toBe(true);
    expect(spanViolations(input, article)).toEqual([]);
  });

  // Sign-off lines are the ones that close the text: a credit line that text follows is body
  // text, and only then may it open with the article's dateline.
  it.each([
    ['last', 'Talks resume\n\nThey agreed.\n\nREAD MORE - the full story is online.', { signOff: ['READ MORE - the full story is online.'], paragraphs: ['They agreed.'] }],
    ['the only paragraph', 'Talks resume\n\nREAD MORE - the full story is online.', { signOff: ['READ MORE - the full story is online.'], paragraphs: [] }],
    ['followed by text', 'Talks resume\n\nREAD MORE - the talks went on for hours.\n\nThey agreed.', { dateline: 'READ MORE', paragraphs: ['the talks went on for hours.', 'They agreed.'] }],
  ])('reads a line like a sign-off %s as the text around it says', (_, input, expected) => {
    const article = parseArticle(input);
    expect({
      ...(article.meta.signOff === undefined ? {} : { signOff: article.meta.signOff.map((line) => line.text) }),
      ...(article.meta.dateline === undefined ? {} : { dateline: article.meta.dateline.text }),
      paragraphs: paragraphs(article).map((paragraph) => paragraph.text),
    }).toEqual(expected);
  });

  // A byline on the first line, with no headline, is the byline, not a headline.
  it.each([
    ['blank lines between paragraphs', 'By Jane Holt\n\nThe council voted on Tuesday to shut the pool.\n\nSwimmers said they would fight it.', null],
    ['one paragraph a line, a heading further down', 'By Jane Holt\nThe council voted on Tuesday to shut the pool, citing costs.\nA Long Fight Ahead\nSwimmers said they would fight it.', null],
    ['an agency after the names', 'By Jane Holt, Reuters\n\nThe council voted on Tuesday to shut the pool.', null],
    ['front matter with a title', '---\ntitle: Pool to shut\n---\n\nBy Jane Holt\n\nThe council voted on Tuesday to shut the pool.', 'Pool to shut'],
    ['front matter without a title', '---\ndate: 2024-05-01\n---\n\nBy Jane Holt\n\nThe council voted on Tuesday to shut the pool.', null],
  ])('reads a first-line byline as the byline: %s', (_, input, headline) => {
    const article = parseArticle(input);
    expect(article.meta.byline).toBe('Jane Holt');
    expect(article.meta.bylineSpan?.text.startsWith('By Jane Holt')).toBe(true);
    expect(article.meta.headline ?? null).toBe(headline);
    expect(paragraphs(article)[0]?.text).toBe('The council voted on Tuesday to shut the pool' + (input.includes('citing') ? ', citing costs.' : '.'));
    expect(paragraphs(article).some((paragraph) => paragraph.text.startsWith('By '))).toBe(false);
    expect(spanViolations(input, article)).toEqual([]);
  });

  it('reads "By" and a day as no byline', () => {
    const article = parseArticle('By Tuesday\n\nThe council must decide on the pool.');
    expect(article.meta.byline).toBeUndefined();
  });

  it.each([
    ['a sentence opening with "By"', 'By the end of the day, talks had resumed.'],
    ['an acronym and a dash', 'I — like many others — waited.'],
  ])('keeps %s in the body', (_, line) => {
    const article = parseArticle(`Talks resume\n\n${line}\n\nMore followed.`);
    expect(paragraphs(article)[0]?.text).toBe(line);
    expect(article.meta.byline).toBeUndefined();
    expect(article.meta.dateline).toBeUndefined();
  });

  it.each([
    ['WASHINGTON', 'Talks resume\n\nWASHINGTON — Negotiators met again on Friday.', ['Washington']],
    ['KYIV, Ukraine', 'Talks resume\n\nKYIV, Ukraine (Reuters) - Negotiators met again on Friday.', ['Kyiv', 'Ukraine']],
    ['NAIROBI 2024-05-01', 'Talks resume\n\nNAIROBI 2024-05-01 Negotiators met again.', ['Nairobi']],
    ['HEMPSTEAD, N.Y.', 'Talks resume\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — Negotiators met again.', ['Hempstead']],
    ['LAGOS, Nigeria, March 3 (AFP)', 'Talks resume\n\nLAGOS, Nigeria, March 3 (AFP) — Negotiators met again.', ['Lagos', 'Nigeria']],
    ['JERUSALEM (AP) _', 'Talks resume\n\nJERUSALEM (AP) _ Negotiators met again.', ['Jerusalem']],
    ['NAIROBI on a line of its own', 'Talks resume\n\nNAIROBI 2024-05-01\nNegotiators met again.\nThey agreed.', ['Nairobi']],
    ['LONDON (Reuters) opening the lede', 'LONDON (Reuters) - Shares rose.\n\nThe FTSE gained 1%.', ['London']],
  ])('gives the places of the dateline %s as place mentions inside it', (_, input, names) => {
    const article = parseArticle(input);
    const dateline = article.meta.dateline!;
    const places = article.entities.filter((entity) => entity.mentions.some((mention) => mention.span.start >= dateline.span.start && mention.span.end <= dateline.span.end));
    expect(places.map((entity) => [entity.type, entity.name])).toEqual(names.map((name) => ['place', name]));
  });

  it.each([
    ['a dateline opening the lede', 'LONDON (Reuters) - Shares rose.\n\nThe FTSE gained 1%.'],
    ['a dateline alone', 'NAIROBI 2024-05-01\nPolice said the march was calm.'],
  ])('takes no headline from %s', (_, input) => {
    const article = parseArticle(input);
    expect(article.meta.headline).toBeNull();
    expect(article.meta.dateline).toBeDefined();
  });

  it.each([
    ['an acronym, a dash and a lowercase word', 'NATO-led forces moved in.'],
    ['capitals and a comma', 'NATO, the alliance, met again.'],
    ['a budget year', 'UK 2024-25 spending rose.'],
  ])('finds no dateline in %s', (_, line) => {
    expect(parseArticle(`Talks resume\n\n${line}\n\nMore followed.`).meta.dateline).toBeUndefined();
  });

  it('reads a line of commas and spaces in linear time', () => {
    const line = `${'A, '.repeat(5000)}B`;
    // CPU time, not the wall clock, which a loaded machine stretches past any bound; the
    // exponential pattern this replaced took seconds on 86 bytes and would not end on these.
    const started = process.cpuUsage();
    parseArticle(`Talks resume\n\n${line}\n\nMore followed.`);
    parseArticle(`Talks resume\n\nKYIV${', Ukraine'.repeat(3000)} x`);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });

  it('warns when the byline differs from the front matter author', () => {
    const result = safeParseArticle('---\nauthor: Omar Diaz\n---\nTalks resume\n\nBy Jane Holt\n\nNegotiators met.');
    expect(result.messages.map((message) => message.ruleId)).toContain('byline-conflict');
    expect(result.article?.meta.byline).toBe('Omar Diaz');
  });
});

describe('line endings and odd characters', () => {
  it.each([
    ['CRLF', 'Talks resume\r\n\r\nNegotiators met.\r\n\r\nThey agreed.'],
    ['CR', 'Talks resume\r\rNegotiators met.\r\rThey agreed.'],
    ['a byte order mark', '\uFEFFTalks resume\n\nNegotiators met.\n\nThey agreed.'],
    ['no-break and zero-width spaces', 'Talks\u00a0resume\n\nNegotiators\u200b met.\n\nThey agreed.'],
  ])('keeps spans exact with %s', (_, input) => {
    const article = parseArticle(input);
    expect(article.meta.headline?.replace(/\u00a0/gu, ' ')).toBe('Talks resume');
    expect(paragraphs(article)).toHaveLength(2);
    expect(spanViolations(input, article)).toEqual([]);
  });

  it('splits one-paragraph-a-line text on CR line endings', () => {
    expect(paragraphs(parseArticle('Votes were counted.\rResults came late.\rThe mayor won.'))).toHaveLength(3);
  });
});

describe('Markdown structure', () => {
  it('reads ATX headings, front matter and inline markup with spans into the source', () => {
    const input = '---\ntitle: Budget passes\ntags: [council, money]\n---\n\n# Budget passes\n\nThe **council** approved [the budget](https://example.com).\n\n## Reaction\n\nCritics were *not* pleased.\n';
    const article = parseArticle(input);
    expect(article.meta.headline).toBe('Budget passes');
    expect(article.meta.headlineSource).toBe('front-matter');
    expect(article.meta.tags).toEqual(['council', 'money']);
    expect(headings(article)).toEqual([null, 'Reaction']);
    const [first, second] = paragraphs(article);
    expect(first?.text).toBe('The council approved the budget.');
    expect(first?.parts?.map((part) => part.text)).toEqual(['The ', 'council', ' approved ', 'the budget', '.'].map((text) => text.trim()));
    expect(second?.text).toBe('Critics were not pleased.');
    expect(spanViolations(input, article)).toEqual([]);
  });

  it.each([
    ['a first paragraph with a full stop', '---\ntitle: Ferry line backed\n---\n\nPORTVILLE — The harbour board voted on Tuesday to fund a new ferry line to the islands.\n\nThe vote was close.\n', null, 'PORTVILLE'],
    ['a short first sentence', '---\nslug: ferry\n---\n\nThe board voted.\n\nIt was close.\n', null, undefined],
    ['a headline line without a full stop', '---\nslug: ferry\n---\n\nHarbour board backs ferry line\n\nThe board voted on Tuesday.\n', 'Harbour board backs ferry line', undefined],
  ])('after front matter, takes no blank-line headline from %s', (_name, input, headline, dateline) => {
    const article = parseArticle(input);
    expect(article.meta.headlineSpan?.text ?? null).toBe(headline);
    expect(article.meta.dateline?.text).toBe(dateline);
    expect(spanViolations(input, article)).toEqual([]);
  });

  it('reads lists, setext headings and hard breaks, and warns about tables and HTML', () => {
    const input = 'Some text with a  \nhard break and ~~struck~~ words.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div>x</div>\n\n- First item here.\n- Second item here.\n\nSetext Heading\n--------------\n\nLast paragraph.';
    const result = safeParseArticle(input);
    const skipped = result.messages.filter((message) => message.ruleId !== 'missing-headline');
    expect(skipped.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['4:1 table-skipped', '8:1 html-ignored']);
    const article = result.article!;
    expect(headings(article)).toEqual([null, 'Setext Heading']);
    expect(paragraphs(article).map((paragraph) => paragraph.text)).toEqual([
      'Some text with a hard break and ~~struck~~ words.',
      'First item here.',
      'Second item here.',
      'Last paragraph.',
    ]);
    expect(spanViolations(input, article)).toEqual([]);
  });

  it('keeps unknown front matter keys in meta.extra', () => {
    const article = parseArticle('---\ntitle: A\nslug: a-story\n---\nText here.');
    expect(article.meta.extra).toEqual({ slug: 'a-story' });
  });
});

describe('sentences', () => {
  it.each([
    ['Mr. Smith met Dr. Jones in the U.S. capital. They talked.', ['Mr. Smith met Dr. Jones in the U.S. capital.', 'They talked.']],
    ['Shares rose 3.5 percent. Bonds fell.', ['Shares rose 3.5 percent.', 'Bonds fell.']],
    ['He lives in the U.S. The rest of his family does not.', ['He lives in the U.S.', 'The rest of his family does not.']],
    ['“We will win. We always do,” she said. Then she left.', ['“We will win.', 'We always do,” she said.', 'Then she left.']],
    ['Is it over? Nobody knows! Wait and see…', ['Is it over?', 'Nobody knows!', 'Wait and see…']],
    ['J. R. Smith scored. The crowd cheered.', ['J. R. Smith scored.', 'The crowd cheered.']],
    ['The court heard that Mr. P. “did not know” the victim. He left.', ['The court heard that Mr. P. “did not know” the victim.', 'He left.']],
    ['The judge told Mr P. that he could go. He left.', ['The judge told Mr P. that he could go.', 'He left.']],
    ['Witness K. "saw the car" on Monday. He left.', ['Witness K. "saw the car" on Monday.', 'He left.']],
  ])('splits %j', (input, expected) => {
    expect(sentences(parseArticle(input))).toEqual(expected);
  });
});

describe('spans', () => {
  const word = fc.stringMatching(/^[A-Za-z’'-]{1,9}$/);
  const sentence = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '?', '!', ',”', '”', ''), fc.constantFrom('', '“', '"', '*', '**'))
    .map(([words, end, open]) => `${open}${words.join(' ')}${end}`);
  const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.join(' ')), { minLength: 1, maxLength: 6 });
  const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n');

  it('slice back to their text for any input', () => {
    fc.assert(
      fc.property(article, separator, (blocks, newline) => {
        const input = blocks.join(newline);
        const result = parseArticle(input);
        expect(spanViolations(input, result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // 200 parses with both taggers: more than the default 5 s on a loaded 2-core machine.
  }, 30_000);

  it('lose no word of the input', () => {
    fc.assert(
      fc.property(article, separator, (blocks, newline) => {
        const input = blocks.join(newline);
        const result = parseArticle(input);
        // Furniture set apart into meta (dateline, byline, sign-offs) is kept too.
        const furniture = [result.meta.dateline, result.meta.bylineSpan, ...(result.meta.signOff ?? [])].map((item) => item?.text ?? '');
        const kept = [...furniture, result.meta.headline ?? '', ...result.sections.flatMap((section) => [section.heading?.text ?? '', ...section.paragraphs.map((paragraph) => paragraph.text)])].join(' ');
        for (const token of input.match(/[A-Za-z]+/g) ?? []) expect(kept).toContain(token);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lastAtOrBefore', () => {
  it.each([
    [[0, 5, 9], 7, 1],
    [[0, 5, 9], 9, 2],
    [[0, 5, 9], -1, -1],
    [[], 3, -1],
    [[2, 2, 4], 2, 1],
  ])('finds the last of %j at or before %i', async (keys, value, expected) => {
    const { lastAtOrBefore } = await import('../src/model/search.js');
    expect(lastAtOrBefore(keys, value, (key) => key)).toBe(expected);
  });
});

describe('furthestEnds', () => {
  it.each([
    [[], []],
    [[{ start: 0, end: 9 }, { start: 2, end: 4 }, { start: 5, end: 12 }], [9, 9, 12]],
    [[{ start: 0, end: 3 }, { start: 3, end: 3 }, { start: 4, end: 8 }], [3, 3, 8]],
  ])('of %j is %j', async (spans, expected) => {
    const { furthestEnds } = await import('../src/model/search.js');
    expect(furthestEnds(spans)).toEqual(expected);
  });
});

describe('hasQuoteMark', () => {
  it.each([
    ['“We won,” she said', true],
    ["'Landmark films' hailed", true],
    ["Candidates vie for vets' support", false],
    ['Iran’s firm stance', false],
  ])('%j', async (line, expected) => {
    const { hasQuoteMark } = await import('../src/model/lines.js');
    expect(hasQuoteMark(line)).toBe(expected);
  });
});


describe('wordCount', () => {
  it.each([
    ['', undefined, 1],
    ['   ', undefined, 1],
    ['Markets rally', undefined, 2],
    ['  Markets \t rally\n', undefined, 2],
    ['Markets\u00a0rally\u2003today', undefined, 3],
    ['one two three four five', 2, 3],
    ['one two three four five', 5, 5],
    ['one two', 0, 1],
  ])('%j, counted to %s: %i', (text, limit, count) => {
    expect(wordCount(text, limit)).toBe(count);
  });

  it('counts as splitting on whitespace did, up to one past the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Bc', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '.', '\u00e9'), { maxLength: 30 }), fc.nat(8), (parts, limit) => {
        const text = parts.join('');
        const split = text.trim().split(/\s+/u).length;
        expect(wordCount(text)).toBe(split);
        expect(wordCount(text, limit)).toBe(Math.min(split, limit + 1) || 1);
      }),
    );
  });
});
