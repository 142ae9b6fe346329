import { ABBREVIATIONS, ABBREVIATIONS_MAY_END } from '../lexicon/abbreviations.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { TokenStore } from './token-store.js';

const TERMINAL = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set([')', ']', '\u201d', '\u2019', '\u00bb', '\u203a']);
const OPENERS = new Set(['(', '[', '\u201c', '\u2018', '\u00ab', '\u2039']);

/** Straight quote marks close when nothing but punctuation precedes them in the token run. */
function closesHere(tokens: TokenStore, index: number): boolean {
  if (index >= tokens.length) return false;
  const text = tokens.text(index);
  if (CLOSERS.has(text)) return true;
  if (text !== '"' && text !== "'") return false;
  return index > 0 && tokens.end(index - 1) === tokens.start(index);
}

function startsSentence(tokens: TokenStore, index: number): boolean {
  if (index >= tokens.length) return false;
  const kind = tokens.kind(index);
  if (kind === 'number') return true;
  if (kind === 'quote' || OPENERS.has(tokens.text(index))) return true;
  return tokens.cap(index);
}

function isAbbreviationStop(tokens: TokenStore, dot: number): boolean {
  const before = dot - 1;
  if (before < 0 || tokens.end(before) !== tokens.start(dot)) return false;
  const next = dot + 1 < tokens.length ? dot + 1 : -1;
  const text = tokens.text(before);
  if (tokens.kind(before) === 'word' && ABBREVIATIONS.has(text)) return true;
  if (tokens.kind(before) === 'word' && ABBREVIATIONS_MAY_END.has(text)) {
    return !(next !== -1 && FUNCTION_WORDS.has(tokens.lower(next)));
  }
  // An initial ("J. Smith") or a dotted acronym ("U.S.") before a name.
  if (/^\p{Lu}$/u.test(text)) return true;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(text)) return !(next !== -1 && FUNCTION_WORDS.has(tokens.lower(next)));
  return false;
}

/**
 * Split a run of tokens (one paragraph) into sentences: after `.`, `!`, `?` or `…` and any
 * closing quotes or brackets, when the next token starts a sentence. A sentence inside a
 * quotation is a sentence of its own; abbreviations and initials do not end sentences.
 *
 * @param tokens All tokens of the document.
 * @param from First token of the paragraph.
 * @param to End of the paragraph's tokens, exclusive.
 * @returns `[first, end)` token ranges, one per sentence.
 */
export function splitSentences(tokens: TokenStore, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let first = from;
  for (let index = from; index < to; index++) {
    const kind = tokens.kind(index);
    const text = tokens.text(index);
    // A dotted acronym carries its own final period: it ends a sentence only before a word
    // that cannot go on a name ("in the U.S. The talks").
    const acronym = kind === 'word' && text.endsWith('.');
    if (!acronym && (kind !== 'punct' || !TERMINAL.has(text))) continue;
    if (acronym && !(index + 1 < tokens.length && tokens.cap(index + 1) && FUNCTION_WORDS.has(tokens.lower(index + 1)))) continue;
    let last = index;
    while (last + 1 < to && (TERMINAL.has(tokens.text(last + 1)) || closesHere(tokens, last + 1))) last++;
    if (last + 1 >= to) break;
    if (!startsSentence(tokens, last + 1)) continue;
    if (text === '.' && isAbbreviationStop(tokens, index)) continue;
    ranges.push([first, last + 1]);
    first = last + 1;
    index = last;
  }
  if (first < to) ranges.push([first, to]);
  return ranges;
}
