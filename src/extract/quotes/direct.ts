// Direct quotes: the attribution after or before the marks, bylines and transcript lines, and when
// one quote goes on after its attribution.
import { BETWEEN, DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS } from '../../lexicon/attribution.js';
import { CLAIM_NOUNS, type CueVerb } from '../../lexicon/cues.js';
import { FUNCTION_WORDS, PRONOUNS } from '../../lexicon/function-words.js';
import { EDITORIAL_LABELS } from '../../lexicon/sources.js';
import { blockOfToken, type DocumentModel } from '../../model/document.js';
import { clipToSegments, piecewiseText } from '../../model/text.js';
import { lineBreakBetween, type TokenStore } from '../../model/tokenize.js';
import type { Quote } from '../../schema/quote.js';
import type { LinkedMention } from '../entities.js';
import { hasMentionInside, mentionIn, rangeSpan } from './lookup.js';
import type { Quoted } from './marks.js';
import { SPEAKER_LIMIT, accordingTo, claimVerb, closingParenthesis, cueAt, isDeterminedPhrase, isSpeakerPhrase, mainSubject, phraseAfter, phraseBefore, sentenceSubject, toCue } from './phrases.js';
import { isEdge, TERMINALS } from './tokens.js';

interface Attribution {
  speaker: [number, number];
  cue: [number, number];
  verb: CueVerb;
  /** Token index right after the attribution (for interrupted quotes). */
  after: number;
}

/** The attribution right after a closing quote mark: `, she said` or `, said the minister`. */
export function attributionAfter(document: DocumentModel, close: number, mentions: readonly LinkedMention[]): Attribution | undefined {
  const { tokens } = document;
  const end = document.blocks[blockOfToken(document, close)]!.tokens[1];
  const byline = bylineAfter(tokens, close, end);
  if (byline) return byline;
  let at = close + 1;
  if (tokens.textAt(at) === ',') at++;
  // An attribution does not start a new line: that line introduces what follows it.
  if (at < end && lineBreakBetween(document.tokens, close, at)) return undefined;
  // "said Ortiz" / "said the minister"
  const cueFirst = cueAt(tokens, at, end);
  if (cueFirst?.verb.speech) {
    const speaker = phraseAfter(tokens, cueFirst.end, end);
    // "said Ann Lee who is taking part": the relative clause is about the speaker.
    for (let word = speaker ? speaker[0] + 1 : end; speaker && word < speaker[1]; word++) {
      if (!RELATIVE_PRONOUNS.has(tokens.lower(word))) continue;
      speaker[1] = word;
      break;
    }
    if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) {
      return { speaker, cue: [at, cueFirst.end], verb: cueFirst.verb, after: speaker[1] };
    }
  }
  // "Ortiz stated" / "the minister also said" / "Ann Lee, the treasurer, said" / "Ann Lee (D-Ore.) said"
  let nameEnd: number | undefined;
  for (let cue = at + 1; cue < Math.min(end, at + 3 * SPEAKER_LIMIT); cue++) {
    const token = cue;
    if (tokens.text(token) === '(') {
      const closing = closingParenthesis(tokens, cue, end);
      if (closing === undefined) break;
      nameEnd ??= cue;
      cue = closing;
      continue;
    }
    if (tokens.text(token) === ',') {
      nameEnd ??= cue;
      continue;
    }
    if (tokens.kind(token) === 'quote' || (tokens.kind(token) === 'punct' && tokens.text(token) !== '.' && tokens.text(token) !== '-')) break;
    if (nameEnd === undefined && cue - at > SPEAKER_LIMIT + 2) break;
    // "“…,” Kelly charged." / "“…,” Lee barked.": a verb that ends the sentence right after
    // the speaker is its cue, whether or not it is a verb of saying.
    const found = cueAt(tokens, cue, end) ?? closingVerb(tokens, cue, end);
    if (!found || (!found.verb.speech && !TERMINALS.has(tokens.textAt(found.end) ?? ''))) continue;
    let speakerEnd = cue;
    while (speakerEnd > at && BETWEEN.has(tokens.lower(speakerEnd - 1))) speakerEnd--;
    // An appositive is closed by a comma or a parenthesis right before the cue.
    if (nameEnd !== undefined) {
      // A cue word inside the appositive ("one of the states suing") is a noun: look on for the
      // cue. A verb of saying that is no participle may close it without its comma ("Ann Lee, a
      // council spokeswoman told the BBC.").
      if (tokens.text(speakerEnd - 1) !== ',' && tokens.text(speakerEnd - 1) !== ')' && !unclosedAppositive(tokens, close, at, nameEnd, cue, found.verb)) {
        continue;
      }
      speakerEnd = nameEnd;
    }
    if (isSpeakerPhrase(tokens, at, speakerEnd, mentions) || isDeterminedPhrase(tokens, at, speakerEnd)) return { speaker: [at, speakerEnd], cue: [cue, found.end], verb: found.verb, after: found.end };
    break;
  }
  return undefined;
}

/**
 * Whether a verb of saying closes an appositive that lost its comma, after a quotation ending in
 * a comma: "“…,” Ann Lee, a council spokeswoman told the BBC." The name before the appositive
 * is capitalised words only, the appositive is short, and the cue word is no noun after a
 * determiner or preposition ("one of the states suing it").
 */
function unclosedAppositive(tokens: TokenStore, close: number, at: number, nameEnd: number, cue: number, verb: CueVerb): boolean {
  if (!verb.speech || tokens.lower(cue).endsWith('ing') || cue - nameEnd > SPEAKER_LIMIT) return false;
  // "one of the states suing …": after a determiner or a preposition the cue word is a noun.
  const before = tokens.lower(cue - 1);
  if (DETERMINERS.has(before) || PREPOSITIONS.has(before)) return false;
  let last = close - 1;
  while (last > 0 && tokens.kind(last) === 'quote') last--;
  if (tokens.text(last) !== ',') return false;
  for (let name = at; name < nameEnd; name++) if (tokens.kind(name) !== 'word' || !tokens.cap(name)) return false;
  return nameEnd > at;
}

/** A past-tense verb that ends the sentence ("barked."), as the cue of the quotation before it. */
function closingVerb(tokens: TokenStore, at: number, end: number): { verb: CueVerb; end: number } | undefined {
  if (tokens.kind(at) !== 'word' || tokens.cap(at) || !tokens.lower(at).endsWith('ed') || tokens.lower(at).length < 5 || at + 1 >= end || !TERMINALS.has(tokens.text(at + 1))) return undefined;
  return { verb: { lemma: tokens.lower(at), forms: [], class: 'neutral', speech: false }, end: at + 1 };
}

const ACCORDING_CUE: CueVerb = { lemma: 'according to', forms: [], class: 'neutral', speech: true };
/** Dashes that credit a speaker at the end of a quotation: `“…” ― Ana Ruiz`. */
export const DASHES: ReadonlySet<string> = new Set(['\u2015', '\u2014', '\u2013']);
/** The cue of a dash credit. */
export const DASH_CUE: CueVerb = { lemma: 'dash', forms: [], class: 'neutral', speech: true };

/**
 * A name after a dash that ends the line: `“…” ― Ana Ruiz`, the way vox pops, pull quotes and
 * epigraphs credit their speakers. The dash is the cue.
 */
function bylineAfter(tokens: TokenStore, close: number, end: number): Attribution | undefined {
  const dash = close + 1;
  if (dash >= end || !DASHES.has(tokens.text(dash))) return undefined;
  let to = dash + 1;
  while (to < end && to < dash + 1 + SPEAKER_LIMIT && (tokens.cap(to) || (tokens.text(to) === '.' && tokens.text(to - 1).length === 1))) to++;
  if (to === dash + 1 || !tokens.cap(dash + 1)) return undefined;
  let next = to;
  if (next < end && TERMINALS.has(tokens.text(next))) next++;
  if (next < end && tokens.kind(next) !== 'quote') return undefined;
  return { speaker: [dash + 1, to], cue: [dash, dash + 1], verb: DASH_CUE, after: next };
}

/** Whether tokens `[from, to)` are all words. */
function allWords(tokens: TokenStore, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (tokens.kind(at) !== 'word') return false;
  return true;
}

/** The attribution right before an opening quote mark: `She said: “…` or `Ortiz remarked, “…`. */
export function attributionBefore(document: DocumentModel, open: number, mentions: readonly LinkedMention[], quoted?: [number, number]): Attribution | undefined {
  const { tokens } = document;
  // "He said:" ending the paragraph before introduces the quotation that opens this one.
  const colon = open - 1;
  const across = tokens.textAt(colon) === ':' && tokens.sentence(colon) !== tokens.sentence(open);
  const token = across ? colon : open;
  const sentence = tokens.sentence(token) >= 0 ? document.sentences[tokens.sentence(token)]! : undefined;
  if (!sentence) return undefined;
  let cueEnd = open;
  if (tokens.textAt(cueEnd - 1) === ',' || tokens.textAt(cueEnd - 1) === ':') cueEnd--;
  // The cue may take an object before the mark: "told reporters: “…”", "told his radio audience on Monday, “…”".
  for (let cue = cueEnd - 1; cue >= Math.max(sentence.tokens[0], cueEnd - 8); cue--) {
    const found = cueAt(tokens, cue, cueEnd);
    if (!found?.verb.speech) continue;
    const objectLength = cueEnd - found.end;
    if (!allWords(tokens, found.end, cueEnd) || (objectLength > 0 && cueEnd === open)) continue;
    // Only a hearer makes a long object: "told his radio audience on Monday".
    if (objectLength > 4 && found.verb.lemma !== 'tell') continue;
    // "He defended it, saying, “…”": the participle's subject is the sentence's, after an opening
    // clause the main clause's ("At a rally in Salem, New Hampshire, Lee went on, calling …").
    const participle = tokens.lower(cue).endsWith('ing') && tokens.textAt(cue - 1) === ',';
    const speaker = participle ? (quoted ?? mainSubject(document, sentence.tokens[0], cue, mentions)) : phraseBefore(document, cue, sentence.tokens[0]);
    if (!speaker) continue;
    // "A friend commented: “…”", "the announcer said, “…”": a determiner's noun phrase speaks when
    // a colon, or a verb of saying and its comma, introduce the quotation.
    const determined = !participle && (tokens.textAt(open - 1) === ':' || (tokens.textAt(open - 1) === ',' && found.end === open - 1)) && isDeterminedPhrase(tokens, speaker[0], speaker[1]);
    if (isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions) || determined) return { speaker, cue: [cue, found.end], verb: found.verb, after: open };
  }
  // "According to Ann Lee, “…”": the source of the according-phrase says the quotation.
  if (tokens.textAt(open - 1) === ',') {
    const source = accordingTo(document, open - 1);
    if (source && source[1] === open - 1 && tokens.lowerAt(source[0] - 2) === 'according') return { speaker: source, cue: [source[0] - 2, source[0]], verb: ACCORDING_CUE, after: open };
  }
  // "… rolled out a new message: “It's about me.”": a noun of saying before the colon, and the
  // sentence's subject as the speaker.
  const noun = tokens.lowerAt(open - 2);
  if (tokens.textAt(open - 1) === ':' && noun !== undefined && CLAIM_NOUNS.has(noun)) {
    // After an opening clause ("With leaders worried, Lee rolled out …"), the main clause's subject.
    const speaker = mainSubject(document, sentence.tokens[0], open - 2, mentions) ?? openingName(document, sentence.tokens[0], open - 2, mentions);
    if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) return { speaker, cue: [open - 2, open - 1], verb: claimVerb(noun), after: open };
  }
  // "Ann Lee: “…”", "She then turned to the crowd: “…”": a colon introduces the quotation, and
  // the sentence's subject says it (rather than whoever was quoted before). A paragraph of its
  // own ending in a colon ("Key points:") needs its verb of saying.
  if (tokens.textAt(open - 1) === ':' && open - 1 > sentence.tokens[0]) {
    // After an opening clause its subject: "With leaders worried, Lee turned to them: …"; else the
    // first name ("For Ann Lee, this is progress: …").
    const speaker = mainSubject(document, sentence.tokens[0], open - 1, mentions) ?? openingName(document, sentence.tokens[0], open - 1, mentions);
    // Across paragraphs ("Lee released a statement:¶“…”") the subject must be someone named
    // or a pronoun, with a verb after it, not a label's capitalised words.
    const named = !across || (speaker !== undefined && open - 1 - speaker[1] >= 1 && (hasMentionInside(mentions, tokens.start(speaker[0]), tokens.end(speaker[1] - 1)) || (speaker[1] - speaker[0] === 1 && PRONOUNS[tokens.lower(speaker[0])]?.case === 'subject')));
    if (speaker && named && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) return { speaker, cue: [open - 1, open], verb: COLON_CUE, after: open };
  }
  return undefined;
}

/** The sentence's subject when it is a name (not a pronoun: "In his farewell, …: …"), for a colon quotation whose main clause names no one. */
function openingName(document: DocumentModel, first: number, before: number, mentions: readonly LinkedMention[]): [number, number] | undefined {
  const subject = sentenceSubject(document, first, before, mentions);
  return subject && document.tokens.cap(subject[0]) && !FUNCTION_WORDS.has(document.tokens.lower(subject[0])) ? subject : undefined;
}

/** The cue of a quotation a colon introduces after its speaker, with no verb of saying. */
const COLON_CUE: CueVerb = { lemma: 'colon', forms: [], class: 'neutral', speech: true };

const TRANSCRIPT_CUE: CueVerb = { lemma: 'transcript', forms: [], class: 'neutral', speech: true };

/**
 * Transcript lines: a paragraph that opens with a speaker's name in capitals and a colon
 * ("WALLACE: Governor, …", as interview transcripts print them) is that speaker's words.
 * Marks the tokens it takes as covered.
 */
export function transcriptLines(document: DocumentModel, mentions: readonly LinkedMention[], covered: Uint8Array): Omit<Quote, 'id'>[] {
  const { tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    const [first, end] = block.tokens;
    let at = first;
    if (tokens.kindAt(at) === 'quote') at++;
    let colon = at;
    while (colon < end && colon < at + 3 && tokens.upper(colon) && tokens.kind(colon) === 'word') colon++;
    if (colon === at || tokens.textAt(colon) !== ':' || colon + 2 >= end || covered[colon + 1]) continue;
    if (colon - at === 1 && EDITORIAL_LABELS.has(tokens.lower(at))) continue;
    let last = end;
    while (last > colon + 1 && isEdge(tokens, last - 1)) last--;
    if (last <= colon + 1) continue;
    for (let index = colon + 1; index < end; index++) covered[index] = 1;
    const speaker = rangeSpan(tokens, [at, colon]);
    out.push({
      kind: 'direct',
      content: piecewiseText(document.input, clipToSegments(block.segments, rangeSpan(tokens, [colon + 1, last]))),
      speaker: { text: document.input.slice(speaker.start, speaker.end), span: speaker, entityId: mentionIn(mentions, speaker)?.entityId ?? null },
      cue: toCue(document, [colon, colon + 1], TRANSCRIPT_CUE),
      via: null,
    });
  }
  return out;
}

/**
 * Whether quoted text `next` goes on the quote that ended with `last`: it opens in the same
 * paragraph right after it ("“A.” “B.”"), right after the attribution and a comma
 * ("“A,” she said, “B.”"), or right after the sentence the attribution closes
 * ("“A,” she said on Monday. “B.”"), and in the last two cases names no speaker of its own.
 * News style carries one speaker's words on like this; PolNeAR's annotators join them too.
 */
export function continues(document: DocumentModel, last: Quoted, next: Quoted, attribution: Attribution | undefined, mentions: readonly LinkedMention[]): boolean {
  const { tokens } = document;
  // “B” must be whole: words of the writer's after it ("“B” to drive up the price") make it a fragment.
  const following = next.close + 1;
  if (following < tokens.length && tokens.sentence(following) === tokens.sentence(next.close) && tokens.kind(following) === 'word' && tokens.sentence(following) >= 0) return false;
  if (blockOfToken(document, next.open) !== blockOfToken(document, last.close)) return false;
  const after = attribution && attribution.cue[0] > last.close ? attribution.after : last.close + 1;
  if (after > next.open) return false;
  if (after === next.open) return !attributionAfter(document, next.close, mentions);
  if (!attribution || attribution.cue[0] < last.close) return false;
  if (next.open - after > 5 * SPEAKER_LIMIT) return false;
  // "“A,” he said, but “B.”": a conjunction carries the same speaker's words on.
  if (after + 2 === next.open && tokens.text(after) === ',' && ['but', 'and'].includes(tokens.lower(after + 1))) return true;
  // The attribution's sentence may run on ("said Ann Lee, who chairs the board, on Monday"); the
  // next quote must then follow a comma in that sentence or open the very next sentence.
  const sentence = tokens.sentence(after - 1);
  for (let at = after; at < next.open; at++) if (tokens.kind(at) === 'quote' || tokens.sentence(at) !== sentence) return false;
  // "…,” she said, adding, “…”": a second cue introduces a quote of its own.
  for (let at = after; at < next.open; at++) if (cueAt(tokens, at, next.open)?.verb.speech) return false;
  const mark = tokens.text(next.open - 1);
  if (mark === ',' || mark === ':') return true;
  if (sentence < 0 || tokens.sentence(next.open) !== sentence + 1) return false;
  return !attributionAfter(document, next.close, mentions);
}
