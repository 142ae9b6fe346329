import { cueWordClass } from './cue-class.js';
import { type PhraseIndex, phraseIndex } from '../lexicon/phrase-index.js';
import { STANCE_LEXICON, type StanceEntry } from '../lexicon/stance.js';
import type { DocumentModel } from '../model/document.js';
import { lastAtOrBefore } from '../model/search.js';
import { tokenize, TokenStore } from '../model/tokenize.js';
import type { Quote } from '../schema/quote.js';
import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import { CONTEXT_RULES, type ContextRule, normal, readPhrase, type Reading, type Sentence } from './stance-rules.js';
import type {
  StanceByHolder,
  StanceCount,
  StanceHolder,
  StanceKind,
  StanceKindTally,
  StanceMarker,
  StanceSummary,
  StanceTally,
} from '../schema/stance.js';

/** Options of {@link extractStance}. */
export interface StanceOptions {
  /** Entries added to the built-in lexicon; an entry with a built-in phrase replaces it. */
  lexicon?: readonly StanceEntry[];
  /** The context rules to read phrases with; all of them unless a test leaves one out. */
  rules?: readonly ContextRule[];
}

interface Compiled {
  entry: StanceEntry;
  /** The phrase's tokens, lowercase, apostrophes made ASCII. */
  words: readonly string[];
}

/** Compiled lexicon: entries by their first word, longest phrase first. */
type StanceIndex = PhraseIndex<Compiled>;

const KINDS: readonly StanceKind[] = ['hedge', 'booster', 'attitude', 'self-mention', 'engagement'];

function compile(lexicon: readonly StanceEntry[]): StanceIndex {
  const byPhrase = new Map<string, StanceEntry>();
  for (const entry of lexicon) {
    // Entries come from callers too: one that could not make a valid marker is skipped, not thrown on.
    if (typeof entry?.phrase !== 'string' || entry.phrase.trim() === '' || typeof entry.lemma !== 'string' || !KINDS.includes(entry.kind)) continue;
    byPhrase.set(normal(entry.phrase.toLowerCase().trim()), entry);
  }
  const compiled: Compiled[] = [];
  for (const [phrase, entry] of byPhrase) {
    const tokens = new TokenStore();
    tokenize(phrase, 0, phrase.length, tokens);
    const words: string[] = [];
    for (let at = 0; at < tokens.length; at++) words.push(normal(tokens.lower(at)));
    compiled.push({ entry, words });
  }
  return phraseIndex(compiled);
}

const BUILT_IN = compile(STANCE_LEXICON);
const EXTENDED = new WeakMap<readonly StanceEntry[], StanceIndex>();

function indexFor(extra: readonly StanceEntry[] | undefined): StanceIndex {
  if (!extra || extra.length === 0) return BUILT_IN;
  let index = EXTENDED.get(extra);
  if (!index) {
    index = compile([...STANCE_LEXICON, ...extra]);
    EXTENDED.set(extra, index);
  }
  return index;
}

function isQuestion(tokens: TokenStore, first: number, end: number): boolean {
  for (let at = end - 1; at >= first; at--) {
    if (tokens.kind(at) === 'quote' || tokens.text(at) === ')') continue;
    return tokens.text(at) === '?';
  }
  return false;
}

function matchAt(tokens: TokenStore, at: number, sentence: Sentence, candidates: readonly Compiled[], rules: readonly ContextRule[]): { reading: Reading; entry: StanceEntry; end: number } | null {
  for (const { entry, words } of candidates) {
    const end = at + words.length;
    if (end > sentence.end) continue;
    let same = true;
    for (let offset = 1; offset < words.length && same; offset++) same = normal(tokens.lower(at + offset)) === words[offset];
    if (!same) continue;
    const reading = readPhrase(tokens, at, end, sentence, entry, rules);
    if (reading) return { reading, entry, end };
  }
  return null;
}

/** Direct-quote pieces, sorted, for finding a marker's holder by binary search. */
interface Piece {
  span: Span;
  quote: Quote;
}

function quotePieces(quotes: readonly Quote[]): Piece[] {
  // Only direct quotes hold their speaker's words: reported speech is worded by the journalist,
  // and attribution in news is broad ("signalled a potential shift" is the writer's reading).
  const pieces: Piece[] = [];
  for (const quote of quotes) {
    if (quote.kind !== 'direct') continue;
    for (const part of quote.content.parts ?? [quote.content]) pieces.push({ span: part.span, quote });
  }
  return pieces.sort((a, b) => a.span.start - b.span.start);
}

function holderAt(span: Span, pieces: readonly Piece[]): StanceHolder {
  const found = lastAtOrBefore(pieces, span.start, (piece) => piece.span.start);
  // Quote pieces may nest (a quote inside a quote); look back over the few that start before.
  for (let at = found; at >= 0 && at > found - 4; at--) {
    const { span: piece, quote } = pieces[at]!;
    if (span.start >= piece.start && span.end <= piece.end) {
      return { kind: 'speaker', quoteId: quote.id, entityId: quote.speaker?.entityId ?? null };
    }
  }
  return { kind: 'author' };
}

/** The index of the token starting at `offset`, or -1. */
function tokenAt(tokens: TokenStore, offset: number): number {
  const found = tokens.lastAtOrBefore(offset);
  return found >= 0 && tokens.start(found) === offset ? found : -1;
}

/**
 * Stance markers (Hyland 2005): hedges, boosters, attitude markers, self-mention and
 * engagement, matched longest phrase first over each sentence's tokens, with context rules
 * that tell a marker from a homograph: a capitalised word inside a sentence is a name, "May"
 * beside a number a date, a modal or verb after a determiner a noun ("his will", "the
 * suspect"); a modal in a question asks rather than hedges; "could not" is no hedge and a
 * negated booster ("not clear") is one. A marker inside a direct quote is held by the quote's
 * speaker, any other by the author. The loaded attribution verb of a quote ("claimed") is an
 * attitude marker of the author, linked to its quote by `attribution`; a
 * noun of saying ("Lee's claim that") is none (see `cueWordClass`).
 *
 * @param document The document model.
 * @param quotes The article's quotes, for holders and loaded attribution verbs.
 * @param options Lexicon entries to add.
 * @returns The markers in reading order, ids `m1`….
 * @example
 * ```ts
 * // through parseArticle, which runs it on the document model:
 * parseArticle('The talks could collapse, officials fear.').stance.map((marker) => marker.text); // ['could', 'fear']
 * ```
 */
export function extractStance(document: DocumentModel, quotes: readonly Quote[], options: StanceOptions = {}): StanceMarker[] {
  const { tokens, input } = document;
  const index = indexFor(options.lexicon);
  const rules = options.rules ?? CONTEXT_RULES;
  const pieces = quotePieces(quotes);
  // Pushed, not mapped, so the array has one kind in every tier (see extractQuotes).
  const paragraphOf: Array<string | undefined> = [];
  for (const block of document.blocks) paragraphOf.push(block.id);
  // Ids are given once the markers are in reading order; made with one here, each marker is
  // built once rather than copied to put its id first.
  const found: StanceMarker[] = [];
  const place = (sentenceIndex: number): { paragraphId: string; sentence: number } | null => {
    const block = document.sentences[sentenceIndex]?.block;
    const paragraphId = block === undefined ? undefined : paragraphOf[block];
    if (block === undefined || paragraphId === undefined) return null;
    return { paragraphId, sentence: sentenceIndex - document.blocks[block]!.sentences[0] };
  };

  // The phrases a word may open, looked up once per distinct word of the document.
  const opened: Array<readonly Compiled[] | null | undefined> = new Array(document.words.length);
  for (let sentenceIndex = 0; sentenceIndex < document.sentences.length; sentenceIndex++) {
    const model = document.sentences[sentenceIndex]!;
    const [first, end] = model.tokens;
    const where = place(sentenceIndex);
    if (!where) continue;
    const sentence: Sentence = { first, end, opening: model.opening, question: isQuestion(tokens, first, end) };
    for (let at = first; at < end; at++) {
      // Most words open no phrase, which is known after their first use from their word alone.
      const word = tokens.word(at);
      let candidates = opened[word];
      if (candidates === null) continue;
      const kind = tokens.kind(at);
      if (kind !== 'word' && kind !== 'clitic') continue;
      if (candidates === undefined) candidates = opened[word] = index.get(normal(tokens.lower(at))) ?? null;
      if (!candidates) continue;
      const match = matchAt(tokens, at, sentence, candidates, rules);
      if (!match) continue;
      const span = { start: match.reading.start, end: tokens.end(match.end - 1) };
      // A negated booster takes in its negation, which may have matched on its own ("never").
      if (found.length > 0 && found[found.length - 1]!.span.end > span.start) found.pop();
      // Keys in the schema's order: a matching article is returned as built (see parse/validate).
      found.push({
        text: input.slice(span.start, span.end),
        span,
        id: '',
        kind: match.reading.kind,
        lemma: match.entry.lemma,
        paragraphId: where.paragraphId,
        sentence: where.sentence,
        holder: holderAt(span, pieces),
        attribution: null,
      });
      at = match.end - 1;
    }
  }

  // Loaded attribution verbs: the journalist's choice of "claimed" over "said" is the author's stance.
  // Markers by where they start, made when the first loaded verb needs them.
  let bySpanStart: Map<number, StanceMarker> | undefined;
  for (const quote of quotes) {
    const cue = quote.cue;
    // A noun of saying ("Lee's claim that …") is no attribution verb, as the rule reads it too.
    if (!cue || cue.class !== 'loaded' || cueWordClass(document, cue.span) === 'noun') continue;
    bySpanStart ??= new Map(found.map((marker) => [marker.span.start, marker]));
    const listed = bySpanStart.get(cue.span.start);
    if (listed) {
      listed.attribution = quote.id;
      continue;
    }
    const first = tokenAt(tokens, cue.span.start);
    const where = first === -1 ? null : place(tokens.sentence(first));
    if (!where) continue;
    // Written out as the markers above, not spread: a spread gives the marker and its span maps of
    // their own, and the code reading markers (the summary, the schema check) met them late and deopted.
    const span = { start: cue.span.start, end: cue.span.end };
    found.push({ text: cue.text, span, id: '', kind: 'attitude', lemma: cue.lemma, paragraphId: where.paragraphId, sentence: where.sentence, holder: { kind: 'author' }, attribution: quote.id });
  }

  found.sort((a, b) => a.span.start - b.span.start);
  for (let at = 0; at < found.length; at++) found[at]!.id = `m${at + 1}`;
  return found;
}

function per100(n: number, words: number): number {
  return words === 0 ? 0 : Math.round((n / words) * 10000) / 100;
}

function count(n: number, words: number): StanceCount {
  return { count: n, per100Words: per100(n, words) };
}

function byHolder(author: number, speaker: number, words: number): StanceByHolder {
  return { author: count(author, words), speaker: count(speaker, words) };
}

function kindTally(author: number, speaker: number, words: number): StanceKindTally {
  return { count: author + speaker, per100Words: per100(author + speaker, words), byHolder: byHolder(author, speaker, words) };
}

function tally(markers: readonly StanceMarker[], words: number): StanceTally {
  // Counted in two flat arrays in KINDS order: this runs for the article and every section, and
  // each object is made once, as the summary holds it (an article of thousands of sections makes
  // hundreds of thousands).
  const authored = [0, 0, 0, 0, 0];
  const spoken = [0, 0, 0, 0, 0];
  for (const marker of markers) {
    const kind = KINDS.indexOf(marker.kind);
    if (marker.holder.kind === 'author') authored[kind]!++;
    else spoken[kind]!++;
  }
  let author = 0;
  for (const n of authored) author += n;
  return {
    count: markers.length,
    per100Words: per100(markers.length, words),
    words,
    byHolder: byHolder(author, markers.length - author, words),
    // In KINDS order.
    byKind: {
      hedge: kindTally(authored[0]!, spoken[0]!, words),
      booster: kindTally(authored[1]!, spoken[1]!, words),
      attitude: kindTally(authored[2]!, spoken[2]!, words),
      'self-mention': kindTally(authored[3]!, spoken[3]!, words),
      engagement: kindTally(authored[4]!, spoken[4]!, words),
    },
  };
}

/**
 * Counts and densities of the stance markers, by category and holder, for the article and for
 * each section. Words are the word and number tokens of paragraph text (headings and the
 * headline carry no markers, so they are not counted).
 *
 * @param document The document model.
 * @param sections The article's sections, for their ids and paragraph ids.
 * @param markers The stance markers.
 * @returns The summary.
 * @example
 * ```ts
 * const summary = summarizeStance(document, sections, markers);
 * summary.article.byKind.hedge.per100Words; // hedges per 100 words
 * ```
 */
export function summarizeStance(document: DocumentModel, sections: readonly Section[], markers: readonly StanceMarker[]): StanceSummary {
  const wordsOf = new Map<string, number>();
  document.blocks.forEach((block) => {
    const id = block.id;
    if (id === undefined) return;
    let words = 0;
    for (let at = block.tokens[0]; at < block.tokens[1]; at++) {
      const kind = document.tokens.kind(at);
      if (kind === 'word' || kind === 'number') words++;
    }
    wordsOf.set(id, words);
  });
  const markersOf = new Map<string, StanceMarker[]>();
  for (const marker of markers) {
    const list = markersOf.get(marker.paragraphId);
    if (list) list.push(marker);
    else markersOf.set(marker.paragraphId, [marker]);
  }
  let total = 0;
  // Pushed, not mapped (see extractQuotes).
  const perSection: StanceSummary['sections'] = [];
  for (const section of sections) {
    let words = 0;
    const list: StanceMarker[] = [];
    for (const paragraph of section.paragraphs) {
      words += wordsOf.get(paragraph.id) ?? 0;
      for (const marker of markersOf.get(paragraph.id) ?? []) list.push(marker);
    }
    total += words;
    perSection.push({ ...tally(list, words), sectionId: section.id });
  }
  return { article: tally(markers, total), sections: perSection };
}
