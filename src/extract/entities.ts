import { FUNCTION_WORDS, MONTHS, PRONOUNS, WEEKDAYS } from '../lexicon/function-words.js';
import { CLASS_NOUNS, ORG_HEADS_PREFIX, ORG_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/organizations.js';
import { type Place, placeGazetteer } from '../lexicon/places.js';
import { PERSON_TITLES, TITLE_WORDS_LOWER } from '../lexicon/titles.js';
import type { DocumentModel } from '../model/document.js';
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
}

// Name particles that may stand inside a proper name ("Bank of England", "Ibn al-Khattab").
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'y', '&']);
const NAME_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu|de|d['\u2019])[-'\u2019]\p{Lu}/u;
const NAME_FINAL_ABBREVIATIONS = new Set(['Corp', 'Inc', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'Plc', 'Bhd', 'Pty', 'AG', 'SA', 'NV']);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);
const TITLE_INDEX = new Map<string, string>();
for (const entry of PERSON_TITLES) {
  TITLE_INDEX.set(entry.title, entry.title);
  for (const short of entry.abbreviations ?? []) TITLE_INDEX.set(short, entry.title);
}
const TITLE_LONGEST = Math.max(...[...TITLE_INDEX.keys()].map((title) => title.split(/\s+/u).length));
const TITLE_NOUNS = new Set(TITLE_WORDS_LOWER);
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES);
const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES);
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
}

interface Store {
  builders: Builder[];
  /** Surface form (a name or alias as written) to entity. */
  bySurface: Map<string, Builder>;
  byPlace: Map<string, Builder>;
}

function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (token.cap || NAME_PREFIX.test(token.text));
}

function joined(input: string, tokens: readonly Token[], from: number, to: number): string {
  return input.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/gu, ' ');
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

/** Word statistics over paragraphs: which words appear in lowercase, and capitalised mid-sentence. */
function wordUsage(document: DocumentModel): { lower: Set<string>; capitalMidSentence: Set<string> } {
  const lower = new Set<string>();
  const capitalMidSentence = new Set<string>();
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (let index = block.tokens[0]; index < block.tokens[1]; index++) {
      const token = document.tokens[index]!;
      if (token.kind !== 'word') continue;
      if (!token.cap) lower.add(token.lower);
      else if (!isSentenceInitial(document, index)) capitalMidSentence.add(token.text);
    }
  }
  return { lower, capitalMidSentence };
}

/** Runs of capitalised words in one block, joined by name particles: candidate names. */
function capitalRuns(document: DocumentModel, from: number, to: number): Array<[number, number]> {
  const { tokens, input } = document;
  const runs: Array<[number, number]> = [];
  let index = from;
  while (index < to) {
    if (!isNameWord(tokens[index])) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < to) {
      const token = tokens[end]!;
      const gap = input.slice(tokens[end - 1]!.end, token.start);
      // A soft line break inside a paragraph joins words like a space does.
      if (!/^\s{0,2}$/u.test(gap)) break;
      if (isNameWord(token)) {
        end++;
        continue;
      }
      // "Orbit Corp.", "Martin Luther King Jr.": the period belongs to the name.
      if (token.text === '.' && gap === '' && NAME_FINAL_ABBREVIATIONS.has(tokens[end - 1]!.text)) {
        end++;
        break;
      }
      // "Gen. Smith": a period right after a title abbreviation stays in the run.
      if (token.text === '.' && gap === '' && TITLE_INDEX.has(`${tokens[end - 1]!.text}.`) && isNameWord(tokens[end + 1])) {
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
  for (let length = Math.min(TITLE_LONGEST + 1, end - at); length >= 1; length--) {
    const title = TITLE_INDEX.get(joined(input, tokens, at, at + length));
    if (title) return [title, length];
  }
  return undefined;
}

/** A piece of a capitalised run, after titles and demonyms are taken off. */
type Piece =
  | { kind: 'demonym'; span: Span; place: Place }
  | { kind: 'title'; span: Span; title: string }
  | { kind: 'name'; span: Span; from: number; to: number; titles: string[] };

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
  const demonym = places.demonyms.get(tokens[at]!.text);
  if (demonym && (to - at === 1 || titleAt(input, tokens, at + 1, to))) {
    out.push({ kind: 'demonym', span: { start: tokens[at]!.start, end: tokens[at]!.end }, place: demonym });
    at++;
  }
  const titles: string[] = [];
  const titleStart = at;
  for (let found = at < to ? titleAt(input, tokens, at, to) : undefined; found; found = at < to ? titleAt(input, tokens, at, to) : undefined) {
    titles.push(found[0]);
    at += found[1];
  }
  if (at >= to) {
    if (titles.length > 0) {
      out.push({ kind: 'title', span: { start: tokens[titleStart]!.start, end: tokens[to - 1]!.end }, title: titles.join(' ') });
    }
    return;
  }
  out.push({ kind: 'name', span: { start: tokens[at]!.start, end: tokens[to - 1]!.end }, from: at, to, titles });
}

/** Drop words that start a run only because they start a sentence ("Despite", "The"). */
function trimRun(document: DocumentModel, run: [number, number], usage: ReturnType<typeof wordUsage>, isHeading: boolean): [number, number] {
  let [from, to] = run;
  const places = placeGazetteer();
  while (from < to) {
    const token = document.tokens[from]!;
    const initial = isHeading || isSentenceInitial(document, from);
    const known = places.names.has(token.text) || places.demonyms.has(token.text) || TITLE_INDEX.has(token.text);
    const next = document.tokens[from + 1];
    if (FUNCTION_WORDS.has(token.lower) && !(known && !initial)) from++;
    // "Shares of Orbit Corp.": a sentence-opening common word and its particle are not the name.
    else if (initial && !known && next && CONNECTORS.has(next.lower) && !ORG_HEADS_PREFIX.includes(`${token.text} ${next.lower}`)) from += 2;
    else if (initial && !known && usage.lower.has(token.lower)) from++;
    else if (initial && !known && to - from === 1 && !usage.capitalMidSentence.has(token.text)) from++;
    else break;
  }
  if (to - from === 1 && CALENDAR.has(document.tokens[from]!.text)) return [from, from];
  return [from, to];
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

/** The type a name's own words and context give it, or undefined when they say nothing. */
function typeOfName(document: DocumentModel, piece: Extract<Piece, { kind: 'name' }>, text: string): EntityType | undefined {
  const places = placeGazetteer();
  const { tokens } = document;
  if (piece.titles.length > 0) return 'person';
  if (places.names.has(text)) return 'place';
  const words = text.split(' ');
  const last = words.at(-1)!.replace(/\.$/u, '');
  if (ORG_SUFFIX_SET.has(last) && words.length > 1) return 'organization';
  if (PLACE_SUFFIX_SET.has(last) && words.length > 1) return 'place';
  if (ORG_HEADS_PREFIX.some((prefix) => text.startsWith(`${prefix} `))) return 'organization';
  const byContext = classNounType(document, piece.from);
  if (byContext) return byContext;
  if (words.length === 1 && tokens[piece.from]!.upper && text.replace(/\./gu, '').length <= 6) return 'organization';
  // A place's name or demonym with other words names something based there: "Iran Air".
  if (words.length > 1 && words.some((word) => places.names.has(word) || places.demonyms.has(word))) return 'organization';
  if (words.length > 1) return 'person';
  return undefined;
}

function addMention(builder: Builder, span: Span, input: string, kind: MentionKind): void {
  builder.mentions.push({ text: input.slice(span.start, span.end), span, kind });
}

function newBuilder(store: Store, type: EntityType, name: string): Builder {
  const builder: Builder = { type, name, names: new Set([name]), titles: new Set(), mentions: [] };
  store.builders.push(builder);
  store.bySurface.set(name, builder);
  return builder;
}

function placeBuilder(store: Store, place: Place): Builder {
  let builder = store.byPlace.get(place.name);
  if (!builder) {
    builder = newBuilder(store, 'place', place.name);
    store.byPlace.set(place.name, builder);
  }
  return builder;
}

const lastWord = (name: string) => name.split(' ').at(-1)!;

/** The person a surname or a shorter full name refers to: the latest person it fits. */
function personBySurname(store: Store, text: string): Builder | undefined {
  const words = text.split(' ');
  let found: Builder | undefined;
  for (const builder of store.builders) {
    if (builder.type !== 'person') continue;
    const name = builder.name.split(' ');
    if (lastWord(builder.name) !== words.at(-1)) continue;
    if (words.length === 1 || name.length === 1 || name[0] === words[0]) found = builder;
  }
  return found;
}

interface PendingName {
  piece: Extract<Piece, { kind: 'name' }>;
  text: string;
  type: EntityType | undefined;
}

/**
 * People, organisations and places, each once with every mention: proper names (titles split
 * off into `titles`), surnames, demonyms ("Iranian" for Iran), title-only references ("the
 * Supreme Leader") and third-person pronouns, linked to the entity they refer to. Headings only
 * link to entities the body names; they never create one.
 *
 * @param document The document model.
 * @returns The entities in order of first mention, and their mentions sorted by position.
 */
export function extractEntities(document: DocumentModel): EntityIndex {
  const { input, tokens } = document;
  const places = placeGazetteer();
  const usage = wordUsage(document);
  const store: Store = { builders: [], bySurface: new Map(), byPlace: new Map() };

  // Pass 1: pieces of every capitalised run in the body; names that type themselves.
  const pending: PendingName[] = [];
  const titleRefs: Array<Extract<Piece, { kind: 'title' }>> = [];
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const run of capitalRuns(document, block.tokens[0], block.tokens[1])) {
      const [from, to] = trimRun(document, run, usage, false);
      if (from >= to) continue;
      const pieces: Piece[] = [];
      cutRun(input, tokens, from, to, pieces);
      for (const piece of pieces) {
        if (piece.kind === 'demonym') addMention(placeBuilder(store, piece.place), piece.span, input, 'demonym');
        else if (piece.kind === 'title') titleRefs.push(piece);
        else {
          const text = joined(input, tokens, piece.from, piece.to);
          const afterThe = tokens[piece.from - 1]?.lower === 'the' && piece.to - piece.from === 1 ? places.afterThe.get(text) : undefined;
          if (afterThe) addMention(placeBuilder(store, afterThe), piece.span, input, 'name');
          else pending.push({ piece, text, type: typeOfName(document, piece, text) });
        }
      }
    }
  }

  // Pass 2: full names first, so surnames and short forms find them wherever they come.
  const resolved = new Map<PendingName, Builder>();
  for (const name of pending) {
    if (name.type === undefined) continue;
    const place = name.type === 'place' ? places.names.get(name.text) : undefined;
    if (place) {
      resolved.set(name, placeBuilder(store, place));
      continue;
    }
    const existing = store.bySurface.get(name.text) ?? (name.type === 'person' ? personBySurname(store, name.text) : undefined);
    resolved.set(name, existing ?? newBuilder(store, name.type, name.text));
  }
  for (const name of pending) {
    if (resolved.has(name)) continue;
    const existing = store.bySurface.get(name.text) ?? personBySurname(store, name.text);
    resolved.set(name, existing ?? newBuilder(store, 'other', name.text));
  }
  for (const [name, builder] of resolved) {
    addMention(builder, name.piece.span, input, 'name');
    for (const title of name.piece.titles) builder.titles.add(title);
    if (name.text !== builder.name) builder.names.add(name.text);
    if (builder.type === 'person' && name.text.split(' ').length > builder.name.split(' ').length) builder.name = name.text;
  }
  for (const builder of store.builders) for (const name of builder.names) store.bySurface.set(name, builder);

  linkHeadings(document, store);
  linkReferences(document, store, titleRefs);
  return finish(store);
}

/** In headings and the headline, link the longest known names; create nothing. */
function linkHeadings(document: DocumentModel, store: Store): void {
  const { input, tokens } = document;
  const places = placeGazetteer();
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') continue;
    const [from, to] = block.tokens;
    for (let at = from; at < to; at++) {
      if (!isNameWord(tokens[at])) continue;
      for (let end = Math.min(to, at + 6); end > at; end--) {
        const text = joined(input, tokens, at, end);
        const span = { start: tokens[at]!.start, end: tokens[end - 1]!.end };
        const demonym = end - at === 1 ? places.demonyms.get(text) : undefined;
        const afterThe = end - at === 1 && tokens[at - 1]?.lower === 'the' ? places.afterThe.get(text) : undefined;
        const builder =
          store.bySurface.get(text) ??
          (places.names.has(text) ? placeBuilder(store, places.names.get(text)!) : undefined) ??
          (afterThe ? placeBuilder(store, afterThe) : undefined) ??
          (end - at === 1 ? personBySurname(store, text) : undefined);
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
  const { input, tokens } = document;
  type Reference = { span: Span; kind: 'title' | 'pronoun'; title?: string; block: number };
  const blockOf = (offset: number) => document.blocks.findIndex((block) => offset >= block.span.start && offset < block.span.end);
  const references: Reference[] = [];
  for (const piece of titleRefs) {
    const index = tokens.findIndex((token) => token.start === piece.span.start);
    if (tokens[index - 1]?.lower !== 'the') continue;
    references.push({ span: { start: tokens[index - 1]!.start, end: piece.span.end }, kind: 'title', title: piece.title, block: blockOf(piece.span.start) });
  }
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    for (let index = block.tokens[0]; index < block.tokens[1]; index++) {
      const token = tokens[index]!;
      if (token.kind !== 'word') continue;
      if (PERSONAL_PRONOUNS.has(token.lower)) {
        references.push({ span: { start: token.start, end: token.end }, kind: 'pronoun', block: blockIndex });
      } else if (!token.cap && TITLE_NOUNS.has(token.lower) && tokens[index - 1]?.lower === 'the' && !isNameWord(tokens[index + 1])) {
        references.push({ span: { start: tokens[index - 1]!.start, end: token.end }, kind: 'title', title: token.lower, block: blockIndex });
      }
    }
  });
  references.sort((a, b) => a.span.start - b.span.start);

  const people = store.builders.filter((builder) => builder.type === 'person');
  for (const reference of references) {
    let best: { builder: Builder; at: number } | undefined;
    for (const person of people) {
      if (reference.title && ![...person.titles].some((title) => title.toLowerCase().includes(reference.title!.toLowerCase()))) continue;
      for (const mention of person.mentions) {
        if (mention.span.start >= reference.span.start) continue;
        if (blockOf(mention.span.start) < reference.block - ANTECEDENT_BLOCKS) continue;
        if (!best || mention.span.start > best.at) best = { builder: person, at: mention.span.start };
      }
    }
    if (best) addMention(best.builder, reference.span, input, reference.kind);
  }
}

function finish(store: Store): EntityIndex {
  const used = store.builders.filter((builder) => builder.mentions.length > 0);
  for (const builder of used) builder.mentions.sort((a, b) => a.span.start - b.span.start);
  used.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
  const entities: Entity[] = used.map((builder, index) => ({
    id: `e${index + 1}`,
    type: builder.type,
    name: builder.name,
    aliases: [...builder.names].filter((name) => name !== builder.name),
    titles: [...builder.titles],
    mentions: builder.mentions,
  }));
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entityId: entity.id })))
    .sort((a, b) => a.span.start - b.span.start);
  return { entities, mentions };
}
