// Quote marks: pairing them per paragraph (and over paragraphs that reopen a quote), and telling a
// quotation from quoted words inside the writer's own sentence.
import type { DocumentModel } from '../../model/document.js';
import { type Problem, problem } from '../../model/problem.js';
import { CLOSE_MARKS, OPEN_MARKS, type TokenStore } from '../../model/tokenize.js';
import type { Span } from '../../schema/span.js';
import { DETERMINERS } from '../../lexicon/attribution.js';
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
  return { start: document.tokens.start(from), end: document.tokens.end(to - 1) };
}

/** Whether tokens `index - 1` and `index` are both `char`, written against each other. */
function joined(tokens: TokenStore, index: number, char: string): boolean {
  return index > 0 && index < tokens.length && tokens.text(index) === char && tokens.text(index - 1) === char && tokens.end(index - 1) === tokens.start(index);
}

/**
 * The width in tokens of a typewriter double mark starting at `index`: two apostrophes (which
 * close, or open too) or two backticks (which open), as the New York Times and TeX-style text
 * write quotation marks; 0 when none starts there. Of three apostrophes, the double mark is on
 * the outside: after a word the first one closes a nested single quote, before one the last
 * one opens it.
 */
function typewriterWidth(tokens: TokenStore, index: number): number {
  const char = tokens.text(index);
  if (char !== "'" && char !== '`') return 0;
  let runStart = index;
  while (joined(tokens, runStart, char)) runStart--;
  let runEnd = index + 1;
  while (joined(tokens, runEnd, char)) runEnd++;
  const length = runEnd - runStart;
  if (length < 2) return 0;
  // A mark of a run, with a mark right after it, opens when a space, a bracket or a dash (or
  // nothing) stands before it: so the run's first one tells what is before the run.
  const pairStart = length === 3 && !tokens.opens(runStart) ? runStart + 1 : runStart;
  return index === pairStart ? 2 : 0;
}

/** A double quote mark: its width in tokens, whether it opens, its style and its text. */
interface Mark {
  width: number;
  opens: boolean;
  style: 'straight' | 'curly' | 'typewriter';
  text: string;
}

/** The double quote mark starting at token `index`, of any shape, or undefined. */
function markAt(document: DocumentModel, index: number): Mark | undefined {
  const { tokens } = document;
  const text = tokens.text(index);
  if (isDoubleMark(tokens, index)) return { width: 1, opens: tokens.opens(index), style: text === '"' ? 'straight' : 'curly', text };
  const width = typewriterWidth(tokens, index);
  if (width === 0) return undefined;
  const last = index + width - 1;
  // The first mark opens by what stands before it (the second one is right after it), and the
  // pair opens when no space follows it.
  const opening = text === '`' || (tokens.opens(index) && !tokens.spaceAfter(last));
  return { width, opens: opening, style: 'typewriter', text: text + tokens.text(last) };
}

/** Whether token `index` is a double quote mark or a part of one of two apostrophes or backticks (`''`, ``` `` ```). */
export function isDoubleMarkAt(tokens: TokenStore, index: number): boolean {
  if (isDoubleMark(tokens, index)) return true;
  const text = tokens.text(index);
  return (text === "'" || text === '`') && (joined(tokens, index + 1, text) || joined(tokens, index, text));
}

/**
 * Pair double quote marks in each paragraph. A paragraph that opens a quote without closing it
 * continues into the next paragraph when that one reopens it (BBC and AP style); any other
 * unpaired mark is reported and left as text. A quote's `open` is the first token of its
 * opening mark and `close` the last token of its closing mark.
 */
export function pairQuoteMarks(document: DocumentModel, problems: Problem[]): Quoted[] {
  const { tokens } = document;
  const found: Quoted[] = [];
  let carried: Quoted | undefined;
  let carriedStyle: Mark['style'] | undefined;
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    let open: number | undefined;
    // Where the open quote's content starts, after its mark.
    let from = 0;
    let nested = 0;
    let pieces: Span[] = [];
    // Read by index, not destructured: the iterator protocol of `[first, end] =` makes the callback
    // bigger to compile.
    const first = block.tokens[0];
    const end = block.tokens[1];
    // The paragraph that goes on with a quote reopens it with a mark of the same style.
    const reopening = carried && first < end ? markAt(document, first) : undefined;
    if (carried && !(reopening?.opens && reopening.style === carriedStyle)) {
      problems.push(unbalanced(document, carried.open));
      carried = undefined;
    }
    for (let index = first; index < end; index++) {
      const token = index;
      if (tokens.kind(token) === 'word' || tokens.kind(token) === 'number') continue;
      const mark = markAt(document, index);
      if (!mark) continue;
      const next = index + mark.width;
      if (mark.opens && open === undefined) {
        open = index;
        from = next;
        carriedStyle = mark.style;
        if (carried) pieces = carried.pieces;
        index = next - 1;
        continue;
      }
      if (open === undefined) {
        problems.push(unbalanced(document, index));
        index = next - 1;
        continue;
      }
      // An opening mark right after a sentence's end, while a quote is open, carries the quote
      // on: paragraphs of one quote run together on a line (`… today. "The second half …`).
      const reopens = nested === 0 && TERMINALS.has(tokens.text(index - 1)) && mark.opens;
      // An opening curly mark written against the words before it and followed by a space or
      // the line's end closes the quote, a slip of the keyboard ("“Not yet,“ he said.").
      const misturned = nested === 0 && mark.style === 'curly' && OPEN_MARKS.has(tokens.text(token)) && tokens.end(index - 1) === tokens.start(token) && (tokens.spaceAfter(token) || index + 1 >= end || tokens.breakBefore(index + 1));
      if (!misturned && (OPEN_MARKS.has(tokens.text(token)) || tokens.text(token) === '`' || reopens)) {
        // An opening mark cannot close. At the start of a line it reopens the quote that ran to
        // the line's end (the paragraph convention, with line breaks); elsewhere it is a nested
        // quote in marks of the same shape, whose closing mark is skipped too.
        if (reopens || tokens.breakBefore(token)) {
          const span = contentSpan(document, from, index);
          // The quote's piece list grows in place: copying it for every line or paragraph it
          // runs over would make a long run of them quadratic.
          if (span) pieces.push(span);
          carried = { open: carried?.open ?? open, close: -1, pieces, block: blockIndex };
          open = index;
          from = next;
        } else nested++;
        index = next - 1;
        continue;
      }
      if (nested > 0 && (CLOSE_MARKS.has(tokens.text(token)) || mark.style === 'typewriter')) {
        nested--;
        index = next - 1;
        continue;
      }
      const span = contentSpan(document, from, index);
      const start = carried ?? { open, block: blockIndex };
      if (span) {
        pieces.push(span);
        found.push({ open: start.open, close: next - 1, pieces, block: blockIndex });
      }
      carried = undefined;
      open = undefined;
      pieces = [];
      index = next - 1;
    }
    if (open !== undefined) {
      const span = contentSpan(document, from, end);
      if (span) pieces.push(span);
      carried = { open: carried?.open ?? open, close: -1, pieces, block: blockIndex };
    }
  });
  if (carried) problems.push(unbalanced(document, carried.open));
  return found;
}

function unbalanced(document: DocumentModel, index: number): Problem {
  const text = markAt(document, index)?.text ?? document.tokens.text(index);
  return { ...problem('unbalanced-quote-mark', { start: document.tokens.start(index), end: document.tokens.start(index) + text.length }, text), actual: text };
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
  const previous = open - 1;
  if (previous < 0 || tokens.sentence(previous) !== tokens.sentence(open) || tokens.sentence(previous) < 0) return false;
  // "said that, “…”": the quotation is inside the reported clause.
  if (tokens.text(previous) === ',' && tokens.lowerAt(open - 2) === 'that') return true;
  if (tokens.kind(previous) === 'punct' || tokens.kind(previous) === 'quote') return false;
  // "… in Columbia, S.C. “It seems …”": an abbreviation's stop may end the sentence too, when a
  // capital opens the quoted words.
  if (tokens.text(previous).endsWith('.') && tokens.capAt(open + 1)) return false;
  // A mark that opens a line opens a quotation, whatever ended the line before.
  if (tokens.breakBefore(open)) return false;
  // After a determiner a cue word is a noun: "called the plan “rotten”", "her claim “…”".
  if (DETERMINERS.has(tokens.lowerAt(open - 2) ?? '')) return true;
  const cue = CUE_FORMS.get(tokens.lower(previous));
  return !cue?.some((form) => form.words.length === 1);
}

/**
 * Whether quoted words right after a cue are a fragment of the sentence that goes on after them
 * ("he said “budget reforms” and unpaid taxes would pay for it"): no comma or colon introduces
 * them, and words of the same clause follow the closing mark.
 */
export function isRunOn(document: DocumentModel, quoted: Quoted): boolean {
  const { tokens } = document;
  const previous = quoted.open - 1;
  const following = quoted.close + 1;
  if (previous < 0 || tokens.kind(previous) !== 'word' || tokens.sentence(previous) !== tokens.sentence(quoted.open)) return false;
  // A complete utterance stays a quotation: chanted “Four more years!” as she spoke.
  // The stop before the closing mark, which may be two tokens wide (`''`).
  let last = quoted.close - 1;
  while (last > quoted.open && tokens.kind(last) === 'quote' && tokens.end(last) === tokens.start(last + 1)) last--;
  if (TERMINALS.has(tokens.text(last))) return false;
  return following < tokens.length && tokens.kind(following) === 'word' && !tokens.cap(following) && tokens.sentence(following) === tokens.sentence(quoted.close) && !cueAt(tokens, quoted.close + 1, tokens.length);
}
