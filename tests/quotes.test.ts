import { describe, expect, it } from 'vitest';
import { parseArticle, safeParseArticle } from '../src/index.js';

const quotesOf = (input: string) => parseArticle(input).quotes;
const direct = (input: string) => quotesOf(input).filter((quote) => quote.kind === 'direct');

describe('direct quotes', () => {
  it.each([
    ['speaker and cue after', '“The plan will work,” Lopez said.', 'The plan will work,', 'Lopez', 'said'],
    ['cue before speaker', '“The plan will work,” said the minister.', 'The plan will work,', 'the minister', 'said'],
    ['attribution before, with a comma', 'Maria Lopez said, “The plan will work.”', 'The plan will work.', 'Maria Lopez', 'said'],
    ['attribution before, with a colon', 'The mayor told reporters: “The plan will work.”', 'The plan will work.', 'The mayor', 'told'],
    ['straight quote marks', '"The plan will work," Lopez said.', 'The plan will work,', 'Lopez', 'said'],
    ['guillemets', '«The plan will work», Lopez said.', 'The plan will work', 'Lopez', 'said'],
    ['a pronoun speaker', '“The plan will work,” she said.', 'The plan will work,', 'she', 'said'],
    ['an auxiliary between', '“The plan will work,” officials have said.', 'The plan will work,', 'officials', 'said'],
  ])('%s', (_, input, content, speaker, cue) => {
    const [quote] = direct(input);
    expect(quote?.content.text).toBe(content);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.text).toBe(cue);
    expect(input.slice(quote!.content.span.start, quote!.content.span.end)).toBe(content);
  });

  it('joins a quote interrupted by its attribution into one quote in parts', () => {
    const input = '“We will,” she said, “win the vote.”';
    const quotes = direct(input);
    expect(quotes).toHaveLength(1);
    const [quote] = quotes;
    expect(quote?.content.parts?.map((part) => part.text)).toEqual(['We will,', 'win the vote.']);
    expect(quote?.content.text).toBe('We will, win the vote.');
    expect(quote?.content.span).toEqual({ start: 1, end: 35 });
    for (const part of quote!.content.parts!) expect(input.slice(part.span.start, part.span.end)).toBe(part.text);
  });

  it.each([
    ['after the attribution sentence', '“The roads are open,” the mayor said on Monday. “The bridge will follow.”', ['The roads are open,', 'The bridge will follow.']],
    ['after a long attribution', '“The roads are open,” said Ann Lee, the city engineer for the north. “The bridge will follow.”', ['The roads are open,', 'The bridge will follow.']],
    ['right after the first part', 'She said: “The roads are open.” “The bridge will follow.”', ['The roads are open.', 'The bridge will follow.']],
    // A quotation with no attribution of its own after the speaker's last one goes on with it, as
    // PolNeAR's annotators join them (scored on its train and dev parts alike).
    ['in the next paragraph', '“The roads are open,” the mayor said.\n\n“The bridge will follow.”', ['The roads are open,', 'The bridge will follow.']],
    ['after a sentence of narration', '“The roads are open,” the mayor said. Traffic was light. “The bridge will follow.”', ['The roads are open,', 'The bridge will follow.']],
  ])('carries a quote on %s', (_, input, parts) => {
    const quotes = direct(input);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.content.parts?.map((part) => part.text)).toEqual(parts);
  });

  it.each([
    ['a next quote with its own speaker', '“The roads are open,” the mayor said. “The bridge is not,” Ann Lee replied.'],
    ['a next quote two paragraphs on', '“The roads are open,” the mayor said.\n\nTraffic was light.\n\n“The bridge will follow.”'],
  ])('keeps quotes apart with %s', (_, input) => {
    expect(direct(input).length).toBeGreaterThan(1);
  });

  it.each([
    ['an appositive', '“We will appeal,” Ann Lee, the city’s lawyer, said.', 'Ann Lee'],
    ['a party and state in parentheses', '“We will appeal,” Rep. Ann Lee (D-Ore.) said.', 'Rep. Ann Lee'],
    ['an appositive after the cue', '“We will appeal,” said Ann Lee, the city’s lawyer.', 'Ann Lee'],
  ])('finds a speaker with %s', (_, input, speaker) => {
    expect(direct(input)[0]?.speaker?.text).toBe(speaker);
  });

  it('does not take a subordinate clause after a quote for its attribution', () => {
    const [quote] = direct('Ann Lee told the court: “That makes me careful,” when Tom Bell said she paid nothing.');
    expect(quote?.speaker?.text).toBe('Ann Lee');
  });

  it.each([
    ['a fragment after a copula', 'The mayor said the plan was “a disaster for everyone in the city”.'],
    ['a fragment after "as"', 'The council described the fire as “an intentional act by someone”.'],
    ['a title inside a sentence', 'She appeared on “The Morning Show With Ann And Tom” on Tuesday.'],
  ])('does not take %s for a direct quote', (_, input) => {
    expect(direct(input)).toEqual([]);
  });

  it.each([
    ['a dash and a name after it', '“We need better buses in this town.” ― Ana Ruiz', 'Ana Ruiz'],
    ['a dash, a name and a full stop', '“We need better buses in this town.” — Ana Ruiz.', 'Ana Ruiz'],
  ])('credits a quote by %s', (_, input, speaker) => {
    const [quote] = direct(input);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.lemma).toBe('dash');
  });

  it('reads vox pops one to a line', () => {
    const input = '“We need better buses.” ― Ana Ruiz\n“The trains are fine.” ― Tom Bell';
    expect(direct(input).map((quote) => quote.speaker?.text)).toEqual(['Ana Ruiz', 'Tom Bell']);
  });

  it('takes a chant after its verb for a quote', () => {
    const [quote] = direct('Protesters chanted “Four more years!” as she spoke.');
    expect(quote?.content.text).toBe('Four more years!');
    expect(quote?.cue?.lemma).toBe('chant');
  });

  it('carries a quote on after "he said, but"', () => {
    const quotes = direct('“I like Tom,” he said, but “on roads, Tom has a poor record.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.content.parts).toHaveLength(2);
  });

  it('does not carry a quote on past a second cue', () => {
    const input = '“We cannot pay for this,” Ann Lee said, adding later, “The depot costs a fortune.”';
    expect(direct(input).map((quote) => quote.content.text)).toEqual(['We cannot pay for this,', 'The depot costs a fortune.']);
  });

  it('gives the quote after "adding" the speaker of the quote before it, and reads no report across them', () => {
    const input = 'Intro.\n\n“We cannot pay for this,” Ann Lee said, adding later, “The depot costs a fortune.”';
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.cue?.text])).toEqual([
      ['direct', 'Ann Lee', 'said'],
      ['direct', 'Ann Lee', 'adding'],
    ]);
  });

  it('does not carry a quote on into a fragment', () => {
    const input = '“This is wrong,” Ann Lee said. “You pushed staff too far” to lift the share price, she said.';
    expect(direct(input).map((quote) => quote.content.text)).toEqual(['This is wrong,']);
  });

  it('reads a transcript line as its speaker’s words', () => {
    const quotes = direct('The interview ran on Sunday.\n\nHOST: Governor, the depot closed last week, and many people lost their jobs.\n\nLEE: Because the money ran out.');
    expect(quotes.map((item) => item.speaker?.text)).toEqual(['HOST', 'LEE']);
    expect(quotes[0]?.content.text).toBe('Governor, the depot closed last week, and many people lost their jobs');
    expect(quotes[1]?.cue).toMatchObject({ text: ':', lemma: 'transcript' });
  });

  it('reads a closing-shaped mark that opens a line as an opening one', () => {
    const [quote] = direct('Readers wrote in.\n”We need better buses in this town.” ― Ana Ruiz');
    expect(quote?.content.text).toBe('We need better buses in this town.');
    expect(quote?.speaker?.text).toBe('Ana Ruiz');
  });

  it('leaves words quoted right after a cue to the clause that goes on after them', () => {
    const [quote] = quotesOf('Though he said “budget cuts” and new taxes would pay for it, nobody agreed.');
    expect(quote?.kind).toBe('mixed');
    expect(quote?.content.text).toBe('“budget cuts” and new taxes would pay for it');
  });

  it('reads a report whose comma sits inside the closing mark', () => {
    const [quote] = quotesOf('Ann Lee is “the only candidate with the experience to lead,” the general said.');
    expect(quote?.kind).toBe('mixed');
    expect(quote?.speaker?.text).toBe('the general');
  });

  it('ends a reported clause at a comma inside a closing mark', () => {
    const [quote] = quotesOf('Ann Lee is promising lower fares and “buses, buses, buses,” but she has also raised taxes.');
    expect(quote?.content.text).toBe('lower fares and “buses, buses, buses,”');
  });

  it('reads a speaker with an abbreviated title after the cue', () => {
    const [quote] = direct('“The depot stays open,” said Rep. Ann Lee, the committee’s chair.');
    expect(quote?.speaker?.text).toBe('Rep. Ann Lee');
  });

  it('does not take the line after a quote for its attribution', () => {
    const input = 'Intro.\n\n“Buses come first,” she said. “Trains can wait.”\nTom Bell, the treasurer, added: “We agree.”';
    const quotes = direct(input);
    expect(quotes.map((quote) => quote.speaker?.text)).toEqual(['she', 'Tom Bell']);
    expect(quotes[0]?.content.parts).toHaveLength(2);
  });

  it('takes the source of "according to" as the speaker of the quotation after it', () => {
    const [quote] = direct('According to Ann Lee, “the depot will stay open. The buses will keep running.”');
    expect(quote?.speaker?.text).toBe('Ann Lee');
    expect(quote?.cue?.lemma).toBe('according to');
    expect(quote?.via).toBeNull();
  });

  it('reads "according to" as the medium the quote came through', () => {
    const input = 'Senator Ana Ruiz spoke on Friday. According to the Daily Ledger, Ruiz said, “We are ready.”';
    const [quote] = direct(input);
    expect(quote?.via?.text).toBe('the Daily Ledger');
    expect(quote?.speaker?.text).toBe('Ruiz');
    const article = parseArticle(input);
    const ruiz = article.entities.find((entity) => entity.name === 'Ana Ruiz');
    expect(quote?.speaker?.entityId).toBe(ruiz?.id);
  });

  it('links a speaker to the entity the text named before', () => {
    const input = 'Prime Minister Karl Brandt met the unions.\n“We found common ground,” Brandt said.';
    const article = parseArticle(input);
    const brandt = article.entities.find((entity) => entity.name === 'Karl Brandt');
    expect(brandt?.titles).toEqual(['Prime Minister']);
    expect(article.quotes.find((quote) => quote.kind === 'direct')?.speaker?.entityId).toBe(brandt?.id);
  });

  it('continues a quote over paragraphs that reopen it', () => {
    const input = '“The first part of the statement runs on,” the coach said. “And it goes on.\n\n“It ends here,” he added.';
    const quotes = direct(input);
    expect(quotes.map((quote) => quote.content.text)).toEqual(['The first part of the statement runs on,', 'And it goes on. It ends here,']);
  });

  it('does not carry a quote on into a paragraph that opens with a mark of another style', () => {
    const input = 'Intro.\n\n"Ann thought the plan was wrong. She said so twice.\n\n“It never worked for us,” she said later.';
    const quotes = direct(input);
    expect(quotes.map((quote) => quote.content.text)).toEqual(['It never worked for us,']);
  });

  it('takes "reads" as the cue of a document', () => {
    const [quote] = direct('“We see schools that give parents hope,” the letter reads.');
    expect(quote?.speaker?.text).toBe('the letter');
    expect(quote?.cue?.lemma).toBe('read');
  });

  it('gives a quote introduced by a participle the sentence’s subject, once', () => {
    const quotes = quotesOf('Intro.\n\nShe defended the plan, saying, “It is the best we have. It will work.”');
    const quote = quotes.find((item) => item.kind === 'direct');
    expect(quote?.speaker?.text).toBe('She');
    expect(quote?.cue?.text).toBe('saying');
    expect(quotes.filter((item) => item.content.text.includes('best we have'))).toHaveLength(1);
  });

  it('reads "as X put it" as an attribution', () => {
    const [quote] = direct('He is seen, as the Daily Ledger put it in a profile, “the fixer of the party.”');
    expect(quote?.speaker?.text).toBe('the Daily Ledger');
    expect(quote?.cue?.lemma).toBe('put it');
  });

  it('reads a noun of saying before a colon as the cue', () => {
    const [quote] = direct('Intro.\n\nAnn Lee is rolling out a new campaign message: “It is about you.”');
    expect(quote?.speaker?.text).toBe('Ann Lee');
    expect(quote?.cue?.text).toBe('message');
  });

  it('continues a quote that a new line reopens, and never closes a quote with an opening mark', () => {
    const input = 'Intro.\n\n“The first part runs on to the end of the line.\n“The second part ends it,” said Ann Lee.';
    const quotes = direct(input);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.content.parts?.map((part) => part.text)).toEqual(['The first part runs on to the end of the line.', 'The second part ends it,']);
    expect(quotes[0]?.speaker?.text).toBe('Ann Lee');
    const nested = direct('Intro.\n\n“We told them “no” at once,” said Ann Lee.');
    expect(nested[0]?.content.text).toBe('We told them “no” at once,');
  });

  it('does not take scare quotes or titles for quotes', () => {
    expect(direct('The so-called “deal” fell apart, and the film “Heat” was shown.')).toEqual([]);
  });

  it('warns about an unpaired quote mark, with its place, and keeps the text', () => {
    const input = 'The mayor said “we are ready to go ahead with it.\n\nNothing else happened.';
    const result = safeParseArticle(input);
    const message = result.messages.find((item) => item.ruleId === 'unbalanced-quote-mark');
    expect(message?.line).toBe(1);
    expect(message?.column).toBe(16);
    expect(message?.fatal).toBe(false);
    expect(result.article?.sections[0]?.paragraphs[0]?.text).toBe('The mayor said “we are ready to go ahead with it.');
  });

  it('classes loaded cues', () => {
    const [quote] = direct('“I did nothing wrong,” the senator claimed.');
    expect(quote?.cue).toMatchObject({ lemma: 'claim', class: 'loaded' });
  });

  it('marks an unnamed source as anonymous', () => {
    const [quote] = direct('“The talks have stalled,” a source said.');
    expect(quote?.speaker).toMatchObject({ text: 'a source', entityId: null, anonymous: true });
  });
});

describe('indirect quotes', () => {
  it.each([
    ['Governor Ellen Park said that the bridge would reopen in May.', 'Governor Ellen Park', 'said', 'the bridge would reopen in May'],
    ['The report highlights that costs rose sharply.', 'The report', 'highlights', 'costs rose sharply'],
    ['Ellen Park, speaking after a meeting with the unions, hinted at a compromise on pay.', 'Ellen Park', 'hinted', 'at a compromise on pay'],
  ])('%s', (input, speaker, cue, content) => {
    const quote = quotesOf(input).find((item) => item.kind !== 'direct');
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.text).toBe(cue);
    expect(quote?.content.text).toBe(content);
  });

  it.each([
    ['around its attribution', 'The depot, the mayor said, will close in June.', 'the mayor', 'said', ['The depot', 'will close in June']],
    ['before an inverted cue', 'The depot will close in June, said Ann Lee.', 'Ann Lee', 'said', ['The depot will close in June']],
    ['after "according to"', 'The depot will close in June, according to the city council.', 'the city council', 'according to', ['The depot will close in June']],
    ['before "according to"', 'According to the city council, the depot will close in June.', 'the city council', 'according to', ['the depot will close in June']],
    ['in a progressive', 'Ann Lee is telling voters that the depot will close.', 'Ann Lee', 'telling', ['the depot will close']],
    ['after the hearer of "told"', 'Ann Lee told the workers they would keep their jobs.', 'Ann Lee', 'told', ['they would keep their jobs']],
    ['up to a clause of the writer', 'Ann Lee said the depot will close, adding to the city’s woes.', 'Ann Lee', 'said', ['the depot will close']],
    ['with a relative pronoun as source', 'Tom Bell hired an architect who said the plans were late.', 'who', 'said', ['the plans were late']],
    ['with a plural source noun', 'Many lawmakers say the depot should stay open.', 'Many lawmakers', 'say', ['the depot should stay open']],
    ['with the party in parentheses', 'Sen. Ann Lee (D-Ore.) said the depot should stay open.', 'Sen. Ann Lee', 'said', ['the depot should stay open']],
  ])('reads a report %s', (_, input, speaker, cue, parts) => {
    const quote = quotesOf(input).find((item) => item.kind !== 'direct');
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.text.toLowerCase()).toBe(cue);
    expect(quote?.content.parts?.map((part) => part.text) ?? [quote?.content.text]).toEqual(parts);
  });

  it('reads a second report around its attribution without the first one’s attribution', () => {
    const input = 'The depot, Ann Lee said, will close, and the school, Tom Bell said, will open.';
    const reports = quotesOf(input).filter((item) => item.kind !== 'direct');
    expect(reports.map((quote) => quote.speaker?.text)).toEqual(['Ann Lee', 'Tom Bell']);
    expect(reports[1]!.content.text).not.toContain('Ann Lee');
    expect(reports[1]!.content.text).toContain('the school');
  });

  it('keeps every report of a sentence opened by a quote mark that never closes to its own words', () => {
    const input = `Budget passes\n\n\u201cIt works${', she said, and it holds'.repeat(6)}.`;
    const reports = quotesOf(input).filter((item) => item.kind !== 'direct');
    expect(reports.length).toBeGreaterThan(1);
    for (const quote of reports) expect(quote.content.text.match(/she said/g)?.length ?? 0).toBeLessThanOrEqual(1);
    for (const [index, quote] of reports.entries()) if (index > 0) expect(quote.content.span.start).toBeGreaterThanOrEqual(reports[index - 1]!.content.span.end);
  });

  it.each([
    ['a participle after a direct quote', '“We are ready,” Ann Lee said, adding that the depot would open in May.', 'Ann Lee', 'adding', 'the depot would open in May'],
    ['a participle after a clause', 'Ann Lee spoke on Monday, saying the depot would open in May.', 'Ann Lee', 'saying', 'the depot would open in May'],
    ['a second cue of the same subject', 'Ann Lee called the delay “absurd” and called for a review of the contract.', 'Ann Lee', 'called for', 'a review of the contract'],
    ['a subordinator before the subject', 'Though she said the depot would open, nobody believed her.', 'she', 'said', 'the depot would open'],
    ['a progressive after a clitic', 'He’s claiming that the vote was “rigged from the start.”', 'He', 'claiming', 'the vote was “rigged from the start.”'],
  ])('reads a report with %s', (_, input, speaker, cue, content) => {
    const quote = quotesOf(input).filter((item) => item.kind !== 'direct').at(-1);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.text).toBe(cue);
    expect(quote?.content.text).toBe(content);
  });

  it.each([
    ['support', 'The union supports the new contract for drivers.', 'The union', 'the new contract for drivers'],
    ['seek', 'Ann Lee sought a recount in three districts.', 'Ann Lee', 'a recount in three districts'],
    ['refuse', 'The mayor refused to close the depot before May.', 'The mayor', 'to close the depot before May'],
  ])('reads the stance verb "%s" as an attribution', (_, input, speaker, content) => {
    const [quote] = quotesOf(input);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.content.text).toBe(content);
  });

  it.each([
    ['a noun after a possessive', 'Iran’s ongoing support for the militias worries its neighbours.'],
    ['a modal before the cue', 'The talks may continue because the region might seek a truce.'],
  ])('does not read a cue with %s', (_, input) => {
    expect(quotesOf(input)).toEqual([]);
  });

  it('does not read a fronted adverbial as the report', () => {
    const [quote] = quotesOf('With days to go, Ann Lee, the party chair, called Mr. Bell’s remarks “a wake-up call” for everyone.');
    expect(quote?.speaker?.text).toBe('Ann Lee');
    expect(quote?.content.text).toBe('Mr. Bell’s remarks “a wake-up call” for everyone');
  });

  it('leaves a leading conjunction out of a fronted report', () => {
    const [quote] = quotesOf('But the depot will close in June, the mayor said.');
    expect(quote?.content.text).toBe('the depot will close in June');
  });

  it.each([
    ['a name', 'Checkers looked into Ann Lee’s claim that the depot had “thousands of buses” last year.', 'Ann Lee', 'claim', 'loaded'],
    ['a pronoun', 'Nobody believed his repeated warning that the bridge would fail.', 'his', 'warn', 'neutral'],
  ])('reads a claim noun after %s as a cue', (_, input, source, lemma, cls) => {
    const [quote] = quotesOf(input);
    expect(quote?.speaker?.text).toBe(source);
    expect(quote?.cue).toMatchObject({ lemma, class: cls });
  });

  it('keeps a coordinated clause that quotes the source in the report', () => {
    const [quote] = quotesOf('Ann Lee says the depot will close, but she knows that “nobody wants it to.”');
    expect(quote?.kind).toBe('mixed');
    expect(quote?.content.text).toBe('the depot will close, but she knows that “nobody wants it to.”');
  });

  it('calls a report mixed when its content holds words in typewriter marks', () => {
    // The tagger finds this report; its reading of quoted words counts double marks only.
    const quotes = quotesOf("Tom Ray, a teacher who watched the parade from a bench near the park, said the music reminded him of his father, and of ''all the people who were not there.''");
    const report = quotes.find((quote) => quote.content.text.startsWith('the music'));
    expect(report?.kind).toBe('mixed');
  });

  it('reads a quotation after "that," as part of the reported clause', () => {
    const quotes = quotesOf('A spokeswoman said via email that, “Of course the mayor will defend himself” against the charges.');
    expect(quotes.filter((quote) => quote.kind === 'direct')).toEqual([]);
    expect(quotes[0]?.kind).toBe('mixed');
  });

  it.each([
    ['"that" for a document', 'Ann Lee released a letter from her doctor that says she is in good health.', 'that', 'says', 'she is in good health'],
    ['a ruling', 'The judges then ruled that the claim was true.', 'The judges', 'ruled', 'the claim was true'],
    ['a pronoun subject after an adverbial', 'On Monday they published the results by announcing that the claim was true.', 'they', 'announcing', 'the claim was true'],
  ])('reads a report with %s', (_, input, speaker, cue, content) => {
    const quote = quotesOf(input).at(-1);
    expect(quote?.speaker?.text).toBe(speaker);
    expect(quote?.cue?.text).toBe(cue);
    expect(quote?.content.text).toBe(content);
  });

  it('does not read a fronted participle clause as the report when the cue takes a quoted object', () => {
    const quotes = quotesOf('Speaking at a rally in Dover, Ann Lee says she is making “a demand” of the council.');
    expect(quotes.map((quote) => quote.content.text)).toEqual(['she is making “a demand” of the council']);
    expect(quotes[0]?.kind).toBe('mixed');
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const [quote] = quotesOf('The minister said the plan was “a disaster for everyone”.');
    expect(quote?.kind).toBe('mixed');
  });

  it('does not call a report mixed for single marks, which are apostrophes as often', () => {
    const [quote] = quotesOf('Ann Lee says the drivers’ pay rise is a ‘fair deal’ for the city.');
    expect(quote?.kind).toBe('indirect');
  });

  it('takes a subject pronoun right before the cue as the whole subject', () => {
    const [quote] = quotesOf('In an interview with the Daily Ledger’s evening show he blasted the council for being “asleep at the wheel.”');
    expect(quote?.speaker?.text).toBe('he');
    expect(quote?.kind).toBe('mixed');
  });

  it('reads "appear" as a cue only with a complement', () => {
    expect(quotesOf('Ann Lee appeared on the evening news on Tuesday.')).toEqual([]);
    expect(quotesOf('Ann Lee appears to back the new depot plan.')[0]?.content.text).toBe('to back the new depot plan');
  });

  it('ends a reported clause at a participle after an adverb', () => {
    const [quote] = quotesOf('The mayor told drivers they would keep their jobs, implicitly putting her name on the line.');
    expect(quote?.content.text).toBe('they would keep their jobs');
  });

  it('takes a capitalised name the entity pass left out for a speaker', () => {
    const [quote] = quotesOf('Intro.\n\nDorwin, a retired doctor, went on air and began by saying he would never diagnose anyone.');
    expect(quote?.speaker?.text).toBe('Dorwin');
    expect(quote?.cue?.text).toBe('saying');
  });

  it.each([
    ['an adverbial', 'Ann Lee said on Monday that the depot would close.', 'the depot would close'],
    ['a hearer', 'Ann Lee told reporters that the depot would close.', 'the depot would close'],
    ['an object with a relative clause', 'Ann Lee stressed her support for the plan that saved the depot.', 'her support for the plan that saved the depot'],
  ])('starts a report after "that" only past %s', (_, input, content) => {
    expect(quotesOf(input)[0]?.content.text).toBe(content);
  });

  it('does not read the object of a participle as a cue', () => {
    expect(quotesOf('Ann Lee began taking calls from listeners on the radio.')).toEqual([]);
  });

  it('does not read an editorial label as a transcript speaker', () => {
    expect(quotesOf('Intro.\n\nCLARIFICATION: The first sentence was changed to say what the mayor meant.').filter((quote) => quote.cue?.lemma === 'transcript')).toEqual([]);
  });

  it('keeps a phrase after "including" in the report', () => {
    const [quote] = quotesOf('Ann Lee said that fares still decide too much, including where people live and work.');
    expect(quote?.content.text).toBe('fares still decide too much, including where people live and work');
  });

  it('looks further for the "that" of a verb with a hearer', () => {
    const [quote] = quotesOf('Ann Lee told one of her young campaign volunteers from the north on a regular basis that buses were the answer.');
    expect(quote?.content.text).toBe('buses were the answer');
  });

  it('starts a new report at a coordinated clause with a cue of its own', () => {
    const quotes = quotesOf('The chief said that the video was “not conclusive,” but he said that the evidence “supports what we heard” about it.');
    expect(quotes.map((quote) => quote.content.text)).toEqual(['the video was “not conclusive,”', 'the evidence “supports what we heard” about it']);
  });

  it('reads "call on" as a cue', () => {
    const [quote] = quotesOf('The family has called on the police to release the videos “for the greater good.”');
    expect(quote?.cue?.lemma).toBe('call on');
    expect(quote?.content.text).toBe('the police to release the videos “for the greater good.”');
  });

  it('resolves a pronoun subject to the person named before', () => {
    const article = parseArticle('Judge Amy Cole heard the case on Monday. Later, she said that the law was clear.');
    const cole = article.entities.find((entity) => entity.name === 'Amy Cole');
    expect(article.quotes[0]?.speaker?.entityId).toBe(cole?.id);
  });
});

describe('Markdown block quotes', () => {
  it.each([
    ['a dash line after the quotation', 'Vote passes\n\nThe mayor posted a note.\n\n> We will build the bridge. It opens in May.\n>\n> — Ana Ruiz, mayor', 'We will build the bridge. It opens in May.', 'Ana Ruiz'],
    ['a closing dash in the same paragraph', 'Vote passes\n\nShe wrote:\n\n> We will build the bridge. ― Ana Ruiz', 'We will build the bridge.', 'Ana Ruiz'],
  ])('reads a block quote credited by %s as a direct quote', (_, input, content, speaker) => {
    const quote = direct(input).find((item) => item.cue?.lemma === 'dash');
    expect(quote?.content.text).toBe(content);
    expect(quote?.speaker?.text).toBe(speaker);
  });

  it('reports a block quote credited to no one, and keeps it as a quote', () => {
    const result = safeParseArticle('Vote passes\n\nAn excerpt:\n\n> The bridge will be ready in May.');
    expect(result.article?.quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker])).toEqual([['direct', 'The bridge will be ready in May.', null]]);
    expect(result.messages.map((message) => message.ruleId)).toContain('quote-without-speaker');
  });

  it('leaves a block quote with quote marks to the quote marks', () => {
    expect(direct('Vote passes\n\n> “We will build it,” Ruiz said.').map((quote) => [quote.content.text, quote.cue?.text])).toEqual([['We will build it,', 'said']]);
  });
});

