import { describe, expect, it } from 'vitest';
import { cueWordClass } from '../src/extract/cue-class.ts';
import { documentOf } from './support/document.ts';
import { tokenList } from '../src/model/token-store.ts';

describe('cueWordClass, the word class the rule and stance read a cue with', () => {
  it.each([
    ['Lee claimed the vote was rigged.', 'claimed', 'verb'],
    ['The claim was false.', 'claim', 'noun'],
    ['Her claim was false.', 'claim', 'noun'],
    ['Such claims were false.', 'claims', 'noun'],
    ['Tom Reed’s claim was false.', 'claim', 'noun'],
    ["Tom Reed's claim was false.", 'claim', 'noun'],
    ['The officials’ claims were false.', 'claims', 'noun'],
    // "’s" as "is", and a closing single quote, make no possessive.
    ['It’s claimed the vote was rigged.', 'claimed', 'verb'],
    ['That’s denied by Lee.', 'denied', 'verb'],
    ['The ‘winners’ insisted they won.', 'insisted', 'verb'],
    // Markup between them does not hide the determiner; a sentence's end does.
    ['The *claim* was false.', 'claim', 'noun'],
    ['Votes were counted by the\n\nClaims followed.', 'Claims', 'verb'],
  ])('%s: %s is a %s', (text, cue, expected) => {
    const document = documentOf(text, { guessHeadline: false });
    const token = tokenList(document.tokens).find((candidate) => candidate.text === cue)!;
    expect(cueWordClass(document, { start: token.start, end: token.end })).toBe(expected);
  });
});
