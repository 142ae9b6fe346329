import { describe, expect, it } from 'vitest';
import { CUE_FORMS } from '../src/lexicon/cues.ts';
import { phraseAt, phraseIndex } from '../src/lexicon/phrase-index.ts';

const phrases = [
  { words: ['point'], id: 'point' },
  { words: ['point', 'out'], id: 'point out' },
  { words: ['point', 'to'], id: 'point to' },
  { words: ['as', 'per'], id: 'as per' },
];
const index = phraseIndex(phrases);

describe('phraseIndex', () => {
  it('keeps phrases by first word, longest first, equal lengths in the order given', () => {
    expect(index.get('point')?.map((phrase) => phrase.id)).toEqual(['point out', 'point to', 'point']);
    expect(index.get('out')).toBeUndefined();
  });

  it.each([
    ['point out the risk', 0, 4, 'point out', 2],
    ['point to it', 0, 3, 'point to', 2],
    ['point out', 0, 1, 'point', 1], // the longer phrase runs past `end`
    ['to point', 1, 2, 'point', 2],
    ['as of', 0, 2, undefined, undefined],
    ['nothing here', 0, 2, undefined, undefined],
  ])('%s from %i to %i: %s', (text, at, end, id, phraseEnd) => {
    const words = text.split(' ');
    const found = phraseAt(index, at, end, (position) => words[position]);
    expect(found?.phrase.id).toBe(id);
    expect(found?.end).toBe(phraseEnd);
  });

  it.each([
    ['point outward', false, 'point'],
    ['point outward', true, 'point out'],
    ['point totally', true, 'point to'],
    ['pointed out', true, undefined], // only the last word of a longer phrase may run on
    ['as perhaps', true, 'as per'],
  ])('%s, last word open %s: %s', (text, open, id) => {
    const words = text.split(' ');
    expect(phraseAt(index, 0, words.length, (position) => words[position], open)?.phrase.id).toBe(id);
  });

  it('indexes every form of every cue verb', () => {
    expect(CUE_FORMS.get('pointed')?.some((form) => form.words.join(' ') === 'pointed out')).toBe(true);
    expect(CUE_FORMS.get('said')?.[0]?.verb.lemma).toBe('say');
  });
});
