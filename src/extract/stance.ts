import { FUNCTION_WORDS, MONTHS } from '../lexicon/function-words.js';
import { type PhraseIndex, phraseIndex } from '../lexicon/phrase-index.js';
import {
  IRREGULAR_PARTICIPLES,
  NEGATION_GAP,
  NEGATORS,
  NOUN_DETERMINERS,
  STANCE_LEXICON,
  type StanceEntry,
} from '../lexicon/stance.js';
import type { DocumentModel } from '../model/document.js';
import { lastAtOrBefore } from '../model/search.js';
import { type Token, tokenize } from '../model/tokenize.js';
import type { Quote } from '../schema/quote.js';
import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
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
}

interface Compiled {
  entry: StanceEntry;
  /** The phrase's tokens, lowercase, apostrophes made ASCII. */
  words: readonly string[];
}

/** Compiled lexicon: entries by their first word, longest phrase first. */
type StanceIndex = PhraseIndex<Compiled>;

const MONTH_WORDS = new Set(MONTHS.map((month) => month.toLowerCase()));
const KINDS: readonly StanceKind[] = ['hedge', 'booster', 'attitude', 'self-mention', 'engagement'];
// The clause a `needs` word is looked for in: a few words, up to punctuation.
const NEEDS_WINDOW = 4;

function normal(lower: string): string {
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

function compile(lexicon: readonly StanceEntry[]): StanceIndex {
  const byPhrase = new Map<string, StanceEntry>();
  for (const entry of lexicon) {
    // Entries come from callers too: one that could not make a valid marker is skipped, not thrown on.
    if (typeof entry?.phrase !== 'string' || entry.phrase.trim() === '' || typeof entry.lemma !== 'string' || !KINDS.includes(entry.kind)) continue;
    byPhrase.set(normal(entry.phrase.toLowerCase().trim()), entry);
  }
  const compiled: Compiled[] = [];
  for (const [phrase, entry] of byPhrase) {
    const tokens: Token[] = [];
    tokenize(phrase, 0, phrase.length, tokens);
    compiled.push({ entry, words: tokens.map((token) => normal(token.lower)) });
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

interface Sentence {
  first: number;
  end: number;
  /** The first word, opening quote marks and brackets aside. */
  opening: number;
  /** The sentence asks: its last mark, closing quotes aside, is "?". */
  question: boolean;
}

function isQuestion(tokens: readonly Token[], first: number, end: number): boolean {
  for (let at = end - 1; at >= first; at--) {
    const token = tokens[at]!;
    if (token.kind === 'quote' || token.text === ')') continue;
    return token.text === '?';
  }
  return false;
}

function lowerAt(tokens: readonly Token[], at: number, sentence: Sentence): string | undefined {
  return at >= sentence.first && at < sentence.end ? normal(tokens[at]!.lower) : undefined;
}

function followedInClause(tokens: readonly Token[], from: number, sentence: Sentence, words: readonly string[]): boolean {
  for (let at = from; at < Math.min(sentence.end, from + NEEDS_WINDOW); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct') return false;
    if (words.includes(normal(token.lower))) return true;
  }
  return false;
}

/** Whether the tokens from `at` spell `words` ("be reached": two tokens). */
function startsWith(tokens: readonly Token[], at: number, sentence: Sentence, words: string): boolean {
  if (!words.includes(' ')) return lowerAt(tokens, at, sentence) === words;
  return words.split(' ').every((word, offset) => lowerAt(tokens, at + offset, sentence) === word);
}

/** Where a negation before `at` starts ("not", "not yet", "has never been"), or -1. */
function negationBefore(tokens: readonly Token[], at: number, sentence: Sentence): number {
  for (let back = at - 1, gaps = 0; back >= sentence.first && gaps <= 2; back--, gaps++) {
    const word = normal(tokens[back]!.lower);
    if (NEGATORS.has(word)) return back;
    if (!NEGATION_GAP.has(word)) return -1;
  }
  return -1;
}

// Subordinators that open a condition, purpose or time clause (Quirk et al. 1985, 15.17 ff.).
const CONDITIONS = new Set(['if', 'unless', 'whether', 'before', 'until', 'lest']);
const CLAUSE_WINDOW = 6;

function inCondition(tokens: readonly Token[], at: number, sentence: Sentence): boolean {
  for (let back = at - 1; back >= Math.max(sentence.first, at - CLAUSE_WINDOW); back--) {
    const token = tokens[back]!;
    if (token.kind === 'punct') return false;
    const word = token.lower;
    if (CONDITIONS.has(word)) return true;
    if (word === 'that' && back > sentence.first && tokens[back - 1]!.lower === 'so') return true;
  }
  return false;
}

// "-est" adjectives: "the severest possible", "the fullest possible". Short words ending so ("best", "west") are listed or no adjectives.
const SUPERLATIVE = /^\p{Ll}{3,}est$/u;
// What opens an object noun phrase after a verb: articles, possessives, quantifiers, wh-words.
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whether', 'how', 'what', 'which', 'options', 'ways', 'plans', 'proposals', 'something', 'anything']);
// Degree adverbs before an adverb of manner ("very clearly", "so obviously").
const DEGREE = new Set(['very', 'so', 'too', 'more', 'most', 'less', 'least', 'quite', 'how', 'as', 'fairly', 'pretty', 'really']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
// Adverbs that may stand between a verb and what follows it ("is sometimes possible", "must also be").
const VERB_ADVERBS = new Set(['also', 'still', 'only', 'sometimes', 'often', 'always', 'now', 'then', 'even', 'quite', 'very', 'all', 'surely', 'certainly', 'clearly', 'simply', 'really']);

function isAdverb(word: string): boolean {
  return VERB_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/** Whether the word at `at` is a predicate after a form of "be" whose subject is not "it" ("access is possible"). */
function isPredicate(tokens: readonly Token[], at: number, sentence: Sentence): boolean {
  let back = at - 1;
  while (back > sentence.first && isAdverb(normal(tokens[back]!.lower))) back--;
  if (back < sentence.first || !BE.has(normal(tokens[back]!.lower))) return false;
  return back === sentence.first || tokens[back - 1]!.lower !== 'it';
}

/**
 * Whether the verb after a modal (from `end`) makes it an obligation: a passive ("must be
 * stopped", "should be abandoned"), and for `agentive` also "must act", "must not".
 */
function isDeontic(tokens: readonly Token[], end: number, sentence: Sentence, reading: 'agentive' | 'passive'): boolean {
  let at = end;
  while (at < sentence.end && isAdverb(normal(tokens[at]!.lower))) at++;
  const verb = lowerAt(tokens, at, sentence);
  if (verb === undefined) return false;
  const then = lowerAt(tokens, at + 1, sentence);
  if (verb === 'be') return then !== undefined && isParticiple(then);
  if (reading === 'passive') return false;
  if (NEGATORS.has(verb)) return true;
  if (verb === 'have') return then !== 'been' && !(then !== undefined && isParticiple(then));
  return true;
}

// After a passive, what shows no belief follows: "was considered.", "considered by the board", "considered but rejected".
const AFTER_DELIBERATION = new Set(['but', 'in', 'and', 'for', 'at', 'separately', 'carefully']);

/**
 * Whether a doxastic verb is deliberation here: present or "-ing" before an object ("will
 * consider the role", "were considering a merger"), or a passive with no complement ("the
 * input was considered but rejected"). The past form keeps its belief before an object, as
 * that is mostly a complement ("is considered the best", "considered the plan a failure").
 */
function isDeliberation(token: Token, before: string | undefined, next: Token | undefined): boolean {
  if (next === undefined) return false;
  if (token.lower.endsWith('ed')) return before !== undefined && BE.has(before) && (next.kind === 'punct' || AFTER_DELIBERATION.has(next.lower));
  return OBJECT_OPENERS.has(next.lower) || (next.kind === 'word' && next.lower.endsWith('ing'));
}

/** Whether the word at `at` is a predicate after a form of "be", closing its clause ("the cause is (not) clear."). */
function closesPredicate(tokens: readonly Token[], at: number, end: number, sentence: Sentence): boolean {
  const next = end < sentence.end ? tokens[end]! : undefined;
  if (next !== undefined && next.kind !== 'punct' && next.kind !== 'quote') return false;
  let back = at - 1;
  while (back > sentence.first && (isAdverb(normal(tokens[back]!.lower)) || NEGATORS.has(normal(tokens[back]!.lower)))) back--;
  return back >= sentence.first && BE.has(normal(tokens[back]!.lower));
}

function isParticiple(word: string): boolean {
  return (word.length > 3 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word);
}

interface Reading {
  kind: StanceKind;
  start: number;
}

/**
 * The context rules: whether the phrase at tokens `[at, end)` is the marker its entry names
 * here, and as what. Each rule tells a marker from a homograph or a reversed reading.
 */
function read(tokens: readonly Token[], at: number, end: number, sentence: Sentence, entry: StanceEntry): Reading | null {
  const token = tokens[at]!;
  const before = lowerAt(tokens, at - 1, sentence);
  const after = lowerAt(tokens, end, sentence);
  const next = end < sentence.end ? tokens[end] : undefined;
  const previous = at > sentence.first ? tokens[at - 1] : undefined;
  // A capitalised word inside a sentence is a name ("Hope Solo", "Theresa May"); "I" is always capitalised.
  if (token.cap && at !== sentence.first && previous?.kind !== 'quote' && token.text !== 'I') return null;
  // An all-capitals word is an acronym ("US", "IT"), not the pronoun or word it spells.
  if (token.upper) return null;
  // A month name beside a number is a date ("May 5", "5 May 2024").
  if (MONTH_WORDS.has(token.lower) && (next?.kind === 'number' || previous?.kind === 'number')) return null;
  if (entry.pos === 'modal' || entry.pos === 'verb') {
    // After a determiner or possessive a modal or verb is a noun ("the suspect", "his will", "an
    // expected gain"), also with a participle or an adjective between ("an indicted suspect").
    if (before !== undefined && NOUN_DETERMINERS.has(before)) return null;
    const twoBack = lowerAt(tokens, at - 2, sentence);
    if (twoBack !== undefined && NOUN_DETERMINERS.has(twoBack) && before !== undefined && /^\p{Ll}{3,}(?:ed|al|ive|ous|ful|ic)$/u.test(before)) return null;
    // "the might of", "the will of".
    if (entry.pos === 'modal' && after === 'of') return null;
  }
  // "as expected", "as feared": the outcome came, no doubt is left.
  if (entry.pos === 'verb' && before === 'as' && (next === undefined || next.kind === 'punct')) return null;
  if (
    entry.needs &&
    !followedInClause(tokens, end, sentence, entry.needs) &&
    !(before !== undefined && entry.orAfter?.includes(before)) &&
    !(entry.orPredicate && closesPredicate(tokens, at, end, sentence))
  ) {
    return null;
  }
  if (entry.needsNext && !(after !== undefined && entry.needsNext.includes(after))) return null;
  if (entry.notAttributive && next && next.kind === 'word' && !next.cap && !FUNCTION_WORDS.has(next.lower) && !isAdverb(next.lower) && !(before !== undefined && BE.has(before))) return null;
  if (entry.notAfterSuperlative && previous && (previous.kind === 'number' || SUPERLATIVE.test(previous.lower))) return null;
  if (entry.notPredicative && isPredicate(tokens, at, sentence)) return null;
  if (entry.notBeforeObject && !(entry.imperative && at === sentence.opening) && isDeliberation(token, before, next)) return null;
  if (entry.deontic && isDeontic(tokens, end, sentence, entry.deontic)) return null;
  if (entry.manner && at !== sentence.opening && ((before !== undefined && DEGREE.has(before)) || next === undefined || next.kind === 'punct' || next.kind === 'quote')) return null;
  if (entry.notBefore && after !== undefined && entry.notBefore.some((words) => startsWith(tokens, end, sentence, words))) return null;
  if (entry.notAfter && before !== undefined && entry.notAfter.includes(before)) return null;
  // In a condition or a purpose clause a modal states no stance ("if they could", "so that it may").
  if (entry.pos === 'modal' && entry.kind === 'hedge' && inCondition(tokens, at, sentence)) return null;
  // A question asks rather than hedges ("Could the plan fail?").
  if (entry.pos === 'modal' && entry.kind === 'hedge' && sentence.question) return null;
  if (entry.negated === 'drop' && after !== undefined && NEGATORS.has(after)) return null;
  if (entry.negated === 'hedge') {
    const negation = negationBefore(tokens, at, sentence);
    if (negation !== -1) return { kind: 'hedge', start: tokens[negation]!.start };
  } else if (entry.kind === 'booster' && negationBefore(tokens, at, sentence) !== -1) {
    // A negated booster asserts nothing: "not always", "not really", "no longer true".
    return null;
  }
  if (entry.opening && at !== sentence.opening) return null;
  if (entry.imperative && at === sentence.opening && token.lower === entry.lemma) return { kind: entry.imperative, start: token.start };
  return { kind: entry.kind, start: token.start };
}

function matchAt(tokens: readonly Token[], at: number, sentence: Sentence, candidates: readonly Compiled[]): { reading: Reading; entry: StanceEntry; end: number } | null {
  for (const { entry, words } of candidates) {
    const end = at + words.length;
    if (end > sentence.end) continue;
    let same = true;
    for (let offset = 1; offset < words.length && same; offset++) same = normal(tokens[at + offset]!.lower) === words[offset];
    if (!same) continue;
    const reading = read(tokens, at, end, sentence, entry);
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
function tokenAt(tokens: readonly Token[], offset: number): number {
  const found = lastAtOrBefore(tokens, offset, (token) => token.start);
  return found >= 0 && tokens[found]!.start === offset ? found : -1;
}

/**
 * Stance markers (Hyland 2005): hedges, boosters, attitude markers, self-mention and
 * engagement, matched longest phrase first over each sentence's tokens, with context rules
 * that tell a marker from a homograph: a capitalised word inside a sentence is a name, "May"
 * beside a number a date, a modal or verb after a determiner a noun ("his will", "the
 * suspect"); a modal in a question asks rather than hedges; "could not" is no hedge and a
 * negated booster ("not clear") is one. A marker inside a direct quote is held by the quote's
 * speaker, any other by the author. The loaded attribution verb of a quote ("claimed") is an
 * attitude marker of the author, linked to its quote by `attribution`.
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
  const pieces = quotePieces(quotes);
  const paragraphOf = document.blocks.map((block) => block.id);
  const found: Omit<StanceMarker, 'id'>[] = [];
  const place = (sentenceIndex: number): { paragraphId: string; sentence: number } | null => {
    const block = document.sentences[sentenceIndex]?.block;
    const paragraphId = block === undefined ? undefined : paragraphOf[block];
    if (block === undefined || paragraphId === undefined) return null;
    return { paragraphId, sentence: sentenceIndex - document.blocks[block]!.sentences[0] };
  };

  for (let sentenceIndex = 0; sentenceIndex < document.sentences.length; sentenceIndex++) {
    const model = document.sentences[sentenceIndex]!;
    const [first, end] = model.tokens;
    const where = place(sentenceIndex);
    if (!where) continue;
    const sentence: Sentence = { first, end, opening: model.opening, question: isQuestion(tokens, first, end) };
    for (let at = first; at < end; at++) {
      const token = tokens[at]!;
      if (token.kind !== 'word' && token.kind !== 'clitic') continue;
      const candidates = index.get(normal(token.lower));
      if (!candidates) continue;
      const match = matchAt(tokens, at, sentence, candidates);
      if (!match) continue;
      const span = { start: match.reading.start, end: tokens[match.end - 1]!.end };
      // A negated booster takes in its negation, which may have matched on its own ("never").
      if (found.length > 0 && found[found.length - 1]!.span.end > span.start) found.pop();
      found.push({
        kind: match.reading.kind,
        text: input.slice(span.start, span.end),
        lemma: match.entry.lemma,
        span,
        paragraphId: where.paragraphId,
        sentence: where.sentence,
        holder: holderAt(span, pieces),
        attribution: null,
      });
      at = match.end - 1;
    }
  }

  // Loaded attribution verbs: the journalist's choice of "claimed" over "said" is the author's stance.
  const bySpanStart = new Map(found.map((marker) => [marker.span.start, marker]));
  for (const quote of quotes) {
    const cue = quote.cue;
    if (!cue || cue.class !== 'loaded') continue;
    const listed = bySpanStart.get(cue.span.start);
    if (listed) {
      listed.attribution = quote.id;
      continue;
    }
    const first = tokenAt(tokens, cue.span.start);
    const where = first === -1 ? null : place(tokens[first]!.sentence);
    if (!where) continue;
    found.push({ kind: 'attitude', text: cue.text, lemma: cue.lemma, span: { ...cue.span }, ...where, holder: { kind: 'author' }, attribution: quote.id });
  }

  return found
    .sort((a, b) => a.span.start - b.span.start)
    .map((marker, at) => ({ id: `m${at + 1}`, ...marker }));
}

function count(n: number, words: number): StanceCount {
  return { count: n, per100Words: words === 0 ? 0 : Math.round((n / words) * 10000) / 100 };
}

function tally(markers: readonly StanceMarker[], words: number): StanceTally {
  // Counted in two flat arrays in KINDS order: this runs for the article and every section,
  // and a Map of counters plus Object.fromEntries per call was a measurable share of parse time.
  const authored = [0, 0, 0, 0, 0];
  const spoken = [0, 0, 0, 0, 0];
  for (const marker of markers) {
    const kind = KINDS.indexOf(marker.kind);
    if (marker.holder.kind === 'author') authored[kind]!++;
    else spoken[kind]!++;
  }
  const byHolder = (author: number, speaker: number): StanceByHolder => ({ author: count(author, words), speaker: count(speaker, words) });
  const kindTally = (kind: number): StanceKindTally => {
    const author = authored[kind]!;
    const speaker = spoken[kind]!;
    const total = count(author + speaker, words);
    return { count: total.count, per100Words: total.per100Words, byHolder: byHolder(author, speaker) };
  };
  const author = authored[0]! + authored[1]! + authored[2]! + authored[3]! + authored[4]!;
  const all = count(markers.length, words);
  return {
    words,
    count: all.count,
    per100Words: all.per100Words,
    byHolder: byHolder(author, markers.length - author),
    byKind: { hedge: kindTally(0), booster: kindTally(1), attitude: kindTally(2), 'self-mention': kindTally(3), engagement: kindTally(4) },
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
  const paragraphOf = document.blocks.map((block) => block.id);
  document.blocks.forEach((block, blockIndex) => {
    const id = paragraphOf[blockIndex];
    if (id === undefined) return;
    let words = 0;
    for (let at = block.tokens[0]; at < block.tokens[1]; at++) {
      const kind = document.tokens[at]!.kind;
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
  const perSection = sections.map((section) => {
    let words = 0;
    const list: StanceMarker[] = [];
    for (const paragraph of section.paragraphs) {
      words += wordsOf.get(paragraph.id) ?? 0;
      for (const marker of markersOf.get(paragraph.id) ?? []) list.push(marker);
    }
    total += words;
    return { sectionId: section.id, ...tally(list, words) };
  });
  return { article: tally(markers, total), sections: perSection };
}
