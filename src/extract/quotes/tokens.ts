// What a single token is, for every quote finder: a leaf module, so the finders share these
// tests without importing each other.
import { CLOSE_MARKS, OPEN_MARKS, type TokenStore } from '../../model/tokenize.js';

/** Marks that end a sentence. */
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '\u2026']);

/** Whether token `at` is a double quote mark of any shape (straight, curly, guillemet, low-9). */
export function isDoubleMark(tokens: TokenStore, at: number): boolean {
  if (tokens.kind(at) !== 'quote') return false;
  const text = tokens.text(at);
  return text === '"' || OPEN_MARKS.has(text) || CLOSE_MARKS.has(text);
}

/** Punctuation or a quote mark at the edge of a clause, trimmed from its content (brackets stay). */
export function isEdge(tokens: TokenStore, at: number): boolean {
  const kind = tokens.kind(at);
  if (kind !== 'punct' && kind !== 'quote') return false;
  const text = tokens.text(at);
  return !/[\p{L}\p{N}]/u.test(text) && text !== ')' && text !== ']';
}
