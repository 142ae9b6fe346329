// Runs of capitalised words in the document model's tokens, cut into titles, demonyms and
// names; datelines, tables and blocks in capitals told apart.
import { NAME_CONNECTORS, NAME_FINAL_ABBREVIATIONS, NAME_PREFIX } from '../../lexicon/names.js';
import { type Place, placeGazetteer } from '../../lexicon/places.js';
import { phraseIndex } from '../../lexicon/phrase-index.js';
import { PERSON_TITLES } from '../../lexicon/titles.js';
import type { DocumentModel } from '../../model/document.js';
import { tokenize, TokenStore } from '../../model/tokenize.js';
import type { Span } from '../../schema/span.js';

/** A single capital letter: an initial when a period follows it. */
export const INITIAL = /^\p{Lu}$/u;
const TITLE_INDEX = new Map<string, string>();
for (const entry of PERSON_TITLES) {
  TITLE_INDEX.set(entry.title, entry.title);
  for (const short of entry.abbreviations ?? []) TITLE_INDEX.set(short, entry.title);
}
// Each form as the tokenizer splits it ("Lt. Gen." is `Lt . Gen .`), by its first token: most
// capitalised words open no title, and are ruled out without building strings.
const TITLE_PHRASES = phraseIndex(
  [...TITLE_INDEX].map(([text, title]) => {
    const tokens = new TokenStore();
    tokenize(text, 0, text.length, tokens);
    return { words: tokens.texts(0, tokens.length), text, title };
  }),
);

/**
 * Whether token `at` (if there is one) can be part of a name: capitalised, or a particle-prefixed name ("al-Assad").
 *
 * @param tokens The tokens.
 * @param at A token index, in range or not.
 * @returns True for a name word.
 */
export function isNameWord(tokens: TokenStore, at: number): boolean {
  if (at < 0 || at >= tokens.length || tokens.kind(at) !== 'word') return false;
  // "London-based" says where a name is based; it is not part of the name.
  if (tokens.cap(at)) return !tokens.lower(at).endsWith('-based');
  // Only words with a hyphen or an apostrophe can be "al-Assad" or "d'Estaing".
  const text = tokens.text(at);
  return text.length > 3 && (text.includes('-') || text.includes("'") || text.includes('\u2019')) && NAME_PREFIX.test(text);
}

/**
 * The text of tokens `[from, to)`, a space between two where whitespace parts them and none
 * where they touch or only markup stands between ("Lt. Gen.", "**Iran**’s" as "Iran’s").
 *
 * @param tokens The document's tokens.
 * @param from The first token.
 * @param to The end, exclusive.
 * @returns The text.
 */
export function joined(tokens: TokenStore, from: number, to: number): string {
  let text = tokens.text(from);
  for (let at = from + 1; at < to; at++) {
    text += tokens.spaceAfter(at - 1) || tokens.spaceBefore(at) ? ` ${tokens.text(at)}` : tokens.text(at);
  }
  return text;
}

/** Whether the tokens touch, or only a space or a soft line break (two whitespace characters at most) parts them. */
function closeGap(tokens: TokenStore, before: number, after: number): boolean {
  const gap = tokens.start(after) - tokens.end(before);
  return gap === 0 || (gap <= 2 && tokens.spaceAfter(before) && tokens.spaceBefore(after));
}

/** "NEW YORK" as "New York", so capitals in datelines and tables find names written in mixed case. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** What a block's words say about how to read it. */
export interface BlockShape {
  /**
   * Rows of a results table ("Rovers 2 Athletic 1"): more numbers than lowercase words. Names
   * in such rows are teams, and each row starts a "sentence".
   */
  tabular: boolean;
  /** Set in capitals ("STORM HITS COAST."): case says nothing there, so it is read like a heading. */
  shouting: boolean;
}

/** One pass over a block's tokens: is it a table, is it set in capitals? */
export function blockShape(tokens: TokenStore, from: number, to: number): BlockShape {
  let numbers = 0;
  let lower = 0;
  let words = 0;
  let upper = 0;
  for (let index = from; index < to; index++) {
    if (tokens.kind(index) === 'number') numbers++;
    else if (tokens.kind(index) === 'word') {
      if (!tokens.cap(index)) lower++;
      if (tokens.text(index).length < 2) continue;
      words++;
      if (tokens.upper(index)) upper++;
    }
  }
  const tabular = numbers >= 2 && numbers > lower;
  return { tabular, shouting: !tabular && words >= 3 && upper >= words * 0.8 };
}

/** A lone capital is a name's initial only with its period ("J. Smith", not "N / A" or "Plan B"). */
function isLoneLetter(tokens: TokenStore, index: number): boolean {
  return INITIAL.test(tokens.text(index)) && (tokens.textAt(index + 1) !== '.' || tokens.start(index + 1) !== tokens.end(index));
}

/** Runs of capitalised words in one block, joined by name particles: candidate names. */
export function capitalRuns(document: DocumentModel, from: number, to: number): Array<[number, number]> {
  const { tokens } = document;
  const runs: Array<[number, number]> = [];
  let index = from;
  while (index < to) {
    if (!isNameWord(tokens, index) || isLoneLetter(tokens, index)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < to) {
      const previous = end - 1;
      // A soft line break inside a paragraph joins words like a space does.
      if (!closeGap(tokens, previous, end)) break;
      if (isNameWord(tokens, end) && !isLoneLetter(tokens, end)) {
        end++;
        continue;
      }
      const text = tokens.text(end);
      const gap = tokens.start(end) - tokens.end(previous);
      // "Orbit Corp.", "Martin Luther King Jr.": the period belongs to the name.
      if (text === '.' && gap === 0 && NAME_FINAL_ABBREVIATIONS.has(tokens.text(previous))) {
        end++;
        break;
      }
      // "Gen. Smith", "J. Smith": a period right after a title abbreviation or an initial stays in the run.
      if (text === '.' && gap === 0 && (TITLE_INDEX.has(`${tokens.text(previous)}.`) || INITIAL.test(tokens.text(previous))) && isNameWord(tokens, end + 1)) {
        end++;
        continue;
      }
      if (NAME_CONNECTORS.has(tokens.lower(end)) && !tokens.cap(end) && isNameWord(tokens, end + 1)) {
        end += 2;
        continue;
      }
      break;
    }
    runs.push([index, end]);
    index = end;
  }
  return runs;
}

/** The longest title at `at`, as `[canonical title, token count]`. */
function titleAt(tokens: TokenStore, at: number, end: number): [string, number] | undefined {
  for (const phrase of TITLE_PHRASES.get(tokens.text(at)) ?? []) {
    const length = phrase.words.length;
    // As written, spaces aside: "Lt. Gen." but not "Lt . Gen .".
    if (length <= end - at && joined(tokens, at, at + length) === phrase.text) return [phrase.title, length];
  }
  return undefined;
}

/** A piece of a capitalised run, after titles and demonyms are taken off. */
export type Piece =
  | { kind: 'demonym'; span: Span; place: Place }
  | { kind: 'title'; span: Span; title: string; from: number }
  | { kind: 'name'; span: Span; from: number; to: number; titles: string[] };

/** A piece of a run that names something. */
export type NamePiece = Extract<Piece, { kind: 'name' }>;

/**
 * Cut a run into what it holds: "Chilean Foreign Minister Dr Ana Ortiz" is the demonym
 * "Chilean", the titles "Foreign Minister" and "Dr", and the name "Ana Ortiz".
 * "U.S. District Judge James Donato" is the place "U.S." and a titled name.
 */
export function cutRun(tokens: TokenStore, from: number, to: number, out: Piece[]): void {
  // Pieces split off wait on a stack of their own, left before right, rather than in nested
  // calls: a run can hold as many titles as the text repeats ("Mayor Lee Mayor Lee …").
  const ranges: Array<[number, number]> = [[from, to]];
  for (let range = ranges.pop(); range !== undefined; range = ranges.pop()) cutPiece(tokens, range[0], range[1], out, ranges);
}

function cutPiece(tokens: TokenStore, from: number, to: number, out: Piece[], ranges: Array<[number, number]>): void {
  const places = placeGazetteer();
  // A title inside the run splits off what precedes it as a run of its own.
  for (let at = from + 1; at < to; at++) {
    if (tokens.text(at) === '.' || !titleAt(tokens, at, to)) continue;
    const previousIsTitle = titleAt(tokens, at - 1, to) !== undefined;
    if (previousIsTitle) continue;
    const left = joined(tokens, from, at);
    if (places.demonyms.has(left) && at - from === 1) break;
    ranges.push([at, to], [from, at]);
    return;
  }
  let at = from;
  // "Korean", "South Korean": the longest demonym opening the run, alone or before a title.
  for (let length = Math.min(3, to - at); length >= 1; length--) {
    const demonym = places.demonyms.get(length === 1 ? tokens.text(at) : joined(tokens, at, at + length));
    if (demonym && (to - at === length || titleAt(tokens, at + length, to))) {
      out.push({ kind: 'demonym', span: { start: tokens.start(at), end: tokens.end(at + length - 1) }, place: demonym });
      at += length;
      break;
    }
  }
  const titles: string[] = [];
  const titleStart = at;
  for (let found = at < to ? titleAt(tokens, at, to) : undefined; found; found = at < to ? titleAt(tokens, at, to) : undefined) {
    titles.push(found[0]);
    at += found[1];
  }
  if (at >= to) {
    if (titles.length > 0) {
      out.push({ kind: 'title', span: { start: tokens.start(titleStart), end: tokens.end(to - 1) }, title: titles.join(' '), from: titleStart });
    }
    return;
  }
  out.push({ kind: 'name', span: { start: tokens.start(at), end: tokens.end(to - 1) }, from: at, to, titles });
}
