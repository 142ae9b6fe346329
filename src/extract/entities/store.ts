// Entities under construction and the indexes that link later mentions to them in constant time.
import { FUNCTION_WORDS } from '../../lexicon/function-words.js';
import { NAME_CONNECTORS } from '../../lexicon/names.js';
import { CORPORATE_DESIGNATORS } from '../../lexicon/organizations.js';
import { type Place, placeGazetteer } from '../../lexicon/places.js';
import type { DocumentModel } from '../../model/document.js';
import { type Problem, problem } from '../../model/problem.js';
import type { Entity, EntityType, Mention, MentionKind } from '../../schema/entity.js';
import type { Span } from '../../schema/span.js';
import { INITIAL, joined, type NamePiece, titleCase } from './runs.js';
import type { EntityIndex, GazetteerEntry, LinkedMention } from './types.js';

const DESIGNATORS = new Set(CORPORATE_DESIGNATORS);

/** An entity being built: its type, names, titles and mentions so far. */
export interface Builder {
  type: EntityType;
  name: string;
  names: Set<string>;
  titles: Set<string>;
  mentions: Mention[];
  /** The id a user gazetteer gave it. */
  id?: string;
}

/** The entities of one document and the indexes that find them by name. */
export interface Store {
  builders: Builder[];
  /** Surface form (a name or alias as written) to entity. */
  bySurface: Map<string, Builder>;
  byPlace: Map<string, Builder>;
  /** Last word of a person's name to the person named last. */
  bySurname: Map<string, Builder>;
  /** Other words of a person's name ("Wang" of "Wang Dan") to the person named last. */
  byNamePart: Map<string, Builder>;
}

/** Add a mention of `builder` at `span`. */
export function addMention(builder: Builder, span: Span, input: string, kind: MentionKind): void {
  builder.mentions.push({ text: input.slice(span.start, span.end), span, kind });
}

/** A new entity, indexed by its name (and, for a person, by the words of it). */
export function newBuilder(store: Store, type: EntityType, name: string, guessed = false): Builder {
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
export function indexPerson(store: Store, builder: Builder, name: string, guessed = false): void {
  const words = name.split(' ');
  store.bySurname.set(words.at(-1)!, builder);
  if (guessed) return;
  for (const word of words.slice(0, -1)) {
    if (!NAME_CONNECTORS.has(word) && !INITIAL.test(word.replace(/\.$/u, ''))) store.byNamePart.set(word, builder);
  }
}

/** The entity of a gazetteer place, made on first use; a user gazetteer's entry of that name wins. */
export function placeBuilder(store: Store, place: Place): Builder {
  let builder = store.byPlace.get(place.name);
  if (!builder) {
    builder = store.bySurface.get(place.name)?.id !== undefined ? store.bySurface.get(place.name)! : newBuilder(store, 'place', place.name);
    store.byPlace.set(place.name, builder);
  }
  return builder;
}

/** The person a surname, another part of a name, or a shorter full name refers to: the latest person it fits. */
export function personBySurname(store: Store, text: string): Builder | undefined {
  const space = text.lastIndexOf(' ');
  if (space === -1) return store.bySurname.get(text) ?? store.byNamePart.get(text);
  const found = store.bySurname.get(text.slice(space + 1));
  if (!found) return undefined;
  const name = found.name;
  const firstSpace = name.indexOf(' ');
  return firstSpace === -1 || name.slice(0, firstSpace) === text.slice(0, text.indexOf(' ')) ? found : undefined;
}

/** A name found in the body, waiting to be linked once every full name is known. */
export interface PendingName {
  piece: NamePiece;
  text: string;
  type: EntityType | undefined;
  /** A person only by the default for unknown names of several words: no title, initial or given name. */
  guessed: boolean;
  /** The entity it links to, once resolved. */
  builder?: Builder;
}

/**
 * The other names a full name sets up for what follows: a company without its legal form
 * ("Nvidia" for "Nvidia Corp."), and an acronym given in brackets after a name ("European
 * Union (EU)").
 */
export function registerShortForms(document: DocumentModel, store: Store, name: PendingName, builder: Builder): void {
  const { tokens } = document;
  const { from, to } = name.piece;
  if (builder.type === 'organization') {
    let end = to;
    if (tokens.text(end - 1) === '.') end--;
    if (end - from >= 2 && DESIGNATORS.has(tokens.text(end - 1))) {
      let short = end - 1;
      if (tokens.textAt(short - 1) === ',') short--;
      const text = joined(tokens, from, short);
      if (!store.bySurface.has(text) && !FUNCTION_WORDS.has(text.toLowerCase())) store.bySurface.set(text, builder);
    }
  }
  const acronym = to + 1;
  // `to < tokens.length` first, not `textAt`: its undefined past the end deopted the entity extractor (it had only seen strings).
  if (to < tokens.length && tokens.text(to) === '(' && acronym < tokens.length && tokens.upper(acronym) && tokens.textAt(to + 2) === ')' && tokens.text(acronym)[0] === tokens.text(from)[0]) {
    if (!store.bySurface.has(tokens.text(acronym))) store.bySurface.set(tokens.text(acronym), builder);
  }
}

/**
 * Seed the store with the user's gazetteer. Entries without a name or id are reported and
 * skipped; the rest own their surface forms before anything the text suggests.
 */
export function seedGazetteer(store: Store, entries: readonly GazetteerEntry[], problems: Problem[]): void {
  const ids = new Set<string>();
  for (const entry of entries) {
    // Two entries with one id would make two entities with that id: the first one wins.
    if (typeof entry?.id === 'string' && ids.has(entry.id)) {
      problems.push({ ...problem('gazetteer-entry-invalid', { start: 0, end: 0 }, entry.id), actual: JSON.stringify(entry) ?? String(entry) });
      continue;
    }
    const valid =
      typeof entry?.id === 'string' && entry.id.length > 0 && typeof entry.name === 'string' && entry.name.trim().length > 0 &&
      ['person', 'organization', 'place', 'other'].includes(entry.type);
    if (!valid) {
      problems.push({ ...problem('gazetteer-entry-invalid', { start: 0, end: 0 }), actual: JSON.stringify(entry) ?? String(entry) });
      continue;
    }
    ids.add(entry.id);
    const builder: Builder = { type: entry.type, name: entry.name, names: new Set([entry.name]), titles: new Set(), mentions: [], id: entry.id };
    store.builders.push(builder);
    for (const surface of [entry.name, ...(Array.isArray(entry.aliases) ? entry.aliases : [])]) {
      if (typeof surface === 'string' && surface.length > 0) store.bySurface.set(surface, builder);
    }
    if (entry.type === 'person') indexPerson(store, builder, entry.name);
  }
}

/** A place named in capitals or mixed case: the gazetteer's place, or a new one named in mixed case. */
export function placeFromText(store: Store, text: string): Builder {
  const places = placeGazetteer();
  const place = places.names.get(text) ?? places.upper.get(text.toUpperCase());
  if (place) return placeBuilder(store, place);
  const name = text === text.toUpperCase() ? titleCase(text) : text;
  return store.bySurface.get(name) ?? newBuilder(store, 'place', name);
}

/** Entities in order of first mention with generated ids (skipping the user's), and all mentions by position. */
export function finish(store: Store): Omit<EntityIndex, 'problems'> {
  // Arrays here are pushed onto literals, not filtered, mapped or spread: those make arrays of
  // other kinds once V8 has optimized their caller (or when empty), and each new kind threw away
  // the code reading them (quotes, stance, the schema check; see extractQuotes).
  const used: Builder[] = [];
  for (const builder of store.builders) if (builder.mentions.length > 0) used.push(builder);
  for (const builder of used) if (builder.mentions.length > 1) builder.mentions.sort((a, b) => a.span.start - b.span.start);
  used.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
  const taken = new Set<string>();
  for (const builder of used) if (builder.id !== undefined) taken.add(builder.id);
  let counter = 0;
  const nextId = () => {
    let id: string;
    do id = `e${++counter}`;
    while (taken.has(id));
    return id;
  };
  const entities: Entity[] = [];
  for (const builder of used) {
    const aliases: string[] = [];
    for (const name of builder.names) if (name !== builder.name) aliases.push(name);
    const titles: string[] = [];
    for (const title of builder.titles) titles.push(title);
    entities.push({ id: builder.id ?? nextId(), type: builder.type, name: builder.name, aliases, titles, mentions: builder.mentions });
  }
  const mentions: LinkedMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) mentions.push({ text: mention.text, span: mention.span, kind: mention.kind, entityId: entity.id });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { entities, mentions };
}
