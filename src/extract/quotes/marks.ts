// Quote marks: pairing them per paragraph (and over paragraphs that reopen a quote), and telling a
// quotation from quoted words inside the writer's own sentence.
import type { DocumentModel } from '../../model/document.js';
import { type Problem, problem } from '../../model/problem.js';
import { CLOSE_MARKS, OPEN_MARKS, type Token } from '../../model/tokenize.js';
import type { Span } from '../../schema/span.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { cueAt } from './phrases.js';
import { isDoubleMark, TERMINALS } from './tokens.js';

/** A pair of quote marks and the text between them. */
export interface Quoted {
  open: number;
  close: number;
  /** Content pieces (one per paragraph for a quote that runs over several). */
  pieces: Span[];
  block: number;
}

function contentSpan(document: DocumentModel, from: number, to: number): Span | undefined {
  if (to <= from) return undefined;
  return { start: document.tokens[from]!.start, end: document.tokens[to - 1]!.end };
}

/**
 * Pair double quote marks in each paragraph. A paragraph that opens a quote without closing it
 * continues into the next paragraph when that one reopens it (BBC and AP style); any other
 * unpaired mark is reported and left as text.
 */
export function pairQuoteMarks(document: DocumentModel, problems: Problem[]): Quoted[] {
  const { tokens } = document;
  const found: Quoted[] = [];
  let carried: Quoted | undefined;
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    let open: number | undefined;
    let nested = 0;
    let pieces: Span[] = [];
    const [first, end] = block.tokens;
    // The paragraph that goes on with a quote reopens it with a mark of the same style.
    if (carried && !(first < end && isDoubleMark(tokens[first]!) && tokens[first]!.opens && (tokens[first]!.text === '"') === (tokens[carried.open]!.text === '"'))) {
      problems.push(unbalanced(tokens[carried.open]!));
      carried = undefined;
    }
    for (let index = first; index < end; index++) {
      const token = tokens[index]!;
      if (!isDoubleMark(token)) continue;
      if (token.opens && open === undefined) {
        open = index;
        if (carried) pieces = carried.pieces;
        continue;
      }
      if (open === undefined) {
        problems.push(unbalanced(token));
        continue;
      }
      // An opening mark right after a sentence's end, while a quote is open, carries the quote
      // on: paragraphs of one quote run together on a line (`… today. "The second half …`).
      const reopens = nested === 0 && TERMINALS.has(tokens[index - 1]!.text) && token.opens;
      if (OPEN_MARKS.has(token.text) || reopens) {
        // An opening mark cannot close. At the start of a line it reopens the quote that ran to
        // the line's end (the paragraph convention, with line breaks); elsewhere it is a nested
        // quote in marks of the same shape, whose closing mark is skipped too.
        if (reopens || token.breakBefore) {
          const span = contentSpan(document, open + 1, index);
          // The quote's piece list grows in place: copying it for every line or paragraph it
          // runs over would make a long run of them quadratic.
          if (span) pieces.push(span);
          carried = { open: carried?.open ?? open, close: -1, pieces, block: blockIndex };
          open = index;
        } else nested++;
        continue;
      }
      if (nested > 0 && CLOSE_MARKS.has(token.text)) {
        nested--;
        continue;
      }
      const span = contentSpan(document, open + 1, index);
      const start = carried ?? { open, block: blockIndex };
      if (span) {
        pieces.push(span);
        found.push({ open: start.open, close: index, pieces, block: blockIndex });
      }
      carried = undefined;
      open = undefined;
      pieces = [];
    }
    if (open !== undefined) {
      const span = contentSpan(document, open + 1, end);
      if (span) pieces.push(span);
      carried = { open: carried?.open ?? open, close: -1, pieces, block: blockIndex };
    }
  });
  if (carried) problems.push(unbalanced(tokens[carried.open]!));
  return found;
}

function unbalanced(token: Token): Problem {
  return { ...problem('unbalanced-quote-mark', { start: token.start, end: token.end }, token.text), actual: token.text };
}

/**
 * Whether quoted words open inside a sentence of the writer's own ("described as “an intentional
 * act”", "was “disgusting”"): a fragment, not a quotation. It is left to the reported clause it
 * belongs to (a mixed quote), or to no quote at all when nobody is said to have said it (scare
 * quotes, titles). Only a mark at the start of a sentence or after a comma, colon, dash or a
 * speech verb opens a quotation.
 */
export function isEmbedded(document: DocumentModel, open: number): boolean {
  const { tokens } = document;
  const previous = tokens[open - 1];
  if (!previous || previous.sentence !== tokens[open]!.sentence || previous.sentence < 0) return false;
  // "said that, “…”": the quotation is inside the reported clause.
  if (previous.text === ',' && tokens[open - 2]?.lower === 'that') return true;
  if (previous.kind === 'punct' || previous.kind === 'quote') return false;
  // A mark that opens a line opens a quotation, whatever ended the line before.
  if (tokens[open]!.breakBefore) return false;
  const cue = CUE_FORMS.get(previous.lower);
  return !cue?.some((form) => form.words.length === 1);
}

/**
 * Whether quoted words right after a cue are a fragment of the sentence that goes on after them
 * ("he said “budget reforms” and unpaid taxes would pay for it"): no comma or colon introduces
 * them, and words of the same clause follow the closing mark.
 */
export function isRunOn(document: DocumentModel, quoted: Quoted): boolean {
  const { tokens } = document;
  const previous = tokens[quoted.open - 1];
  const following = tokens[quoted.close + 1];
  if (!previous || previous.kind !== 'word' || previous.sentence !== tokens[quoted.open]!.sentence) return false;
  // A complete utterance stays a quotation: chanted “Four more years!” as she spoke.
  if (TERMINALS.has(tokens[quoted.close - 1]!.text)) return false;
  return following !== undefined && following.kind === 'word' && !following.cap && following.sentence === tokens[quoted.close]!.sentence && !cueAt(tokens, quoted.close + 1, tokens.length);
}
