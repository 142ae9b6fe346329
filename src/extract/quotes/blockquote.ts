import type { DocumentModel } from '../../model/document.js';
import { type Problem, problem } from '../../model/problem.js';
import type { Quote } from '../../schema/quote.js';
import type { Span } from '../../schema/span.js';
import type { LinkedMention } from '../entities.js';
import { DASH_CUE, DASHES } from './direct.js';
import { contentOf } from './lookup.js';
import { isDoubleMarkAt } from './marks.js';
import { toCue, toSpeaker } from './phrases.js';

/** Words at most in a dash credit ("— Ana Ruiz, mayor of Portville"). */
const CREDIT_LIMIT = 10;

/**
 * Markdown block quotes without quote marks: the block quote is the quotation (a statement, a
 * post, an excerpt), credited by a dash line or a closing dash ("> We will win.\n> — Ana Ruiz").
 * Block quotes that hold quote marks are left to the quote-mark pairing, and a block quote no
 * one is credited with is reported, as any quotation without a speaker.
 *
 * @param document The document model.
 * @param mentions Entity mentions, sorted by start, to link the speaker.
 * @param covered Tokens already inside a quote, marked 1.
 * @param problems Problems found, appended to.
 * @returns The block quotes as direct quotes.
 */
export function blockQuotes(document: DocumentModel, mentions: readonly LinkedMention[], covered: Uint8Array, problems: Problem[]): Omit<Quote, 'id'>[] {
  const { blocks, tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  for (let index = 0; index < blocks.length; index++) {
    if (!blocks[index]!.blockquote || blocks[index]!.kind !== 'paragraph') continue;
    let end = index;
    while (end + 1 < blocks.length && blocks[end + 1]!.blockquote && blocks[end + 1]!.kind === 'paragraph') end++;
    const group = blocks.slice(index, end + 1);
    index = end;
    const from = group[0]!.tokens[0];
    const to = group.at(-1)!.tokens[1];
    let marked = false;
    for (let at = from; at < to && !marked; at++) marked = covered[at] === 1 || isDoubleMarkAt(tokens, at);
    if (marked || to === from) continue;

    // The credit: the last dash in the last block, followed by a short run of words to its end.
    let dash = -1;
    for (let at = group.at(-1)!.tokens[0]; at < to; at++) if (DASHES.has(tokens.text(at))) dash = at;
    // The credit's words are inside the block quote: a dash that ends it credits no one.
    const credited = dash >= 0 && dash + 1 < to && to - dash - 1 <= CREDIT_LIMIT && tokens.cap(dash + 1);
    let speakerEnd = dash + 1;
    while (credited && speakerEnd < to && tokens.text(speakerEnd) !== ',' && tokens.text(speakerEnd) !== '(') speakerEnd++;

    const pieces: Span[] = group.map((block) => block.span);
    if (credited) {
      const last = pieces.length - 1;
      const before = dash > group.at(-1)!.tokens[0] ? tokens.end(dash - 1) : undefined;
      if (before === undefined) pieces.pop();
      else pieces[last] = { start: pieces[last]!.start, end: before };
    }
    if (pieces.length === 0) continue;
    const content = contentOf(document, pieces);
    for (let at = from; at < to; at++) covered[at] = 1;
    if (!credited) {
      problems.push(problem('quote-without-speaker', content.span));
    }
    out.push({
      kind: 'direct',
      content,
      speaker: credited ? toSpeaker(document, [dash + 1, speakerEnd], mentions) : null,
      cue: credited ? toCue(document, [dash, dash + 1], DASH_CUE) : null,
      via: null,
    });
  }
  return out;
}
