import { givenNames } from '../lexicon/given-names.js';
import { COMMON_ACRONYMS } from '../lexicon/organizations.js';
import { placeGazetteer } from '../lexicon/places.js';
import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import type { EntityType } from '../schema/entity.js';
import { linkHeadings, linkReferences } from './entities/link.js';
import {
  blockShape,
  capitalRuns,
  cutRun,
  INITIAL,
  isSentenceInitial,
  joined,
  type Piece,
  trimRun,
  wordUsage,
} from './entities/runs.js';
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
import { typeOfName } from './entities/typing.js';

export type { EntityIndex, EntityOptions, GazetteerEntry, LinkedMention } from './entities/types.js';

/** How many words a name has, less one: its spaces, counted without splitting it. */
function spaces(name: string): number {
  let count = 0;
  for (let at = name.indexOf(' '); at !== -1; at = name.indexOf(' ', at + 1)) count++;
  return count;
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
  else if (options.entities !== undefined && options.entities !== null) {
    problems.push({
      ruleId: 'gazetteer-invalid',
      reason: 'Unexpected `entities` option, expected an array of `{id, type, name, aliases}`: it is left out',
      span: { start: 0, end: 0 },
      fatal: false,
      actual: typeof options.entities,
    });
  }

  // Pass 1: datelines, then pieces of every capitalised run in the body; names that type themselves.
  const pending: PendingName[] = [];
  const titleRefs: Array<Extract<Piece, { kind: 'title' }>> = [];
  const headingStarts = new Map<number, number>();
  const paragraphs: Array<{ from: number; to: number; tabular: boolean; runs: Array<[number, number]> }> = [];
  const asked = new Set<string>();
  const tentatives: number[] = [];
  // The dateline's places, as the document model read them; a state abbreviation ("N.Y.") names no place of its own.
  for (const span of document.datelines.flatMap((dateline) => dateline.places)) {
    const text = input.slice(span.start, span.end);
    if (!text.endsWith('.')) addMention(placeFromText(store, text), span, input, 'name');
  }
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'dateline') return;
    const [from, to] = block.tokens;
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
    else if (name.type !== undefined && (name.piece.to - name.piece.from > 1 || name.type === 'person')) name.builder = resolve(name, name.type);
    if (name.builder) registerShortForms(document, store, name, name.builder);
  }
  // A single word that is part of a person's name is that person, whatever a gazetteer says ("Jordan").
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
  for (const at of tentatives) {
    const token = tokens[at]!;
    const builder = store.bySurface.get(token.text) ?? personBySurname(store, token.text);
    if (builder) addMention(builder, { start: token.start, end: token.end }, input, 'name');
  }

  linkHeadings(document, store, headingStarts);
  linkReferences(document, store, titleRefs);
  return { ...finish(store), problems };
}
