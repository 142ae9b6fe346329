import { filterFeature, keepsQuote, loadQuoteFilter, type QuoteFilter } from '../learn/attribution-filter.js';
import { QUOTE_FILTER } from '../learn/attribution-filter-weights.js';
import type { LinearModel } from '../learn/model.js';
import { blockAtOffset, blockOfToken, type DocumentModel } from '../model/document.js';
import { type Problem, problem } from '../model/problem.js';
import { furthestEnds, lastAtOrBefore } from '../model/search.js';
import type { Quote } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import type { EntityIndex, LinkedMention } from './entities.js';
import { blockQuotes } from './quotes/blockquote.js';
import { attributionAfter, attributionBefore, continues, transcriptLines } from './quotes/direct.js';
import { indirectQuotes, toldMedium } from './quotes/indirect.js';
import { learnedQuotes, ruleFeatures, ruleSpeakers } from './quotes/learned.js';
import { contentOf } from './quotes/lookup.js';
import { isEmbedded, isRunOn, pairQuoteMarks } from './quotes/marks.js';
import { accordingTo, toCue, toSpeaker, toVia } from './quotes/phrases.js';

/** Options of {@link extractQuotes}. */
export interface QuoteOptions {
  /** An attribution model other than the shipped one, or `false` for the rules alone (training, comparisons). */
  tagger?: LinearModel | false | undefined;
  /** A quote filter other than the shipped one, or `false` to keep every tagger quote (training, comparisons). */
  filter?: QuoteFilter | false | undefined;
  /** Called with each indirect tagger quote the rules leave room for and its filter features, before the filter decides (training). */
  onFilter?: ((quote: Omit<Quote, 'id'>, features: readonly number[]) => void) | undefined;
}

let shippedFilter: QuoteFilter | undefined;

/** Feature template of the quote filter: whether the speaker lies in a rule quote. */
const F_SPEAKER_IN_RULE_QUOTE = 23;

/**
 * Whether a piece of the rules' quotes overlaps `[start, end)`. The pieces, not the whole span:
 * a quote going on over paragraphs leaves the writer's sentences between its pieces to the tagger.
 */
function ruleOverlap(quotes: readonly Omit<Quote, 'id'>[]): (start: number, end: number) => boolean {
  const taken: Span[] = [];
  for (const quote of quotes) for (const span of partsOf(quote)) taken.push(span);
  taken.sort((a, b) => a.start - b.start);
  // Of the pieces starting before `end`, the furthest end passes `start` (a binary search, not a
  // scan of every rule quote for every tagged one).
  const ends = furthestEnds(taken);
  return (start, end) => {
    const last = lastAtOrBefore(taken, end - 1, (span) => span.start);
    return last >= 0 && ends[last]! > start;
  };
}

/**
 * Add the tagger's quotes where no rule quote overlaps them (the rules are precise on what they
 * find), where the tagger placed a speaker and, for reported speech, where the quote filter keeps them.
 */
function addLearned(document: DocumentModel, mentions: readonly LinkedMention[], quotes: Omit<Quote, 'id'>[], learned: readonly Omit<Quote, 'id'>[], features: readonly number[][], filter: QuoteFilter | undefined, options: QuoteOptions, overlapsRule: (start: number, end: number) => boolean): void {
  const rules = ruleSpeakers(document, quotes, mentions);
  for (let index = 0; index < learned.length; index++) {
    const quote = learned[index]!;
    const { start, end } = quote.content.span;
    if (overlapsRule(start, end)) continue;
    // A quote whose speaker the tagger cannot place is left out rather than guessed.
    if (!quote.speaker) continue;
    // A speaker inside a rule quote is most often a name the quoted person spoke of.
    const speaker = quote.speaker.span;
    const inRule = overlapsRule(speaker.start, speaker.end);
    const ids = [...features[index]!, filterFeature(F_SPEAKER_IN_RULE_QUOTE, inRule ? 1 : 0), ...ruleFeatures(document, quote, rules)];
    // Words in quote marks are what the writer says someone said: the filter decides on reported speech only.
    if (quote.kind === 'indirect') {
      options.onFilter?.(quote, ids);
      if (filter && !keepsQuote(filter, ids)) continue;
    }
    quotes.push(quote);
  }
}

/** Where a quote's attribution ends: after its content or after its speaker, whichever is later. */
function attributedAt(quote: Omit<Quote, 'id'>): number {
  return Math.max(quote.content.span.end, quote.speaker ? quote.speaker.span.end : 0);
}

/**
 * Give each floating quotation (one with no attribution next to it) the speaker of the last
 * attribution before it, direct or reported: in "The plan is late, Lee said. “We need a
 * year.”" Lee goes on speaking, not whoever was quoted in marks before. A floating quote
 * resolved so passes its speaker on to the next one. With no attribution before it, it is
 * reported as a quotation without a speaker.
 */
function resolveFloating(document: DocumentModel, quotes: Omit<Quote, 'id'>[], floating: readonly number[], problems: Problem[]): void {
  if (floating.length === 0) return;
  const isFloating = new Uint8Array(quotes.length);
  for (const index of floating) isFloating[index] = 1;
  const attributed = quotes.filter((quote, index) => !isFloating[index] && quote.speaker).sort((a, b) => attributedAt(a) - attributedAt(b));
  let next = 0;
  let last: Omit<Quote, 'id'> | undefined;
  const merged = new Set<number>();
  // The parts of each quote that floating quotes go on with (its own first), made into its
  // content once they are all in: joining them at every quote that goes on made a run of
  // such paragraphs quadratic (each join copied and read all the parts before it).
  const gathered = new Map<Omit<Quote, 'id'>, Span[]>();
  // Floating quotes are in reading order (they come from the ordered direct quotes).
  for (const index of floating) {
    const quote = quotes[index]!;
    const start = quote.content.span.start;
    while (next < attributed.length && attributedAt(attributed[next]!) <= start) {
      if (!last || attributedAt(attributed[next]!) >= attributedAt(last)) last = attributed[next]!;
      next++;
    }
    if (last?.speaker) {
      quote.speaker = last.speaker;
      // Words in marks before it, in its paragraph or the one before, are the same quote going
      // on ("“A,” he said.¶¶“B.”"; "She said the plan was “late.” “B.”"), as PolNeAR joins them;
      // not after a dash credit, which closes one voice of a vox pop, nor a sentence of its own
      // in a later paragraph after quoted words in a report ("She called it “late.”¶¶“We …”").
      const gap = blockAtOffset(document, start) - blockAtOffset(document, last.content.span.end - 1);
      if (last.kind !== 'indirect' && !(last.kind === 'mixed' && gap > 0 && startsSentence(quote)) && last.cue?.lemma !== 'dash' && gap <= 1) {
        let parts = gathered.get(last);
        if (!parts) gathered.set(last, (parts = partsOf(last)));
        for (const part of partsOf(quote)) parts.push(part);
        // Until the parts are joined only its span is read (where it ends): it now ends where this one does.
        // Written out, not spread: a spread copy has a map of its own, which the code reading quotes met late and deopted on.
        const { text, parts: own } = last.content;
        const span = { start: last.content.span.start, end: quote.content.span.end };
        last.content = own ? { text, span, parts: own } : { text, span };
        merged.add(index);
        continue;
      }
      last = quote;
    } else problems.push(problem('quote-without-speaker', quote.content.span));
  }
  for (const [quote, parts] of gathered) quote.content = contentOf(document, parts);
  if (merged.size) {
    let write = 0;
    for (let read = 0; read < quotes.length; read++) if (!merged.has(read)) quotes[write++] = quotes[read]!;
    quotes.length = write;
  }
}

/** Characters trimmed from the edges of a report's piece cut around a quotation. */
const PIECE_EDGE = /[\s"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e.,;:!?\u2014\u2013-]/u;

/** A double quote mark of any shape, or the typewriter pairs. */
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb\u201e]|''|``/u;

/**
 * Cut the words of quotations in marks out of the reports that run over them ("…, Lee said,
 * adding, “B.”"): no words are reported twice. A report left with fewer than four words goes
 * (what is left is most often its attribution: "… ,” said Ann Lee");
 * one left without quote marks is reported speech. Reports are the quotes in neither `floating`
 * nor the quotations before them, which came first.
 */
function clipReports(document: DocumentModel, quotes: Omit<Quote, 'id'>[], floating: readonly number[]): void {
  const isFloating = new Set(floating);
  // The quotations in marks: the direct quotes found before the reports.
  const marked: Span[] = [];
  let firstReport = quotes.length;
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index]!;
    if (quote.kind === 'direct' || isFloating.has(index)) {
      if (firstReport === quotes.length) for (const span of partsOf(quote)) marked.push(span);
      continue;
    }
    if (firstReport === quotes.length) firstReport = index;
  }
  if (marked.length === 0) return;
  marked.sort((a, b) => a.start - b.start);
  // No quotation before the first whose furthest end passes an offset reaches past it.
  const reach = furthestEnds(marked);
  const dropped = new Set<number>();
  for (let index = firstReport; index < quotes.length; index++) {
    const quote = quotes[index]!;
    if (quote.kind === 'direct' || isFloating.has(index)) continue;
    const pieces: Span[] = [];
    let cut = false;
    for (const part of partsOf(quote)) {
      let from = part.start;
      // Only the quotations that reach into the part are read, found by a binary search: a long
      // document's reports cost no more each however many quotations it has.
      for (let at = lastAtOrBefore(reach, from, (end) => end) + 1; at < marked.length && marked[at]!.start < part.end; at++) {
        const span = marked[at]!;
        if (span.end <= from) continue;
        cut = true;
        if (span.start > from) pieces.push({ start: from, end: span.start });
        from = Math.max(from, span.end);
      }
      if (from < part.end) pieces.push({ start: from, end: part.end });
    }
    if (!cut) continue;
    // The marks and punctuation the cut leaves at a piece's edges go with the quotation. Each
    // piece is made again, not moved in place: writing a span's start or end made V8 mark those
    // fields of every span mutable, late in a cold run, and throw away the code relying on them.
    for (let at = 0; at < pieces.length; at++) {
      let { start, end } = pieces[at]!;
      while (start < end && PIECE_EDGE.test(document.input[start]!)) start++;
      while (end > start && PIECE_EDGE.test(document.input[end - 1]!)) end--;
      pieces[at] = { start, end };
    }
    // A word left between two quotations ("adding") is no report of its own.
    const kept: Span[] = [];
    let words = 0;
    for (const piece of pieces) {
      const count = document.input.slice(piece.start, piece.end).match(/\p{L}+/gu)?.length ?? 0;
      if (count < 2) continue;
      kept.push(piece);
      words += count;
    }
    if (words < 4) {
      dropped.add(index);
      continue;
    }
    // A new quote in its place, not its kind rewritten, for the same reason.
    const content = contentOf(document, kept);
    quotes[index] = { kind: QUOTE_MARK.test(content.text) ? 'mixed' : 'indirect', content, speaker: quote.speaker, cue: quote.cue, via: quote.via };
  }
  if (dropped.size === 0) return;
  let write = 0;
  for (let read = 0; read < quotes.length; read++) if (!dropped.has(read)) quotes[write++] = quotes[read]!;
  quotes.length = write;
}

/** Whether a quotation's words open with a capital letter, as a sentence of its own does. */
function startsSentence(quote: Omit<Quote, 'id'>): boolean {
  const first = /\p{L}/u.exec(quote.content.text)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Drop each floating quotation that a report found later holds whole: in "“A,” as his father
 * hoped, Lee said." the report of Lee holds A, and A is not reported twice. Quotes from
 * `reported` on are the reports. Returns the floating quotes left, by their new indices.
 */
function withoutReported(quotes: Omit<Quote, 'id'>[], floating: readonly number[], reported: number): number[] {
  // The mixed reports by start, with the furthest end reached so far: one holds a quotation
  // when, of those starting at or before it, the furthest end reaches its end.
  const reports = quotes.slice(reported).filter((quote) => quote.kind === 'mixed').map((quote) => quote.content.span);
  reports.sort((a, b) => a.start - b.start);
  const reach = furthestEnds(reports);
  const dropped = new Set<number>();
  for (const index of floating) {
    const { start, end } = quotes[index]!.content.span;
    const last = lastAtOrBefore(reports, start, (span) => span.start);
    if (last >= 0 && reach[last]! >= end) dropped.add(index);
  }
  if (dropped.size === 0) return [...floating];
  const moved = new Int32Array(quotes.length);
  let write = 0;
  for (let read = 0; read < quotes.length; read++) {
    moved[read] = write;
    if (!dropped.has(read)) quotes[write++] = quotes[read]!;
  }
  quotes.length = write;
  return floating.filter((index) => !dropped.has(index)).map((index) => moved[index]!);
}

/** The spans of a quote's pieces. */
function partsOf(quote: Omit<Quote, 'id'>): Span[] {
  const parts = quote.content.parts;
  if (!parts) return [quote.content.span];
  const spans: Span[] = [];
  for (const part of parts) spans.push(part.span);
  return spans;
}

/**
 * Quotes and who said them, from the document model.
 *
 * Direct quotes are text between paired double quote marks (straight, curly, guillemets, `''`; a
 * paragraph or line that reopens an unclosed quote carries it on) with an attribution after
 * ("…,” she said / said the minister / Ann Lee, the mayor, said / ― Ann Lee) or before (She
 * said: “…” / According to X, “…” / TRANSCRIPT NAME: …). A quote interrupted by its attribution,
 * or going on right after it, is one quote in `content.parts`; so is a quotation with no
 * attribution of its own in the same or the next paragraph after quoted words (it goes on with
 * them), and one farther on takes the speaker of the last attribution before it. Quoted words inside the writer's
 * sentence ("described as “an intentional act”") are no quotation: they make the reported clause
 * around them a mixed quote, or nothing when no one is said to have said them (scare quotes,
 * titles). Indirect and mixed quotes are reported clauses of a cue verb or claim noun whose
 * source is a name, pronoun, role or document ("X said that …", "…, X said", "A, X said, B",
 * "X’s claim that …", "…, according to X"). Speakers link to the entity of the mention they name.
 * Beside the rules, the trained attribution tagger (src/learn/attribution.ts, see MODEL.md) adds
 * the attributions rules rarely catch (stances, intentions, beliefs, documents as sources) where
 * no rule quote overlaps them and it found a speaker.
 *
 * @param document The document model.
 * @param entities The entities and their mentions, to link speakers.
 * @param options Another tagger model, or `tagger: false` for the rules alone.
 * @returns The quotes in reading order, and problems (unpaired quote marks, quotes without speaker).
 * @example
 * ```ts
 * // With parseArticle('“We will win,” she said.'), extractQuotes gives one direct quote:
 * // { kind: 'direct', content: { text: 'We will win,' }, speaker: { text: 'she' }, cue: { lemma: 'say' } }
 * ```
 */
export function extractQuotes(document: DocumentModel, entities: EntityIndex, options: QuoteOptions = {}): { quotes: Quote[]; problems: Problem[] } {
  const { tokens } = document;
  const { mentions } = entities;
  const problems: Problem[] = [];
  const quoted = pairQuoteMarks(document, problems);
  const quotes: Omit<Quote, 'id'>[] = [];
  // Tokens of cues direct quotes used, by token index, so indirect quotes skip them without a lookup.
  const usedCues = new Uint8Array(tokens.length);
  // The speaker of each sentence's direct quote, for the participles that go on its attribution.
  const speakers = new Map<number, [number, number]>();
  // Tokens inside direct quotes, so no indirect quote is read inside one.
  const covered = new Uint8Array(tokens.length);
  // Direct quotes with no attribution of their own, by index in `quotes`.
  const floating: number[] = [];

  for (let index = 0; index < quoted.length; index++) {
    const first = quoted[index]!;
    if (isEmbedded(document, first.open) || isRunOn(document, first)) continue;
    const pieces = [...first.pieces];
    let attribution = attributionAfter(document, first.close, mentions);
    let last = first;
    for (let next = quoted[index + 1]; next && continues(document, last, next, attribution, mentions); next = quoted[index + 1]) {
      for (const piece of next.pieces) pieces.push(piece);
      last = next;
      index++;
    }
    // "“A,” he said, adding, “B.”": a participle before B goes on the speaker quoted in its sentence.
    attribution ??= attributionBefore(document, first.open, mentions, speakers.get(tokens.sentence(first.open)));
    const content = contentOf(document, pieces);
    let wordCount = 0;
    for (let at = first.open; at < last.close; at++) if (tokens.kind(at) === 'word') wordCount++;
    const isSentence = /[.!?,]$/u.test(content.text) && wordCount >= 4;
    if (!attribution && !isSentence) continue;
    for (let at = first.open; at < tokens.length && tokens.end(at) <= content.span.end; at++) covered[at] = 1;
    if (!attribution) {
      // Its speaker is whoever was quoted last, found once the reported clauses are in too.
      floating.push(quotes.length);
      quotes.push({ kind: 'direct', content, speaker: null, cue: null, via: null });
      continue;
    }
    for (let at = attribution.cue[0]; at < attribution.cue[1]; at++) usedCues[at] = 1;
    const attributed = tokens.sentence(attribution.cue[0]);
    if (attributed >= 0) speakers.set(attributed, attribution.speaker);
    // "According to X, Y said": X is the medium, unless X is the speaker already.
    let via = attribution.verb.lemma === 'according to' ? undefined : accordingTo(document, Math.min(attribution.speaker[0], first.open));
    // "“…,” Y told the AP.": the agency told is the medium.
    if (!via && attribution.speaker[0] < attribution.cue[0]) via = toldMedium(tokens, attribution.verb, attribution.cue[1], document.blocks[blockOfToken(document, attribution.cue[0])]!.tokens[1]);
    quotes.push({
      kind: 'direct',
      content,
      speaker: toSpeaker(document, attribution.speaker, mentions),
      cue: toCue(document, attribution.cue, attribution.verb),
      via: toVia(document, via, mentions),
    });
  }

  // Appended one by one: spreading an article's worth of quotes into a call overflows the stack.
  for (const quote of blockQuotes(document, mentions, covered, problems)) quotes.push(quote);
  for (const quote of transcriptLines(document, mentions, covered)) quotes.push(quote);
  const reported = quotes.length;
  for (const quote of indirectQuotes(document, mentions, usedCues, covered, speakers)) quotes.push(quote);
  const left = withoutReported(quotes, floating, reported);
  clipReports(document, quotes, left);
  resolveFloating(document, quotes, left, problems);
  if (options.tagger !== false) {
    const filter = options.filter === false ? undefined : (options.filter ?? (shippedFilter ??= loadQuoteFilter(QUOTE_FILTER)));
    const features: number[][] = [];
    // The tagger's quotes that a rule quote overlaps are left out before they are built.
    const overlapsRule = ruleOverlap(quotes);
    addLearned(document, mentions, quotes, learnedQuotes(document, entities, options.tagger, features, overlapsRule), features, filter, options, overlapsRule);
  }
  quotes.sort((a, b) => a.content.span.start - b.content.span.start);
  // Written out key by key in the schema's order, not spread: every quote gets one shape whichever
  // finder made it (a spread copies each finder's own shape), and code reading quotes later stays
  // on one shape instead of being compiled again for each new one. The array is pushed onto a
  // literal, not mapped, for the same reason: `map` gives a packed array while it runs in the
  // interpreter, a holey one once V8 has optimized its caller, and an array of small integers when
  // empty, and every function reading such arrays (stance, rules) was thrown away and compiled
  // again on meeting each new one; a literal's array keeps the kind it first grew to, empty or not.
  const out: Quote[] = [];
  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index]!;
    // A report whose content holds quote marks is mixed, whichever finder made it: the tagger's
    // reading of quoted words counts double marks only, not the typewriter pairs ('' and ``) some
    // papers write. Relabelled only here, so no finder's choices change.
    const kind = quote.kind === 'indirect' && QUOTE_MARK.test(quote.content.text) ? 'mixed' : quote.kind;
    out.push({ id: `q${index + 1}`, kind, content: quote.content, speaker: quote.speaker, cue: quote.cue, via: quote.via });
  }
  return { quotes: out, problems };
}
