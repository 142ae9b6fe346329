// Quotes from the trained attribution tagger (src/learn/attribution, see MODEL.md): each
// content span goes to the nearest cue of its block, each cue to the nearest source; contents
// of one cue are one quote's parts. Sources link to entities through their mentions (names,
// titles, resolved pronouns), as the rules' speakers do (toSpeaker).
import { type AttributionContext, attributionContext, MENTION_DESCRIPTION, MENTION_ORGANIZATION, MENTION_OTHER_NAME, MENTION_PERSON, MENTION_PRONOUN } from '../../learn/attribution-features.js';
import { type AttributionSpan, tagAttributions } from '../../learn/attribution.js';
import { filterFeature } from '../../learn/attribution-filter.js';
import type { LinearModel } from '../../learn/model.js';
import { blockOfToken, type DocumentModel } from '../../model/document.js';
import type { Quote } from '../../schema/quote.js';
import type { Span } from '../../schema/span.js';
import type { EntityIndex, LinkedMention } from '../entities.js';
import { lastAtOrBefore } from '../../model/search.js';
import { insideReport } from './indirect.js';
import { contentOf } from './lookup.js';
import { CUE_NOUNS } from '../../lexicon/cues.js';
import { FUNCTION_WORDS, PRONOUNS } from '../../lexicon/function-words.js';
import { EDITORIAL_LABELS } from '../../lexicon/sources.js';
import { hasMentionInside } from './lookup.js';
import { cueAt, DETERMINERS, isSpeakerPhrase, mainSubject, phraseBefore, toCue, toSpeaker } from './phrases.js';


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
    while (at < tokens.length && tokens.end(at) <= mention.span.start) at++;
    for (let token = at; token < tokens.length && tokens.start(token) < mention.span.end; token++) codes[token] = code;
  }
  return codes;
}

/** Token gap between two spans, plus a penalty when they lie in different sentences. */
function distance(document: DocumentModel, a: AttributionSpan, b: AttributionSpan): number {
  const { tokens } = document;
  const gap = b.from >= a.to ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
  const near = b.from >= a.to ? [a.to - 1, b.from] : [b.to - 1, a.from];
  return gap + (tokens.sentence(near[0]!) === tokens.sentence(near[1]!) ? 0 : 12);
}

/**
 * The candidate nearest `from` (one after it counts half a token farther), by its index in
 * `candidates` (-1 for none), and its distance. Tagged spans are apart and in reading order, and
 * the distance only grows away from `from` on either side (more tokens, and once another sentence
 * always another), so the last candidate before it and the first after are the only contenders:
 * found by binary search, so a block with thousands of cues is not quadratic.
 */
function nearest(document: DocumentModel, from: AttributionSpan, candidates: readonly AttributionSpan[]): { at: number; distance: number } {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (candidates[middle]!.from < from.to) low = middle + 1;
    else high = middle;
  }
  let at = -1;
  let best = Infinity;
  // The one before, then the one after: the earlier wins a tie.
  for (let candidate = low - 1; candidate <= low; candidate++) {
    if (candidate < 0 || candidate >= candidates.length) continue;
    const span = candidates[candidate]!;
    const d = distance(document, from, span) + (span.from >= from.to ? 0.5 : 0);
    if (d < best) {
      at = candidate;
      best = d;
    }
  }
  return { at, distance: best };
}

// Function words that stand alone for people: "one said", "others argue", "everyone agrees".
const STANDING = new Set(['one', 'another', 'others', 'some', 'many', 'most', 'several', 'all', 'both', 'each', 'anyone', 'everyone', 'someone', 'somebody', 'everybody', 'nobody', 'none', 'who', 'which', 'that']);

/**
 * Whether a tagged source can name a speaker: it holds a mention, or it ends in a noun rather
 * than in a function word or an adverb ("perhaps", "together", "between", "privately").
 */
function plausibleSource(document: DocumentModel, [from, to]: [number, number], mentions: readonly LinkedMention[]): boolean {
  const { tokens } = document;
  if (hasMentionInside(mentions, tokens.start(from), tokens.end(to - 1))) return true;
  const head = to - 1;
  if (tokens.kind(head) !== 'word') return false;
  const verbal = tokens.lower(head).endsWith('ly') || (to - from === 1 && (tokens.lower(head).endsWith('ing') || tokens.lower(head).endsWith('ed')));
  // A capitalised word is a name, unless it stands alone and only opens the sentence ("Having", "Reached", "Probably").
  if (tokens.cap(head) && (to - from > 1 || !(verbal || FUNCTION_WORDS.has(tokens.lower(head))))) return true;
  if (FUNCTION_WORDS.has(tokens.lower(head))) return PRONOUNS[tokens.lower(head)]?.case === 'subject' || STANDING.has(tokens.lower(head));
  return !verbal;
}

/**
 * Whether a content is the latter part of quoted words whose cue stands outside them: it opens
 * after a quoted word and holds only quoted words ("appeared on “The Morning Show With Ann And
 * Tom”" read as Ann And Tom said). Someone outside a quotation is said to have said all of it or
 * none; a report inside it ("“He told me the plan would fail,” she said") has its cue inside too.
 */
export function partOfQuotation(document: DocumentModel, context: AttributionContext, content: AttributionSpan, cue: AttributionSpan): boolean {
  const { tokens } = document;
  const { quote } = context;
  // Inside quote marks and on no opening mark: a quoted word or mark of the same quotation.
  if (content.from === 0 || (quote[content.from - 1]! & 3) !== 1 || quote[cue.from]! & 1) return false;
  for (let at = content.from; at < content.to; at++) if (tokens.kind(at) === 'word' && !(quote[at]! & 1)) return false;
  return true;
}

/** Whether a token range shares no token with the contents. */
function outside(range: [number, number], contents: readonly AttributionSpan[]): boolean {
  return !contents.some((content) => content.from < range[1] && range[0] < content.to);
}

/** The speaker phrase right before a cue, in its sentence and outside the content, as the rules read a subject. */
function phraseBeforeCue(document: DocumentModel, cue: AttributionSpan, contents: readonly AttributionSpan[], mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const sentence = document.sentences[tokens.sentence(cue.from)];
  if (!sentence || cue.from <= sentence.tokens[0]) return undefined;
  const before = phraseBefore(document, cue.from, sentence.tokens[0]);
  return before && outside(before, contents) && isSpeakerPhrase(tokens, before[0], before[1], mentions) && plausibleSource(document, before, mentions) ? before : undefined;
}

/**
 * The name that opens a headline or heading before a colon ("Ann Lee: …", "Report: …", "Ann Lee
 * on Taxes: …"), when the cue is the colon or comes after it: a few capitalised words.
 */
function labelBefore(document: DocumentModel, cue: AttributionSpan, mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const block = document.blocks[blockOfToken(document, cue.from)]!;
  if (block.kind !== 'headline' && block.kind !== 'heading') return undefined;
  const first = block.tokens[0];
  let colon = first;
  // "Ann Lee on Taxes: …": the name before "on" and its topic.
  let topic = -1;
  while (colon <= cue.from && colon < first + 8 && (tokens.cap(colon) || tokens.text(colon) === '-' || tokens.text(colon) === '.' || (topic < 0 && colon > first && tokens.lower(colon) === 'on'))) {
    if (tokens.lower(colon) === 'on' && !tokens.cap(colon)) topic = colon;
    colon++;
  }
  const labelEnd = topic > 0 ? topic : colon;
  if (colon === first || colon > cue.from || tokens.text(colon) !== ':' || tokens.kind(first) !== 'word' || labelEnd - first > 5) return undefined;
  // A name or a document ("Report: …"), not an editorial label ("Exclusive: …", "The Latest: …", "Q: …").
  if (EDITORIAL_LABELS.has(tokens.lower(first)) || DETERMINERS.has(tokens.lower(first))) return undefined;
  const named = hasMentionInside(mentions, tokens.start(first), tokens.end(labelEnd - 1)) || (topic < 0 && DOCUMENT_NOUNS.has(tokens.lower(colon - 1)));
  return named ? [first, labelEnd] : undefined;
}

/** The cue nouns that name documents and polls, which speak in headlines ("Report: …", "Poll: …"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(CUE_NOUNS);

/** The subject of a cue when its tagged source fails: the phrase right before it, or the sentence's subject, outside the content. */
function subjectOf(document: DocumentModel, cue: AttributionSpan, contents: readonly AttributionSpan[], mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const sentence = document.sentences[tokens.sentence(cue.from)];
  if (!sentence || cue.from <= sentence.tokens[0]) return undefined;
  const before = phraseBeforeCue(document, cue, contents, mentions);
  if (before) return before;
  const subject = mainSubject(document, sentence.tokens[0], cue.from, mentions);
  return subject && outside(subject, contents) && plausibleSource(document, subject, mentions) ? subject : undefined;
}

/** A tagger quote and the quote filter's features of it. */
interface LinkedQuote {
  quote: Omit<Quote, 'id'>;
  features: number[];
}

/**
 * The quote of one cue and its contents (see {@link linkAttributions}), or undefined when it is
 * left out. A function of its own, not part of the loop over blocks: V8 compiles it on its own,
 * so when the loop's code is thrown away (on a new kind of span array from the tagger) this,
 * which inlines the speaker search and the filter's features, is kept: recompiling the loop
 * with all of it inlined took 100-300 ms of compile time each, five or six times in a cold run.
 */
function linkCue(document: DocumentModel, mentions: readonly LinkedMention[], context: AttributionContext, cue: AttributionSpan, contents: readonly AttributionSpan[], inBlock: readonly AttributionSpan[], sources: readonly AttributionSpan[], taken: ((start: number, end: number) => boolean) | undefined): LinkedQuote | undefined {
  const { tokens } = document;
  // After a possessive or determiner the cue word is a noun ("Iran’s support for"), as the rules read it.
  const before = cue.from - 1;
  if (before >= 0 && (tokens.kind(before) === 'clitic' || (DETERMINERS.has(tokens.lower(before)) && tokens.sentence(before) === tokens.sentence(cue.from)))) return undefined;
  // What the contents say is read before who says it: most cues of a long block are left
  // out here, and looking for their speakers first made such a block slow.
  let words = 0;
  let quoted = 0;
  for (const content of contents) {
    for (let at = content.from; at < content.to; at++) {
      if (tokens.kind(at) !== 'word') continue;
      words++;
      if (context.quote[at]! & 1) quoted++;
    }
  }
  // A word or two ("anonymously", "no") is rarely what someone said: most such tags are wrong.
  if (words < MIN_CONTENT_WORDS) return undefined;
  const pieces: Span[] = [];
  for (const content of contents) pieces.push({ start: tokens.start(content.from), end: tokens.end(content.to - 1) });
  const said = contentOf(document, pieces);
  if (taken?.(said.span.start, said.span.end)) return undefined;
  const { at: sourceAt, distance: sourceDistance } = nearest(document, cue, sources);
  const source = sourceAt >= 0 ? sources[sourceAt] : undefined;
  let speakerRange: [number, number] | undefined = source ? [source.from, source.to] : undefined;
  // How the speaker was found, for the quote filter: 1 the tagged source, 2 the sentence's
  // subject for a far source, 3 a subject for an implausible source, 4 the phrase before the
  // cue for a source elsewhere, 5 the subject for a source in another sentence, 6 a headline's
  // opening name before a colon.
  let path = source ? 1 : 0;
  // No source tagged in the cue's sentence: its subject, when that is no part of the content.
  if (sourceDistance >= 12) {
    const sentence = document.sentences[tokens.sentence(cue.from)];
    const subject = sentence && cue.from > sentence.tokens[0] ? mainSubject(document, sentence.tokens[0], cue.from, mentions) : undefined;
    if (subject && !contents.some((content) => content.from < subject[1] && subject[0] < content.to)) {
      speakerRange = subject;
      path = 2;
    }
  }
  // A source tagged with the comma after it ("an official,") is the words alone.
  if (speakerRange) {
    let [from, to] = speakerRange;
    while (from < to && tokens.kind(from) === 'punct') from++;
    while (to > from && tokens.kind(to - 1) === 'punct') to--;
    speakerRange = from < to ? [from, to] : undefined;
  }
  // A tagged source that names no one and is no speaker phrase ("perhaps", "both", "many
  // cases") is a tagging slip: the subject right before the cue, or the sentence's, speaks.
  if (speakerRange && !plausibleSource(document, speakerRange, mentions)) {
    speakerRange = subjectOf(document, cue, contents, mentions);
    path = 3;
  }
  // A source tagged after the cue or in another sentence, or none, most often belongs to
  // another attribution: the speaker phrase right before the cue ("the judge ruled"), else,
  // for a source in another sentence, the cue's subject or no speaker (PolNeAR train,
  // cross-validated: speaker accuracy +0.5, attributed F1 +0.3; dev +0.6, +0.3).
  if (!speakerRange || speakerRange[0] >= cue.to || tokens.sentence(speakerRange[0]) !== tokens.sentence(cue.from)) {
    const before = phraseBeforeCue(document, cue, contents, mentions);
    if (before) {
      speakerRange = before;
      path = 4;
    } else if (speakerRange && tokens.sentence(speakerRange[0]) !== tokens.sentence(cue.from)) {
      speakerRange = subjectOf(document, cue, contents, mentions);
      path = 5;
    }
  }
  // "Ann Lee: Voters Want a New School": a headline or heading opening with a name and a colon
  // is what that name says, whoever the tagger found inside it.
  const label = labelBefore(document, cue, mentions);
  if (label) {
    speakerRange = label;
    path = 6;
  }
  // A speaker right after a verb of saying, or after a cue, its object and "that" ("voters
  // say they want", "asked voters if they want"), is the subject of a report inside another:
  // the outer attribution is what was said, and this one is left out, as the rules leave it.
  if (speakerRange && speakerRange[1] <= cue.from) {
    const sentence = document.sentences[tokens.sentence(speakerRange[0])];
    if (sentence && insideReport(tokens, speakerRange[0], sentence.tokens[0], sentence.tokens[1])) speakerRange = undefined;
  }
  // A quote no one is found to have said would be dropped too.
  if (taken && !speakerRange) return undefined;
  const lexical = cueAt(tokens, cue.from, cue.to);
  const verb = lexical?.verb ?? { lemma: document.input.slice(tokens.start(cue.from), tokens.end(cue.to - 1)).toLowerCase(), forms: [], class: 'neutral' as const, speech: false };
  const kind = quoted === words ? 'direct' : quoted > 0 ? 'mixed' : 'indirect';
  return {
    quote: {
      kind,
      content: said,
      speaker: speakerRange ? toSpeaker(document, speakerRange, mentions) : null,
      cue: toCue(document, [cue.from, cue.to], verb),
      via: null,
    },
    features: quoteFeatures(document, context, { cue, contents, inBlock, speaker: speakerRange, path, words, kind: kind === 'direct' ? 2 : kind === 'mixed' ? 1 : 0 }),
  };
}

/**
 * Quotes from tagged spans: contents linked to cues, cues to sources.
 *
 * @param document The document model.
 * @param mentions The entity mentions, to link speakers.
 * @param spans The tagger's spans.
 * @param context The document's attribution context (quote marks around tokens).
 * @param features Receives the quote filter's feature ids of each quote, in the same order.
 * @param taken Whether a content span is taken already (by a rule quote): its quote would be
 *   dropped, so it is not built (its speaker, cue and features are never looked for).
 * @returns The quotes, in reading order of their first part.
 */
export function linkAttributions(document: DocumentModel, mentions: readonly LinkedMention[], spans: readonly AttributionSpan[], context: AttributionContext, features?: number[][], taken?: (start: number, end: number) => boolean): Omit<Quote, 'id'>[] {
  const out: LinkedQuote[] = [];
  let start = 0;
  while (start < spans.length) {
    let end = start;
    const blockEnd = document.blocks[blockOfToken(document, spans[start]!.from)]!.tokens[1];
    while (end < spans.length && spans[end]!.from < blockEnd) end++;
    // Copied by push, not sliced: the tagger's spans come in arrays of several kinds (packed or
    // holey as V8 runs the tagger, small integers when empty), and a slice keeps the kind, so each
    // function reading the block's spans deopted on each new one (see extractQuotes).
    const inBlock: AttributionSpan[] = [];
    for (let at = start; at < end; at++) inBlock.push(spans[at]!);
    start = end;
    // Pushed, not filtered: `filter` gives arrays of another kind once V8 has optimized this,
    // and this function was thrown away and compiled again on meeting it (see extractQuotes).
    const cues: AttributionSpan[] = [];
    const sources: AttributionSpan[] = [];
    for (const span of inBlock) {
      if (span.type === 'CUE') cues.push(span);
      else if (span.type === 'SOURCE') sources.push(span);
    }
    // The contents of each cue, by the cue's index, and the cues in the order their first
    // content comes (arrays, not a map keyed by span objects: a long block has thousands).
    const byCue: AttributionSpan[][] = new Array(cues.length);
    const order: number[] = [];
    for (const content of inBlock) {
      if (content.type !== 'CONTENT') continue;
      const { at } = nearest(document, content, cues);
      if (at < 0) continue;
      let list = byCue[at];
      if (!list) {
        list = byCue[at] = [];
        order.push(at);
      }
      list.push(content);
    }
    for (const at of order) {
      const cue = cues[at]!;
      // Pushed, not filtered (see extractQuotes).
      const contents: AttributionSpan[] = [];
      for (const content of byCue[at]!) if (!partOfQuotation(document, context, content, cue)) contents.push(content);
      if (contents.length === 0) continue;
      const linked = linkCue(document, mentions, context, cue, contents, inBlock, sources, taken);
      if (linked) out.push(linked);
    }
  }
  out.sort((a, b) => a.quote.content.span.start - b.quote.content.span.start);
  if (features) for (const item of out) features.push(item.features);
  const quotes: Omit<Quote, 'id'>[] = [];
  for (const item of out) quotes.push(item.quote);
  return quotes;
}

/** A bucket for a count: 0, 1, 2, 3-4, 5-8, 9-16, more. */
function countBucket(count: number): number {
  return count <= 2 ? count : count <= 4 ? 3 : count <= 8 ? 4 : count <= 16 ? 5 : 6;
}

/** What the quote filter reads of a linked quote. */
interface LinkedFacts {
  cue: AttributionSpan;
  contents: readonly AttributionSpan[];
  inBlock: readonly AttributionSpan[];
  speaker: [number, number] | undefined;
  path: number;
  words: number;
  kind: number;
}

// Templates of the quote filter's features (src/learn/attribution-filter.ts).
const F_BIAS = 1;
const F_CUE_CLASS = 2;
const F_CUE_LEMMA = 3;
const F_CUE_WORD = 4;
const F_BEFORE_CUE = 5;
const F_AFTER_CUE = 6;
const F_CUE_SHAPE = 7;
const F_PATH = 8;
const F_SPEAKER_KIND = 9;
const F_SPEAKER_HEAD = 10;
const F_SPEAKER_PLACE = 11;
const F_SPEAKER_LENGTH = 12;
const F_CONTENT = 13;
const F_CONTENT_PLACE = 14;
const F_CUE_PLACE = 15;
const F_BLOCK = 16;
const F_CLASS_KIND = 17;
const F_PATH_KIND = 18;
const F_LEMMA_KIND = 19;
const F_CLASS_CONTENT = 20;
const F_SPEAKER_IN_CONTENT = 21;
const F_SPEAKER_FIRST = 22;
// 23 is the speaker in a rule quote (src/extract/quotes.ts).
const F_BEFORE_SPEAKER = 24;
const F_SPEAKER_SPEAKS = 25;
const F_RULE_IN_SENTENCE = 26;
const F_OTHER_CUES = 27;
const F_SPEAKER_MENTIONS = 28;

/**
 * Whether a tagged content overlaps tokens `[from, to)`. The spans are in token order and do not
 * overlap, so the ones that reach past `from` are found by a binary search and only those
 * starting before `to` are read: a block of thousands of tagged spans costs no more per quote.
 */
function overlapsContent(spans: readonly AttributionSpan[], from: number, to: number): boolean {
  for (let at = lastAtOrBefore(spans, from, (span) => span.to) + 1; at < spans.length && spans[at]!.from < to; at++) if (spans[at]!.type === 'CONTENT') return true;
  return false;
}

/**
 * Other tagged cues in the quote's cue sentence: 1 when one comes after its content ("…, records
 * show": the quote is most often what that one reports), 2 when one comes before its cue, 3 both.
 */
function otherCues(document: DocumentModel, facts: LinkedFacts): number {
  const { tokens } = document;
  const { cue, contents } = facts;
  const sentence = tokens.sentence(cue.from);
  const end = Math.max(cue.to, contents[contents.length - 1]!.to);
  // Only the spans of the cue's sentence are read, so a block of thousands of sentences costs no
  // more per quote (a cue whose sentence is not in the list reads the whole block, as before).
  const [sentenceStart, sentenceEnd] = document.sentences[sentence]?.tokens ?? [0, Infinity];
  const spans = facts.inBlock;
  let code = 0;
  for (let at = lastAtOrBefore(spans, sentenceStart, (span) => span.to) + 1; at < spans.length && spans[at]!.from < sentenceEnd; at++) {
    const span = spans[at]!;
    if (span.type !== 'CUE' || span === cue || tokens.sentence(span.from) !== sentence) continue;
    if (span.from >= end) code |= 1;
    else if (span.to <= cue.from) code |= 2;
  }
  return code;
}

/**
 * The quote filter's features of a linked quote: its cue (class, lemma, word and its
 * neighbours), its speaker (how it was found, its mention kind, head word, where it lies from
 * the cue, whether it lies in quote marks or in a tagged content), its content (kind, length,
 * pieces, where it lies from the cue) and the block. Hashed ids only.
 */
function quoteFeatures(document: DocumentModel, context: AttributionContext, facts: LinkedFacts): number[] {
  const { tokens } = document;
  const { lower } = context.words;
  const { cue, contents, speaker, path } = facts;
  // The cue's lexicon word, else its first.
  let head = cue.from;
  for (let at = cue.from; at < cue.to; at++) {
    if (context.cue[at]) {
      head = at;
      break;
    }
  }
  const cueClass = context.cue[head]!;
  const lemma = context.lemma[head] || lower[head]!;
  const token = head;
  const sameSentence = (at: number): boolean => at >= 0 && at < tokens.length && tokens.sentence(at) === tokens.sentence(token);
  const before = sameSentence(cue.from - 1) ? lower[cue.from - 1]! : 0;
  const after = sameSentence(cue.to) ? lower[cue.to]! : 0;
  let speakerKind = 0;
  let speakerHead = 0;
  let speakerPlace = 0;
  let speakerLength = 0;
  let speakerInside = 0;
  let speakerFirst = 0;
  let beforeSpeaker = 0;
  if (speaker) {
    const last = speaker[1] - 1;
    const headToken = last;
    // Mention code 1-6, then a pronoun or other function word, a capitalised word, a plain noun.
    speakerKind = context.mention[last]! || (FUNCTION_WORDS.has(tokens.lower(headToken)) ? (PRONOUNS[tokens.lower(headToken)] ? 8 : 9) : tokens.cap(headToken) ? 10 : 11);
    speakerHead = lower[last]!;
    const gap = speaker[0] >= cue.to ? speaker[0] - cue.to : speaker[1] <= cue.from ? cue.from - speaker[1] : 0;
    speakerPlace = (speaker[0] >= cue.to ? 1 : 2) * 16 + countBucket(gap) * 2 + (tokens.sentence(speaker[0]) === tokens.sentence(token) ? 0 : 1);
    speakerLength = countBucket(speaker[1] - speaker[0]);
    speakerInside = (context.quote[speaker[0]]! & 1) * 2 + (overlapsContent(facts.inBlock, speaker[0], speaker[1]) ? 1 : 0);
    const sentence = document.sentences[tokens.sentence(speaker[0])];
    speakerFirst = sentence && speaker[0] === sentence.tokens[0] ? 1 : 2;
    // The word before the speaker: a preposition or a verb there makes it an object ("from Lee", "rebuked Lee").
    beforeSpeaker = speaker[0] > 0 && tokens.sentence(speaker[0] - 1) === tokens.sentence(speaker[0]) ? lower[speaker[0] - 1]! : 1;
  }
  const first = contents[0]!;
  const lastContent = contents[contents.length - 1]!;
  const contentPlace = (first.from >= cue.to ? 1 : lastContent.to <= cue.from ? 2 : 3) * 16 + countBucket(first.from >= cue.to ? first.from - cue.to : lastContent.to <= cue.from ? cue.from - lastContent.to : 0);
  const content = facts.kind * 64 + countBucket(facts.words) * 8 + Math.min(contents.length, 4);
  return [
    filterFeature(F_BIAS, 0),
    filterFeature(F_CUE_CLASS, cueClass),
    filterFeature(F_CUE_LEMMA, lemma),
    filterFeature(F_CUE_WORD, lower[head]!),
    filterFeature(F_BEFORE_CUE, before),
    filterFeature(F_AFTER_CUE, after),
    filterFeature(F_CUE_SHAPE, (tokens.cap(token) ? 1 : 0) + Math.min(cue.to - cue.from, 3) * 2),
    filterFeature(F_PATH, path),
    filterFeature(F_SPEAKER_KIND, speakerKind),
    filterFeature(F_SPEAKER_HEAD, speakerHead),
    filterFeature(F_SPEAKER_PLACE, speakerPlace),
    filterFeature(F_SPEAKER_LENGTH, speakerLength),
    filterFeature(F_CONTENT, content),
    filterFeature(F_CONTENT_PLACE, contentPlace),
    filterFeature(F_CUE_PLACE, context.place[head]!),
    filterFeature(F_BLOCK, context.block[head]!),
    filterFeature(F_CLASS_KIND, cueClass, speakerKind),
    filterFeature(F_PATH_KIND, path, speakerKind),
    filterFeature(F_LEMMA_KIND, lemma, speakerKind),
    filterFeature(F_CLASS_CONTENT, cueClass, contentPlace),
    filterFeature(F_SPEAKER_IN_CONTENT, speakerInside),
    filterFeature(F_SPEAKER_FIRST, speakerFirst),
    filterFeature(F_BEFORE_SPEAKER, beforeSpeaker),
    filterFeature(F_OTHER_CUES, otherCues(document, facts)),
  ];
}

/** What the quote filter reads of the rules' quotes: who speaks in them, and in which sentences they have a cue. */
export interface RuleSpeakers {
  entities: ReadonlySet<string>;
  /** Mentions per entity in the document. */
  mentionCounts: ReadonlyMap<string, number>;
  bySentence: ReadonlyMap<number, readonly (string | null)[]>;
}

/** The sentence of the token starting at or before `offset`. */
function sentenceAt(document: DocumentModel, offset: number): number {
  const at = document.tokens.lastAtOrBefore(offset);
  return at < 0 ? -1 : document.tokens.sentence(at);
}

/**
 * Who speaks in the rules' quotes: their speakers' entities, and the speakers of the cues in each sentence.
 *
 * @param document The document model.
 * @param quotes The rules' quotes.
 * @param mentions The entity mentions.
 * @returns The speakers, for {@link ruleFeatures}.
 */
export function ruleSpeakers(document: DocumentModel, quotes: readonly Omit<Quote, 'id'>[], mentions: readonly LinkedMention[]): RuleSpeakers {
  const mentionCounts = new Map<string, number>();
  for (const mention of mentions) mentionCounts.set(mention.entityId, (mentionCounts.get(mention.entityId) ?? 0) + 1);
  const entities = new Set<string>();
  const bySentence = new Map<number, (string | null)[]>();
  for (const quote of quotes) {
    if (quote.speaker?.entityId) entities.add(quote.speaker.entityId);
    if (!quote.cue) continue;
    const sentence = sentenceAt(document, quote.cue.span.start);
    const list = bySentence.get(sentence) ?? [];
    list.push(quote.speaker?.entityId ?? quote.speaker?.text ?? null);
    bySentence.set(sentence, list);
  }
  return { entities, mentionCounts, bySentence };
}

/**
 * The quote filter's features of a tagger quote read off the rules' quotes: whether its
 * speaker's entity speaks in a rule quote of the document (speakers recur), and whether a rule
 * quote has its cue in the same sentence, with the same speaker or another.
 *
 * @param document The document model.
 * @param quote A tagger quote with a speaker.
 * @param rules The rules' speakers ({@link ruleSpeakers}).
 * @returns Feature ids.
 */
export function ruleFeatures(document: DocumentModel, quote: Omit<Quote, 'id'>, rules: RuleSpeakers): number[] {
  const speaker = quote.speaker;
  const entity = speaker?.entityId ?? null;
  const speaks = entity ? (rules.entities.has(entity) ? 2 : 1) : 0;
  const others = quote.cue ? rules.bySentence.get(sentenceAt(document, quote.cue.span.start)) : undefined;
  const same = others ? (others.includes(entity ?? speaker?.text ?? null) ? 1 : 2) : 0;
  return [filterFeature(F_SPEAKER_SPEAKS, speaks), filterFeature(F_RULE_IN_SENTENCE, same), filterFeature(F_SPEAKER_MENTIONS, entity ? countBucket(rules.mentionCounts.get(entity) ?? 0) + 1 : 0)];
}

/**
 * The tagger's quotes for a document.
 *
 * @param document The document model.
 * @param entities The entity index.
 * @param model A model other than the shipped one.
 * @param features Receives the quote filter's feature ids of each quote, in the same order.
 * @param taken Whether a content span is taken already (see {@link linkAttributions}).
 * @returns The quotes.
 */
export function learnedQuotes(document: DocumentModel, entities: EntityIndex, model?: LinearModel, features?: number[][], taken?: (start: number, end: number) => boolean): Omit<Quote, 'id'>[] {
  const context = attributionContext(document, mentionCodes(document, entities));
  const spans = tagAttributions(document, context, model);
  return linkAttributions(document, entities.mentions, spans, context, features, taken);
}
