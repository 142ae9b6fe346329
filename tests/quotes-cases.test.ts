// Cases the attribution issue names, on text we wrote: quotes over paragraphs, attributions
// before and after, speakers the rules once rejected, non-speech senses of cue words.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { parseArticle, safeParseArticle } from '../src/index.js';
import { documentOf } from './support/document.ts';

const quotesOf = (input: string) => parseArticle(input).quotes;
const partsOf = (input: string) => quotesOf(input).map((quote) => quote.content.parts?.map((part) => part.text) ?? [quote.content.text]);

describe('a quote over several paragraphs', () => {
  it.each([
    ['blank lines', 'Lee spoke after the match.\n\n“We played well today.\n\n“The second half was harder, but we won.”'],
    ['line breaks', 'Lee spoke after the match.\n“We played well today.\n“The second half was harder, but we won.”'],
    ['one line, straight marks', 'Lee spoke after the match. "We played well today. "The second half was harder, but we won."'],
    ['one line, curly marks', 'Lee spoke after the match. “We played well today. “The second half was harder, but we won.”'],
  ])('is one quote in parts, paragraphs separated by %s', (_, input) => {
    const quoted = partsOf(input).filter((parts) => parts.some((part) => part.includes('played')));
    expect(quoted).toEqual([['We played well today.', 'The second half was harder, but we won.']]);
  });

  it('is no new report inside', () => {
    const input = 'Lee spoke after the match. "We played well today. "The coach said we would lose, but we won."';
    const quotes = quotesOf(input);
    const outer = quotes.find((quote) => quote.content.text.startsWith('We played'));
    expect(outer).toBeDefined();
    for (const quote of quotes) if (quote !== outer) expect(quote.content.span.start >= outer!.content.span.end || quote.content.span.end <= outer!.content.span.start).toBe(true);
  });
});

describe('the speaker of an attribution before the quote', () => {
  it.each([
    ['Ann Lee said: “The plan will work.”', 'Ann Lee'],
    ['The mayor told reporters: “The plan will work.”', 'The mayor'],
    ['Campbell wrote to Beattie and Paxman: “The story is false.”', 'Campbell'],
  ])('%s', (input, speaker) => {
    const [quote] = quotesOf(input);
    expect(quote?.speaker?.text).toBe(speaker);
  });
});

describe('an attribution ending the paragraph before the quote', () => {
  it('“He said:” closing a paragraph introduces the quotation of the next one', () => {
    const quote = quotesOf('Mayor plans\n\nThe mayor spoke on Monday. He said:\n\n“We have a plan, and it will work.”').at(-1);
    expect([quote?.kind, quote?.speaker?.text, quote?.cue?.text]).toEqual(['direct', 'He', 'said']);
  });

  it('a paragraph ending in a colon with no verb of saying names no speaker', () => {
    const quote = quotesOf('Mayor plans\n\nKey points:\n\n“Nobody read the plan, and nobody will.”').at(-1);
    expect(quote?.speaker).toBeNull();
  });
});

describe('a colon or a closing verb as the cue', () => {
  it.each([
    ['a name and a colon', 'Ann Lee: “Historically, lesser-known candidates have gained the most.”', 'Ann Lee'],
    ['the subject of a sentence ending in a colon, not the speaker before', '“We won,” Lee said. She then turned to the crowd again: “Here is what I regret.”', 'She'],
    ['a determiner phrase before a colon', 'A friend commented: “For you, the economy is the main reason.”', 'A friend'],
    ['a determiner phrase, a verb of saying and a comma', 'As the bell rang, the announcer said, “Welcome back to the show, everyone.”', 'the announcer'],
    ['two appositives, one with a cue word as a noun', '“The bridge is safe,” Ann Lee, the chief engineer, one of the states suing the firm, said on Monday.', 'Ann Lee'],
    ['a verb of no saying that ends the sentence', '“Go back home,” Lee barked.', 'Lee'],
    ['a determiner phrase and an adverb before the cue', '“We live in hard times,” my father often said.', 'my father'],
  ])('%s', (_, input, speaker) => {
    const quote = quotesOf(input).at(-1);
    expect(quote?.kind).toBe('direct');
    expect(quote?.speaker?.text).toBe(speaker);
  });

  it('a hearer of several words before the quote: one direct quote, no report of the hearer', () => {
    const quotes = quotesOf('Lee told his radio audience on Monday, “The campaign has sent out its orders. We will see.”');
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.content.text])).toEqual([['direct', 'Lee', 'The campaign has sent out its orders. We will see.']]);
  });
});

describe('an attribution that ends the sentence', () => {
  it.each([
    ['according to', 'Ann Lee plans to visit Boston on Sunday, according to a campaign aide.', 'a campaign aide', 'Ann Lee plans to visit Boston on Sunday'],
    ['X said', 'The campaign plans to release the records soon, a spokesman said.', 'a spokesman', 'The campaign plans to release the records soon'],
    ['said X', 'Police have said they will not release the video, said Ann Lee.', 'Ann Lee', 'Police have said they will not release the video'],
  ])('%s: the whole clause before it is its report, and no cue inside it reports', (_, input, speaker, content) => {
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.speaker?.text, quote.content.text])).toEqual([[speaker, content]]);
  });

  it('a clause that goes on after the attribution is not one', () => {
    const quote = quotesOf('Lee said the deal was done, and Ann Lee will insist on a vote.')[0];
    expect(quote?.speaker?.text).toBe('Lee');
  });
});

describe('typewriter quote marks, as the New York Times writes them', () => {
  it.each([
    ['two apostrophes', "''We will win,'' she said.", 'We will win,', 'she'],
    ['backticks and apostrophes', "``We will win,'' said Ann Lee, the mayor.", 'We will win,', 'Ann Lee'],
    ['before the quote', "Mr. Lee said, ''I think we lost.''", 'I think we lost.', 'Mr. Lee'],
    ['a nested quote closing with them', "''He told me, 'No deal,''' Lee recalled.", "He told me, 'No deal,'", 'Lee'],
    ['a nested quote opening with them', "Lee recalled: '''No deal,' he told me.''", "'No deal,' he told me.", 'Lee'],
    ['after a dash', "Lee spoke \u2014 ''We will win,'' she said.", 'We will win,', 'she'],
    ['emphasis right inside them', "''*We will win,*'' she said.", 'We will win,', 'she'],
  ])('%s', (_, input, content, speaker) => {
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker?.text])).toEqual([['direct', content, speaker]]);
  });

  it('a floating second sentence and a second paragraph are the same quote', () => {
    expect(partsOf("''We are ready,'' she said. ''The vote is tomorrow.''")).toEqual([['We are ready,', 'The vote is tomorrow.']]);
    expect(partsOf("Lee spoke.\n\n''We played well today.\n\n''The second half was harder.''")).toEqual([['We played well today.', 'The second half was harder.']]);
  });

  it('quoted words inside the writer’s sentence make a mixed report; single apostrophes are no marks', () => {
    const [quote] = quotesOf("Lee said the plan was a ''disaster'' for the '90s generation.");
    expect(quote?.kind).toBe('mixed');
    expect(quotesOf("Lee's plan of the '90s worked.")).toEqual([]);
  });

  it('an unpaired mark is reported with its two characters', () => {
    const { messages } = safeParseArticle("Lee said, ''We will win. Then he left.");
    const message = messages.find((candidate) => candidate.ruleId === 'unbalanced-quote-mark');
    expect(message?.actual).toBe("''");
  });
});

describe('attribution after the quote', () => {
  it('a floating second sentence is the same quote', () => {
    expect(partsOf('“We are ready,” she said. “The vote is tomorrow.”')).toEqual([['We are ready,', 'The vote is tomorrow.']]);
  });

  it.each([
    ['a reported clause before it', 'The budget is late again, Lee said. “We need another year.”', 'Lee'],
    ['a mixed report before it, not the quote in marks before that', '“We lost,” Ann Kim said.\n\nThe plan was “a mess” from the start, said Tom Ruiz. “Nobody read it at all.”', 'Tom Ruiz'],
    ['a quote in marks before it, paragraphs apart', '“We lost,” Ann Kim said.\n\nThe council meets in May.\n\n“Nobody read the plan.”', 'Ann Kim'],
  ])('a floating quote goes on with the last attribution before it: %s', (_, input, speaker) => {
    const quote = quotesOf(input).find((candidate) => candidate.content.text.includes('Nobody') || candidate.content.text.includes('We need'));
    expect(quote?.speaker?.text).toBe(speaker);
  });

  it.each([
    ['the next paragraph', '“We lost the vote today,” Ann Kim said.\n\n“Nobody read the plan at all.”', ['We lost the vote today,', 'Nobody read the plan at all.']],
    ['a mixed report before it', 'Ann Kim said the plan was “a mess from the start.” “Nobody read it at all.”', ['the plan was “a mess from the start.”', 'Nobody read it at all.']],
  ])('a floating quote right after words in marks goes on with them, in %s', (_, input, parts) => {
    expect(partsOf(input)).toEqual([parts]);
  });

  it('a floating quote after a dash credit is another voice, not the credited one going on', () => {
    const quotes = quotesOf('“The bridge is a disgrace.” ― Ann Kim\n“Nobody asked us about the plan at all.”');
    expect(quotes.map((quote) => quote.content.parts?.length ?? 1)).toEqual([1, 1]);
  });

  it('a floating quote two paragraphs away from the last quote is one of its own', () => {
    expect(partsOf('“We lost the vote today,” Ann Kim said.\n\nThe council meets again in May.\n\n“Nobody read the plan at all.”')).toEqual([['We lost the vote today,'], ['Nobody read the plan at all.']]);
  });

  it('a floating quote with no attribution before it has no speaker, and a warning', () => {
    const { article, messages } = safeParseArticle('The vote is next week.\n\n“Nobody read the plan, and nobody will.”');
    expect(article?.quotes.map((quote) => quote.speaker)).toEqual([null]);
    expect(messages.map((message) => message.ruleId)).toContain('quote-without-speaker');
  });

  it('according to X', () => {
    const [quote] = quotesOf('The talks will resume next week, according to a senior official.');
    expect(quote?.speaker?.text).toBe('a senior official');
    expect(quote?.content.text).toBe('The talks will resume next week');
  });

  it('X told the AP: the AP is the medium, and the next sentence keeps its own attribution', () => {
    const quotes = quotesOf('The talks will resume next week, a spokesman told the AP. Lee said the date was not set.');
    const first = quotes.find((quote) => quote.content.text.startsWith('The talks'));
    expect(first?.speaker?.text).toBe('a spokesman');
    expect(first?.via?.text).toBe('the AP');
    const second = quotes.find((quote) => quote.content.text.includes('date'));
    expect(second?.speaker?.text).toBe('Lee');
  });

  it.each([
    ['told Reuters', 'The plant will close, the company told Reuters.', 'Reuters'],
    ['told state television', 'The border is open, the minister told state television.', 'state television'],
    ['after a direct quote', '“The plant will close,” Mary Jones told the AP.', 'the AP'],
    ['after a direct quote, the speaker after the cue', '“The plant will close,” said Mary Jones, who later told Reuters.', undefined],
  ])('via a medium: %s', (_, input, via) => {
    expect(quotesOf(input)[0]?.via?.text).toBe(via);
  });

  it('a person told is no medium', () => {
    expect(quotesOf('The plant will close, the manager told Lee.')[0]?.via ?? null).toBeNull();
    expect(quotesOf('“The plant will close,” the manager told Lee.')[0]?.via ?? null).toBeNull();
  });
});

describe('speakers', () => {
  it.each([
    ['“It was a shock,” one said.', 'one'],
    ['“It was terrible,” another said.', 'another'],
    ['“I ran to the door,” a witness said.', 'a witness'],
  ])('%s', (input, speaker) => {
    const [quote] = quotesOf(input);
    expect(quote?.kind).toBe('direct');
    expect(quote?.speaker?.text).toBe(speaker);
  });

  it.each([
    ['a poll share', 'In the poll, 47 percent said they would vote for Lee.', '47 percent', 'they would vote for Lee'],
    ['a majority', 'A majority say the economy is weak.', 'A majority', 'the economy is weak'],
    ['a share in figures', 'In the poll, 4 in 10 say they want a new leader.', '4 in 10', 'they want a new leader'],
    ['a share in words, with its noun', 'Nine in ten farmers say they expect a poor harvest.', 'Nine in ten farmers', 'they expect a poor harvest'],
  ])('%s speaks for the people asked, and no report inside is read', (_, input, speaker, content) => {
    expect(quotesOf(input).map((quote) => [quote.speaker?.text, quote.content.text])).toEqual([[speaker, content]]);
  });

  it('a relative pronoun speaker links to its antecedent', () => {
    const article = parseArticle('Ann Lee, who said the plan would fail, left the meeting early.');
    const quote = article.quotes.find((candidate) => candidate.content.text.includes('plan'));
    expect(quote?.content.text).toBe('the plan would fail');
    const lee = article.entities.find((entity) => entity.name === 'Ann Lee');
    expect(lee).toBeDefined();
    expect(quote?.speaker?.entityId).toBe(lee!.id);
  });

  it.each([
    ['a plural source noun', 'The mayor met officials who said the depot would close.', 'officials who'],
    ['a quantifier and a source noun', 'Two senators who said the bill was flawed voted for it.', 'Two senators who'],
    ['a determiner, a word and a source noun', 'Lee met some senior officials who said the talks had failed.', 'some senior officials who'],
  ])('a relative pronoun after %s with no name speaks with that phrase: the speaker spans both', (_, text, speaker) => {
    const quote = quotesOf(text).find((candidate) => candidate.cue?.text === 'said');
    expect(quote?.speaker?.text).toBe(speaker);
    expect(text.slice(quote!.speaker!.span.start, quote!.speaker!.span.end)).toBe(speaker);
  });

  it('a relative pronoun after a preposition stays the speaker: it may stand for the phrase before', () => {
    const quote = quotesOf('Ann Lee released a letter from her doctor that says she is in good health.').find((candidate) => candidate.cue?.text === 'says');
    expect(quote?.speaker?.text).toBe('that');
  });

  it('a relative pronoun without a named antecedent stays the speaker, with no entity', () => {
    const quote = quotesOf('Lee met an architect who said he was never paid.').find((candidate) => candidate.content.text.includes('paid'));
    expect(quote?.speaker).toMatchObject({ text: 'who', entityId: null });
  });
});

describe('no quote twice', () => {
  it.each([
    ['“We will win,” she said.'],
    ['She said the vote was “a farce” and “a disgrace.”'],
    ['Lee said: “The plan will work. It has to.”'],
    ['Lee added that the city was close to achieving: “The best budget in its history.”'],
    ['“The plan will work,” Lee said, adding that the city “has no choice.”'],
    ['Lee spoke after the match. "We played well today. "The second half was harder, but we won."'],
  ])('%s', (input) => {
    const spans = quotesOf(input).flatMap((quote) => (quote.content.parts ?? [quote.content]).map((part) => part.span));
    for (const [index, span] of spans.entries()) {
      for (const other of spans.slice(index + 1)) expect(span.end <= other.start || other.end <= span.start).toBe(true);
    }
  });
});

describe('non-speech senses of cue words', () => {
  // The rules alone: the trained tagger follows PolNeAR, which reads "failed to agree on a
  // date" as an attribution (a stance act), so parseArticle reports that one.
  it('failed to agree is no report to the rules', () => {
    const text = 'The two sides failed to agree on a date.';
    const document = documentOf(text);
    expect(extractQuotes(document, extractEntities(document), { tagger: false }).quotes).toEqual([]);
  });

  it.each([
    ['hoped to play', 'Lee hoped to play on Sunday.'],
    ['raised money', 'The party raised money in May.'],
    ['the state’s posts', 'The state’s posts were deleted.'],
    ['her emails', 'Her emails were read in court.'],
  ])('%s is no report', (_, input) => {
    expect(quotesOf(input)).toEqual([]);
  });

  it.each([
    ['secretary of state', 'Ann Lee, the secretary of state, met the press.'],
    ['in all five states', 'Voters in all five states went to the polls on Tuesday.'],
    ['the home state', 'Lee won her home state by a wide margin on Tuesday.'],
    ['broad support', 'Lee has broad support among farmers in the north.'],
    ['continued to rise', 'Prices continued to rise through the winter months.'],
    ['the rules state without a that-clause', 'The new rules state the obvious about late fees.'],
    ['a clause as the subject', 'The mayor has not bothered to ask whether the bridge is safe.'],
    ['a clause with an auxiliary as the subject', 'Lee was undermining new city rules on parking.'],
  ])('%s: a cue word after a preposition, or an -s form after a number, is a noun to the rules', (_, text) => {
    const document = documentOf(text);
    expect(extractQuotes(document, extractEntities(document), { tagger: false }).quotes).toEqual([]);
  });

  it('after a leading according-to, a cue of thought or stance is part of its report', () => {
    const quotes = quotesOf('According to the survey, most voters want lower taxes.');
    expect(quotes.map((quote) => [quote.speaker?.text, quote.content.text])).toEqual([['the survey', 'most voters want lower taxes']]);
  });

  it('after a leading according-to, a verb of saying keeps its report, with the medium as via', () => {
    const [quote, ...rest] = quotesOf('According to the Herald, the firm warned that steel deliveries were late.');
    expect(rest).toEqual([]);
    expect([quote?.speaker?.text, quote?.via?.text, quote?.content.text]).toEqual(['the firm', 'the Herald', 'steel deliveries were late']);
  });

  it.each([
    ['officials state that', 'Officials state that late fees are due in May.', 'Officials'],
    ['they support', 'They support a vote on the bridge in May.', 'They'],
    ['voters back', 'Most voters back a new bridge over the river.', 'Most voters'],
    ['not before the cue', 'Lee did not say whether the bridge was safe.', 'Lee'],
    ['a past tense like the base form', 'The firm forecast a rise in sales for next year.', 'The firm'],
    ['a quantifier standing for people', 'Many believe the deal will hold until May.', 'Many'],
  ])('%s: the cue word is a verb with its subject', (_, text, speaker) => {
    const document = documentOf(text);
    expect(extractQuotes(document, extractEntities(document), { tagger: false }).quotes.map((quote) => quote.speaker?.text)).toEqual([speaker]);
  });

  it.each([
    ['some say', 'Some say the plan will fail.', 'Some'],
    ['raised concerns', 'The party raised concerns that the vote was rigged.', 'The party'],
    ['hoped that', 'Lee hoped that the vote would pass.', 'Lee'],
  ])('%s still is', (_, input, speaker) => {
    expect(quotesOf(input)[0]?.speaker?.text).toBe(speaker);
  });
});

describe('speakers around opening phrases and relative clauses', () => {
  const rules = (text: string) => {
    const document = documentOf(text);
    return extractQuotes(document, extractEntities(document), { tagger: false }).quotes.map((quote) => [quote.speaker?.text, quote.cue?.text, quote.content.text]);
  };

  it.each([
    ['the object of an opening preposition is no subject', 'In a Facebook message posted Friday, Ann Lee said she had doubts about the plan.', [['Ann Lee', 'said', 'she had doubts about the plan']]],
    ['a name after the object, with no comma, is', 'In a radio interview Lee declared: “The pact is obsolete.”', [['Lee', 'declared', 'The pact is obsolete.']]],
    ['a relative clause’s verb phrase is no subject', 'One of the doctors who sent the letter called Lee a quack.', [['One of the doctors', 'called', 'Lee a quack']]],
    ['a relative clause’s own subject still is', 'The funding system, which advocates say hurts poor schools, was kept.', [['advocates', 'say', 'hurts poor schools, was kept']]],
    ['an opening participle clause is no report', 'Asked about the plan, Ann Lee said it was late.', [['Ann Lee', 'said', 'it was late']]],
    ['an adverbial between a relative pronoun and its cue', 'Lee has long clashed with Ray, now the council leader, who in 2010 said the main goal was to beat Lee.', [['the council leader, who', 'said', 'the main goal was to beat Lee']]],
    ['a verb and its object are no subject', 'The board decided after a long inquiry not to recommend charges against her.', []],
    ['nor is a verb in the present', 'The new spot features a Herald report that the firm lost money.', []],
    ['a past participle modifying a noun still is', 'Officials hired by the city said the plan was late.', [['Officials hired by the city', 'said', 'the plan was late']]],
    ['a quantified plural noun phrase after an opening phrase is the main subject', 'In August, several green groups granted Mr. Ray more time, saying his “funds were less than expected.”', [['several green groups', 'saying', 'his “funds were less than expected.”']]],
    ['an opening as-clause with a verb of saying reports the main clause', 'As one user pointed out with a chart, the gap between what we expect from Lee and from Ray is vast.', [['one user', 'pointed out', 'the gap between what we expect from Lee and from Ray is vast']]],
    ['an as-clause that reports its own words does not', 'As he said he would, Lee left the party.', [['he', 'said', 'he would']]],
    ['a place’s state and a time after an opening phrase go with it', 'At a campaign event in Ames, Iowa, on Sunday, Mrs. Lee spoke again, saying that the country should lead.', [['Lee', 'saying', 'the country should lead']]],
    ['a participle after “X said,” goes on with X', 'Mr. Lee intends to give a speech on trade this month, Mr. Ray said, adding that he would also hold a rally.', [['Mr. Ray', 'said', 'Mr. Lee intends to give a speech on trade this month'], ['Mr. Ray', 'adding', 'he would also hold a rally']]],
    ['a participle goes with the main clause after an opening past participle', 'Chastened by the reviews, Ann Lee revised her plan, promising to focus on families.', [['Ann Lee', 'promising', 'to focus on families']]],
  ])('%s', (_, text, quotes) => {
    expect(rules(text)).toEqual(quotes);
  });

  it('a participle before a quotation, after an opening phrase, is the main clause’s subject’s', () => {
    const quote = quotesOf('Speaking at a town hall in Salem, New Hampshire, Ann Ray went after Bo Chan, calling him, “a total stiff.”').find((found) => found.kind !== 'indirect');
    expect([quote?.speaker?.text, quote?.cue?.text]).toEqual(['Ann Ray', 'calling']);
  });

  it('a colon quotation after an opening clause is said by the main clause’s subject', () => {
    const [quote] = quotesOf('With city leaders worried about turnout, Mayor Ann Lee is rolling out a new message: “It is about me.”').filter((found) => found.kind === 'direct');
    expect(quote?.speaker?.text).toContain('Ann Lee');
  });
});

describe('an outer attribution is read, not the cue inside its report', () => {
  const rules = (text: string) => {
    const document = documentOf(text);
    return extractQuotes(document, extractEntities(document), { tagger: false }).quotes.map((quote) => [quote.speaker?.text, quote.cue?.text, quote.content.text]);
  };

  it.each([
    ['half of', 'Half of the voters said they want a new school.', 'Half of the voters'],
    ['about half of', 'About half of the voters said they want a new school.', 'half of the voters'],
    ['an approximate share in an appositive', 'Just over a quarter, 26 percent, say they want a new school.', 'a quarter'],
    ['an approximate share in figures', 'Nearly 60 percent say they want a new school.', '60 percent'],
    ['a share in one word', 'Among parents, about two-thirds, 67 percent, say they want a new school.', 'two-thirds'],
  ])('a poll share as subject (%s) speaks for those asked', (_, text, speaker) => {
    expect(rules(text)).toEqual([[speaker, text.includes(' say ') ? 'say' : 'said', 'they want a new school']]);
  });

  it.each([
    ['the report said', 'A witness said the chief told staff to keep quiet, the report said.', ['the report', 'said', 'A witness said the chief told staff to keep quiet']],
    ['records show', 'He agreed to sell the plane to Lee in 2010, records show.', ['records', 'show', 'He agreed to sell the plane to Lee in 2010']],
    ['the poll found', 'Lee kept her lead among older voters, the poll found.', ['the poll', 'found', 'Lee kept her lead among older voters']],
    ['analysts say', 'The bank will cut rates in May, analysts say.', ['analysts', 'say', 'The bank will cut rates in May']],
  ])('an attribution ending the sentence (%s) is the source of all before it', (_, text, quote) => {
    expect(rules(text)).toEqual([quote]);
  });

  it.each([
    ['a mixed report', 'Teachers “get why the union backed her, and many agree with that,” Lee said.', ['Lee', 'said', 'Teachers “get why the union backed her, and many agree with that']],
    ['a mixed report ending in a quotation', 'Lee plans to help the city by fostering “trade and investment,” Ann Roe said Monday.', ['Ann Roe', 'said', 'Lee plans to help the city by fostering “trade and investment']],
    ['an according-to source with an appositive', 'The three men planned to open a mall there, according to a lawsuit filed by Ann Lee, a former mayor.', ['a lawsuit filed by Ann Lee', 'according to', 'The three men planned to open a mall there']],
    ['an inverted source with a relative clause', 'Lee warned the leader not to move on the islands, said an official who was briefed on the talks.', ['an official', 'said', 'Lee warned the leader not to move on the islands']],
    ['an inverted source and a phrase of place', 'The talks went downhill from there, said one aide in the room.', ['one aide', 'said', 'The talks went downhill from there']],
    ['an inverted source and a phrase of time', 'The depot will close in May, said Ann Lee on Monday.', ['Ann Lee', 'said', 'The depot will close in May']],
    ['a report opening with a count', 'About 300 families moved into new homes, officials said.', ['officials', 'said', 'About 300 families moved into new homes']],
    ['a report opening with an adverbial and its comma', 'Unlike the old firm, Mr. Ray has few rich backers, they say.', ['they', 'say', 'Unlike the old firm, Mr. Ray has few rich backers']],
  ])('an attribution ending the sentence after %s is the source of all before it', (_, text, quote) => {
    expect(rules(text)).toEqual([quote]);
  });

  it.each([
    ['a year after a preposition is no count', 'In 2003, Barclays reported a rise in profits.', 'Barclays'],
    ['a cue with an object', 'Despite the rise in profits, from $3m a year earlier, Wall Street expected more gains.', 'Wall Street'],
    ['a participle after the adverbial’s comma', 'At the debate, organised by the club, Lord Lee did not rule out a vote.', 'Lord Lee'],
  ])('an adverbial and its comma before a cue that goes on (%s) are no report', (_, text, speaker) => {
    const found = rules(text);
    expect(found.map(([who]) => who)).toEqual([speaker]);
    expect(found[0]![2]!.startsWith(text.slice(0, text.indexOf(' ')))).toBe(false);
  });

  it.each([
    ['an adverbial alone', 'With days to go, Ann Lee said.'],
    ['an adverbial and a relative clause', 'In the talks, which ran late, Ann Lee said.'],
    ['an inverted source and a clause after it', 'The depot will close, said Ann Lee in a statement that was read on air.'],
  ])('no report: %s', (_, text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    ['a verb of saying', 'Cards handed out at the fair said she supported the new road.', 'supported'],
    ['a verb of saying and "that"', 'The biggest surprise said that he opposed the plan.', 'opposed'],
    ['a verb of saying in the present', 'Neighbours of the plant say they want it closed.', 'want'],
    ['a cue and "that"', 'Records kept showing that officials knew of the leak.', 'knew'],
    ['a cue, its object and "what"', 'A student asked the senator what he thought of the plan.', 'thought'],
    ['a cue, a phrase and "that"', 'The mayor kept claiming without evidence that the council opposed the depot.', 'opposed'],
  ])('a cue whose subject comes right after %s is inside that report, not a report of its own', (_, text, inner) => {
    expect(rules(text).filter(([, cue]) => cue === inner)).toEqual([]);
  });

  it('a verb of saying whose subject comes first keeps its report', () => {
    expect(rules('Ann Lee said she wanted a new road.')).toEqual([['Ann Lee', 'said', 'she wanted a new road']]);
  });

  it.each([
    ['a participle clause', 'Speaking in Leeds on Monday, Ann Ray cut the budget, saying the town had no choice.', 'Ann Ray'],
    ['a subordinate clause', 'When Bo Chan resigned, Ann Ray cut the budget, saying the town had no choice.', 'Ann Ray'],
    ['"But", which opens no clause of its own', 'But Ann Ray, Bo Chan’s deputy, cut the budget, saying the town had no choice.', 'Ann Ray'],
  ])('a participle after %s goes with the main clause’s subject', (_, text, speaker) => {
    expect(rules(text)).toEqual([[speaker, 'saying', 'the town had no choice']]);
  });

  it('a subject pronoun and its clause after an inverted cue are no speaker', () => {
    expect(rules('Among parents polled, most, 67 percent, say they want a new school.')).toEqual([['most', 'say', 'they want a new school']]);
  });

  it('a direct quote before its attribution stays direct', () => {
    expect(quotesOf('“We will win the vote in May,” Lee said.').map((quote) => [quote.kind, quote.speaker?.text, quote.content.text])).toEqual([['direct', 'Lee', 'We will win the vote in May,']]);
  });

  it('after "told", the hearer is not the speaker', () => {
    expect(rules('The mayor will stay in the race, her top aide, Ann Roe, told The Daily Post.')).toEqual([['her top aide', 'told', 'The mayor will stay in the race']]);
    expect(quotesOf('The plant will close, the company told Reuters.').map((quote) => [quote.speaker?.text, quote.via?.text])).toEqual([['the company', 'Reuters']]);
  });

  it.each([
    ['a statement', 'Ann Lee released the following statement:', 'Ann Lee'],
    ['a verb no cue', 'Ann Lee, the mayor, echoed:', 'Ann Lee'],
    ['a pronoun', 'He then listed what he wants from the city:', 'He'],
  ])('a paragraph ending in a colon after %s introduces the quotation that opens the next', (_, intro, speaker) => {
    const quotes = quotesOf(`The city vote\n\n${intro}\n\n“We will fix the roads and open two new schools by May.”`);
    expect(quotes.find((quote) => quote.kind === 'direct')?.speaker?.text).toBe(speaker);
  });

  it('a label paragraph ending in a colon does not', () => {
    const quotes = quotesOf('The city vote\n\nKey points:\n\n“We will fix the roads and open two new schools by May.”');
    expect(quotes.find((quote) => quote.kind === 'direct')?.speaker).toBeNull();
  });
});

describe('quoted words in a report', () => {
  it.each([
    ['a comma and a conjunction inside the marks', 'She added that “not everyone can drive, and I do not think people want more traffic. Transit is vital.”', 'not everyone can drive, and I do not think people want more traffic'],
    ['a comma and a relative inside the marks', 'Lee said the budget was “short by a mile, which we cannot fix this year.”', 'the budget was “short by a mile, which we cannot fix this year.”'],
  ])('the report goes on to the closing mark past %s', (_, input, content) => {
    const [quote] = quotesOf(input);
    expect([quote?.kind, quote?.content.text]).toEqual(['mixed', content]);
    expect(quotesOf(input)).toHaveLength(1);
  });

  it('a comma right before the closing mark still ends the report', () => {
    const quotes = quotesOf('She said the plan was “good for jobs, jobs, jobs,” but he said it would fail.');
    expect(quotes.map((quote) => [quote.kind, quote.content.text])).toEqual([
      ['mixed', 'the plan was “good for jobs, jobs, jobs,”'],
      ['indirect', 'it would fail'],
    ]);
  });
});

describe('a quotation after an abbreviation that ends the sentence', () => {
  it('opens a quotation when a capital follows the mark', () => {
    expect(partsOf('"The plan does not match what he says," Lee told reporters in Columbia, S.C. "It seems he has a lot of nervous energy."')).toEqual([
      ['The plan does not match what he says,', 'It seems he has a lot of nervous energy.'],
    ]);
  });

  it('a quoted word after it is no quotation', () => {
    expect(quotesOf('He was raised in Washington, D.C. "Metro" stops were near.')).toEqual([]);
  });
});

describe('no quotation reported twice', () => {
  it('a quotation held whole by the report of the attribution after it is that report', () => {
    const quotes = quotesOf('“We were going to make the name known,” as his father hoped, Ann Lee said. “We were going to be big.”');
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text])).toEqual([['mixed', 'Ann Lee']]);
    expect(quotes[0]!.content.parts?.map((part) => part.text)).toEqual(['We were going to make the name known,” as his father hoped', 'We were going to be big.']);
  });
});

describe('an appositive that lost its closing comma before the cue', () => {
  it.each([
    ['“We are doing research into it,” Mia Lane, a council spokeswoman told the BBC.', 'Mia Lane', 'told'],
    ['“The plan is late,” Mia Lane, one of the states suing the firm, said.', 'Mia Lane', 'said'],
  ])('%s', (input, speaker, cue) => {
    const quotes = quotesOf(`Officials spoke. ${input}`);
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text, quote.cue?.text])).toEqual([['direct', speaker, cue]]);
  });

  it('after a quotation that ends its sentence, a new sentence is no attribution', () => {
    const quotes = quotesOf('He said only the rich wanted "open borders." At a rally in Modesto, Sanders promised more jobs.');
    expect(quotes.map((quote) => quote.speaker?.text)).toEqual(['He', 'Sanders']);
  });
});

describe('an inverted cue after quoted words closing with a comma', () => {
  it.each([
    ['curly marks', 'The city should widen its roads “as soon as it can, as much as it can,” said Mr. Okafor, a member of the council.', 'The city should widen its roads “as soon as it can, as much as it can,”'],
    ['typewriter marks', "The city should widen its roads ''as soon as it can,'' said Mr. Okafor.", "The city should widen its roads ''as soon as it can,''"],
  ])('reports the whole sentence, %s', (_, input, content) => {
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker?.text, quote.cue?.text])).toEqual([['mixed', content, 'Mr. Okafor', 'said']]);
  });

  it('a sentence opening with the mark is a direct quote, its speaker cut before a relative clause', () => {
    const quotes = quotesOf('Deaf people use phones. "In the past, I have used them but they have problems," said Robert Lane who is taking part in the pilot. "I sign."');
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text])).toEqual([['direct', 'Robert Lane']]);
    expect(quotes[0]!.content.parts?.map((part) => part.text)).toEqual(['In the past, I have used them but they have problems,', 'I sign.']);
  });
});

describe('a floating quotation after quoted words in a report', () => {
  it('a sentence of its own in the next paragraph is a quote of its own, the speaker going on', () => {
    const quotes = quotesOf('The mayor called the plan “late and costly.”\n\n“We will fix it by spring.”');
    expect(quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker?.text])).toEqual([
      ['mixed', 'the plan “late and costly.”', 'The mayor'],
      ['direct', 'We will fix it by spring.', 'The mayor'],
    ]);
  });

  it('words going on in lower case go on the report', () => {
    expect(partsOf('The mayor called the plan “late and costly.”\n\n“and costly to all of us.”')).toEqual([['the plan “late and costly.”', 'and costly to all of us.']]);
  });
});

describe('one of several as the speaker', () => {
  it.each([
    ['The comments piled up. “We all know how she feels,” another reader said.', 'another reader'],
    ['The comments piled up. Another reader said, “We all know how she feels.”', 'Another reader'],
    ['The comments piled up. “We all know how she feels,” one user commented.', 'one user'],
  ])('%s', (input, speaker) => {
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.kind, quote.speaker?.text])).toEqual([['direct', speaker]]);
  });
});

describe('an opening curly mark typed for a closing one', () => {
  it.each([
    ['before the attribution', 'The paper spoke. “Apparently not,“ he said. “A leopard does not change its spots.”', [['Apparently not,', 'A leopard does not change its spots.']]],
    ['at the end of a paragraph', 'The group wrote: “The pool is out of balance. A correction is needed now.“\n\nPrices rose anyway.', [['The pool is out of balance. A correction is needed now.']]],
  ])('closes the quote, %s', (_, input, parts) => {
    expect(partsOf(input).filter((pieces) => pieces.some((piece) => piece.includes('A ')))).toEqual(parts);
  });

  it('after a space it still opens a quote in the quote', () => {
    const quotes = quotesOf('“He told me “no” and left,” Lee said.');
    expect(quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker?.text])).toEqual([['direct', 'He told me “no” and left,', 'Lee']]);
  });
});

describe('a cue word after a determiner before quoted words', () => {
  it.each([
    ['Lee called the plan “rotten to the core.”', 'the plan “rotten to the core.”'],
    ['Lee said the plans “stink.”', 'the plans “stink.”'],
  ])('is a noun, and the quoted words are part of the report: %s', (input, content) => {
    const quotes = quotesOf(input);
    expect(quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker?.text])).toEqual([['mixed', content, 'Lee']]);
  });
});

describe('a report running over a quotation in marks', () => {
  const overlapping = (input: string) => {
    const spans = quotesOf(input).flatMap((quote, index) => (quote.content.parts ?? [quote.content]).map((part) => ({ index, ...part.span })));
    return spans.some((a) => spans.some((b) => a.index < b.index && a.start < b.end && b.start < a.end));
  };

  it('leaves the quotation out: no words are reported twice', () => {
    const input = 'Ryan and Lee will meet next week, Spicer said, adding, "They need to sit down and have a good talk."';
    expect(overlapping(input)).toBe(false);
    expect(quotesOf(input).map((quote) => [quote.kind, quote.content.text])).toEqual([
      ['indirect', 'Ryan and Lee will meet next week'],
      ['direct', 'They need to sit down and have a good talk.'],
    ]);
  });
});
