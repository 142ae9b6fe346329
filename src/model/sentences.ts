import { ABBREVIATIONS, ABBREVIATIONS_MAY_END } from '../lexicon/abbreviations.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { Token } from './tokenize.js';

const TERMINAL = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set([')', ']', '\u201d', '\u2019', '\u00bb', '\u203a']);
const OPENERS = new Set(['(', '[', '\u201c', '\u2018', '\u00ab', '\u2039']);

/** Straight quote marks close when nothing but punctuation precedes them in the token run. */
function closesHere(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (CLOSERS.has(token.text)) return true;
  if (token.text !== '"' && token.text !== "'") return false;
  const previous = tokens[index - 1];
  return previous !== undefined && previous.end === token.start;
}

function startsSentence(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'number') return true;
  if (token.kind === 'quote' || OPENERS.has(token.text)) return true;
  return token.cap;
}

function isAbbreviationStop(tokens: readonly Token[], dot: number): boolean {
  const before = tokens[dot - 1];
  if (!before || before.end !== tokens[dot]!.start) return false;
  const next = tokens[dot + 1];
  if (before.kind === 'word' && ABBREVIATIONS.has(before.text)) return true;
  if (before.kind === 'word' && ABBREVIATIONS_MAY_END.has(before.text)) {
    return !(next && FUNCTION_WORDS.has(next.lower));
  }
  // An initial ("J. Smith") or a dotted acronym ("U.S.") before a name.
  if (/^\p{Lu}$/u.test(before.text)) return true;
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(before.text)) return !(next && FUNCTION_WORDS.has(next.lower));
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
export function splitSentences(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let first = from;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    // A dotted acronym carries its own final period: it ends a sentence only before a word
    // that cannot go on a name ("in the U.S. The talks").
    const acronym = token.kind === 'word' && token.text.endsWith('.');
    if (!acronym && (token.kind !== 'punct' || !TERMINAL.has(token.text))) continue;
    if (acronym && !(tokens[index + 1]?.cap && FUNCTION_WORDS.has(tokens[index + 1]!.lower))) continue;
    let last = index;
    while (last + 1 < to && (TERMINAL.has(tokens[last + 1]!.text) || closesHere(tokens, last + 1))) last++;
    if (last + 1 >= to) break;
    if (!startsSentence(tokens[last + 1])) continue;
    if (token.text === '.' && isAbbreviationStop(tokens, index)) continue;
    ranges.push([first, last + 1]);
    first = last + 1;
    index = last;
  }
  if (first < to) ranges.push([first, to]);
  return ranges;
}
