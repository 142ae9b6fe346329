// The type of a name from its own words (titles, designators, gazetteers) and the words around it.
import {
  CLASS_NOUNS,
  CORPORATE_DESIGNATORS,
  EVENT_SUFFIXES,
  NEWS_AGENCIES,
  ORG_CONTEXT_AFTER,
  PLACE_CONTEXT_NOUNS,
  PLACE_HEADS_PREFIX,
} from '../../lexicon/organizations.js';
import { phraseIndex } from '../../lexicon/phrase-index.js';
import { placeGazetteer } from '../../lexicon/places.js';
import { TITLE_WORDS_LOWER } from '../../lexicon/titles.js';
import type { DocumentModel } from '../../model/document.js';
import type { EntityType } from '../../schema/entity.js';
import type { NamePiece } from './runs.js';

// "Republic of" -> "Republic of ": by first word, so a name is checked against a few prefixes only.
const PLACE_PREFIXES = phraseIndex(PLACE_HEADS_PREFIX.map((prefix) => ({ words: prefix.split(' '), text: `${prefix} ` })));
/** Lowercase role nouns ("the minister") that refer back to a titled person. */
export const TITLE_NOUNS = new Set(TITLE_WORDS_LOWER);
const DESIGNATOR_SET = new Set(CORPORATE_DESIGNATORS);
const AGENCIES = new Set(NEWS_AGENCIES);
const EVENT_SUFFIX_SET = new Set(EVENT_SUFFIXES);
const CLASS_NOUN_TYPE = new Map<string, EntityType>();
for (const [type, nouns] of Object.entries(CLASS_NOUNS) as Array<[EntityType, readonly string[]]>) {
  for (const noun of nouns) CLASS_NOUN_TYPE.set(noun, type);
}

/** The type a Hearst pattern before a name gives it ("groups like X", "leaders such as X"). */
function classNounType(document: DocumentModel, index: number): EntityType | undefined {
  const { tokens } = document;
  const before = tokens.lowerAt(index - 1);
  const twoBefore = tokens.lowerAt(index - 2);
  const threeBefore = tokens.lowerAt(index - 3);
  if (before === 'like' || before === 'including') return twoBefore === undefined ? undefined : CLASS_NOUN_TYPE.get(twoBefore);
  if (before === 'as' && twoBefore === 'such') return threeBefore === undefined ? undefined : CLASS_NOUN_TYPE.get(threeBefore);
  return undefined;
}

/** Where a name stands: its block's token range. */
export interface NameContext {
  blockFrom: number;
  blockTo: number;
}

/**
 * The type the words around an unknown name give it: a head noun after it ("Jiangsu
 * province", "Vantora spokesman"), "the village of" before it, or ", Country" after it. (A
 * score after a name in a results table says less than the tagger: golfers' rows have them.)
 */
function typeByContext(document: DocumentModel, piece: NamePiece, context: NameContext): EntityType | undefined {
  const { tokens } = document;
  // The tokens around the name inside its block, -1 where the block ends.
  const after = piece.to < context.blockTo ? piece.to : -1;
  const before = piece.from - 1 >= context.blockFrom ? tokens.lower(piece.from - 1) : undefined;
  const twoBefore = piece.from - 2 >= context.blockFrom ? tokens.lower(piece.from - 2) : undefined;
  if (after !== -1 && tokens.kind(after) === 'word' && !tokens.cap(after)) {
    const lower = tokens.lower(after);
    if (PLACE_CONTEXT_NOUNS.has(lower)) return 'place';
    if (ORG_CONTEXT_AFTER.has(lower)) return 'organization';
    if (lower === 'news' && tokens.lowerAt(piece.to + 1) === 'agency') return 'organization';
  }
  // "Vantora's shares", "Vantora's board": the same nouns after a possessive.
  const owned = after !== -1 && tokens.kind(after) === 'clitic' && piece.to + 1 < context.blockTo ? piece.to + 1 : -1;
  if (owned !== -1 && tokens.kind(owned) === 'word' && !tokens.cap(owned) && ORG_CONTEXT_AFTER.has(tokens.lower(owned))) return 'organization';
  if (before === 'of' && twoBefore !== undefined && PLACE_CONTEXT_NOUNS.has(twoBefore)) return 'place';
  // "Ontario-based Vantora", "an analyst at Vantora": a base or a workplace is an organisation.
  if (before?.endsWith('-based')) return 'organization';
  if (before === 'at' && twoBefore !== undefined && TITLE_NOUNS.has(twoBefore)) return 'organization';
  if (after !== -1 && tokens.text(after) === ',' && piece.to + 1 < context.blockTo) {
    const next = piece.to + 1;
    const kind = placeGazetteer().names.get(tokens.text(next))?.kind;
    if (kind === 'country' || kind === 'province' || kind === 'region') return 'place';
  }
  return undefined;
}

/**
 * The type precise rules give a name whatever a tagger reads: a news agency, a firm joined by
 * an ampersand, a Hearst pattern ("groups like X"), the words around it ("Jiangsu province",
 * "X's shares", "the village of X", "X-based", "an analyst at X", "X, Scotland"), and the
 * designators that end or open it ("Orbit Corp.", "Merton Cup", "Republic of Zembla").
 *
 * @param document The document model.
 * @param piece The name.
 * @param text The name as written.
 * @param context Where it stands.
 * @returns The type, or undefined when no such rule applies.
 */
export function typeByRule(document: DocumentModel, piece: NamePiece, text: string, context: NameContext): EntityType | undefined {
  const { tokens } = document;
  if (AGENCIES.has(text)) return 'organization';
  for (let at = piece.from + 1; at < piece.to - 1; at++) if (tokens.text(at) === '&') return 'organization';
  if (piece.to - piece.from > 1) {
    const first = piece.from;
    const lastToken = piece.to - 1;
    const last = tokens.text(lastToken) === '.' ? tokens.text(piece.to - 2) : tokens.text(lastToken);
    if (DESIGNATOR_SET.has(last)) return 'organization';
    if (EVENT_SUFFIX_SET.has(last)) return 'other';
    if (PLACE_PREFIXES.get(tokens.text(first))?.some((prefix) => text.startsWith(prefix.text))) return 'place';
  }
  return classNounType(document, piece.from) ?? typeByContext(document, piece, context);
}

/**
 * A name of several words that holds a place's name and that a tagger read as MISC names
 * something based there: "Iran Air", "Iran International" are organisations. (Events with a
 * place's name end on an event word, which `typeByRule` reads first.)
 *
 * @param document The document model.
 * @param piece The name.
 * @returns Whether it holds a country's or capital's name.
 */
export function namedAfterPlace(document: DocumentModel, piece: NamePiece): boolean {
  if (piece.to - piece.from < 2) return false;
  const places = placeGazetteer();
  for (let at = piece.from; at < piece.to; at++) {
    const kind = places.names.get(document.tokens.text(at))?.kind;
    if (kind === 'country' || kind === 'capital') return true;
  }
  return false;
}
