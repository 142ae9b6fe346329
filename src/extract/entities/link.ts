// Mentions that do not create entities: names in headings, title-only references and pronouns.
import { PRONOUNS } from '../../lexicon/function-words.js';
import { givenNameGenders } from '../../lexicon/given-names.js';
import { placeGazetteer } from '../../lexicon/places.js';
import { TITLE_GENDERS } from '../../lexicon/titles.js';
import { blockAtOffset, type DocumentModel } from '../../model/document.js';
import type { Span } from '../../schema/span.js';
import { isNameWord, joined, type Piece, titleCase } from './runs.js';
import { addMention, type Builder, personBySurname, placeBuilder, type Store } from './store.js';
import { tokenAt } from './tagged.js';
import { TITLE_NOUNS } from './typing.js';

/** A person's gender as their titles or their given name tell it, if they do. */
function genderOf(person: Builder): 'male' | 'female' | undefined {
  for (const title of person.titles) {
    const gender = TITLE_GENDERS.get(title);
    if (gender) return gender;
  }
  const space = person.name.indexOf(' ');
  return space === -1 ? undefined : givenNameGenders().get(person.name.slice(0, space));
}

const PERSONAL_PRONOUNS = new Set(
  Object.entries(PRONOUNS)
    .filter(([, features]) => features.person === 3 && features.number === 'singular' && features.gender !== 'neuter')
    .map(([form]) => form),
);

// "he", "she": the pronouns that can be the subject of a clause.
const NOMINATIVE = new Set([...PERSONAL_PRONOUNS].filter((form) => PRONOUNS[form]?.case === 'subject'));

/** How far back (in blocks) a title or pronoun looks for the person it refers to. */
const ANTECEDENT_BLOCKS = 2;

/** In headings and the headline, link the longest known names; create nothing. */
export function linkHeadings(document: DocumentModel, store: Store, starts: ReadonlyMap<number, number>): void {
  const { input, tokens } = document;
  const places = placeGazetteer();
  // Capitals in a headline hide case: "ORBIT CORP" is Orbit Corp. The index is taken before any
  // heading adds entities, and only when some heading has a word in capitals (most have none).
  let hasUpper = false;
  for (const [blockIndex, from] of starts) {
    for (let at = from; at < document.blocks[blockIndex]!.tokens[1] && !hasUpper; at++) hasUpper = tokens.upper(at);
  }
  const byUpper = new Map<string, Builder>();
  if (hasUpper) for (const [surface, builder] of store.bySurface) if (builder.mentions.length > 0 || builder.id) byUpper.set(surface.toUpperCase(), builder);
  for (const [blockIndex, from] of starts) {
    const to = document.blocks[blockIndex]!.tokens[1];
    for (let at = from; at < to; at++) {
      if (!isNameWord(tokens, at)) continue;
      for (let end = Math.min(to, at + 6); end > at; end--) {
        const text = joined(tokens, at, end);
        const span = { start: tokens.start(at), end: tokens.end(end - 1) };
        const upper = tokens.upper(at) && tokens.upper(end - 1);
        const single = end - at === 1;
        const demonym = single ? (places.demonyms.get(text) ?? (upper ? places.demonyms.get(titleCase(text)) : undefined)) : undefined;
        const afterThe = single && tokens.lowerAt(at - 1) === 'the' ? places.afterThe.get(upper ? titleCase(text) : text) : undefined;
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
 * reading order, each linked to a person mentioned before it within a few blocks: a title to
 * the latest person given that title; a pronoun to a person of its gender (by title, given
 * name, or a pronoun linked before) by salience: the first person named in its own sentence,
 * then others there, then the first of the sentence before, then others; never an
 * organisation or place, and nobody when two people rank the same.
 */
export function linkReferences(document: DocumentModel, store: Store, titleRefs: ReadonlyArray<Extract<Piece, { kind: 'title' }>>): void {
  const { input, tokens, blocks } = document;
  const blockOf = (offset: number) => blockAtOffset(document, offset);
  const people: Builder[] = [];
  for (const builder of store.builders) if (builder.type === 'person' && builder.mentions.length > 0) people.push(builder);
  if (people.length === 0) return;
  // Every reference has every key, in one order: two shapes made the code reading them polymorphic.
  type Reference = { span: Span; kind: 'title' | 'pronoun'; title: string | undefined; gender: 'male' | 'female' | undefined; nominative: boolean | undefined; block: number };
  const references: Reference[] = [];
  for (const piece of titleRefs) {
    if (tokens.lowerAt(piece.from - 1) !== 'the') continue;
    references.push({ span: { start: tokens.start(piece.from - 1), end: piece.span.end }, kind: 'title', title: piece.title.toLowerCase(), gender: undefined, nominative: undefined, block: blockOf(piece.span.start) });
  }
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    for (let index = block.tokens[0]; index < block.tokens[1]; index++) {
      if (tokens.kind(index) !== 'word') continue;
      if (PERSONAL_PRONOUNS.has(tokens.lower(index))) {
        const gender = PRONOUNS[tokens.lower(index)]!.gender;
        const nominative = NOMINATIVE.has(tokens.lower(index));
        references.push({ span: { start: tokens.start(index), end: tokens.end(index) }, kind: 'pronoun', title: undefined, gender: gender === 'neuter' ? undefined : gender, nominative, block: blockIndex });
      } else if (!tokens.cap(index) && tokens.lowerAt(index - 1) === 'the' && TITLE_NOUNS.has(tokens.lower(index)) && !isNameWord(tokens, index + 1)) {
        references.push({ span: { start: tokens.start(index - 1), end: tokens.end(index) }, kind: 'title', title: tokens.lower(index), gender: undefined, nominative: undefined, block: blockIndex });
      }
    }
  });
  if (references.length === 0) return;
  references.sort((a, b) => a.span.start - b.span.start);

  // One sweep in reading order: each person's latest mention before the reference, and the
  // person each sentence names first (its subject, as near as word order tells).
  const events: Array<{ at: number; person: Builder }> = [];
  for (const person of people) for (const mention of person.mentions) events.push({ at: mention.span.start, person });
  events.sort((a, b) => a.at - b.at);
  // Each person's titles pushed onto a literal, not spread and mapped: those made arrays of
  // several kinds (holey once V8 optimized this, small integers when empty), and this function,
  // which reads them, was thrown away and compiled again for each (see extractQuotes).
  const titles = new Map<Builder, string[]>();
  const genders = new Map<Builder, ReturnType<typeof genderOf>>();
  for (const person of people) {
    const lower: string[] = [];
    for (const title of person.titles) lower.push(title.toLowerCase());
    titles.set(person, lower);
    genders.set(person, genderOf(person));
  }
  const latest = new Map<Builder, number>();
  // Every sighting in reading order: those before the window of the reference at hand leave
  // `latest`, so each reference weighs the people near it, not everyone the article named
  // (which made a long article quadratic).
  const sightings: Array<{ at: number; person: Builder }> = [];
  let stale = 0;
  const subjects = new Map<number, Builder>();
  const sentenceOf = (offset: number) => tokens.sentenceAt(tokenAt(document, offset)) ?? -1;
  const seen = (person: Builder, at: number) => {
    latest.set(person, at);
    sightings.push({ at, person });
    const sentence = sentenceOf(at);
    if (sentence >= 0 && !subjects.has(sentence)) subjects.set(sentence, person);
  };
  let next = 0;
  for (const reference of references) {
    while (next < events.length && events[next]!.at < reference.span.start) {
      seen(events[next]!.person, events[next]!.at);
      next++;
    }
    // Out of the window: a person whose latest sighting is in a block before it.
    const first = reference.block - ANTECEDENT_BLOCKS;
    const windowStart = first > 0 ? blocks[first]!.span.start : Number.NEGATIVE_INFINITY;
    while (stale < sightings.length && sightings[stale]!.at < windowStart) {
      const { at, person } = sightings[stale]!;
      if (latest.get(person) === at) latest.delete(person);
      stale++;
    }
    if (reference.kind === 'title') {
      let best: { builder: Builder; at: number } | undefined;
      for (const [person, at] of latest) {
        if (!titles.get(person)!.some((title) => title.includes(reference.title!))) continue;
        if (!best || at > best.at) best = { builder: person, at };
      }
      if (best && blockOf(best.at) >= reference.block - ANTECEDENT_BLOCKS) addMention(best.builder, reference.span, input, reference.kind);
      continue;
    }
    // A pronoun: people of its gender (or of none known) near it, the subject of this sentence
    // or the last outranking other names; a tie between two people leaves it unlinked.
    const here = sentenceOf(reference.span.start);
    // "he" and "she" favour the subject; "his", "him" and "her" the nearest name in their own
    // sentence ("met Pezeshkian and his cabinet"), as a clause's object rarely is its subject.
    const nominative = reference.nominative === true;
    let nearest: Builder | undefined;
    let nearestAt = -1;
    for (const [person, at] of latest) {
      if (at > nearestAt && sentenceOf(at) === here) {
        nearest = person;
        nearestAt = at;
      }
    }
    let best: Builder | undefined;
    let bestScore = -1;
    let tie = false;
    for (const [person, at] of latest) {
      if (blockOf(at) < reference.block - ANTECEDENT_BLOCKS) continue;
      const gender = genders.get(person);
      if (reference.gender && gender && reference.gender !== gender) continue;
      const sentence = sentenceOf(at);
      const subject = subjects.get(sentence) === person ? 1 : 0;
      const local = nominative ? subject : nearest === person ? 1 : 0;
      let score = sentence === here ? 3 + local : sentence === here - 1 ? 1 + subject : 0;
      if (reference.gender && gender === reference.gender) score += 0.5;
      if (score > bestScore) {
        best = person;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) tie = true;
    }
    if (!best || tie) continue;
    addMention(best, reference.span, input, reference.kind);
    if (reference.gender && !genders.get(best)) genders.set(best, reference.gender);
    seen(best, reference.span.start);
  }
}
