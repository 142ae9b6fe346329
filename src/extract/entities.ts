import { COMMON_ACRONYMS } from '../lexicon/organizations.js';
import { placeGazetteer } from '../lexicon/places.js';
import type { DocumentModel } from '../model/document.js';
import { type Problem, problem } from '../model/problem.js';
import type { EntityType } from '../schema/entity.js';
import { type TaggedName, tagNames } from '../learn/ner.js';
import { linkHeadings, linkReferences } from './entities/link.js';
import { blockShape, joined, type NamePiece, type Piece } from './entities/runs.js';
import { cutTagged, ENTITY_TYPES, tokenAt, type TypedPiece, voteTypes } from './entities/tagged.js';
import {
  addMention,
  finish,
  newBuilder,
  type PendingName,
  personBySurname,
  placeBuilder,
  placeFromText,
  registerShortForms,
  seedGazetteer,
  type Store,
} from './entities/store.js';
import type { EntityIndex, EntityOptions } from './entities/types.js';
import { namedAfterPlace, typeByRule } from './entities/typing.js';

export type { EntityIndex, EntityOptions, GazetteerEntry, LinkedMention } from './entities/types.js';

/** How many words a name has, less one: its spaces, counted without splitting it. */
function spaces(name: string): number {
  let count = 0;
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

/**
 * Pass 2 of {@link extractEntities}: full names first, so surnames and short forms find them
 * wherever they come; then the names that may only link to a known entity. A function of its
 * own, not part of `extractEntities` (3 kB of bytecode): the rare paths here (a place named in
 * full, an acronym after the last token) each threw the whole away, four or five compiles in a
 * cold run, where now only this is compiled again.
 */
function resolveNames(document: DocumentModel, store: Store, pending: readonly PendingName[], tentatives: readonly NamePiece[]): void {
  const { input, tokens } = document;
  const places = placeGazetteer();
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
    if (user?.id !== undefined) name.builder = user;
    else if (name.type !== undefined && name.piece.to - name.piece.from > 1) name.builder = resolve(name, name.type);
    if (name.builder) registerShortForms(document, store, name, name.builder);
  }
  // A single word that is a short form of a full name ("Nvidia" of "Nvidia Corp.") or part of a
  // person's name ("Jordan") is that entity, whatever the tagger read.
  for (const name of pending) name.builder ??= store.bySurface.get(name.text) ?? personBySurname(store, name.text);
  for (const name of pending) if (name.type !== undefined) name.builder ??= resolve(name, name.type);
  for (const name of pending) name.builder ??= store.bySurface.get(name.text) ?? newBuilder(store, 'other', name.text);
  for (const name of pending) {
    const builder = name.builder!;
    addMention(builder, name.piece.span, input, 'name');
    for (const title of name.piece.titles) builder.titles.add(title);
    if (name.text !== builder.name) builder.names.add(name.text);
    if (builder.type === 'person' && builder.id === undefined && spaces(name.text) > spaces(builder.name)) builder.name = name.text;
  }
  for (const builder of store.builders) for (const name of builder.names) if (!store.bySurface.has(name)) store.bySurface.set(name, builder);
  for (const piece of tentatives) {
    const text = joined(tokens, piece.from, piece.to);
    const builder = store.bySurface.get(text) ?? personBySurname(store, text);
    if (builder) {
      addMention(builder, piece.span, input, 'name');
      for (const title of piece.titles) builder.titles.add(title);
    }
  }
}

/**
 * People, organisations and places, each once with every mention: proper names (titles split
 * off into `titles`), surnames, demonyms ("Iranian" for Iran), title-only references ("the
 * Supreme Leader") and third-person pronouns, linked to the entity they refer to. Names and
 * their types come from the trained tagger (src/learn, see MODEL.md); titles, demonyms, short
 * forms, the user's gazetteer, datelines and linking are rules.
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
  else if (options.entities !== undefined && options.entities !== null) {
    problems.push({ ...problem('gazetteer-invalid', { start: 0, end: 0 }), actual: typeof options.entities });
  }

  // Pass 1: datelines; then the tagger's names (src/learn), with titles and demonyms cut off
  // by the rules; capitalised runs the tagger left out give title-only references, demonyms,
  // and names that may only link to a known entity.
  const tagged = tagNames(document);
  const pending: PendingName[] = [];
  const titleRefs: Array<Extract<Piece, { kind: 'title' }>> = [];
  const headingStarts = new Map<number, number>();
  const tentatives: NamePiece[] = [];
  // The dateline's places, as the document model read them; a state abbreviation ("N.Y.") names no place of its own.
  for (const span of document.datelines.flatMap((dateline) => dateline.places)) {
    const text = input.slice(span.start, span.end);
    if (!text.endsWith('.')) addMention(placeFromText(store, text), span, input, 'name');
  }
  let next = 0;
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'dateline') return;
    // Read by index, not destructured: the iterator protocol of `[from, to] =` made this callback
    // bigger to compile, and deoptimized it once its rarely taken exit path ran.
    const from = block.tokens[0];
    const to = block.tokens[1];
    while (next < tagged.length && tagged[next]!.from < from) next++;
    const names: TaggedName[] = [];
    for (; next < tagged.length && tagged[next]!.from < to; next++) names.push(tagged[next]!);
    const shape = block.kind === 'paragraph' ? blockShape(tokens, from, to) : undefined;
    if (!shape || shape.shouting) {
      headingStarts.set(blockIndex, from);
      return;
    }
    const pieces: TypedPiece[] = [];
    cutTagged(document, from, to, names, pieces);
    for (const { piece, type } of pieces) {
      if (piece.kind === 'demonym') {
        // "the Gulf" names the region its adjective "Gulf" is formed on.
        const text = input.slice(piece.span.start, piece.span.end);
        const first = tokenAt(document, piece.span.start);
        const named = tokens.lowerAt(first - 1) === 'the' ? places.afterThe.get(text) : undefined;
        addMention(placeBuilder(store, named ?? piece.place), piece.span, input, named ? 'name' : 'demonym');
      } else if (piece.kind === 'title') titleRefs.push(piece);
      else if (type === undefined && piece.titles.length === 0) tentatives.push(piece);
      else {
        const text = joined(tokens, piece.from, piece.to);
        if (COMMON_ACRONYMS.has(text)) continue;
        // "the West" needs its article; "Middle East" of "the Middle East" is clear without it.
        const regional = places.afterThe.get(text);
        // Both read for every name, not only for a regional one: read only there, they had no type
        // feedback when V8 optimized this callback, which then deopted at the first such name.
        const theBefore = tokens.lowerAt(piece.from - 1) === 'the';
        const words = piece.to - piece.from;
        const afterThe = regional && (theBefore || words > 1) ? regional : undefined;
        if (afterThe) {
          addMention(placeBuilder(store, afterThe), piece.span, input, 'name');
          continue;
        }
        // A titled name is a person's, whatever the tagger read ("Labour MP Jane Moss"); a few
        // precise rules win over the tagger too.
        const byRule = piece.titles.length > 0 ? 'person' : typeByRule(document, piece, text, { blockFrom: from, blockTo: to });
        const tagged = type === undefined ? 'person' : type === 'MISC' && namedAfterPlace(document, piece) ? 'organization' : ENTITY_TYPES[type];
        // With its builder slot from the start: given one later, every name would change shape.
        pending.push({ piece, text, type: byRule ?? tagged, guessed: false, builder: undefined });
      }
    }
  });
  voteTypes(pending);

  // Pass 2: full names first (see resolveNames).
  resolveNames(document, store, pending, tentatives);
  linkHeadings(document, store, headingStarts);
  linkReferences(document, store, titleRefs);
  return { ...finish(store), problems };
}
