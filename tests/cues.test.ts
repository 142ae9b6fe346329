import { describe, expect, it } from 'vitest';
import { CUE_VERBS, verbForms } from '../src/lexicon/cues.js';

const formsOf = (lemma: string) => CUE_VERBS.find((verb) => verb.lemma === lemma)?.forms ?? [];

describe('cue lexicon inflections', () => {
  it.each([
    ['say', ['say', 'says', 'said', 'saying']],
    ['plan', ['plan', 'plans', 'planned', 'planning']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['testify', ['testify', 'testifies', 'testified', 'testifying']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['go on', ['go on', 'goes on', 'went on', 'gone on', 'going on']],
    ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
  ])('%s', (lemma, forms) => {
    expect([...formsOf(lemma)].sort()).toEqual([...forms].sort());
  });

  it('spells both -ise and -ize, and both doublings where asked', () => {
    expect(formsOf('emphasise')).toEqual(expect.arrayContaining(['emphasised', 'emphasized', 'emphasizing']));
    expect(verbForms('signal', { double: 'both' })).toEqual(expect.arrayContaining(['signalled', 'signaled']));
  });

  // One-syllable verbs ending consonant-vowel-consonant double the consonant ("plan", "planned"):
  // a lemma that does not is misspelt in the lexicon ("planed").
  it('doubles the last consonant of every one-syllable CVC cue verb', () => {
    for (const verb of CUE_VERBS) {
      const head = verb.lemma.split(' ')[0]!;
      if (!/^[^aeiou]*[aeiou][bdfgklmnprtv]$/u.test(head)) continue;
      const past = verb.forms.filter((form) => form.split(' ')[0]!.endsWith('ed'));
      for (const form of past) expect(form.split(' ')[0], verb.lemma).not.toBe(`${head}ed`);
    }
  });
});
