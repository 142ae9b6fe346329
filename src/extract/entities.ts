import { FUNCTION_WORDS, MONTHS, PRONOUNS, WEEKDAYS } from '../lexicon/function-words.js';
import { givenNames } from '../lexicon/given-names.js';
import {
  CLASS_NOUNS,
  COMMON_ACRONYMS,
  CORPORATE_DESIGNATORS,
  EVENT_SUFFIXES,
  NEWS_AGENCIES,
  ORG_CONTEXT_AFTER,
  ORG_HEADS_PREFIX,
  ORG_SUFFIXES,
  PLACE_CONTEXT_NOUNS,
  PLACE_HEADS_PREFIX,
  PLACE_SUFFIXES,
} from '../lexicon/organizations.js';
import { type Place, placeGazetteer } from '../lexicon/places.js';
import { PERSON_TITLES, TITLE_WORDS_LOWER } from '../lexicon/titles.js';
import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import type { Token } from '../model/tokenize.js';
import type { Entity, EntityType, Mention, MentionKind } from '../schema/entity.js';
import type { Span } from '../schema/span.js';

/** A mention found in the text, with the entity it belongs to. */
export interface LinkedMention extends Mention {
  entityId: string;
}

/** Entities and an index of their mentions by position, for the extractors that follow. */
export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: LinkedMention[];
  /** Problems with the options, such as a gazetteer entry without a name. */
  problems: Problem[];
}

/**
 * One entity of a user gazetteer: its id (a Wikidata id, a database key) is the id the output
 * uses, and its name and aliases are matched where the text writes them.
 */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases?: readonly string[];
}

/** Options of {@link extractEntities}. */
export interface EntityOptions {
  /** Entities the app knows: mentions of their names link to them and carry their ids. */
  entities?: readonly GazetteerEntry[];
}

// Name particles that may stand inside a proper name ("Bank of England", "Ibn al-Khattab").
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'y', '&']);
const NAME_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu|de|d['\u2019])[-'\u2019]\p{Lu}/u;
const NAME_FINAL_ABBREVIATIONS = new Set(['Corp', 'Inc', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'Plc', 'Bhd', 'Pty', 'AG', 'SA', 'NV']);
const INITIAL = /^\p{Lu}$/u;
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS].map((word) => word.toLowerCase()));
const TITLE_INDEX = new Map<string, string>();
for (const entry of PERSON_TITLES) {
  TITLE_INDEX.set(entry.title, entry.title);
  for (const short of entry.abbreviations ?? []) TITLE_INDEX.set(short, entry.title);
}
const TITLE_LONGEST = Math.max(...[...TITLE_INDEX.keys()].map((title) => title.split(/\s+/u).length));
// Most capitalised words open no title: their first word rules them out without building strings.
const TITLE_FIRST_WORDS = new Set([...TITLE_INDEX.keys()].flatMap((title) => {
  const first = title.split(/\s+/u)[0]!;
  return [first, first.replace(/\.$/u, '')];
}));
// "Ministry of" -> "Ministry of ": grouped by first word, so a name is checked against a few prefixes only.
function byFirstWord(prefixes: readonly string[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const first = prefix.split(' ')[0]!;
    grouped.set(first, [...(grouped.get(first) ?? []), `${prefix} `]);
  }
  return grouped;
}
const ORG_PREFIXES_BY_FIRST_WORD = byFirstWord(ORG_HEADS_PREFIX);
const PLACE_PREFIXES_BY_FIRST_WORD = byFirstWord(PLACE_HEADS_PREFIX);
const TITLE_NOUNS = new Set(TITLE_WORDS_LOWER);
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES);
const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES);
const AGENCIES = new Set(NEWS_AGENCIES);
const EVENT_SUFFIX_SET = new Set(EVENT_SUFFIXES);
const DESIGNATORS = new Set(CORPORATE_DESIGNATORS);
const CLASS_NOUN_TYPE = new Map<string, EntityType>();
for (const [type, nouns] of Object.entries(CLASS_NOUNS) as Array<[EntityType, readonly string[]]>) {
  for (const noun of nouns) CLASS_NOUN_TYPE.set(noun, type);
}
const PERSONAL_PRONOUNS = new Set(
  Object.entries(PRONOUNS)
    .filter(([, features]) => features.person === 3 && features.number === 'singular' && features.gender !== 'neuter')
    .map(([form]) => form),
);

/** How far back (in blocks) a title or pronoun looks for the person it refers to. */
const ANTECEDENT_BLOCKS = 2;

interface Builder {
  type: EntityType;
  name: string;
  names: Set<string>;
  titles: Set<string>;
  mentions: Mention[];
  /** The id a user gazetteer gave it. */
  id?: string;
}

interface Store {
  builders: Builder[];
  /** Surface form (a name or alias as written) to entity. */
  bySurface: Map<string, Builder>;
  byPlace: Map<string, Builder>;
  /** Last word of a person's name to the person named last. */
  bySurname: Map<string, Builder>;
  /** Other words of a person's name ("Wang" of "Wang Dan") to the person named last. */
  byNamePart: Map<string, Builder>;
}

function isNameWord(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // "London-based" says where a name is based; it is not part of the name.
  if (token.cap) return !token.lower.endsWith('-based');
  // Only words with a hyphen or an apostrophe can be "al-Assad" or "d'Estaing".
  const text = token.text;
  return text.length > 3 && (text.includes('-') || text.includes("'") || text.includes('\u2019')) && NAME_PREFIX.test(text);
}

const ODD_SPACE = /\s{2,}|[^\S ]/u;

function joined(input: string, tokens: readonly Token[], from: number, to: number): string {
  const text = input.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return ODD_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}

/** Whether only a space or a soft line break (at most two whitespace characters) separates two tokens. */
function closeGap(input: string, before: Token, after: Token): boolean {
  const gap = after.start - before.end;
  if (gap > 2) return false;
  for (let at = before.end; at < after.start; at++) {
    const code = input.charCodeAt(at);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 160) return false;
  }
  return true;
}

/** "NEW YORK" as "New York", so capitals in datelines and tables find names written in mixed case. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** Whether the token opens its sentence (after any opening quotes or brackets). */
function isSentenceInitial(document: DocumentModel, index: number): boolean {
  const token = document.tokens[index]!;
  if (token.sentence < 0) return true;
  const first = document.sentences[token.sentence]!.tokens[0];
  for (let at = index - 1; at >= first; at--) {
    const before = document.tokens[at]!;
    if (before.kind === 'quote' || before.text === '(' || before.text === '[') continue;
    return before.text === ':' || before.text === '\u2014' || before.text === '-';
  }
  return true;
}

/** Which words of the paragraphs appear in lowercase, and which capitalised mid-sentence. */
interface WordUsage {
  lower: Set<string>;
  capitalMidSentence: Set<string>;
}

/**
 * Word statistics over paragraphs, for the words asked about only: the capitalised words that
 * open a sentence and a run. Asking first keeps the scan to set look-ups.
 */
function wordUsage(document: DocumentModel, asked: ReadonlySet<string>): WordUsage {
  const lower = new Set<string>();
  const capitalMidSentence = new Set<string>();
  if (asked.size === 0) return { lower, capitalMidSentence };
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (let index = block.tokens[0]; index < block.tokens[1]; index++) {
      const token = document.tokens[index]!;
      if (token.kind !== 'word') continue;
      if (!token.cap) {
        if (asked.has(token.lower)) lower.add(token.lower);
      } else if (asked.has(token.lower) && !isSentenceInitial(document, index)) capitalMidSentence.add(token.text);
    }
  }
  return { lower, capitalMidSentence };
}

/** What a block's words say about how to read it. */
interface BlockShape {
  /**
   * Rows of a results table ("Rovers 2 Athletic 1"): more numbers than lowercase words. Names
   * in such rows are teams, and each row starts a "sentence".
   */
  tabular: boolean;
  /** Set in capitals ("STORM HITS COAST."): case says nothing there, so it is read like a heading. */
  shouting: boolean;
}

/** One pass over a block's tokens: is it a table, is it set in capitals? */
function blockShape(tokens: readonly Token[], from: number, to: number): BlockShape {
  let numbers = 0;
  let lower = 0;
  let words = 0;
  let upper = 0;
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    if (token.kind === 'number') numbers++;
    else if (token.kind === 'word') {
      if (!token.cap) lower++;
      if (token.text.length < 2) continue;
      words++;
      if (token.upper) upper++;
    }
  }
  const tabular = numbers >= 2 && numbers > lower;
  return { tabular, shouting: !tabular && words >= 3 && upper >= words * 0.8 };
}

/** A lone capital is a name's initial only with its period ("J. Smith", not "N / A" or "Plan B"). */
function isLoneLetter(tokens: readonly Token[], index: number): boolean {
  return INITIAL.test(tokens[index]!.text) && (tokens[index + 1]?.text !== '.' || tokens[index + 1]!.start !== tokens[index]!.end);
}

/** Runs of capitalised words in one block, joined by name particles: candidate names. */
function capitalRuns(document: DocumentModel, from: number, to: number): Array<[number, number]> {
  const { tokens, input } = document;
  const runs: Array<[number, number]> = [];
  let index = from;
  while (index < to) {
    if (!isNameWord(tokens[index]) || isLoneLetter(tokens, index)) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < to) {
      const token = tokens[end]!;
      const previous = tokens[end - 1]!;
      // A soft line break inside a paragraph joins words like a space does.
      if (!closeGap(input, previous, token)) break;
      if (isNameWord(token) && !isLoneLetter(tokens, end)) {
        end++;
        continue;
      }
      const gap = token.start - previous.end;
      // "Orbit Corp.", "Martin Luther King Jr.": the period belongs to the name.
      if (token.text === '.' && gap === 0 && NAME_FINAL_ABBREVIATIONS.has(previous.text)) {
        end++;
        break;
      }
      // "Gen. Smith", "J. Smith": a period right after a title abbreviation or an initial stays in the run.
      if (token.text === '.' && gap === 0 && (TITLE_INDEX.has(`${previous.text}.`) || INITIAL.test(previous.text)) && isNameWord(tokens[end + 1])) {
        end++;
        continue;
      }
      if (CONNECTORS.has(token.lower) && !token.cap && isNameWord(tokens[end + 1])) {
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
function titleAt(input: string, tokens: readonly Token[], at: number, end: number): [string, number] | undefined {
  if (!TITLE_FIRST_WORDS.has(tokens[at]!.text)) return undefined;
  for (let length = Math.min(TITLE_LONGEST + 1, end - at); length >= 1; length--) {
    const title = TITLE_INDEX.get(joined(input, tokens, at, at + length));
    if (title) return [title, length];
  }
  return undefined;
}

/** A piece of a capitalised run, after titles and demonyms are taken off. */
type Piece =
  | { kind: 'demonym'; span: Span; place: Place }
  | { kind: 'title'; span: Span; title: string; from: number }
  | { kind: 'name'; span: Span; from: number; to: number; titles: string[] };

type NamePiece = Extract<Piece, { kind: 'name' }>;

/**
 * Cut a run into what it holds: "Iranian Supreme Leader Ayatollah Ali Khamenei" is the
 * demonym "Iranian", the titles "Supreme Leader" and "Ayatollah", and the name "Ali Khamenei".
 * "U.S. District Judge James Donato" is the place "U.S." and a titled name.
 */
function cutRun(input: string, tokens: readonly Token[], from: number, to: number, out: Piece[]): void {
  const places = placeGazetteer();
  // A title inside the run splits off what precedes it as a run of its own.
  for (let at = from + 1; at < to; at++) {
    if (tokens[at]!.text === '.' || !titleAt(input, tokens, at, to)) continue;
    const previousIsTitle = titleAt(input, tokens, at - 1, to) !== undefined;
    if (previousIsTitle) continue;
    const left = joined(input, tokens, from, at);
    if (places.demonyms.has(left) && at - from === 1) break;
    cutRun(input, tokens, from, at, out);
    cutRun(input, tokens, at, to, out);
    return;
  }
  let at = from;
  // "Korean", "South Korean": the longest demonym opening the run, alone or before a title.
  for (let length = Math.min(3, to - at); length >= 1; length--) {
    const demonym = places.demonyms.get(length === 1 ? tokens[at]!.text : joined(input, tokens, at, at + length));
    if (demonym && (to - at === length || titleAt(input, tokens, at + length, to))) {
      out.push({ kind: 'demonym', span: { start: tokens[at]!.start, end: tokens[at + length - 1]!.end }, place: demonym });
      at += length;
      break;
    }
  }
  const titles: string[] = [];
  const titleStart = at;
  for (let found = at < to ? titleAt(input, tokens, at, to) : undefined; found; found = at < to ? titleAt(input, tokens, at, to) : undefined) {
    titles.push(found[0]);
    at += found[1];
  }
  if (at >= to) {
    if (titles.length > 0) {
      out.push({ kind: 'title', span: { start: tokens[titleStart]!.start, end: tokens[to - 1]!.end }, title: titles.join(' '), from: titleStart });
    }
    return;
  }
  out.push({ kind: 'name', span: { start: tokens[at]!.start, end: tokens[to - 1]!.end }, from: at, to, titles });
}

/** A place a gazetteer knows that counts as a name at the start of a sentence: countries, capitals, regions. */
function isWellKnownPlace(text: string): boolean {
  const kind = placeGazetteer().names.get(text)?.kind;
  return kind === 'country' || kind === 'capital' || kind === 'region';
}

/**
 * Drop words that start a run only because they start a sentence ("Despite", "The"). A lone
 * capitalised word opening a sentence that the text never capitalises elsewhere comes back as
 * `tentative`: it may only link to a name found elsewhere ("Orbit" after "Orbit Holdings").
 */
function trimRun(document: DocumentModel, run: [number, number], usage: WordUsage, tabular: boolean): [number, number, boolean] {
  let [from, to] = run;
  const places = placeGazetteer();
  while (from < to) {
    const token = document.tokens[from]!;
    const initial = isSentenceInitial(document, from);
    const isFunctionWord = FUNCTION_WORDS.has(token.lower);
    if (!initial && !isFunctionWord) break;
    const known = isWellKnownPlace(token.text) || places.demonyms.has(token.text) || TITLE_INDEX.has(token.text);
    const next = document.tokens[from + 1];
    if (isFunctionWord && !(known && !initial)) from++;
    // "Shares of Orbit Corp.": a sentence-opening common word and its particle are not the name.
    else if (initial && !known && next && CONNECTORS.has(next.lower) && !ORG_HEADS_PREFIX.includes(`${token.text} ${next.lower}`)) from += 2;
    else if (initial && !known && usage.lower.has(token.lower)) from++;
    // Each row of a table starts a "sentence" with a name: keep it.
    else if (initial && !known && !tabular && to - from === 1 && !usage.capitalMidSentence.has(token.text)) return [from, to, true];
    else break;
  }
  if (to - from === 1 && CALENDAR.has(document.tokens[from]!.lower)) return [from, from, false];
  return [from, to, false];
}

function classNounType(document: DocumentModel, index: number): EntityType | undefined {
  const { tokens } = document;
  const before = tokens[index - 1];
  const twoBefore = tokens[index - 2];
  const threeBefore = tokens[index - 3];
  if (before?.lower === 'like' || before?.lower === 'including') return twoBefore && CLASS_NOUN_TYPE.get(twoBefore.lower);
  if (before?.lower === 'as' && twoBefore?.lower === 'such') return threeBefore && CLASS_NOUN_TYPE.get(threeBefore.lower);
  return undefined;
}

/** Where a name stands: its block's token range and whether the block is a table row. */
interface NameContext {
  blockFrom: number;
  blockTo: number;
  tabular: boolean;
  usage: WordUsage;
}

/**
 * The type the words around an unknown name give it: a head noun after it ("Jiangsu
 * province", "Vantora spokesman"), "the village of" before it, ", Country" after it, or a
 * score after it in a results table.
 */
function typeByContext(document: DocumentModel, piece: NamePiece, context: NameContext): EntityType | undefined {
  const { tokens } = document;
  const after = piece.to < context.blockTo ? tokens[piece.to] : undefined;
  const before = piece.from - 1 >= context.blockFrom ? tokens[piece.from - 1] : undefined;
  const twoBefore = piece.from - 2 >= context.blockFrom ? tokens[piece.from - 2] : undefined;
  if (after?.kind === 'word' && !after.cap) {
    if (PLACE_CONTEXT_NOUNS.has(after.lower)) return 'place';
    if (ORG_CONTEXT_AFTER.has(after.lower)) return 'organization';
    if (after.lower === 'news' && tokens[piece.to + 1]?.lower === 'agency') return 'organization';
  }
  // "Vantora's shares", "Vantora's board": the same nouns after a possessive.
  const owned = after?.kind === 'clitic' && piece.to + 1 < context.blockTo ? tokens[piece.to + 1] : undefined;
  if (owned?.kind === 'word' && !owned.cap && ORG_CONTEXT_AFTER.has(owned.lower)) return 'organization';
  if (before?.lower === 'of' && twoBefore && PLACE_CONTEXT_NOUNS.has(twoBefore.lower)) return 'place';
  // "Ontario-based Vantora", "an analyst at Vantora": a base or a workplace is an organisation.
  if (before?.lower.endsWith('-based')) return 'organization';
  if (before?.lower === 'at' && twoBefore && TITLE_NOUNS.has(twoBefore.lower)) return 'organization';
  if (after?.text === ',' && piece.to + 1 < context.blockTo) {
    const next = tokens[piece.to + 1]!;
    const kind = placeGazetteer().names.get(next.text)?.kind;
    if (kind === 'country' || kind === 'province' || kind === 'region') return 'place';
  }
  if (context.tabular && after?.kind === 'number') return 'organization';
  return undefined;
}

/** The type a name's own words and context give it, or undefined when they say nothing. */
function typeOfName(document: DocumentModel, piece: NamePiece, text: string, context: NameContext): EntityType | undefined {
  const places = placeGazetteer();
  const { tokens } = document;
  if (piece.titles.length > 0) return 'person';
  const place = places.names.get(text) ?? (tokens[piece.from]!.upper ? places.upper.get(text) : undefined);
  const local = place?.kind === 'city' || place?.kind === 'province';
  // A town named like a word the text also writes in lowercase ("the man", "a bath") is no evidence.
  if (place && !(local && piece.to - piece.from === 1 && context.usage.lower.has(tokens[piece.from]!.lower))) {
    // "Portland 3 Austin 1": a city with a score in a results table is its team.
    return local && context.tabular && tokens[piece.to]?.kind === 'number' ? 'organization' : 'place';
  }
  if (AGENCIES.has(text)) return 'organization';
  const first = tokens[piece.from]!;
  const single = piece.to - piece.from === 1;
  if (!single) {
    const lastToken = tokens[piece.to - 1]!;
    const last = lastToken.text === '.' ? tokens[piece.to - 2]!.text : lastToken.text;
    if (ORG_SUFFIX_SET.has(last)) return 'organization';
    if (PLACE_SUFFIX_SET.has(last)) return 'place';
    if (EVENT_SUFFIX_SET.has(last)) return 'other';
    if (ORG_PREFIXES_BY_FIRST_WORD.get(first.text)?.some((prefix) => text.startsWith(prefix))) return 'organization';
    if (PLACE_PREFIXES_BY_FIRST_WORD.get(first.text)?.some((prefix) => text.startsWith(prefix))) return 'place';
    // "World Series of Golf": an event's designator may come before "of".
    for (let at = piece.from + 1; at < piece.to - 1; at++) {
      if (tokens[at]!.text === 'of') {
        if (EVENT_SUFFIX_SET.has(tokens[at - 1]!.text)) return 'other';
        break;
      }
    }
  }
  const byClass = classNounType(document, piece.from);
  if (byClass) return byClass;
  // "Barnes & Tully": people joined by an ampersand make a firm.
  for (let at = piece.from + 1; at < piece.to - 1; at++) if (tokens[at]!.text === '&') return 'organization';
  // "J. Smith", "Maria Lopez": an initial or a given name opens a person's name.
  if (!single && (INITIAL.test(first.text) || givenNames().has(first.text))) return 'person';
  const byContext = typeByContext(document, piece, context);
  if (byContext) return byContext;
  if (single && first.upper && text.replace(/\./gu, '').length <= 6) return 'organization';
  if (single) return undefined;
  // Capitals hide case, so a run of them is no evidence of a person's name.
  if (first.upper && tokens[piece.to - 1]!.upper) return undefined;
  // A place's name or demonym with other words names something based there: "Iran Air".
  for (let at = piece.from; at < piece.to; at++) {
    const word = tokens[at]!.text;
    if (places.names.has(word) || places.demonyms.has(word)) return 'organization';
  }
  // Measured on news: an unknown name of two words or more is most often a person's; of one
  // word, nothing is likely enough to guess, so it stays `other`.
  return 'person';
}

function addMention(builder: Builder, span: Span, input: string, kind: MentionKind): void {
  builder.mentions.push({ text: input.slice(span.start, span.end), span, kind });
}

function newBuilder(store: Store, type: EntityType, name: string, guessed = false): Builder {
  const builder: Builder = { type, name, names: new Set([name]), titles: new Set(), mentions: [] };
  store.builders.push(builder);
  store.bySurface.set(name, builder);
  if (type === 'person') indexPerson(store, builder, name, guessed);
  return builder;
}

/**
 * Index the words of a person's name, so later surname-only mentions find the person fast.
 * A name only guessed to be a person's lends its surname alone: "Orbit Holdings" must not
 * make every "Orbit" a person.
 */
function indexPerson(store: Store, builder: Builder, name: string, guessed = false): void {
  const words = name.split(' ');
  store.bySurname.set(words.at(-1)!, builder);
  if (guessed) return;
  for (const word of words.slice(0, -1)) {
    if (!CONNECTORS.has(word) && !INITIAL.test(word.replace(/\.$/u, ''))) store.byNamePart.set(word, builder);
  }
}

function placeBuilder(store: Store, place: Place): Builder {
  let builder = store.byPlace.get(place.name);
  if (!builder) {
    builder = store.bySurface.get(place.name)?.id !== undefined ? store.bySurface.get(place.name)! : newBuilder(store, 'place', place.name);
    store.byPlace.set(place.name, builder);
  }
  return builder;
}

/** The person a surname, another part of a name, or a shorter full name refers to: the latest person it fits. */
function personBySurname(store: Store, text: string): Builder | undefined {
  const space = text.lastIndexOf(' ');
  if (space === -1) return store.bySurname.get(text) ?? store.byNamePart.get(text);
  const found = store.bySurname.get(text.slice(space + 1));
  if (!found) return undefined;
  const name = found.name;
  const firstSpace = name.indexOf(' ');
  return firstSpace === -1 || name.slice(0, firstSpace) === text.slice(0, text.indexOf(' ')) ? found : undefined;
}

interface PendingName {
  piece: NamePiece;
  text: string;
  type: EntityType | undefined;
  /** A person only by the default for unknown names of several words: no title, initial or given name. */
  guessed: boolean;
}

/**
 * The other names a full name sets up for what follows: a company without its legal form
 * ("Nvidia" for "Nvidia Corp."), and an acronym given in brackets after a name ("European
 * Union (EU)").
 */
function registerShortForms(document: DocumentModel, store: Store, name: PendingName, builder: Builder): void {
  const { tokens, input } = document;
  const { from, to } = name.piece;
  if (builder.type === 'organization') {
    let end = to;
    if (tokens[end - 1]!.text === '.') end--;
    if (end - from >= 2 && DESIGNATORS.has(tokens[end - 1]!.text)) {
      let short = end - 1;
      if (tokens[short - 1]?.text === ',') short--;
      const text = joined(input, tokens, from, short);
      if (!store.bySurface.has(text) && !FUNCTION_WORDS.has(text.toLowerCase())) store.bySurface.set(text, builder);
    }
  }
  const open = tokens[to];
  const acronym = tokens[to + 1];
  if (open?.text === '(' && acronym?.upper && tokens[to + 2]?.text === ')' && acronym.text[0] === tokens[from]!.text[0]) {
    if (!store.bySurface.has(acronym.text)) store.bySurface.set(acronym.text, builder);
  }
}

/**
 * Seed the store with the user's gazetteer. Entries without a name or id are reported and
 * skipped; the rest own their surface forms before anything the text suggests.
 */
function seedGazetteer(store: Store, entries: readonly GazetteerEntry[], problems: Problem[]): void {
  for (const entry of entries) {
    const valid =
      typeof entry?.id === 'string' && entry.id.length > 0 && typeof entry.name === 'string' && entry.name.trim().length > 0 &&
      ['person', 'organization', 'place', 'other'].includes(entry.type);
    if (!valid) {
      problems.push({
        ruleId: 'gazetteer-entry-invalid',
        reason: 'Unexpected gazetteer entry, expected `{id, type, name, aliases}` with a non-empty id and name: it is left out',
        span: { start: 0, end: 0 },
        fatal: false,
        actual: JSON.stringify(entry) ?? String(entry),
      });
      continue;
    }
    const builder: Builder = { type: entry.type, name: entry.name, names: new Set([entry.name]), titles: new Set(), mentions: [], id: entry.id };
    store.builders.push(builder);
    for (const surface of [entry.name, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]) {
      if (typeof surface === 'string' && surface.length > 0) store.bySurface.set(surface, builder);
    }
    if (entry.type === 'person') indexPerson(store, builder, entry.name);
  }
}

/** A dateline opening a block ("NAIROBI 2024-05-01", "PORTLAND, Oregon (Wire) -"): its place names. */
function datelinePlaces(document: DocumentModel, from: number, to: number): Array<[number, number]> {
  const { tokens } = document;
  let end = from;
  while (end < to && tokens[end]!.kind === 'word' && tokens[end]!.upper) end++;
  if (end === from || end - from > 4) return [];
  const found: Array<[number, number]> = [[from, end]];
  if (tokens[end]?.text === ',') {
    let region = end + 1;
    while (region < to && isNameWord(tokens[region]) && !tokens[region]!.upper) region++;
    if (region > end + 1) found.push([end + 1, region]);
    end = region;
  }
  const next = tokens[end];
  // A date ("2024-05-01", "May"), or the agency in brackets, ends a dateline; a bare score does not.
  const date = next?.kind === 'number' && /^\d+[-/]\d+/u.test(next.text);
  const datelineEnd = next !== undefined && end < to && (date || CALENDAR.has(next.lower) || next.text === '(');
  return datelineEnd ? found : [];
}

/** A place named in capitals or mixed case: the gazetteer's place, or a new one named in mixed case. */
function placeFromText(store: Store, text: string): Builder {
  const places = placeGazetteer();
  const place = places.names.get(text) ?? places.upper.get(text.toUpperCase());
  if (place) return placeBuilder(store, place);
  const name = text === text.toUpperCase() ? titleCase(text) : text;
  return store.bySurface.get(name) ?? newBuilder(store, 'place', name);
}

/**
 * People, organisations and places, each once with every mention: proper names (titles split
 * off into `titles`), surnames, demonyms ("Iranian" for Iran), title-only references ("the
 * Supreme Leader") and third-person pronouns, linked to the entity they refer to. Headings only
 * link to entities the body names; they never create one, except the place of a dateline.
 *
 * @param document The document model.
 * @param options A user gazetteer whose ids the output uses.
 * @returns The entities in order of first mention, their mentions sorted by position, and problems.
 * @example
 * ```ts
 * const { entities } = extractEntities(document, { entities: [{ id: 'Q90', type: 'place', name: 'Paris' }] });
 * ```
 */
export function extractEntities(document: DocumentModel, options: EntityOptions = {}): EntityIndex {
  const { input, tokens } = document;
  const places = placeGazetteer();
  const store: Store = { builders: [], bySurface: new Map(), byPlace: new Map(), bySurname: new Map(), byNamePart: new Map() };
  const problems: Problem[] = [];
  if (Array.isArray(options.entities)) seedGazetteer(store, options.entities, problems);

  // Pass 1: datelines, then pieces of every capitalised run in the body; names that type themselves.
  const pending: PendingName[] = [];
  const titleRefs: Array<Extract<Piece, { kind: 'title' }>> = [];
  const headingStarts = new Map<number, number>();
  const paragraphs: Array<{ from: number; to: number; tabular: boolean; runs: Array<[number, number]> }> = [];
  const asked = new Set<string>();
  const tentatives: number[] = [];
  document.blocks.forEach((block, blockIndex) => {
    let [from] = block.tokens;
    const to = block.tokens[1];
    if (blockIndex !== document.headline) {
      for (const [start, end] of datelinePlaces(document, from, to)) {
        const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
        addMention(placeFromText(store, joined(input, tokens, start, end)), span, input, 'name');
        from = end;
      }
    }
    const shape = block.kind === 'paragraph' ? blockShape(tokens, from, to) : undefined;
    if (!shape || shape.shouting) {
      headingStarts.set(blockIndex, from);
      return;
    }
    const runs = capitalRuns(document, from, to);
    for (const [start, end] of runs) {
      // Sentence openers, and one-word names of towns that are also common words ("Man", "Bath").
      if (end - start === 1 || isSentenceInitial(document, start)) asked.add(tokens[start]!.lower);
    }
    paragraphs.push({ from, to, tabular: shape.tabular, runs });
  });
  const usage = wordUsage(document, asked);
  for (const { from, to, tabular, runs } of paragraphs) {
    for (const run of runs) {
      const [runFrom, runTo, tentative] = trimRun(document, run, usage, tabular);
      if (runFrom >= runTo) continue;
      if (tentative) {
        tentatives.push(runFrom);
        continue;
      }
      const pieces: Piece[] = [];
      cutRun(input, tokens, runFrom, runTo, pieces);
      for (const piece of pieces) {
        if (piece.kind === 'demonym') {
          // "the Gulf" names the region its adjective "Gulf" is formed on.
          const text = input.slice(piece.span.start, piece.span.end);
          const named = tokens[runFrom - 1]?.lower === 'the' && piece.span.start === tokens[runFrom]!.start ? places.afterThe.get(text) : undefined;
          addMention(placeBuilder(store, named ?? piece.place), piece.span, input, named ? 'name' : 'demonym');
        }
        else if (piece.kind === 'title') titleRefs.push(piece);
        else {
          const text = joined(input, tokens, piece.from, piece.to);
          if (COMMON_ACRONYMS.has(text)) continue;
          // "the West" needs its article; "Middle East" of "the Middle East" is clear without it.
          const regional = places.afterThe.get(text);
          const afterThe = regional && (tokens[piece.from - 1]?.lower === 'the' || piece.to - piece.from > 1) ? regional : undefined;
          if (afterThe) {
            addMention(placeBuilder(store, afterThe), piece.span, input, 'name');
            continue;
          }
          const context = { blockFrom: from, blockTo: to, tabular, usage };
          const type = store.bySurface.get(text)?.id ? undefined : typeOfName(document, piece, text, context);
          const first = tokens[piece.from]!.text;
          const guessed = type === 'person' && piece.titles.length === 0 && !INITIAL.test(first) && !givenNames().has(first);
          const name: PendingName = { piece, text, type, guessed };
          pending.push(name);
        }
      }
    }
  }

  // Pass 2: full names first, so surnames and short forms find them wherever they come.
  const resolved = new Map<PendingName, Builder>();
  const resolve = (name: PendingName, type: EntityType) => {
    const user = store.bySurface.get(name.text);
    if (user?.id !== undefined) return user;
    const place = type === 'place' ? (places.names.get(name.text) ?? places.upper.get(name.text)) : undefined;
    if (place) return placeBuilder(store, place);
    const existing = user ?? (type === 'person' ? personBySurname(store, name.text) : undefined);
    return existing ?? newBuilder(store, type, name.text, name.guessed);
  };
  for (const name of pending) {
    const user = store.bySurface.get(name.text);
    if (user?.id !== undefined) resolved.set(name, user);
    else if (name.type !== undefined && (name.piece.to - name.piece.from > 1 || name.type === 'person')) resolved.set(name, resolve(name, name.type));
  }
  for (const name of pending) {
    const builder = resolved.get(name);
    if (builder) registerShortForms(document, store, name, builder);
  }
  // A single word that is part of a person's name is that person, whatever a gazetteer says ("Jordan").
  for (const name of pending) {
    if (resolved.has(name)) continue;
    const person = store.bySurface.get(name.text) ?? personBySurname(store, name.text);
    if (person) resolved.set(name, person);
  }
  for (const name of pending) {
    if (resolved.has(name) || name.type === undefined) continue;
    resolved.set(name, resolve(name, name.type));
  }
  for (const name of pending) {
    if (resolved.has(name)) continue;
    resolved.set(name, store.bySurface.get(name.text) ?? newBuilder(store, 'other', name.text));
  }
  for (const [name, builder] of resolved) {
    addMention(builder, name.piece.span, input, 'name');
    for (const title of name.piece.titles) builder.titles.add(title);
    if (name.text !== builder.name) builder.names.add(name.text);
    if (builder.type === 'person' && builder.id === undefined && name.text.split(' ').length > builder.name.split(' ').length) builder.name = name.text;
  }
  for (const builder of store.builders) for (const name of builder.names) if (!store.bySurface.has(name)) store.bySurface.set(name, builder);
  for (const at of tentatives) {
    const token = tokens[at]!;
    const builder = store.bySurface.get(token.text) ?? personBySurname(store, token.text);
    if (builder) addMention(builder, { start: token.start, end: token.end }, input, 'name');
  }

  linkHeadings(document, store, headingStarts);
  linkReferences(document, store, titleRefs);
  return { ...finish(store), problems };
}

/** In headings and the headline, link the longest known names; create nothing. */
function linkHeadings(document: DocumentModel, store: Store, starts: ReadonlyMap<number, number>): void {
  const { input, tokens } = document;
  const places = placeGazetteer();
  // Capitals in a headline hide case: "ORBIT CORP" is Orbit Corp.
  const byUpper = new Map<string, Builder>();
  for (const [surface, builder] of store.bySurface) if (builder.mentions.length > 0 || builder.id) byUpper.set(surface.toUpperCase(), builder);
  for (const [blockIndex, from] of starts) {
    const to = document.blocks[blockIndex]!.tokens[1];
    for (let at = from; at < to; at++) {
      if (!isNameWord(tokens[at])) continue;
      for (let end = Math.min(to, at + 6); end > at; end--) {
        const text = joined(input, tokens, at, end);
        const span = { start: tokens[at]!.start, end: tokens[end - 1]!.end };
        const upper = tokens[at]!.upper && tokens[end - 1]!.upper;
        const single = end - at === 1;
        const demonym = single ? (places.demonyms.get(text) ?? (upper ? places.demonyms.get(titleCase(text)) : undefined)) : undefined;
        const afterThe = single && tokens[at - 1]?.lower === 'the' ? places.afterThe.get(upper ? titleCase(text) : text) : undefined;
        const found = places.names.get(text) ?? (upper ? places.upper.get(text) : undefined);
        // Towns share names with words ("Man Utd"): a heading links them only when the body names them.
        const place = found && found.kind !== 'city' && found.kind !== 'province' ? found : undefined;
        const builder =
          store.bySurface.get(text) ??
          (upper ? byUpper.get(text) : undefined) ??
          (place ? placeBuilder(store, place) : undefined) ??
          (afterThe ? placeBuilder(store, afterThe) : undefined) ??
          (single ? personBySurname(store, upper ? titleCase(text) : text) : undefined);
        if (builder) {
          addMention(builder, span, input, 'name');
          at = end - 1;
          break;
        }
        if (demonym) {
          addMention(placeBuilder(store, demonym), span, input, 'demonym');
          break;
        }
      }
    }
  }
}

/**
 * Title-only references ("the Supreme Leader", "the minister") and third-person pronouns, in
 * reading order, each linked to the latest person mentioned before it within a few blocks that
 * fits: for titles, a person given that title.
 */
function linkReferences(document: DocumentModel, store: Store, titleRefs: ReadonlyArray<Extract<Piece, { kind: 'title' }>>): void {
  const { input, tokens, blocks } = document;
  // Block starts ascend: a binary search finds the block of an offset.
  const blockOf = (offset: number) => {
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (blocks[middle]!.span.start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const people = store.builders.filter((builder) => builder.type === 'person' && builder.mentions.length > 0);
  if (people.length === 0) return;
  type Reference = { span: Span; kind: 'title' | 'pronoun'; title?: string; block: number };
  const references: Reference[] = [];
  for (const piece of titleRefs) {
    if (tokens[piece.from - 1]?.lower !== 'the') continue;
    references.push({ span: { start: tokens[piece.from - 1]!.start, end: piece.span.end }, kind: 'title', title: piece.title.toLowerCase(), block: blockOf(piece.span.start) });
  }
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    for (let index = block.tokens[0]; index < block.tokens[1]; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word') continue;
      if (PERSONAL_PRONOUNS.has(token.lower)) {
        references.push({ span: { start: token.start, end: token.end }, kind: 'pronoun', block: blockIndex });
      } else if (!token.cap && tokens[index - 1]?.lower === 'the' && TITLE_NOUNS.has(token.lower) && !isNameWord(tokens[index + 1])) {
        references.push({ span: { start: tokens[index - 1]!.start, end: token.end }, kind: 'title', title: token.lower, block: blockIndex });
      }
    }
  });
  if (references.length === 0) return;
  references.sort((a, b) => a.span.start - b.span.start);

  // One sweep in reading order: each person's latest mention before the reference.
  const events: Array<{ at: number; person: Builder }> = [];
  for (const person of people) for (const mention of person.mentions) events.push({ at: mention.span.start, person });
  events.sort((a, b) => a.at - b.at);
  const titles = new Map(people.map((person) => [person, [...person.titles].map((title) => title.toLowerCase())]));
  const latest = new Map<Builder, number>();
  let next = 0;
  for (const reference of references) {
    while (next < events.length && events[next]!.at < reference.span.start) {
      latest.set(events[next]!.person, events[next]!.at);
      next++;
    }
    let best: { builder: Builder; at: number } | undefined;
    for (const [person, at] of latest) {
      if (reference.title && !titles.get(person)!.some((title) => title.includes(reference.title!))) continue;
      if (!best || at > best.at) best = { builder: person, at };
    }
    if (best && blockOf(best.at) >= reference.block - ANTECEDENT_BLOCKS) addMention(best.builder, reference.span, input, reference.kind);
  }
}

function finish(store: Store): Omit<EntityIndex, 'problems'> {
  const used = store.builders.filter((builder) => builder.mentions.length > 0);
  for (const builder of used) builder.mentions.sort((a, b) => a.span.start - b.span.start);
  used.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
  const taken = new Set(used.flatMap((builder) => (builder.id === undefined ? [] : [builder.id])));
  let counter = 0;
  const nextId = () => {
    let id: string;
    do id = `e${++counter}`;
    while (taken.has(id));
    return id;
  };
  const entities: Entity[] = used.map((builder) => ({
    id: builder.id ?? nextId(),
    type: builder.type,
    name: builder.name,
    aliases: [...builder.names].filter((name) => name !== builder.name),
    titles: [...builder.titles],
    mentions: builder.mentions,
  }));
  const mentions: LinkedMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) mentions.push({ text: mention.text, span: mention.span, kind: mention.kind, entityId: entity.id });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { entities, mentions };
}
