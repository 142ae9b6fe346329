// The type of a name from its own words (titles, designators, gazetteers) and the words around it.
import { givenNames } from '../../lexicon/given-names.js';
import {
  CLASS_NOUNS,
  EVENT_SUFFIXES,
  NEWS_AGENCIES,
  ORG_CONTEXT_AFTER,
  ORG_HEADS_PREFIX,
  ORG_SUFFIXES,
  PLACE_CONTEXT_NOUNS,
  PLACE_HEADS_PREFIX,
  PLACE_SUFFIXES,
} from '../../lexicon/organizations.js';
import { placeGazetteer } from '../../lexicon/places.js';
import { TITLE_WORDS_LOWER } from '../../lexicon/titles.js';
import type { DocumentModel } from '../../model/document.js';
import type { EntityType } from '../../schema/entity.js';
import { INITIAL, type NamePiece, startsTitle, type WordUsage } from './runs.js';

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
/** Lowercase role nouns ("the minister") that refer back to a titled person. */
export const TITLE_NOUNS = new Set(TITLE_WORDS_LOWER);
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES);
const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES);
const AGENCIES = new Set(NEWS_AGENCIES);
const EVENT_SUFFIX_SET = new Set(EVENT_SUFFIXES);
const CLASS_NOUN_TYPE = new Map<string, EntityType>();
for (const [type, nouns] of Object.entries(CLASS_NOUNS) as Array<[EntityType, readonly string[]]>) {
  for (const noun of nouns) CLASS_NOUN_TYPE.set(noun, type);
}

/** The type a Hearst pattern before a name gives it ("groups like X", "leaders such as X"). */
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
export interface NameContext {
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
export function typeOfName(document: DocumentModel, piece: NamePiece, text: string, context: NameContext): EntityType | undefined {
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
  // "Labour MP Jane Moss", "Vantora Chairman Ed Lund": what stands before a title is where the person serves.
  if (startsTitle(document.input, tokens, piece.to, context.blockTo)) return 'organization';
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
