// The word class of a quote's cue, read from the tokens before it. The loaded-attribution-verb
// rule and the stance extractor both read it, so they agree: a loaded verb ("she claimed") is
// the author's attitude and a warning; a noun of saying ("Lee's claim that") is neither.
import { CUE_NOUN_DETERMINERS } from '../lexicon/cues.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { DocumentModel } from '../model/document.js';
import { lastAtOrBefore } from '../model/search.js';
import type { Token } from '../model/tokenize.js';
import type { Span } from '../schema/span.js';

/** Whether a cue is a verb of saying or a noun of saying. */
export type CueWordClass = 'verb' | 'noun';

/** Whether token `at` makes a possessive of the word before it: "Lee's", "officials'". */
function isPossessive(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at]!;
  const owner = tokens[at - 1];
  if (owner === undefined || owner.end !== mark.start || owner.sentence !== mark.sentence) return false;
  // "Lee's claim", but not "it's claimed" or "that's denied", where "'s" is "is".
  if (mark.kind === 'clitic') return (mark.lower === "'s" || mark.lower === '\u2019s') && !FUNCTION_WORDS.has(owner.lower);
  if (mark.kind !== 'quote' || (mark.text !== "'" && mark.text !== '\u2019') || owner.kind !== 'word' || !owner.lower.endsWith('s')) return false;
  // "the ‘winners’ insisted": the mark closes a single quote opened before it in the sentence.
  for (let back = at - 2; back >= 0 && tokens[back]!.sentence === mark.sentence; back--) {
    const token = tokens[back]!;
    if (token.opens && (token.text === '\u2018' || token.text === "'")) return false;
  }
  return true;
}

/**
 * The word class of the cue at `span`: a noun after a determiner or a possessive in its
 * sentence ("his claim", "the attacks", "Lee's denial"), else a verb.
 *
 * @param document The document model.
 * @param span The cue's span; its first token is read.
 * @returns `'noun'` or `'verb'`.
 * @example
 * ```ts
 * cueWordClass(document, quote.cue.span); // 'noun' for "Lee's claim that …"
 * ```
 */
export function cueWordClass(document: DocumentModel, span: Span): CueWordClass {
  const { tokens } = document;
  const at = lastAtOrBefore(tokens, span.start, (token) => token.start);
  if (at < 1 || tokens[at]!.start !== span.start) return 'verb';
  const previous = tokens[at - 1]!;
  if (previous.sentence !== tokens[at]!.sentence) return 'verb';
  if (CUE_NOUN_DETERMINERS.has(previous.lower)) return 'noun';
  return isPossessive(tokens, at - 1) ? 'noun' : 'verb';
}
