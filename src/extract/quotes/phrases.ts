// Cue words and speaker phrases: which tokens are a cue, which phrase before or after it can be
// its source, and how a token range becomes the Speaker, Cue and Via of a quote.
import { APPROXIMATORS, BETWEEN, DETERMINERS, MODALS, POLL_SHARES, PREPOSITIONS, QUANTIFIERS, RELATIVE_PRONOUNS, SMALL_NUMBERS, SPEAKER_BOUNDARIES, SPEAKER_FILLERS, STANDING_QUANTIFIERS, SUBJECT_BOUNDARIES, SUBORDINATORS, VERBAL } from '../../lexicon/attribution.js';
import { ACCORDING_TO_PHRASES, CLAIM_NOUNS, CUE_FORMS, CUE_NOUNS, type CueVerb } from '../../lexicon/cues.js';
import { FUNCTION_WORDS, MONTHS, PRONOUNS, WEEKDAYS } from '../../lexicon/function-words.js';
import { phraseAt } from '../../lexicon/phrase-index.js';
import { ANONYMOUS_SOURCE_NOUNS, PERSON_SOURCE_NOUNS } from '../../lexicon/sources.js';
import { TITLE_WORDS_LOWER } from '../../lexicon/titles.js';
import type { DocumentModel } from '../../model/document.js';
import type { TokenStore } from '../../model/tokenize.js';
import type { Cue, Speaker, Via } from '../../schema/quote.js';
import type { LinkedMention } from '../entities.js';
import { firstMentionFrom, hasMentionInside, mentionIn, rangeSpan } from './lookup.js';

const SOURCE_HEADS = new Set([...PERSON_SOURCE_NOUNS, ...CUE_NOUNS, ...TITLE_WORDS_LOWER]);
// quotes/learned.ts reads the determiners from here.
export { DETERMINERS } from '../../lexicon/attribution.js';
/** The most tokens a speaker phrase may have (longer ones are clauses, not names). */
export const SPEAKER_LIMIT = 8;

/** The cue verb starting at `index`, if any, as `[form, end]`. */
export function cueAt(tokens: TokenStore, index: number, end: number): { verb: CueVerb; end: number } | undefined {
  if (index < 0 || index >= tokens.length || tokens.kind(index) !== 'word') return undefined;
  // A capitalised cue word inside a sentence is part of a name ("Edward Said"), not a verb.
  if (tokens.cap(index) && index > 0 && tokens.sentence(index - 1) === tokens.sentence(index)) return undefined;
  const found = phraseAt(CUE_FORMS, index, end, (at) => tokens.lower(at));
  return found && { verb: found.phrase.verb, end: found.end };
}



/**
 * Whether a phrase starting with `token` can be the subject of a cue. A lowercase function word
 * other than a determiner, quantifier or subject pronoun ("when Clinton said", "from her")
 * means the cue belongs to a clause of its own, not to the quote beside it.
 */
function startsSubject(tokens: TokenStore, at: number): boolean {
  return tokens.cap(at) || !FUNCTION_WORDS.has(tokens.lower(at)) || startsSubjectWord(tokens.lower(at));
}

/** Whether a lowercase function word can open a subject: a determiner, quantifier, poll share ("half of voters"), subject or relative pronoun. */
export function startsSubjectWord(lower: string): boolean {
  return RELATIVE_PRONOUNS.has(lower) || DETERMINERS.has(lower) || QUANTIFIERS.has(lower) || POLL_SHARES.has(lower) || PRONOUNS[lower]?.case === 'subject';
}


/** Whether a share may start at `token`: a number, "a" ("a quarter"), a share noun or another approximator ("just over"). */
function startsShare(tokens: TokenStore, at: number): boolean {
  return isNumber(tokens, at) || tokens.lower(at) === 'a' || POLL_SHARES.has(tokens.lower(at)) || APPROXIMATORS.has(tokens.lower(at));
}

/** Whether token `at` (if there is one) is a number word or figure. */
function isNumber(tokens: TokenStore, at: number): boolean {
  return at >= 0 && at < tokens.length && (tokens.kind(at) === 'number' || SMALL_NUMBERS.has(tokens.lower(at)));
}

/** "4 in 10", "nine out of ten", "two of three" at `at`: a share of the people a poll asked. */
function isShareOf(tokens: TokenStore, at: number, to: number): boolean {
  if (!isNumber(tokens, at)) return false;
  const next = tokens.lowerAt(at + 1);
  if (next === 'in' || next === 'of') return at + 2 < to && isNumber(tokens, at + 2);
  return next === 'out' && tokens.lowerAt(at + 2) === 'of' && at + 3 < to && isNumber(tokens, at + 3);
}

/** A source noun, or the regular plural of one ("senators", "lawmakers"). */
function isSourceNoun(word: string): boolean {
  return SOURCE_HEADS.has(word) || (word.endsWith('s') && SOURCE_HEADS.has(word.slice(0, -1)));
}


/** A plausible speaker phrase: a pronoun, a name, or a phrase headed by a source noun. */
export function isSpeakerPhrase(tokens: TokenStore, from: number, to: number, mentions: readonly LinkedMention[]): boolean {
  if (to <= from || to - from > SPEAKER_LIMIT || !startsSubject(tokens, from) || opensWithVerb(tokens, from, to)) return false;
  // One pass over the phrase's tokens (this runs for every candidate cue): no slice, no closures.
  let clitic = false;
  let allNameWords = true;
  let sourceNoun = false;
  for (let at = from; at < to; at++) {
    if (tokens.kind(at) === 'quote' || (tokens.kind(at) === 'punct' && tokens.text(at) !== '.' && tokens.text(at) !== '-' && tokens.text(at) !== '&')) return false;
    if (tokens.kind(at) === 'clitic') clitic = true;
    // A subject holds no verb of its own: "the President has not bothered to (ask)", "fees she received".
    if (tokens.kind(at) === 'word' && !tokens.cap(at) && (VERBAL.has(tokens.lower(at)) || (at > from && PRONOUNS[tokens.lower(at)]?.case === 'subject'))) return false;
    if (!(tokens.cap(at) && tokens.kind(at) === 'word' && !FUNCTION_WORDS.has(tokens.lower(at)))) allNameWords = false;
    if (!sourceNoun && ((isSourceNoun(tokens.lower(at)) && !FUNCTION_WORDS.has(tokens.lower(at))) || POLL_SHARES.has(tokens.lower(at)) || isShareOf(tokens, at, to))) sourceNoun = true;
  }
  const head = to - 1;
  // "bothered to (ask)": a phrase ending in an infinitive's "to" is no subject.
  if (tokens.lower(head) === 'to') return false;
  // A subject ends in its head noun. A function word there ("Iran might seek") leaves the cue
  // without a subject; after a possessive, a word that is no source noun ("Iran’s ongoing
  // support") makes the cue a noun.
  if (!tokens.cap(head) && MODALS.has(tokens.lower(head))) return false;
  if (!tokens.cap(head) && !isSourceNoun(tokens.lower(head)) && clitic) return false;
  if (to - from === 1 && ((PRONOUNS[tokens.lower(head)] && PRONOUNS[tokens.lower(head)]!.case === 'subject') || RELATIVE_PRONOUNS.has(tokens.lower(head)) || STANDING_QUANTIFIERS.has(tokens.lower(head)))) return true;
  const start = tokens.start(from);
  const end = tokens.end(to - 1);
  if (hasMentionInside(mentions, start, end)) return true;
  // A name the entity pass did not take ("Dean said"): capitalised words, none a function word.
  if (to - from <= 4 && allNameWords) return true;
  return isSourceNoun(tokens.lower(head)) || sourceNoun;
}

/** Words that open a short adverbial of time between a relative pronoun and its verb ("who in 2010 said"). */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'later', 'then', 'once']);

/** Words after a past form that make it a verb, not an adjective ("decided after", "hired to"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['to', 'after', 'before', 'by', 'during', 'through', 'since']);

/**
 * Whether a phrase opens with a verb and its object, the rest of a clause whose subject came
 * before: "decided after a long inquiry not to recommend (charges)", "features a Herald (report)",
 * "designs her (clothing line)"; not "retired generals", "officials in Iowa".
 */
function opensWithVerb(tokens: TokenStore, from: number, to: number): boolean {
  const first = from;
  if (tokens.kind(first) !== 'word' || tokens.cap(first) || from + 1 >= to || from + 1 >= tokens.length || FUNCTION_WORDS.has(tokens.lower(first)) || tokens.lower(first).length < 4) return false;
  const next = tokens.lower(from + 1);
  if (tokens.lower(first).endsWith('ed')) return DETERMINERS.has(next) || PREPOSITIONS.has(next) || VERB_PARTICLES.has(next);
  return tokens.lower(first).endsWith('s') && !tokens.lower(first).endsWith('ss') && DETERMINERS.has(next) && next !== 'that';
}

/** Words that open a noun phrase naming one of several ("another user", "one witness"). */
const ONE_OF_MANY: ReadonlySet<string> = new Set(['another', 'one']);

/**
 * A short noun phrase opened by a determiner or possessive ("a friend", "my father", "the
 * announcer", "another user"): next to a quotation and its cue, that is who speaks, whether or
 * not its noun is a known source noun.
 */
export function isDeterminedPhrase(tokens: TokenStore, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4 || !(DETERMINERS.has(tokens.lower(from)) || ONE_OF_MANY.has(tokens.lower(from)))) return false;
  for (let at = from + 1; at < to; at++) if (tokens.kind(at) !== 'word' || FUNCTION_WORDS.has(tokens.lower(at))) return false;
  return true;
}

/** The phrase that ends right before `index` (the subject of a cue), skipping a parenthetical. */
export function phraseBefore(document: DocumentModel, index: number, first: number): [number, number] | undefined {
  const { tokens } = document;
  let end = index;
  while (end > first && BETWEEN.has(tokens.lower(end - 1))) end--;
  // "X, during a meeting with Y, hinted": skip back over one comma-delimited parenthetical.
  if (tokens.textAt(end - 1) === ',') {
    let at = end - 2;
    while (at >= first && tokens.text(at) !== ',' && tokens.kind(at) !== 'quote') at--;
    if (at >= first && tokens.text(at) === ',') end = at;
    else return undefined;
  }
  // "Sen. Ann Lee (D-Ore.) said": the name is before the parenthesis.
  if (tokens.textAt(end - 1) === ')') {
    let at = end - 2;
    while (at >= Math.max(first, end - 8) && tokens.text(at) !== '(' && tokens.kind(at) !== 'quote') at--;
    if (at >= first && tokens.text(at) === '(') end = at;
    else return undefined;
  }
  if (end > first && RELATIVE_PRONOUNS.has(tokens.lower(end - 1))) return [end - 1, end];
  // A subject pronoun is a whole subject: "in an interview with RT he blasted …".
  if (end > first && PRONOUNS[tokens.lower(end - 1)]?.case === 'subject') return [end - 1, end];
  let start = end;
  while (start > first && start > end - SPEAKER_LIMIT) {
    const token = start - 1;
    if (tokens.kind(token) === 'quote' || (tokens.kind(token) === 'punct' && tokens.text(token) !== '.' && tokens.text(token) !== '&')) break;
    if (tokens.kind(token) === 'word' && !tokens.cap(token) && SUBJECT_BOUNDARIES.has(tokens.lower(token))) break;
    start--;
  }
  // "One of the doctors who sent the letter called …": a relative clause's verb phrase is no
  // subject; the phrase the pronoun stands for is.
  const opening = start < tokens.length ? tokens.lower(start) : undefined;
  const relative = start > first && start < end ? tokens.lower(start - 1) : '';
  // A verb with its object ("sent the letter"), not an auxiliary whose verb is the cue ("who has long opposed").
  const verb = opening !== undefined && tokens.kind(start) === 'word' && !tokens.cap(start) && end - start >= 2 && !VERBAL.has(opening) && (opening.endsWith('ed') || (relative === 'who' && !startsSubjectWord(opening) && !opening.endsWith('s')));
  // "who in 2010 said", "who on Monday said": an adverbial between the pronoun and its cue.
  if (RELATIVE_PRONOUNS.has(relative) && relative !== 'that' && end - start <= 3 && opening !== undefined && ADVERBIAL_OPENERS.has(opening)) return [start - 1, start];
  if (RELATIVE_PRONOUNS.has(relative) && verb) return phraseBefore(document, start - 1, first);
  // A subordinator opening the sentence is not part of the subject ("Though she said"); after a
  // preposition there is no subject ("In a message posted Friday", "At his cookout, …, singing").
  while (start < end && tokens.cap(start) && FUNCTION_WORDS.has(tokens.lower(start)) && !startsSubjectWord(tokens.lower(start))) {
    if (PREPOSITIONS.has(tokens.lower(start)) && !(APPROXIMATORS.has(tokens.lower(start)) && startsShare(tokens, start + 1))) return nameAfterObject(tokens, start + 1, end);
    start++;
  }
  // "Just over a quarter", "nearly 60 percent": the share, not the words that make it approximate.
  while (start < end - 1 && APPROXIMATORS.has(tokens.lower(start)) && startsShare(tokens, start + 1)) start++;
  return start < end ? [start, end] : undefined;
}

const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/**
 * The name that ends an opening prepositional phrase with no comma, as its subject: "In an
 * interview Lee (said)"; none after a determiner or "of" ("In the wake of the Herald (report)")
 * or for a date ("In a message posted Friday").
 */
function nameAfterObject(tokens: TokenStore, from: number, end: number): [number, number] | undefined {
  let start = end;
  while (start > from && start > end - 4 && tokens.kind(start - 1) === 'word' && tokens.cap(start - 1) && !FUNCTION_WORDS.has(tokens.lower(start - 1))) start--;
  const before = start - 1;
  if (start === end || start === from || before < 0 || tokens.kind(before) !== 'word' || tokens.cap(before) || FUNCTION_WORDS.has(tokens.lower(before))) return undefined;
  for (let at = start; at < end; at++) if (CALENDAR.has(tokens.text(at))) return undefined;
  return [start, end];
}

/** The phrase right after `index` up to punctuation (a speaker after its cue: "said Smith"). */
export function phraseAfter(tokens: TokenStore, index: number, end: number): [number, number] | undefined {
  let to = index;
  while (to < end && to < index + SPEAKER_LIMIT) {
    const token = to;
    // An abbreviation's stop inside a name goes on ("said Rep. Ann Lee").
    const abbreviation = tokens.text(token) === '.' && to > index && tokens.end(to - 1) === tokens.start(token) && tokens.capAt(to + 1) === true && tokens.sentence(to + 1) === tokens.sentence(token);
    if (tokens.kind(token) === 'quote' || (tokens.kind(token) === 'punct' && tokens.text(token) !== '&' && !abbreviation)) break;
    if (tokens.kind(token) === 'word' && !tokens.cap(token) && SPEAKER_BOUNDARIES.has(tokens.lower(token))) break;
    to++;
  }
  return to > index ? [index, to] : undefined;
}

/** The index of the `)` closing the `(` at `open`, within a few tokens. */
export function closingParenthesis(tokens: TokenStore, open: number, end: number): number | undefined {
  for (let at = open + 1; at < Math.min(end, open + 8); at++) {
    if (tokens.text(at) === ')') return at;
    if (tokens.text(at) === '(' || tokens.kind(at) === 'quote') return undefined;
  }
  return undefined;
}

/**
 * Per document, each sentence's first "according to": where it starts, where it ends and the
 * first comma or quote mark after it (-1 when none; -2 until the sentence is first read).
 */
const ACCORDING_BY_SENTENCE = new WeakMap<DocumentModel, Int32Array>();

/** The first "according to" of a sentence, as `[start, end, stop]` at `at * 3` in the document's table. */
function accordingIn(document: DocumentModel, sentence: number): Int32Array {
  let table = ACCORDING_BY_SENTENCE.get(document);
  if (!table) ACCORDING_BY_SENTENCE.set(document, (table = new Int32Array(document.sentences.length * 3).fill(-2)));
  if (table[sentence * 3] !== -2) return table;
  const { tokens } = document;
  const [first, end] = document.sentences[sentence]!.tokens;
  const lowerAt = (position: number) => tokens.lower(position);
  table[sentence * 3] = -1;
  for (let at = first; at < end; at++) {
    const phrase = phraseAt(ACCORDING_TO_PHRASES, at, tokens.length, lowerAt);
    if (!phrase) continue;
    let stop = phrase.end;
    while (stop < end && tokens.text(stop) !== ',' && tokens.kind(stop) !== 'quote') stop++;
    table[sentence * 3] = at;
    table[sentence * 3 + 1] = phrase.end;
    table[sentence * 3 + 2] = stop;
    break;
  }
  return table;
}

/**
 * "According to X," before `index` in the same sentence: the medium or source X. The sentence's
 * first such phrase is found once, not again for every quote of a long sentence.
 */
export function accordingTo(document: DocumentModel, index: number): [number, number] | undefined {
  const sentence = document.tokens.sentenceAt(index);
  if (sentence === undefined || sentence < 0) return undefined;
  const table = accordingIn(document, sentence);
  const at = table[sentence * 3]!;
  if (at < 0 || at >= index) return undefined;
  const start = table[sentence * 3 + 1]!;
  // X runs to the first comma or quote mark, and no further than `index`.
  const end = start >= index ? start : Math.min(index, table[sentence * 3 + 2]!);
  return end > start ? [start, end] : undefined;
}

/** The speaker for a token range: its text, the entity of the mention it names, and whether the source is anonymous. */
export function toSpeaker(document: DocumentModel, range: [number, number], mentions: readonly LinkedMention[]): Speaker {
  if (range[1] - range[0] === 1 && RELATIVE_PRONOUNS.has(document.tokens.lower(range[0]))) return relativeSpeaker(document, range[0], mentions);
  const span = rangeSpan(document.tokens, range);
  const mention = mentionIn(mentions, span);
  // "a source close to the talks", "officials": the first noun is an unnamed source.
  let anonymous = false;
  if (!mention) {
    for (let at = range[0]; at < range[1]; at++) {
      if (document.tokens.kind(at) !== 'word' || DETERMINERS.has(document.tokens.lower(at)) || SPEAKER_FILLERS.has(document.tokens.lower(at))) continue;
      anonymous = ANONYMOUS_SOURCE_NOUNS.has(document.tokens.lower(at));
      break;
    }
  }
  // Built directly rather than spread from a snippet, whole rather than given `anonymous` later
  // (a property added to a made object moves it to another shape): this runs for every quote.
  // `span` is fresh.
  const text = document.input.slice(span.start, span.end);
  const entityId = mention?.entityId ?? null;
  return anonymous ? { text, span, entityId, anonymous } : { text, span, entityId };
}

/**
 * The speaker of a relative pronoun ("Ann Lee, who said"): the pronoun, as written next to the
 * cue, linked to the entity of the mention right before it, its antecedent.
 */
function relativeSpeaker(document: DocumentModel, index: number, mentions: readonly LinkedMention[]): Speaker {
  const { tokens } = document;
  // Speakers are built as one literal, never spread, so every speaker has one shape.
  const own = (entityId: string | null): Speaker => ({ text: tokens.text(index), span: { start: tokens.start(index), end: tokens.end(index) }, entityId });
  let last = index - 1;
  if (tokens.textAt(last) === ',') last--;
  if (last < 0 || tokens.sentence(last) !== tokens.sentence(index)) return own(null);
  const beforeEnd = tokens.end(last);
  const candidate = mentions[firstMentionFrom(mentions, beforeEnd) - 1];
  if (candidate && candidate.span.end === beforeEnd && candidate.kind !== 'demonym') return own(candidate.entityId);
  // No name before it ("a headline that said", "voters who want"): the noun phrase before it
  // speaks, and the speaker spans it and the pronoun (PolNeAR, rules alone: speaker accuracy +0.1
  // on dev and on train; the phrase without the pronoun lost 0.7 on train, where "who" is often
  // what is annotated).
  const from = antecedentStart(tokens, last);
  if (from !== undefined && isSpeakerPhrase(tokens, from, last + 1, mentions)) {
    const span = rangeSpan(tokens, [from, index + 1]);
    return { text: document.input.slice(span.start, span.end), span, entityId: mentionIn(mentions, span)?.entityId ?? null };
  }
  return own(null);
}

/**
 * Where the noun phrase ending at `last` starts: its determiner or quantifier with at most one
 * word between ("a headline", "some senior officials"), a run of capitalised words, or else the
 * head word alone ("officials"); undefined after a preposition, where the pronoun may stand for
 * the phrase before it ("a letter from her doctor that says").
 */
function antecedentStart(tokens: TokenStore, last: number): number | undefined {
  const head = last;
  if (tokens.kind(head) !== 'word' || FUNCTION_WORDS.has(tokens.lower(head))) return undefined;
  const same = (at: number): boolean => at >= 0 && tokens.sentence(at) === tokens.sentence(head);
  const opens = (at: number): boolean => same(at) && tokens.kind(at) === 'word' && (DETERMINERS.has(tokens.lower(at)) || QUANTIFIERS.has(tokens.lower(at)));
  let from = last;
  if (opens(last - 1)) from = last - 1;
  else if (opens(last - 2) && tokens.kind(last - 1) === 'word' && !FUNCTION_WORDS.has(tokens.lower(last - 1))) from = last - 2;
  else if (tokens.cap(head)) while (from > last - 3 && same(from - 1) && tokens.kind(from - 1) === 'word' && tokens.cap(from - 1) && !FUNCTION_WORDS.has(tokens.lower(from - 1))) from--;
  const before = from - 1;
  if (before >= 0 && same(before) && !tokens.cap(before) && PREPOSITIONS.has(tokens.lower(before))) return undefined;
  return from;
}

/** The cue for a token range, with its verb's lemma and class. */
export function toCue(document: DocumentModel, range: [number, number], verb: CueVerb): Cue {
  const span = rangeSpan(document.tokens, range);
  return { text: document.input.slice(span.start, span.end), span, lemma: verb.lemma, class: verb.class };
}

/** The medium for a token range ("According to Reuters, …"), linked to its entity. */
export function toVia(document: DocumentModel, range: [number, number] | undefined, mentions: readonly LinkedMention[]): Via | null {
  if (!range) return null;
  const span = rangeSpan(document.tokens, range);
  return { text: document.input.slice(span.start, span.end), span, entityId: mentionIn(mentions, span)?.entityId ?? null };
}

/**
 * The subject of a sentence's main clause: after an opening subordinate or participle clause
 * ("When Lee spoke, Ann Ray …", "Speaking in Leeds, Ann Ray …"), the subject after its comma.
 */
export function mainSubject(document: DocumentModel, first: number, before: number, mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const opener = first < tokens.length ? tokens.lower(first) : undefined;
  let start = first;
  // Not after "But" or "And": "But Ann Ray, Lee's aide, took …" opens with its subject.
  // A participle opens a clause too: "Speaking in Leeds, …", "Chastened by the reviews, …".
  // Not a name's first word ("Downing Street"), nor "According to", whose source speaks.
  const named = opener !== undefined && mentions[firstMentionFrom(mentions, tokens.start(first))]?.span.start === tokens.start(first);
  const participle = opener !== undefined && opener.length > 4 && (opener.endsWith('ing') || opener.endsWith('ed')) && opener !== 'according' && !named;
  if (opener !== undefined && tokens.kind(first) === 'word' && tokens.cap(first) && (SUBORDINATORS.has(opener) || PREPOSITIONS.has(opener) || participle)) {
    for (let at = first + 1; at < before; at++) {
      if (tokens.text(at) !== ',') continue;
      start = at + 1;
      break;
    }
    // "At a rally in Ames, Iowa, on Sunday, Ann Ray …": the place's state and a short adverbial
    // go with the opening clause.
    while (start > first) {
      const next = shortSegment(tokens, start, before);
      if (next === undefined) break;
      start = next;
    }
  }
  if (start >= before) return undefined;
  // After an opening clause, a main clause with no name opens with a noun phrase ("In August,
  // several environmental groups granted …").
  return sentenceSubject(document, start, before, mentions) ?? (start > first ? nounPhraseSubject(tokens, start, before) : undefined);
}

/**
 * The token after a short comma-ended segment at `from` that belongs to an opening clause: a
 * place's state ("Iowa,", "Calif.,") or an adverbial of time ("on Sunday,"), else undefined.
 */
function shortSegment(tokens: TokenStore, from: number, before: number): number | undefined {
  let comma = from;
  while (comma < before && comma < from + 4 && tokens.text(comma) !== ',') comma++;
  if (comma >= before || tokens.text(comma) !== ',' || comma === from) return undefined;
  const head = from;
  // A state after its city ("in Ames, Iowa,"), not a subject with an appositive after a clause ("When Ray spoke, Ann Lee, the mayor, …").
  const place = comma - from <= 3 && tokens.cap(head) && tokens.capAt(from - 2) === true && capitalsOrStops(tokens, from, comma);
  const time = (tokens.lower(head) === 'on' || tokens.lower(head) === 'last' || tokens.lower(head) === 'this') && !tokens.cap(head);
  return place || time ? comma + 1 : undefined;
}

/** Whether tokens `[from, to)` are all capitalised or stops ("Iowa", "D.C", "."). */
function capitalsOrStops(tokens: TokenStore, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!tokens.cap(at) && tokens.text(at) !== '.') return false;
  return true;
}

/** The subject at the start of a sentence: its first mention, when that opens the sentence. */
export function sentenceSubject(document: DocumentModel, first: number, before: number, mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const mention = mentions[firstMentionFrom(mentions, tokens.start(first))];
  if (mention && mention.kind !== 'demonym' && mention.span.end <= tokens.start(before)) {
    let from = first;
    while (from < before && tokens.start(from) < mention.span.start) from++;
    let to = from;
    while (to < before && tokens.end(to) <= mention.span.end) to++;
    // Only a mention among the first few words can be the subject ("Ann Lee, the mayor, …").
    if (from - first <= 3 && to > from) return [from, to];
  }
  // Else a subject pronoun among the first words ("On Monday they announced …").
  for (let at = first; at < Math.min(before, first + 6); at++) if (PRONOUNS[tokens.lower(at)]?.case === 'subject') return [at, at + 1];
  // Or a capitalised name opening the sentence ("Dean, a doctor, began by saying …").
  let to = first;
  while (to < before && to < first + 4 && tokens.cap(to) && !FUNCTION_WORDS.has(tokens.lower(to))) to++;
  return to > first ? [first, to] : undefined;
}

/** A quantified plural noun phrase up to its verb at `first` ("several environmental groups (granted)"). */
function nounPhraseSubject(tokens: TokenStore, first: number, before: number): [number, number] | undefined {
  if (!QUANTIFIERS.has(tokens.lower(first))) return undefined;
  for (let to = first + 1; to < Math.min(before, first + 5); to++) {
    if (tokens.kind(to) !== 'word' || FUNCTION_WORDS.has(tokens.lower(to))) return undefined;
    if (to > first + 1 && (tokens.lower(to).endsWith('ed') || VERBAL.has(tokens.lower(to)))) return tokens.lower(to - 1).endsWith('s') ? [first, to] : undefined;
  }
  return undefined;
}

/** The verb a claim noun comes from, for its lemma and class ("claim" is loaded), or the noun itself. */
export function claimVerb(noun: string): CueVerb {
  const singular = noun.endsWith('s') && CLAIM_NOUNS.has(noun.slice(0, -1)) ? noun.slice(0, -1) : noun;
  const form = CUE_FORMS.get(singular)?.find((candidate) => candidate.words.length === 1);
  return form ? form.verb : { lemma: singular, forms: [], class: 'neutral', speech: false };
}
