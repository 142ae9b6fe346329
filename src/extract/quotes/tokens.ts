// What a single token is, for every quote finder: a leaf module, so the finders share these
// tests without importing each other.
import { CLOSE_MARKS, OPEN_MARKS, type Token } from '../../model/tokenize.js';

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
