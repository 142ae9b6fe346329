// Quotes from the trained attribution tagger (src/learn/attribution, see MODEL.md): each
// content span goes to the nearest cue of its block, each cue to the nearest source; contents
// of one cue are one quote's parts. Sources link to entities through their mentions (names,
// titles, resolved pronouns), as the rules' speakers do (toSpeaker).
import { type AttributionContext, attributionContext, MENTION_DESCRIPTION, MENTION_ORGANIZATION, MENTION_OTHER_NAME, MENTION_PERSON, MENTION_PRONOUN } from '../../learn/attribution-features.js';
import { type AttributionSpan, tagAttributions } from '../../learn/attribution.js';
import type { LinearModel } from '../../learn/model.js';
import { blockOfToken, type DocumentModel } from '../../model/document.js';
import type { Quote } from '../../schema/quote.js';
import type { EntityIndex, LinkedMention } from '../entities.js';
import { contentOf } from './lookup.js';
import { FUNCTION_WORDS, PRONOUNS } from '../../lexicon/function-words.js';
import { hasMentionInside } from './lookup.js';
import { cueAt, DETERMINERS, isSpeakerPhrase, phraseBefore, sentenceSubject, toCue, toSpeaker } from './phrases.js';


/** The fewest words a tagged content must have to be reported. */
const MIN_CONTENT_WORDS = 3;
/**
 * Mention codes per token, for the attribution features: the kind of mention a token is in,
 * and for names the type of their entity.
 *
 * @param document The document model.
 * @param entities The entity index.
 * @returns One code a token.
 */
export function mentionCodes(document: DocumentModel, entities: EntityIndex): Uint8Array {
  const { tokens } = document;
  const codes = new Uint8Array(tokens.length);
  const types = new Map(entities.entities.map((entity) => [entity.id, entity.type]));
  let at = 0;
  for (const mention of entities.mentions) {
    let code: number;
    if (mention.kind === 'pronoun') code = MENTION_PRONOUN;
    else if (mention.kind === 'name') {
      const type = types.get(mention.entityId);
      code = type === 'person' ? MENTION_PERSON : type === 'organization' ? MENTION_ORGANIZATION : MENTION_OTHER_NAME;
    } else code = MENTION_DESCRIPTION;
    while (at < tokens.length && tokens[at]!.end <= mention.span.start) at++;
    for (let token = at; token < tokens.length && tokens[token]!.start < mention.span.end; token++) codes[token] = code;
  }
  return codes;
}

/** Token gap between two spans, plus a penalty when they lie in different sentences. */
function distance(document: DocumentModel, a: AttributionSpan, b: AttributionSpan): number {
  const { tokens } = document;
  const gap = b.from >= a.to ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
  const near = b.from >= a.to ? [a.to - 1, b.from] : [b.to - 1, a.from];
  return gap + (tokens[near[0]!]!.sentence === tokens[near[1]!]!.sentence ? 0 : 12);
}

/**
 * The candidate nearest `from` (one after it counts half a token farther), and its distance.
 * Tagged spans are apart and in reading order, and the distance only grows away from `from` on
 * either side (more tokens, and once another sentence always another), so the last candidate
 * before it and the first after are the only contenders: found by binary search, so a block
 * with thousands of cues is not quadratic.
 */
function nearest(document: DocumentModel, from: AttributionSpan, candidates: readonly AttributionSpan[]): { span: AttributionSpan | undefined; distance: number } {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (candidates[middle]!.from < from.to) low = middle + 1;
    else high = middle;
  }
  let span: AttributionSpan | undefined;
  let best = Infinity;
  for (const candidate of [candidates[low - 1], candidates[low]]) {
    if (!candidate) continue;
    const d = distance(document, from, candidate) + (candidate.from >= from.to ? 0.5 : 0);
    if (d < best) {
      span = candidate;
      best = d;
    }
  }
  return { span, distance: best };
}

// Function words that stand alone for people: "one said", "others argue", "everyone agrees".
const STANDING = new Set(['one', 'another', 'others', 'some', 'many', 'most', 'several', 'all', 'both', 'each', 'anyone', 'everyone', 'someone', 'somebody', 'everybody', 'nobody', 'none', 'who', 'which', 'that']);

/**
 * Whether a tagged source can name a speaker: it holds a mention, or it ends in a noun rather
 * than in a function word or an adverb ("perhaps", "together", "between", "privately").
 */
function plausibleSource(document: DocumentModel, [from, to]: [number, number], mentions: readonly LinkedMention[]): boolean {
  const { tokens } = document;
  if (hasMentionInside(mentions, tokens[from]!.start, tokens[to - 1]!.end)) return true;
  const head = tokens[to - 1]!;
  if (head.kind !== 'word') return false;
  const verbal = head.lower.endsWith('ly') || (to - from === 1 && (head.lower.endsWith('ing') || head.lower.endsWith('ed')));
  // A capitalised word is a name, unless it stands alone and only opens the sentence ("Having", "Reached", "Probably").
  if (head.cap && (to - from > 1 || !(verbal || FUNCTION_WORDS.has(head.lower)))) return true;
  if (FUNCTION_WORDS.has(head.lower)) return PRONOUNS[head.lower]?.case === 'subject' || STANDING.has(head.lower);
  return !verbal;
}

/** Whether a token range shares no token with the contents. */
function outside(range: [number, number], contents: readonly AttributionSpan[]): boolean {
  return !contents.some((content) => content.from < range[1] && range[0] < content.to);
}

/** The speaker phrase right before a cue, in its sentence and outside the content, as the rules read a subject. */
function phraseBeforeCue(document: DocumentModel, cue: AttributionSpan, contents: readonly AttributionSpan[], mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const sentence = document.sentences[tokens[cue.from]!.sentence];
  if (!sentence || cue.from <= sentence.tokens[0]) return undefined;
  const before = phraseBefore(document, cue.from, sentence.tokens[0]);
  return before && outside(before, contents) && isSpeakerPhrase(tokens, before[0], before[1], mentions) && plausibleSource(document, before, mentions) ? before : undefined;
}

/** The subject of a cue when its tagged source fails: the phrase right before it, or the sentence's subject, outside the content. */
function subjectOf(document: DocumentModel, cue: AttributionSpan, contents: readonly AttributionSpan[], mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const sentence = document.sentences[tokens[cue.from]!.sentence];
  if (!sentence || cue.from <= sentence.tokens[0]) return undefined;
  const before = phraseBeforeCue(document, cue, contents, mentions);
  if (before) return before;
  const subject = sentenceSubject(document, sentence.tokens[0], cue.from, mentions);
  return subject && outside(subject, contents) && plausibleSource(document, subject, mentions) ? subject : undefined;
}

/**
 * Quotes from tagged spans: contents linked to cues, cues to sources.
 *
 * @param document The document model.
 * @param mentions The entity mentions, to link speakers.
 * @param spans The tagger's spans.
 * @param context The document's attribution context (quote marks around tokens).
 * @returns The quotes, in reading order of their first part.
 */
export function linkAttributions(document: DocumentModel, mentions: readonly LinkedMention[], spans: readonly AttributionSpan[], context: AttributionContext): Omit<Quote, 'id'>[] {
  const { tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  let start = 0;
  while (start < spans.length) {
    let end = start;
    const blockEnd = document.blocks[blockOfToken(document, spans[start]!.from)]!.tokens[1];
    while (end < spans.length && spans[end]!.from < blockEnd) end++;
    const inBlock = spans.slice(start, end);
    start = end;
    const cues = inBlock.filter((span) => span.type === 'CUE');
    const sources = inBlock.filter((span) => span.type === 'SOURCE');
    const byCue = new Map<AttributionSpan, AttributionSpan[]>();
    for (const content of inBlock) {
      if (content.type !== 'CONTENT') continue;
      const { span: best } = nearest(document, content, cues);
      if (!best) continue;
      const list = byCue.get(best) ?? [];
      list.push(content);
      byCue.set(best, list);
    }
    for (const [cue, contents] of byCue) {
      // After a possessive or determiner the cue word is a noun ("Iran’s support for"), as the rules read it.
      const before = tokens[cue.from - 1];
      if (before && (before.kind === 'clitic' || (DETERMINERS.has(before.lower) && before.sentence === tokens[cue.from]!.sentence))) continue;
      const { span: source, distance: sourceDistance } = nearest(document, cue, sources);
      let speakerRange: [number, number] | undefined = source ? [source.from, source.to] : undefined;
      // No source tagged in the cue's sentence: its subject, when that is no part of the content.
      if (sourceDistance >= 12) {
        const sentence = document.sentences[tokens[cue.from]!.sentence];
        const subject = sentence && cue.from > sentence.tokens[0] ? sentenceSubject(document, sentence.tokens[0], cue.from, mentions) : undefined;
        if (subject && !contents.some((content) => content.from < subject[1] && subject[0] < content.to)) speakerRange = subject;
      }
      // A source tagged with the comma after it ("an official,") is the words alone.
      if (speakerRange) {
        let [from, to] = speakerRange;
        while (from < to && tokens[from]!.kind === 'punct') from++;
        while (to > from && tokens[to - 1]!.kind === 'punct') to--;
        speakerRange = from < to ? [from, to] : undefined;
      }
      // A tagged source that names no one and is no speaker phrase ("perhaps", "both", "many
      // cases") is a tagging slip: the subject right before the cue, or the sentence's, speaks.
      if (speakerRange && !plausibleSource(document, speakerRange, mentions)) speakerRange = subjectOf(document, cue, contents, mentions);
      // A source tagged after the cue or in another sentence, or none, most often belongs to
      // another attribution: the speaker phrase right before the cue ("the judge ruled"), else,
      // for a source in another sentence, the cue's subject or no speaker (PolNeAR train,
      // cross-validated: speaker accuracy +0.5, attributed F1 +0.3; dev +0.6, +0.3).
      if (!speakerRange || speakerRange[0] >= cue.to || tokens[speakerRange[0]]!.sentence !== tokens[cue.from]!.sentence) {
        const before = phraseBeforeCue(document, cue, contents, mentions);
        if (before) speakerRange = before;
        else if (speakerRange && tokens[speakerRange[0]]!.sentence !== tokens[cue.from]!.sentence) speakerRange = subjectOf(document, cue, contents, mentions);
      }
      let words = 0;
      let quoted = 0;
      for (const content of contents) {
        for (let at = content.from; at < content.to; at++) {
          if (tokens[at]!.kind !== 'word') continue;
          words++;
          if (context.quote[at]! & 1) quoted++;
        }
      }
      // A word or two ("anonymously", "no") is rarely what someone said: most such tags are wrong.
      if (words < MIN_CONTENT_WORDS) continue;
      const pieces = contents.map((content) => ({ start: tokens[content.from]!.start, end: tokens[content.to - 1]!.end }));
      const lexical = cueAt(tokens, cue.from, cue.to);
      const verb = lexical?.verb ?? { lemma: document.input.slice(tokens[cue.from]!.start, tokens[cue.to - 1]!.end).toLowerCase(), forms: [], class: 'neutral' as const, speech: false };
      out.push({
        kind: quoted === words ? 'direct' : quoted > 0 ? 'mixed' : 'indirect',
        content: contentOf(document, pieces),
        speaker: speakerRange ? toSpeaker(document, speakerRange, mentions) : null,
        cue: toCue(document, [cue.from, cue.to], verb),
        via: null,
      });
    }
  }
  return out.sort((a, b) => a.content.span.start - b.content.span.start);
}

/**
 * The tagger's quotes for a document.
 *
 * @param document The document model.
 * @param entities The entity index.
 * @param model A model other than the shipped one.
 * @returns The quotes.
 */
export function learnedQuotes(document: DocumentModel, entities: EntityIndex, model?: LinearModel): Omit<Quote, 'id'>[] {
  const context = attributionContext(document, mentionCodes(document, entities));
  const spans = tagAttributions(document, context, model);
  return linkAttributions(document, entities.mentions, spans, context);
}
