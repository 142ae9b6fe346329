// What a single token is, for every quote finder: a leaf module, so the finders share these
// tests without importing each other.
import type { Token } from '../../model/tokenize.js';

/** Double quote marks that only open (curly, guillemet, low-9). */
export const OPEN_MARKS: ReadonlySet<string> = new Set(['\u201c', '\u00ab', '\u201e']);
/** Double quote marks that only close. */
export const CLOSE_MARKS: ReadonlySet<string> = new Set(['\u201d', '\u00bb']);

/** Marks that end a sentence. */
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '\u2026']);

/** A double quote mark of any shape (straight, curly, guillemet, low-9). */
export function isDoubleMark(token: Token): boolean {
  return token.kind === 'quote' && (token.text === '"' || OPEN_MARKS.has(token.text) || CLOSE_MARKS.has(token.text));
}

/** Punctuation or a quote mark at the edge of a clause, trimmed from its content (brackets stay). */
export function isEdge(token: Token): boolean {
  return (token.kind === 'punct' || token.kind === 'quote') && !/[\p{L}\p{N}]/u.test(token.text) && token.text !== ')' && token.text !== ']';
}
