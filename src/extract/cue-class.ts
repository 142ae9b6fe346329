// The word class of a quote's cue, read from the tokens before it. The loaded-attribution-verb
// rule and the stance extractor both read it, so they agree: a loaded verb ("she claimed") is
// the author's attitude and a warning; a noun of saying ("Lee's claim that") is neither.
import { CUE_NOUN_DETERMINERS } from '../lexicon/cues.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { DocumentModel } from '../model/document.js';
import type { TokenStore } from '../model/tokenize.js';
import type { Span } from '../schema/span.js';

/** Whether a cue is a verb of saying or a noun of saying. */
export type CueWordClass = 'verb' | 'noun';

/** Whether token `at` makes a possessive of the word before it: "Lee's", "officials'". */
function isPossessive(tokens: TokenStore, at: number): boolean {
  const owner = at - 1;
  if (owner < 0 || tokens.end(owner) !== tokens.start(at) || tokens.sentence(owner) !== tokens.sentence(at)) return false;
  // "Lee's claim", but not "it's claimed" or "that's denied", where "'s" is "is".
  if (tokens.kind(at) === 'clitic') return (tokens.lower(at) === "'s" || tokens.lower(at) === '\u2019s') && !FUNCTION_WORDS.has(tokens.lower(owner));
  if (tokens.kind(at) !== 'quote' || (tokens.text(at) !== "'" && tokens.text(at) !== '\u2019') || tokens.kind(owner) !== 'word' || !tokens.lower(owner).endsWith('s')) return false;
  // "the ‘winners’ insisted": the mark closes a single quote opened before it in the sentence.
  for (let back = at - 2; back >= 0 && tokens.sentence(back) === tokens.sentence(at); back--) {
    if (tokens.opens(back) && (tokens.text(back) === '\u2018' || tokens.text(back) === "'")) return false;
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
  const at = tokens.lastAtOrBefore(span.start);
  if (at < 1 || tokens.start(at) !== span.start) return 'verb';
  const previous = at - 1;
  if (tokens.sentence(previous) !== tokens.sentence(at)) return 'verb';
  if (CUE_NOUN_DETERMINERS.has(tokens.lower(previous))) return 'noun';
  return isPossessive(tokens, at - 1) ? 'noun' : 'verb';
}
