import { describe, expect, it } from 'vitest';
import { extractStance } from '../src/extract/stance.js';
import { CONTEXT_RULES } from '../src/extract/stance-rules.js';
import { type ParseOptions, parseArticle, type StanceEntry, StanceSummarySchema } from '../src/index.js';
import { readDocument } from '../src/model/read.js';
import { articleProcessor } from '../src/parse/processor.js';

const stanceOf = (input: string, options?: ParseOptions) =>
  parseArticle(input, options).stance.map((marker) => `${marker.kind}:${marker.text}`);

describe('stance markers', () => {
  it.each([
    ['The plan could fail.', ['hedge:could']],
    ['The results suggest a potential shift.', ['hedge:suggest', 'hedge:potential']],
    ['The risk is well-documented.', ['booster:well-documented']],
    ['It was a controversial decision.', ['attitude:controversial']],
    ['Analysts expect a cut and believe it will help.', ['hedge:expect', 'hedge:believe']],
    ['The ruling is reportedly final.', ['hedge:reportedly']],
    ['In this writer’s view the bill is late.', ['self-mention:In this writer’s view']],
  ])('%s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    // Conditions, deontic modals, approximators and frequency adverbs are not stance.
    ['The deal would pass if the board agreed.', ['attitude:agreed']],
    ['Ministers should act now.', []],
    ['Nearly forty people often wait about an hour.', []],
  ])('leaves out what is not a stance: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });
});

describe('context rules', () => {
  // Each rule's own example: the bracketed phrase is no marker with the rules, and is one with
  // every rule but this one, so each rule is needed for its example.
  const documentOf = (text: string) => readDocument(articleProcessor.parse(text), text).document;
  it.each(CONTEXT_RULES.map((rule) => [rule.id, rule] as const))('%s reads its example as no marker', (id, rule) => {
    const start = rule.example.indexOf('[');
    const text = rule.example.replace(/[[\]]/gu, '');
    const phrase = rule.example.slice(start + 1, rule.example.indexOf(']'));
    const markedAt = (rules?: typeof CONTEXT_RULES) =>
      extractStance(documentOf(text), [], rules ? { rules } : {})
        .filter((marker) => marker.span.start === start)
        .map((marker) => marker.text);
    expect(markedAt()).toEqual([]);
    expect(markedAt(CONTEXT_RULES.filter((other) => other.id !== id))).toEqual([phrase]);
  });

  it('has one id a rule', () => {
    expect(new Set(CONTEXT_RULES.map((rule) => rule.id)).size).toBe(CONTEXT_RULES.length);
  });

  it.each([
    ['Prices may rise.', ['hedge:may']],
    ['The vote is due in May.', []],
    ['May 5 is the deadline.', []],
    ['The talks with Hope Solo ended in May.', []],
    ['Exports to the US may rise.', ['hedge:may']],
    ['The writer lives in Leeds.', []],
  ])('"may" as a month, names and acronyms: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['Police suspect arson.', ['hedge:suspect']],
    ['The suspect fled.', []],
    ['Critics questioned a suspect’s story.', ['hedge:questioned']],
    ['Tests showed the might of the navy had grown.', ['booster:showed']],
    ['The might of the navy grew.', []],
    ['Sales fell, citing an expected loss.', []],
    // Demonstratives stand alone as subjects, and "'s" may be "is".
    ['This may be so.', ['hedge:may']],
    ['It’s expected to rain.', ['hedge:expected']],
    // "alleged" is an adjective too, so an article before it keeps it.
    ['The alleged bribe was small.', ['hedge:alleged']],
  ])('a modal or verb after a determiner is a noun: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it('"will" as a noun, with "will" added as a modal booster', () => {
    const options = { lexicon: { stance: [{ phrase: 'will', lemma: 'will', kind: 'booster', pos: 'modal' }] } } satisfies ParseOptions;
    expect(stanceOf('Prices will rise.', options)).toEqual(['booster:will']);
    expect(stanceOf('His will was read aloud.', options)).toEqual([]);
    expect(stanceOf('It was the will of the voters.', options)).toEqual([]);
  });

  it.each([
    ['Could the plan fail?', []],
    ['What might the board decide?', []],
    ['The plan could fail, she asked.', ['hedge:could']],
  ])('a modal in a question asks, it does not hedge: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['If the bank could lend, rates would fall.', []],
    ['They left early so that they might rest.', []],
    ['Talks stalled before the sides could meet.', []],
    ['Rates could fall if the bank acts.', ['hedge:could']],
  ])('a modal in a condition, purpose or time clause is no stance: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['The mayor could not be reached.', []],
    ['The mayor couldn’t be reached.', []],
    ['The rain may not stop.', ['hedge:may']],
    ['Neither could explain the delay.', []],
    ['The mayor did not call, nor could her aides explain why.', []],
    ['Nothing could stop the plan.', []],
    ['Police could find no record of the arrest.', []],
    ['The firm could find new buyers.', ['hedge:could']],
    ['It was the best he could do.', []],
    ['There is nothing you could say.', ['engagement:you']],
    ['It is not a thing I could ever believe.', ['self-mention:I']],
    ['They ran as fast as they could.', []],
    ['It could all end badly.', ['hedge:could']],
    ['It was the worst storm she could remember.', []],
    ['There is no doubt the plan works.', ['booster:There is no doubt']],
    ['No doubt the plan works.', ['booster:No doubt']],
    ['It is clear that the plan works.', ['booster:It is clear that']],
    ['It is not clear whether the plan works.', ['hedge:not clear']],
    ['It is not yet clear whether the plan works.', ['hedge:not yet clear']],
    ['The cause has never been proven.', ['hedge:never been proven']],
    ['The vote is not certain.', ['hedge:not certain']],
  ])('negation: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    // Impersonal likelihood: the adjective carries the cue, as the Szeged guidelines mark it.
    ['It is likely that rates rise.', ['hedge:likely']],
    ['Rates are likely to rise.', ['hedge:likely']],
    ['There is no evidence of fraud.', ['hedge:no evidence']],
    ['The report casts doubt on the figures.', ['hedge:casts doubt']],
    ['In all likelihood the mill will close.', ['hedge:In all likelihood']],
  ])('multi-word markers, longest first: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['The figure appears to be wrong.', ['hedge:appears']],
    ['The figure appears on the screen.', []],
    ['She appeared as a witness.', []],
    ['The plan appears as if it will fail.', ['hedge:appears']],
    ['She is seen as the favourite.', ['hedge:seen']],
    ['She was seen leaving the hall.', []],
    ['The flash was seen as far away as the coast.', []],
    ['Fans were seen singing as well.', []],
    ['Voters regard the tax as unfair.', ['hedge:regard']],
    ['Many view the tax as unfair.', ['hedge:view']],
    ['She holds the view that taxes are too high.', ['hedge:view']],
    ['The view from the hill is wide.', []],
    ['The idea that taxes fall is popular.', ['hedge:idea']],
    ['The idea came from a student.', []],
    ['Tests indicate that the dam is weak.', ['hedge:indicate']],
    ['Signs indicate the exit.', []],
  ])('words that are doxastic only with "to", "as" or "that": %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['A possible deal was near.', ['hedge:possible']],
    ['It is possible that talks resume.', ['hedge:possible']],
    // A predicate of a subject other than "it" says what can be done (Szeged: no cue).
    ['Wheelchair access is possible.', []],
    ['The severest possible penalty applies.', []],
    ['All 4096 possible keys were tried.', []],
    ['It is possible to book online.', []],
    ['Call as soon as possible.', []],
    ['The gift made it possible.', []],
    ['They chose the best possible site.', []],
  ])('"possible" as ability or "conceivable" is no hedge: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['A potential takeover worried staff.', ['hedge:potential']],
    // Before a noun of a role it names who might take it, not a doubted event.
    ['A potential buyer called.', []],
    ['The firm met potential investors.', []],
    ['Talks on the potential for a deal began.', ['hedge:potential']],
    ['The potential of the site is clear.', ['booster:clear']],
    ['The town has untapped potential.', []],
  ])('"potential" before a preposition or a stop is the noun: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['As expected, the bank raised rates.', []],
    ['The bank is expected to raise rates.', ['hedge:expected']],
    ['The expected gain did not come.', []],
    // Past and closing its clause, the expectation is settled.
    ['The collapse was widely expected.', []],
    ['It took twice the time that had been expected, so trains were late.', []],
    ['A ruling is expected.', ['hedge:expected']],
    // The modal still hedges: "as might be expected" is "probably as expected".
    ['As might be expected, the bank raised rates.', ['hedge:might']],
    ['Rates rose, as it was feared.', []],
    ['As rates are expected to rise, banks lend less.', ['hedge:expected']],
  ])('"as expected" and attributive participles: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['Imagine a city without cars.', ['engagement:Imagine']],
    ['Look at the figures.', ['engagement:Look at']],
    ['Police will look at the footage.', []],
    ['“Imagine a city without cars,” she wrote.', ['engagement:Imagine']],
    ['Residents remember the flood.', []],
  ])('directives are engagement only as imperatives opening the sentence: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['Consider the costs.', ['engagement:Consider']],
    ['The plan is considered risky.', ['hedge:considered']],
  ])('"consider" opening a sentence is an imperative: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['The board assumed the loss was small.', ['hedge:assumed']],
    ['Analysts assume that rates fall.', ['hedge:assume']],
    ['She will assume the role in May.', []],
    ['The buyer is assuming the debt.', []],
    ['Sales beat expectations.', []],
    ['The expectation is a cut.', ['hedge:expectation']],
  ])('"assume" as "take on" and "expectations" as a benchmark are no hedges: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['Her belief that rates will fall is common.', ['hedge:belief']],
    ['His belief in hard work is well-known.', ['booster:well-known']],
  ])('"belief in" is conviction, "belief that" a doxastic hedge: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });
});

describe('senses that make a word stance', () => {
  it.each([
    ['The show ran for ten years.', []],
    ['Chat shows filled the evening.', []],
    ['The navy showed its might at sea.', []],
    ['Figures show a rise in crime.', ['booster:show']],
    ['The report shows that crime rose.', ['booster:shows']],
    ['Divers found a wreck.', []],
    ['The study found that crime rose.', ['booster:found']],
    ['The club was established in 1990.', []],
    // The "that" of the clause follows at once; further on it opens a relative clause.
    ['Shoppers use the web to find gifts that are sold out.', []],
    ['The firm showed off a phone that folds.', []],
    ['We knew all along that the plan works.', ['self-mention:We', 'booster:knew']],
    ['The poll found evidence that crime rose.', ['booster:found']],
    ['What the survey shows is that crime rose.', ['booster:shows']],
    ['She is best known for her novels.', []],
    ['The count of known viruses rose.', []],
    ['It is known that the dam leaks.', ['booster:known']],
    ['Firms were not clear about how they rank results.', []],
  ])('evidential verbs need a "that" clause or a source of evidence: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['Ministers must act now.', []],
    ['Fees must not rise.', []],
    ['Such acts must be met with force.', []],
    ['The figures must be wrong.', ['booster:must']],
    ['She must have seen the letter.', ['booster:must']],
    ['The restructuring should help the bank.', ['hedge:should']],
    ['The law should be repealed.', []],
    ['They should help the bank.', []],
    // "should be" before a predicate is mostly a norm.
    ['The law should be the guiding rule.', []],
    ['Owners should be ready to learn.', []],
    ['Prices should rise next year.', ['hedge:should']],
    // An inverted modal outside a question is a wish, not a possibility.
    ['Long may she reign.', []],
    ['May God keep the king.', []],
    ['Well may we say it.', ['self-mention:we']],
    ['May the plan fail?', []],
    // A proviso is a condition: "provided that", "providing they".
    ['Troops will leave provided that the border could be secured.', []],
    ['The deal stands, providing they could pay.', []],
    ['The report provided evidence that could change the case.', ['hedge:could']],
  ])('deontic and epistemic modals: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    // Frequency adverbs say when, not how sure.
    ['Trains are always late.', []],
    ['The runner has never raced there.', []],
    ['Trains are not always late.', []],
    ['It was clearly a mistake.', ['booster:clearly']],
    ['Clearly, it was a mistake.', ['booster:Clearly']],
    ['She set out the position very clearly.', []],
    ['She spoke clearly, then left.', []],
    ['She is making sure the plan works.', []],
    ['She is sure the plan works.', ['booster:sure']],
    ['The coach will steer clear of the row.', []],
    ['Voters face a clear choice.', []],
    ['The screens are crisp and clear.', []],
    ['It is clear from the figures that crime rose.', ['booster:clear']],
    ['The cause is clear.', ['booster:clear']],
    ['A certain number of seats went unsold.', []],
    ['One thing is for certain.', ['booster:certain']],
    ['She is certain to win.', ['booster:certain']],
    ['Patents on well-known drugs expire.', []],
    ['That is not really true.', []],
    // Degree adverbs grade a quality; before a verb or a noun phrase they assert.
    ['It was a really tight game.', []],
    ['The course is really hard.', []],
    ['She felt truly blessed.', []],
    ['He is absolutely delighted.', []],
    ['They moved really quickly.', []],
    ['She played really well.', []],
    ['She met some really incredible people.', []],
    ['The gap will become more obvious and more costly.', []],
    ['It is obvious that the plan works.', ['booster:It is obvious that']],
    ['The answer is obvious.', ['booster:obvious']],
    ['Sales were stronger than expected.', []],
    ['I’m really excited.', []],
    ['It had really, really good tunes.', []],
    ['It really is a contest.', ['booster:really']],
    ['I really think they can win.', ['self-mention:I', 'booster:really', 'hedge:think']],
    ['It’s really a great start.', ['booster:really']],
    ['That is really no problem.', ['booster:really']],
    ['We absolutely reject the claim.', ['self-mention:We', 'booster:absolutely']],
    ['The true figure is higher.', []],
    ['The forecast came true.', []],
    ['If the claims are true, the deal fails.', []],
    ['That is true of most towns.', ['booster:true']],
    ['Some of that is true.', ['booster:true']],
    // An approximator makes certainty a probability.
    ['We are almost certain that the charges will be dropped.', ['self-mention:We', 'hedge:almost certain']],
    ['The plan will almost certainly fail.', ['hedge:almost certainly']],
    ['I am pretty sure it works.', ['self-mention:I', 'hedge:pretty sure']],
    ['It is no longer clear who leads.', ['hedge:no longer clear']],
    ['She said in no uncertain terms that she would stay.', ['booster:in no uncertain terms']],
    ['The vote left little doubt that the plan works.', ['booster:little doubt']],
  ])('negation scope and fixed phrases: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });

  it.each([
    ['The board will consider the offer.', []],
    ['The firms were considering a merger.', []],
    ['The offer was considered but rejected.', []],
    ['She is considered the favourite.', ['hedge:considered']],
    ['In God we believe.', ['self-mention:we']],
    ['Voters believe in hard work.', []],
    ['Voters believe the tax is unfair.', ['hedge:believe']],
    ['Her religious beliefs are private.', []],
    ['The group is a think tank.', []],
    ['Few owners were thinking of upgrading.', []],
    ['The drum is thought of as a person.', ['hedge:thought']],
    ['The owner agreed to lend the painting.', []],
    ['Critics agree the plan is flawed.', ['attitude:agree', 'attitude:flawed']],
    ['Police sought an indicted suspect.', []],
    ['A relatively unknown author won.', []],
    ['The cause of the fire is unknown.', ['hedge:unknown']],
    ['The mayor had time to think again.', []],
    ['She called for a pause for thought.', []],
    ['The club agreed a move for the striker.', []],
    ['The club agreed terms with the striker.', []],
    ['The firm cited expected losses.', []],
    ['Neither man could be reached for comment.', []],
    ['Walkers could hear the sea.', []],
    ['The move could see prices rise.', ['hedge:could']],
    // Weighing an act or a question is deliberation; an "-ing" adjective after "is considered" is not.
    ['The board considered selling the unit.', []],
    ['The board considered whether to sell.', []],
    ['The task is considered daunting.', ['hedge:considered']],
    ['Most considered file-sharing illegal.', ['hedge:considered']],
    // Plural "possibilities" are options; a doubt only before "that".
    ['The archive opens up new possibilities.', []],
    ['She raised the possibility of a strike.', ['hedge:possibility']],
    ['Critics raised possibilities that rates rise.', ['hedge:possibilities']],
    // "likelihood" and "probability" measured or changed are an amount.
    ['Fences reduce the likelihood of theft.', []],
    ['Engineers calculate the probability of failure.', []],
    ['The likelihood of a deal is small.', ['hedge:likelihood']],
    // A figure after "perhaps" is approximated; "made ... likely" is an effect on the odds.
    ['The hall seats perhaps no more than 400 people.', []],
    ['Perhaps the hall is too small.', ['hedge:Perhaps']],
    ['The rain made a draw less likely.', []],
    ['The data made it more likely that rates rise.', ['hedge:likely']],
    // Nouns: "unclear" before a noun, "thought" after "of", "in view of", a modal after a preposition.
    ['He left for unclear reasons.', []],
    ['It is unclear why he left.', ['hedge:unclear']],
    ['Two schools of thought remain.', []],
    ['Critics thought highly of the film.', []],
    ['Critics thought the film was weak.', ['hedge:thought']],
    ['The deal was dropped in view of the costs.', []],
    ['He who has might wins.', []],
    ['The bill will be considered by parliament.', []],
    ['She is considered by many to be the best.', ['hedge:considered']],
    ['The board agreed unanimously to sell.', []],
    ['They check as automatically as they might switch on a radio.', []],
    ['Bullets were seen striking the ground.', []],
    ['The result was striking.', ['attitude:striking']],
    // "believe" with no clause is faith; a comma may still lead to one.
    ['Not every fan believes, but all of them sing.', []],
    ['They believe, or say they do, that the vote was fair.', ['hedge:believe']],
    // "thinking" holds a belief only before its clause.
    ['The plan rests on wishful thinking.', []],
    ['The heat left him thinking slowly.', []],
    ['The paint fools hawks into thinking that the owl is real.', ['hedge:thinking']],
    ['The sign led shoppers into thinking stock was short.', ['hedge:thinking']],
    ['Fans left the ground thinking Ms Ito had scored.', ['hedge:thinking']],
    ['The club needs fresh thinking on youth.', []],
    // "such ... as" lists examples; "as" there is no role of "appear as", "seen as".
    ['His tunes may also appear in such films as the westerns.', ['hedge:may']],
    ['The pudding is seen as a treat.', ['hedge:seen']],
    // A count in words enumerates what can be; "one possible reason" doubts the one.
    ['The walk has three possible routes.', []],
    ['One possible cause is the frost.', ['hedge:possible']],
    // Before a noun "certain" is "particular"; "as ... is known" names.
    ['The inn has a certain charm that lasts.', []],
    ['She is certain that it works.', ['booster:certain']],
    ['Riders face an almost certain delay to the line.', ['hedge:almost certain']],
    // Attributive "anticipated", "implied" and "uncertain" describe; after a subject the verb weighs.
    ['The keenly anticipated album sold well.', []],
    ['The letter held an implied threat.', []],
    ['It anticipated paying a dividend.', ['hedge:anticipated']],
    ['The map is of uncertain age.', []],
    ['The outlook is uncertain.', ['hedge:uncertain']],
    // "indication of" is a sign; "an indication that" weighs a claim.
    ['Snowdrops are the first indication of spring.', []],
    ['It is an indication that rates may rise.', ['hedge:indication', 'hedge:may']],
    // "as" before a subject is a conjunction, "as a whole" no role.
    ['Fans had a poor view of the pitch as he spoke.', []],
    ['The valley is best seen as a whole.', []],
    ['He is regarded as one of the best.', ['hedge:regarded']],
    ['The mill, as the plant is officially known, shut.', []],
    ['It is known that the dam leaks.', ['booster:known']],
    ['The risks are well known.', ['booster:known']],
    ['It is not known whether he left.', ['hedge:not known']],
    ['The cause is not yet known but tests go on.', ['hedge:not yet known']],
    ['The winner will be known on Friday.', []],
    ['The singer is known to every child.', []],
    // "find that very difficult" has a demonstrative object, no clause.
    ['Walkers found that quite tiring.', []],
    ['The study found that very few people left.', ['booster:found']],
    // A degree adverb inside "something really serious" grades.
    ['The band played something really odd.', []],
    // "shouldn't I?" asks, inside a sentence that does not.
    ['He spent the week on "should I, shouldn\'t I?" doubts.', ['self-mention:I', 'self-mention:I', 'hedge:doubts']],
    // Plural "readers" are people who read something, not the reader addressed.
    ['The paper lost readers in spring.', []],
    ['As the reader will know, it rained.', ['engagement:the reader']],
  ])('word classes from the tokens around: %s', (input, expected) => {
    expect(stanceOf(input)).toEqual(expected);
  });
});

describe('holders, sentences and attribution', () => {
  it('gives markers in a continuation paragraph of a quote to its speaker', () => {
    const article = parseArticle('Budget talks\n\nAna Ruiz, the mayor, said: “The plan is flawed and it could fail.\n\n“The risk is clearly high.”\n\nThe plan is controversial.');
    expect(article.quotes).toHaveLength(1);
    expect(article.stance.map((marker) => [marker.text, marker.holder.kind === 'speaker' ? marker.holder.quoteId : 'author'])).toEqual([
      ['flawed', article.quotes[0]?.id],
      ['could', article.quotes[0]?.id],
      ['clearly', article.quotes[0]?.id],
      ['controversial', 'author'],
    ]);
  });

  it('gives a marker inside a direct quote to its speaker', () => {
    const article = parseArticle('Mayor Ana Ruiz spoke. “This approach is flawed,” Ruiz said. The plan is controversial.');
    const ruiz = article.entities.find((entity) => entity.name === 'Ana Ruiz');
    const flawed = article.stance.find((marker) => marker.text === 'flawed');
    expect(flawed?.holder).toEqual({ kind: 'speaker', quoteId: article.quotes[0]?.id, entityId: ruiz?.id });
    expect(article.stance.find((marker) => marker.text === 'controversial')?.holder).toEqual({ kind: 'author' });
  });

  it('leaves a marker in reported speech with the author, who worded it', () => {
    const article = parseArticle('Mayor Ana Ruiz said the plan may fail.');
    expect(article.quotes[0]?.kind).toBe('indirect');
    expect(article.stance.map((marker) => [marker.text, marker.holder.kind])).toEqual([['may', 'author']]);
  });

  it('places each marker in its paragraph and sentence', () => {
    // A headline first: a short first block set off by a blank line would be read as one.
    const article = parseArticle('Storm hits coast\n\nRain fell. The match may move.\n\nFans perhaps knew that.');
    expect(article.stance.map((marker) => [marker.text, marker.paragraphId, marker.sentence])).toEqual([
      ['may', 'p1', 1],
      ['perhaps', 'p2', 0],
      ['knew', 'p2', 0],
    ]);
  });

  it('reports a loaded attribution verb as the author’s attitude, linked to its quote', () => {
    const article = parseArticle('“The count was fair,” the minister insisted.');
    const quote = article.quotes[0];
    expect(quote?.cue?.class).toBe('loaded');
    const marker = article.stance.find((item) => item.attribution !== null);
    expect(marker).toMatchObject({ kind: 'attitude', text: 'insisted', lemma: quote?.cue?.lemma, holder: { kind: 'author' }, attribution: quote?.id });
    const indirect = parseArticle('The group claimed the price rose.');
    expect(indirect.stance.map((item) => [item.kind, item.text, item.attribution])).toEqual([['attitude', 'claimed', indirect.quotes[0]?.id]]);
    expect(parseArticle('“The count was fair,” the minister said.').stance.filter((item) => item.attribution !== null)).toEqual([]);
  });
});

describe('stance summary', () => {
  const input = 'Budget row\n\nThe plan may fail. “We will win,” Ruiz said.\n\n## Outlook\n\nCosts could perhaps rise sharply.';

  it('counts markers by category and holder, per section and for the article', () => {
    const article = parseArticle(input);
    const summary = StanceSummarySchema.parse(article.stanceSummary);
    expect(summary.article.words).toBe(14);
    expect(summary.article.count).toBe(4);
    expect(summary.article.per100Words).toBe(28.57);
    expect(summary.article.byKind.hedge).toEqual({
      count: 3,
      per100Words: 21.43,
      byHolder: { author: { count: 3, per100Words: 21.43 }, speaker: { count: 0, per100Words: 0 } },
    });
    expect(summary.article.byHolder.speaker).toEqual({ count: 1, per100Words: 7.14 });
    expect(summary.sections.map((section) => [section.sectionId, section.words, section.count, section.byKind.hedge.count])).toEqual([
      ['s1', 9, 2, 1],
      ['s2', 5, 2, 2],
    ]);
  });

  it('gives zero densities for an article without paragraphs', () => {
    const summary = parseArticle('# Budget row').stanceSummary;
    expect(summary.article).toMatchObject({ words: 0, count: 0, per100Words: 0 });
  });
});

describe('options.lexicon', () => {
  it('adds entries and replaces built-in ones', () => {
    const options = {
      lexicon: {
        stance: [
          { phrase: 'game-changing', lemma: 'game-changing', kind: 'attitude' },
          { phrase: 'controversial', lemma: 'controversial', kind: 'booster' },
        ],
      },
    } satisfies ParseOptions;
    expect(stanceOf('A game-changing and controversial plan.', options)).toEqual(['attitude:game-changing', 'booster:controversial']);
    expect(stanceOf('A game-changing and controversial plan.')).toEqual(['attitude:controversial']);
  });

  it('refuses malformed entries with one error naming each, rather than crashing inside', () => {
    const stance = [
      { phrase: '  ', lemma: 'x', kind: 'hedge' },
      { phrase: 'plan', lemma: 'plan', kind: 'opinion' },
      { phrase: ',', lemma: 'comma', kind: 'hedge' },
      { phrase: 'seen', lemma: 'see', kind: 'hedge', needs: 'as' },
    ] as unknown as StanceEntry[];
    expect(() => stanceOf('The plan could fail, sadly.', { lexicon: { stance } })).toThrow(
      expect.objectContaining({
        code: 'NEWSMARK_INVALID_OPTIONS',
        problems: [
          'Unexpected `lexicon.stance[0]`: expected `phrase` to be a non-empty string',
          'Unexpected `lexicon.stance[1]`: expected `kind` to be one of hedge, booster, attitude, self-mention, engagement',
          'Unexpected `lexicon.stance[3]`: expected `needs` to be an array of strings',
        ],
      }),
    );
  });

  it('reads an entry that is well formed but matches no word (a comma) as no marker', () => {
    const stance = [{ phrase: ',', lemma: 'comma', kind: 'hedge' }] satisfies StanceEntry[];
    expect(stanceOf('The plan could fail, sadly.', { lexicon: { stance } })).toEqual(['hedge:could', 'attitude:sadly']);
  });

  it('matches the example in the JSDoc', () => {
    expect(parseArticle('The talks could collapse, officials fear.').stance.map((marker) => marker.text)).toEqual(['could', 'fear']);
  });
});
