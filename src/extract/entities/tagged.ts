// The tagger's names, cut by the rules: titles and demonyms come off a name ("Boss Henk
// Addink" is the title Boss and the name Henk Addink), and each text gets one type by vote.
import { FUNCTION_WORDS } from '../../lexicon/function-words.js';
import type { NerType, TaggedName } from '../../learn/ner.js';
import type { DocumentModel } from '../../model/document.js';
import type { EntityType } from '../../schema/entity.js';
import type { Span } from '../../schema/span.js';
import { capitalRuns, cutRun, joined, type NamePiece, type Piece } from './runs.js';
import { TITLE_NOUNS } from './typing.js';
import type { PendingName } from './store.js';

/** The entity type of each tagger type: MISC (works, events, products, nationalities) is `other`. */
export const ENTITY_TYPES: Readonly<Record<NerType, EntityType>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** A piece of text with the tagger's type for it; untyped name pieces may only link to known names. */
export interface TypedPiece {
  piece: Piece;
  /** Undefined but present when untyped: one shape for every typed piece. */
  type: NerType | undefined;
}

/** The index of the token starting at or before `offset`. */
export function tokenAt(document: DocumentModel, offset: number): number {
  return document.tokens.lastAtOrBefore(offset);
}

/** Whether tokens `[from, to)` are all role nouns ("Boss", "Striker"): a title before a person's name. */
function roleNouns(document: DocumentModel, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!TITLE_NOUNS.has(document.tokens.lower(at))) return false;
  return to > from;
}

/**
 * A name piece written out in the key order `cutRun` makes them in, not spread from another: a
 * spread copy gets a map of its own, and the code reading pieces (the entity extractor's loop
 * over a block) met three maps of the one shape and was compiled again for each.
 */
function namePiece(span: Span, from: number, to: number, titles: string[]): NamePiece {
  return { kind: 'name', span, from, to, titles };
}

function cutName(document: DocumentModel, from: number, name: TaggedName, out: TypedPiece[]): void {
  const pieces: Piece[] = [];
  cutRun(document.tokens, from, name.to, pieces);
  const titles: string[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'name') out.push({ piece, type: undefined });
    else if (piece.to <= name.from && name.type === 'PER' && roleNouns(document, piece.from, piece.to)) {
      // "Boss Henk Addink": a role noun the title lexicon lacks, capitalised before a name, is its title.
      titles.push(joined(document.tokens, piece.from, piece.to));
    } else if (piece.to <= name.from) out.push({ piece, type: undefined });
    else if (titles.length > 0) out.push({ piece: namePiece(piece.span, piece.from, piece.to, [...titles, ...piece.titles]), type: name.type });
    else if (piece.from >= name.from) out.push({ piece, type: name.type });
    else {
      // Words the tagger left out before its name are not part of it; role nouns are its titles.
      const start = document.tokens.start(name.from);
      const role = name.type === 'PER' && roleNouns(document, piece.from, name.from) ? [joined(document.tokens, piece.from, name.from)] : [];
      out.push({ piece: namePiece({ start, end: piece.span.end }, name.from, piece.to, [...titles, ...role, ...piece.titles]), type: name.type });
    }
  }
}

/**
 * Cut a block's capitalised runs and tagged names into pieces: a tagged name with the titles
 * before it in its run, demonyms, title-only references, and untagged name pieces.
 *
 * @param document The document model.
 * @param from First token of the block's text (after any dateline).
 * @param to End of the block's tokens.
 * @param names The tagger's names in the block, in order.
 * @param out Receives the pieces.
 */
export function cutTagged(document: DocumentModel, from: number, to: number, names: readonly TaggedName[], out: TypedPiece[]): void {
  const { tokens } = document;
  let next = 0;
  let done = from;
  for (const [runFrom, runTo] of capitalRuns(document, from, to)) {
    while (next < names.length && names[next]!.to <= runFrom) {
      cutName(document, Math.max(done, names[next]!.from), names[next]!, out);
      done = names[next++]!.to;
    }
    let cursor = Math.max(runFrom, done);
    while (next < names.length && names[next]!.from < runTo) {
      const name = names[next++]!;
      cutName(document, Math.max(done, Math.min(cursor, name.from)), name, out);
      cursor = done = name.to;
    }
    // What the tagger left of the run: a sentence's opening function word is no part of anything.
    while (cursor < runTo && FUNCTION_WORDS.has(tokens.lower(cursor))) cursor++;
    if (cursor < runTo) {
      const pieces: Piece[] = [];
      cutRun(tokens, cursor, runTo, pieces);
      for (const piece of pieces) out.push({ piece, type: undefined });
      done = runTo;
    }
  }
  for (; next < names.length; next++) cutName(document, Math.max(done, names[next]!.from), names[next]!, out);
}

/**
 * One type per name: each text takes the type most of its mentions were tagged with (the
 * first mention's on a tie).
 *
 * @param pending Names found in the body.
 */
export function voteTypes(pending: PendingName[]): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const name of pending) {
    if (name.type === undefined) continue;
    let counts = votes.get(name.text);
    if (!counts) votes.set(name.text, (counts = new Map()));
    counts.set(name.type, (counts.get(name.type) ?? 0) + 1);
  }
  for (const name of pending) {
    const counts = votes.get(name.text);
    if (!counts || counts.size < 2) continue;
    let best = name.type!;
    for (const [type, count] of counts) if (count > counts.get(best)!) best = type;
    name.type = best;
  }
}
