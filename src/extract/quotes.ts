import { ACCORDING_TO, CLAIM_NOUNS, CUE_NOUNS, CUE_VERBS, type CueVerb } from '../lexicon/cues.js';
import { FUNCTION_WORDS, PRONOUNS } from '../lexicon/function-words.js';
import { ANONYMOUS_SOURCE_NOUNS, PERSON_SOURCE_NOUNS } from '../lexicon/sources.js';
import { TITLE_WORDS_LOWER } from '../lexicon/titles.js';
import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import { clipToSegments, piecewiseText, snippet } from '../model/text.js';
import type { Token } from '../model/tokenize.js';
import type { Cue, Quote, QuoteKind, Speaker, Via } from '../schema/quote.js';
import type { Span } from '../schema/span.js';
import type { EntityIndex, LinkedMention } from './entities.js';

interface CueForm {
  words: readonly string[];
  verb: CueVerb;
}

const CUE_FORMS = new Map<string, CueForm[]>();
for (const verb of CUE_VERBS) {
  for (const form of verb.forms) {
    const words = form.split(' ');
    const list = CUE_FORMS.get(words[0]!) ?? [];
    list.push({ words, verb });
    CUE_FORMS.set(words[0]!, list);
  }
}
for (const list of CUE_FORMS.values()) list.sort((a, b) => b.words.length - a.words.length);
const ACCORDING = ACCORDING_TO.map((phrase) => phrase.split(' '));
const ACCORDING_FIRST = new Set(ACCORDING.map((words) => words[0]!));
const SOURCE_HEADS = new Set([...PERSON_SOURCE_NOUNS, ...CUE_NOUNS, ...TITLE_WORDS_LOWER]);
// Words that may stand between a speaker and the cue: "she also said", "officials have said".
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'once', 'again', 'repeatedly', 'reportedly', 'would', 'will', 'did', 'does', 'do', 'once', 'further', 'publicly', 'privately']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const OPEN_MARKS = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE_MARKS = new Set(['\u201d', '\u00bb']);
const SPEAKER_LIMIT = 8;

/** A pair of quote marks and the text between them. */
interface Quoted {
  open: number;
  close: number;
  /** Content pieces (one per paragraph for a quote that runs over several). */
  pieces: Span[];
  block: number;
}

interface Attribution {
  speaker: [number, number];
  cue: [number, number];
  verb: CueVerb;
  /** Token index right after the attribution (for interrupted quotes). */
  after: number;
}

/** The index of the block holding token `index` (blocks are in token order). */
function blockOf(document: DocumentModel, index: number): number {
  const { blocks } = document;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (blocks[middle]!.tokens[0] <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The index of the last block starting at or before `offset`. */
function blockAtOffset(document: DocumentModel, offset: number): number {
  const { blocks } = document;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (blocks[middle]!.span.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first mention starting at or after `offset` (mentions are sorted by start). */
function firstMentionFrom(mentions: readonly LinkedMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.span.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Mentions wholly inside `span`, demonyms left out ("Iranian officials" is not Iran speaking). */
function mentionsInside(mentions: readonly LinkedMention[], span: Span): LinkedMention[] {
  const inside: LinkedMention[] = [];
  for (let at = firstMentionFrom(mentions, span.start); at < mentions.length && mentions[at]!.span.start < span.end; at++) {
    const mention = mentions[at]!;
    if (mention.span.end <= span.end && mention.kind !== 'demonym') inside.push(mention);
  }
  return inside;
}

function isDoubleMark(token: Token): boolean {
  return token.kind === 'quote' && (token.text === '"' || OPEN_MARKS.has(token.text) || CLOSE_MARKS.has(token.text));
}

/** Whether a double quote mark opens, from its shape or, for straight marks, from its neighbours. */
function opens(input: string, token: Token): boolean {
  if (OPEN_MARKS.has(token.text)) return true;
  const before = input[token.start - 1];
  const after = input[token.start + 1];
  // A closing shape that starts a line before a word is a misprinted opener (”Fear. I am…”).
  if (CLOSE_MARKS.has(token.text)) return (before === undefined || before === '\n') && after !== undefined && /[\p{L}\p{N}]/u.test(after);
  const spaceBefore = before === undefined || /[\s([\u2014\u2013-]/u.test(before);
  const spaceAfter = after === undefined || /\s/u.test(after);
  return spaceBefore && !spaceAfter;
}

function contentSpan(document: DocumentModel, from: number, to: number): Span | undefined {
  if (to <= from) return undefined;
  return { start: document.tokens[from]!.start, end: document.tokens[to - 1]!.end };
}

/**
 * Pair double quote marks in each paragraph. A paragraph that opens a quote without closing it
 * continues into the next paragraph when that one reopens it (BBC and AP style); any other
 * unpaired mark is reported and left as text.
 */
function pairQuoteMarks(document: DocumentModel, problems: Problem[]): Quoted[] {
  const { tokens, input } = document;
  const found: Quoted[] = [];
  let carried: Quoted | undefined;
  document.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    let open: number | undefined;
    let pieces: Span[] = [];
    const [first, end] = block.tokens;
    const firstMark = tokens.slice(first, end).findIndex(isDoubleMark);
    // The paragraph that goes on with a quote reopens it with a mark of the same style.
    if (carried && !(firstMark === 0 && opens(input, tokens[first]!) && (tokens[first]!.text === '"') === (tokens[carried.open]!.text === '"'))) {
      problems.push(unbalanced(tokens[carried.open]!));
      carried = undefined;
    }
    for (let index = first; index < end; index++) {
      const token = tokens[index]!;
      if (!isDoubleMark(token)) continue;
      if (opens(input, token) && open === undefined) {
        open = index;
        if (carried) pieces = carried.pieces;
        continue;
      }
      if (open === undefined) {
        problems.push(unbalanced(token));
        continue;
      }
      const span = contentSpan(document, open + 1, index);
      const start = carried ?? { open, block: blockIndex };
      if (span) found.push({ open: start.open, close: index, pieces: [...pieces, span], block: blockIndex });
      carried = undefined;
      open = undefined;
      pieces = [];
    }
    if (open !== undefined) {
      const span = contentSpan(document, open + 1, end);
      carried = { open: carried?.open ?? open, close: -1, pieces: span ? [...pieces, span] : pieces, block: blockIndex };
    }
  });
  if (carried) problems.push(unbalanced(tokens[carried.open]!));
  return found;
}

function unbalanced(token: Token): Problem {
  return {
    ruleId: 'unbalanced-quote-mark',
    reason: `Unexpected unpaired quote mark \`${token.text}\`, expected a matching mark: the text is kept as it is`,
    span: { start: token.start, end: token.end },
    fatal: false,
    actual: token.text,
  };
}

/** The cue verb starting at `index`, if any, as `[form, end]`. */
function cueAt(tokens: readonly Token[], index: number, end: number): { verb: CueVerb; end: number } | undefined {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return undefined;
  const forms = CUE_FORMS.get(token.lower);
  if (!forms || (token.cap && index > 0 && tokens[index - 1]?.sentence === token.sentence)) return undefined;
  for (const form of forms) {
    const formEnd = index + form.words.length;
    if (formEnd > end) continue;
    let offset = 1;
    while (offset < form.words.length && tokens[index + offset]!.lower === form.words[offset]) offset++;
    if (offset === form.words.length) return { verb: form.verb, end: formEnd };
  }
  return undefined;
}

// Modals that leave a cue as speculation about its subject, not its report: "Iran might seek".
const MODALS = new Set(['might', 'may', 'could', 'should', 'must', 'can']);
// Relative pronouns stand for the source named just before: "an architect who said he was stiffed".
const RELATIVES = new Set(['who', 'which', 'that']);
// Quantifiers and numerals that may open a source phrase: "several officials", "two aides".
const QUANTIFIERS = new Set(['another', 'some', 'many', 'several', 'most', 'all', 'both', 'few', 'other', 'others', 'one', 'two', 'three', 'four', 'five', 'each', 'every', 'no', 'any']);

/**
 * Whether a phrase starting with `token` can be the subject of a cue. A lowercase function word
 * other than a determiner, quantifier or subject pronoun ("when Clinton said", "from her")
 * means the cue belongs to a clause of its own, not to the quote beside it.
 */
function startsSubject(token: Token): boolean {
  return token.cap || !FUNCTION_WORDS.has(token.lower) || startsSubjectWord(token.lower);
}

function startsSubjectWord(lower: string): boolean {
  return RELATIVES.has(lower) || DETERMINERS.has(lower) || QUANTIFIERS.has(lower) || PRONOUNS[lower]?.case === 'subject';
}

/** A source noun, or the regular plural of one ("senators", "lawmakers"). */
function isSourceNoun(word: string): boolean {
  return SOURCE_HEADS.has(word) || (word.endsWith('s') && SOURCE_HEADS.has(word.slice(0, -1)));
}

/** A plausible speaker phrase: a pronoun, a name, or a phrase headed by a source noun. */
function isSpeakerPhrase(tokens: readonly Token[], from: number, to: number, mentions: readonly LinkedMention[]): boolean {
  if (to <= from || to - from > SPEAKER_LIMIT || !startsSubject(tokens[from]!)) return false;
  const words = tokens.slice(from, to);
  if (words.some((token) => token.kind === 'quote' || (token.kind === 'punct' && token.text !== '.' && token.text !== '-' && token.text !== '&'))) return false;
  const head = words.at(-1)!;
  // A subject ends in its head noun. A function word there ("Iran might seek") leaves the cue
  // without a subject; after a possessive, a word that is no source noun ("Iran’s ongoing
  // support") makes the cue a noun.
  if (!head.cap && MODALS.has(head.lower)) return false;
  if (!head.cap && !isSourceNoun(head.lower) && words.some((token) => token.kind === 'clitic')) return false;
  if (to - from === 1 && ((PRONOUNS[head.lower] && PRONOUNS[head.lower]!.case === 'subject') || RELATIVES.has(head.lower))) return true;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  if (mentionsInside(mentions, { start, end }).length > 0) return true;
  return isSourceNoun(head.lower) || words.some((token) => isSourceNoun(token.lower) && !FUNCTION_WORDS.has(token.lower));
}

/** The phrase that ends right before `index` (the subject of a cue), skipping a parenthetical. */
function phraseBefore(document: DocumentModel, index: number, first: number): [number, number] | undefined {
  const { tokens } = document;
  let end = index;
  while (end > first && BETWEEN.has(tokens[end - 1]!.lower)) end--;
  // "X, during a meeting with Y, hinted": skip back over one comma-delimited parenthetical.
  if (tokens[end - 1]?.text === ',') {
    let at = end - 2;
    while (at >= first && tokens[at]!.text !== ',' && tokens[at]!.kind !== 'quote') at--;
    if (at >= first && tokens[at]!.text === ',') end = at;
    else return undefined;
  }
  // "Sen. Ann Lee (D-Ore.) said": the name is before the parenthesis.
  if (tokens[end - 1]?.text === ')') {
    let at = end - 2;
    while (at >= Math.max(first, end - 8) && tokens[at]!.text !== '(' && tokens[at]!.kind !== 'quote') at--;
    if (at >= first && tokens[at]!.text === '(') end = at;
    else return undefined;
  }
  if (end > first && RELATIVES.has(tokens[end - 1]!.lower)) return [end - 1, end];
  let start = end;
  while (start > first && start > end - SPEAKER_LIMIT) {
    const token = tokens[start - 1]!;
    if (token.kind === 'quote' || (token.kind === 'punct' && token.text !== '.' && token.text !== '&')) break;
    if (token.kind === 'word' && !token.cap && ['that', 'and', 'but', 'while', 'because', 'as', 'when', 'which', 'who', 'although', 'since', 'if', 'so'].includes(token.lower)) break;
    start--;
  }
  // A subordinator or preposition opening the sentence is not part of the subject ("Though she said").
  while (start < end && tokens[start]!.cap && FUNCTION_WORDS.has(tokens[start]!.lower) && !startsSubjectWord(tokens[start]!.lower)) start++;
  return start < end ? [start, end] : undefined;
}

/** The phrase right after `index` up to punctuation (a speaker after its cue: "said Smith"). */
function phraseAfter(tokens: readonly Token[], index: number, end: number): [number, number] | undefined {
  let to = index;
  while (to < end && to < index + SPEAKER_LIMIT) {
    const token = tokens[to]!;
    // An abbreviation's stop inside a name goes on ("said Rep. Ann Lee").
    const abbreviation = token.text === '.' && to > index && tokens[to - 1]!.end === token.start && tokens[to + 1]?.cap === true && tokens[to + 1]!.sentence === token.sentence;
    if (token.kind === 'quote' || (token.kind === 'punct' && token.text !== '&' && !abbreviation)) break;
    if (token.kind === 'word' && !token.cap && ['that', 'and', 'but', 'in', 'on', 'at', 'to', 'on', 'after', 'before', 'during', 'when', 'while'].includes(token.lower)) break;
    to++;
  }
  return to > index ? [index, to] : undefined;
}

/** The attribution right after a closing quote mark: `, she said` or `, said the minister`. */
function attributionAfter(document: DocumentModel, close: number, mentions: readonly LinkedMention[]): Attribution | undefined {
  const { tokens } = document;
  const end = document.blocks[blockOf(document, close)]!.tokens[1];
  const byline = bylineAfter(tokens, close, end);
  if (byline) return byline;
  let at = close + 1;
  if (tokens[at]?.text === ',') at++;
  // An attribution does not start a new line: that line introduces what follows it.
  if (at < end && document.input.slice(tokens[close]!.end, tokens[at]!.start).includes('\n')) return undefined;
  // "said Khamenei" / "said the minister"
  const cueFirst = cueAt(tokens, at, end);
  if (cueFirst?.verb.speech) {
    const speaker = phraseAfter(tokens, cueFirst.end, end);
    if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) {
      return { speaker, cue: [at, cueFirst.end], verb: cueFirst.verb, after: speaker[1] };
    }
  }
  // "Khamenei stated" / "the minister also said" / "Ann Lee, the treasurer, said" / "Ann Lee (D-Ore.) said"
  let nameEnd: number | undefined;
  for (let cue = at + 1; cue < Math.min(end, at + 3 * SPEAKER_LIMIT); cue++) {
    const token = tokens[cue]!;
    if (token.text === '(') {
      const closing = closingParenthesis(tokens, cue, end);
      if (closing === undefined) break;
      nameEnd ??= cue;
      cue = closing;
      continue;
    }
    if (token.text === ',') {
      nameEnd ??= cue;
      continue;
    }
    if (token.kind === 'quote' || (token.kind === 'punct' && token.text !== '.' && token.text !== '-')) break;
    if (nameEnd === undefined && cue - at > SPEAKER_LIMIT + 2) break;
    const found = cueAt(tokens, cue, end);
    if (!found?.verb.speech) continue;
    let speakerEnd = cue;
    while (speakerEnd > at && BETWEEN.has(tokens[speakerEnd - 1]!.lower)) speakerEnd--;
    // An appositive is closed by a comma or a parenthesis right before the cue.
    if (nameEnd !== undefined) {
      if (tokens[speakerEnd - 1]!.text !== ',' && tokens[speakerEnd - 1]!.text !== ')') break;
      speakerEnd = nameEnd;
    }
    if (isSpeakerPhrase(tokens, at, speakerEnd, mentions)) return { speaker: [at, speakerEnd], cue: [cue, found.end], verb: found.verb, after: found.end };
    break;
  }
  return undefined;
}

const DASHES = new Set(['\u2015', '\u2014', '\u2013']);
const DASH_CUE: CueVerb = { lemma: 'dash', forms: [], class: 'neutral', speech: true };

/**
 * A name after a dash that ends the line: `“…” ― Ana Ruiz`, the way vox pops, pull quotes and
 * epigraphs credit their speakers. The dash is the cue.
 */
function bylineAfter(tokens: readonly Token[], close: number, end: number): Attribution | undefined {
  const dash = close + 1;
  if (dash >= end || !DASHES.has(tokens[dash]!.text)) return undefined;
  let to = dash + 1;
  while (to < end && to < dash + 1 + SPEAKER_LIMIT && (tokens[to]!.cap || (tokens[to]!.text === '.' && tokens[to - 1]!.text.length === 1))) to++;
  if (to === dash + 1 || !tokens[dash + 1]!.cap) return undefined;
  let next = to;
  if (next < end && TERMINALS.has(tokens[next]!.text)) next++;
  if (next < end && tokens[next]!.kind !== 'quote') return undefined;
  return { speaker: [dash + 1, to], cue: [dash, dash + 1], verb: DASH_CUE, after: next };
}

/** The index of the `)` closing the `(` at `open`, within a few tokens. */
function closingParenthesis(tokens: readonly Token[], open: number, end: number): number | undefined {
  for (let at = open + 1; at < Math.min(end, open + 8); at++) {
    if (tokens[at]!.text === ')') return at;
    if (tokens[at]!.text === '(' || tokens[at]!.kind === 'quote') return undefined;
  }
  return undefined;
}

/** The attribution right before an opening quote mark: `She said: “…` or `Khamenei remarked, “…`. */
function attributionBefore(document: DocumentModel, open: number, mentions: readonly LinkedMention[]): Attribution | undefined {
  const { tokens } = document;
  const token = tokens[open]!;
  const sentence = token.sentence >= 0 ? document.sentences[token.sentence]! : undefined;
  if (!sentence) return undefined;
  let cueEnd = open;
  if (tokens[cueEnd - 1]?.text === ',' || tokens[cueEnd - 1]?.text === ':') cueEnd--;
  // The cue may take an object before the mark: "told reporters: “…”".
  for (let cue = cueEnd - 1; cue >= Math.max(sentence.tokens[0], cueEnd - 5); cue--) {
    const found = cueAt(tokens, cue, cueEnd);
    if (!found?.verb.speech) continue;
    const object = tokens.slice(found.end, cueEnd);
    if (object.some((token) => token.kind !== 'word') || (object.length > 0 && cueEnd === open)) continue;
    // "He defended it, saying, “…”": the participle's subject is the sentence's.
    const participle = tokens[cue]!.lower.endsWith('ing') && tokens[cue - 1]?.text === ',';
    const speaker = participle ? sentenceSubject(document, sentence.tokens[0], cue, mentions) : phraseBefore(document, cue, sentence.tokens[0]);
    if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) return { speaker, cue: [cue, found.end], verb: found.verb, after: open };
  }
  // "… rolled out a new message: “It's about me.”": a noun of saying before the colon, and the
  // sentence's subject as the speaker.
  const noun = tokens[open - 2];
  if (tokens[open - 1]?.text === ':' && noun && CLAIM_NOUNS.has(noun.lower)) {
    const speaker = sentenceSubject(document, sentence.tokens[0], open - 2, mentions);
    if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) return { speaker, cue: [open - 2, open - 1], verb: claimVerb(noun.lower), after: open };
  }
  return undefined;
}

/** "According to X," before `index` in the same sentence: the medium or source X. */
function accordingTo(document: DocumentModel, index: number): [number, number] | undefined {
  const { tokens } = document;
  const token = tokens[index];
  if (!token || token.sentence < 0) return undefined;
  const first = document.sentences[token.sentence]!.tokens[0];
  for (let at = first; at < index; at++) {
    if (!ACCORDING_FIRST.has(tokens[at]!.lower)) continue;
    const phrase = ACCORDING.find((words) => words.every((word, offset) => tokens[at + offset]?.lower === word));
    if (!phrase) continue;
    const start = at + phrase.length;
    let end = start;
    while (end < index && tokens[end]!.text !== ',' && tokens[end]!.kind !== 'quote') end++;
    return end > start ? [start, end] : undefined;
  }
  return undefined;
}

function mentionIn(mentions: readonly LinkedMention[], span: Span): LinkedMention | undefined {
  const inside = mentionsInside(mentions, span);
  return inside.find((mention) => mention.kind === 'name') ?? inside[0];
}

function rangeSpan(tokens: readonly Token[], [from, to]: [number, number]): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

function toSpeaker(document: DocumentModel, range: [number, number], mentions: readonly LinkedMention[]): Speaker {
  const span = rangeSpan(document.tokens, range);
  const mention = mentionIn(mentions, span);
  const speaker: Speaker = { ...snippet(document.input, span), entityId: mention?.entityId ?? null };
  // "a source close to the talks", "officials": the first noun is an unnamed source.
  const firstNoun = document.tokens.slice(range[0], range[1]).find((token) => token.kind === 'word' && !DETERMINERS.has(token.lower) && !['a', 'an', 'some', 'two', 'three', 'several', 'senior', 'other'].includes(token.lower));
  if (!mention && firstNoun && ANONYMOUS_SOURCE_NOUNS.has(firstNoun.lower)) speaker.anonymous = true;
  return speaker;
}

function toCue(document: DocumentModel, range: [number, number], verb: CueVerb): Cue {
  return { ...snippet(document.input, rangeSpan(document.tokens, range)), lemma: verb.lemma, class: verb.class };
}

function toVia(document: DocumentModel, range: [number, number] | undefined, mentions: readonly LinkedMention[]): Via | null {
  if (!range) return null;
  const span = rangeSpan(document.tokens, range);
  return { ...snippet(document.input, span), entityId: mentionIn(mentions, span)?.entityId ?? null };
}

function contentOf(document: DocumentModel, pieces: readonly Span[]): Quote['content'] {
  const clipped = pieces.flatMap((piece) => {
    const block = document.blocks[blockAtOffset(document, piece.start)];
    return block && piece.end <= block.span.end ? clipToSegments(block.segments, piece) : [piece];
  });
  return piecewiseText(document.input, clipped);
}

// Forms of "be" that make a participle cue progressive: "she is telling", "they were saying".
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '\u2019s']);
const TRANSCRIPT_CUE: CueVerb = { lemma: 'transcript', forms: [], class: 'neutral', speech: true };

/**
 * Transcript lines: a paragraph that opens with a speaker's name in capitals and a colon
 * ("WALLACE: Governor, …", as interview transcripts print them) is that speaker's words.
 * Marks the tokens it takes as covered.
 */
function transcriptLines(document: DocumentModel, mentions: readonly LinkedMention[], covered: Uint8Array): Omit<Quote, 'id'>[] {
  const { tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'paragraph') continue;
    const [first, end] = block.tokens;
    let at = first;
    if (tokens[at]?.kind === 'quote') at++;
    let colon = at;
    while (colon < end && colon < at + 3 && tokens[colon]!.upper && tokens[colon]!.kind === 'word') colon++;
    if (colon === at || tokens[colon]?.text !== ':' || colon + 2 >= end || covered[colon + 1]) continue;
    let last = end;
    while (last > colon + 1 && isEdge(tokens[last - 1]!)) last--;
    if (last <= colon + 1) continue;
    for (let index = colon + 1; index < end; index++) covered[index] = 1;
    const speaker = rangeSpan(tokens, [at, colon]);
    out.push({
      kind: 'direct',
      content: piecewiseText(document.input, clipToSegments(block.segments, rangeSpan(tokens, [colon + 1, last]))),
      speaker: { ...snippet(document.input, speaker), entityId: mentionIn(mentions, speaker)?.entityId ?? null },
      cue: toCue(document, [colon, colon + 1], TRANSCRIPT_CUE),
      via: null,
    });
  }
  return out;
}

/**
 * Whether quoted words open inside a sentence of the writer's own ("described as “an intentional
 * act”", "was “disgusting”"): a fragment, not a quotation. It is left to the reported clause it
 * belongs to (a mixed quote), or to no quote at all when nobody is said to have said it (scare
 * quotes, titles). Only a mark at the start of a sentence or after a comma, colon, dash or a
 * speech verb opens a quotation.
 */
function isEmbedded(document: DocumentModel, open: number): boolean {
  const { tokens } = document;
  const previous = tokens[open - 1];
  if (!previous || previous.sentence !== tokens[open]!.sentence || previous.sentence < 0) return false;
  // "said that, “…”": the quotation is inside the reported clause.
  if (previous.text === ',' && tokens[open - 2]?.lower === 'that') return true;
  if (previous.kind === 'punct' || previous.kind === 'quote') return false;
  // A mark that opens a line opens a quotation, whatever ended the line before.
  if (document.input.slice(previous.end, tokens[open]!.start).includes('\n')) return false;
  const cue = CUE_FORMS.get(previous.lower);
  return !cue?.some((form) => form.words.length === 1);
}

/**
 * Whether quoted words right after a cue are a fragment of the sentence that goes on after them
 * ("he said “budget reforms” and unpaid taxes would pay for it"): no comma or colon introduces
 * them, and words of the same clause follow the closing mark.
 */
function isRunOn(document: DocumentModel, quoted: Quoted): boolean {
  const { tokens } = document;
  const previous = tokens[quoted.open - 1];
  const following = tokens[quoted.close + 1];
  if (!previous || previous.kind !== 'word' || previous.sentence !== tokens[quoted.open]!.sentence) return false;
  // A complete utterance stays a quotation: chanted “Four more years!” as she spoke.
  if (TERMINALS.has(tokens[quoted.close - 1]!.text)) return false;
  return following !== undefined && following.kind === 'word' && !following.cap && following.sentence === tokens[quoted.close]!.sentence && !cueAt(tokens, quoted.close + 1, tokens.length);
}

const TERMINALS = new Set(['.', '!', '?', '\u2026']);

/**
 * Whether quoted text `next` goes on the quote that ended with `last`: it opens in the same
 * paragraph right after it ("“A.” “B.”"), right after the attribution and a comma
 * ("“A,” she said, “B.”"), or right after the sentence the attribution closes
 * ("“A,” she said on Monday. “B.”"), and in the last two cases names no speaker of its own.
 * News style carries one speaker's words on like this; PolNeAR's annotators join them too.
 */
function continues(document: DocumentModel, last: Quoted, next: Quoted, attribution: Attribution | undefined, mentions: readonly LinkedMention[]): boolean {
  const { tokens } = document;
  // “B” must be whole: words of the writer's after it ("“B” to drive up the price") make it a fragment.
  const following = tokens[next.close + 1];
  if (following && following.sentence === tokens[next.close]!.sentence && following.kind === 'word' && following.sentence >= 0) return false;
  if (blockOf(document, next.open) !== blockOf(document, last.close)) return false;
  const after = attribution && attribution.cue[0] > last.close ? attribution.after : last.close + 1;
  if (after > next.open) return false;
  if (after === next.open) return !attributionAfter(document, next.close, mentions);
  if (!attribution || attribution.cue[0] < last.close) return false;
  if (next.open - after > 5 * SPEAKER_LIMIT) return false;
  // "“A,” he said, but “B.”": a conjunction carries the same speaker's words on.
  if (after + 2 === next.open && tokens[after]!.text === ',' && ['but', 'and'].includes(tokens[after + 1]!.lower)) return true;
  // The attribution's sentence may run on ("said Ann Lee, who chairs the board, on Monday"); the
  // next quote must then follow a comma in that sentence or open the very next sentence.
  const sentence = tokens[after - 1]!.sentence;
  for (let at = after; at < next.open; at++) if (tokens[at]!.kind === 'quote' || tokens[at]!.sentence !== sentence) return false;
  // "…,” she said, adding, “…”": a second cue introduces a quote of its own.
  for (let at = after; at < next.open; at++) if (cueAt(tokens, at, next.open)?.verb.speech) return false;
  const mark = tokens[next.open - 1]!.text;
  if (mark === ',' || mark === ':') return true;
  if (sentence < 0 || tokens[next.open]!.sentence !== sentence + 1) return false;
  return !attributionAfter(document, next.close, mentions);
}

/**
 * Quotes and who said them. Direct quotes are text between paired double quote marks with a
 * speech cue and speaker before or after them ("X said", "said X", "X remarked, “…”"); a quote
 * interrupted by its attribution is one quote in parts; "according to X" names the medium.
 * Quoted text with no attribution is a quote only when it is a whole sentence or more; shorter
 * quoted words (scare quotes, titles) are not. Indirect quotes are reported clauses after a
 * cue verb whose subject is a plausible source ("X hinted at …", "the report highlights that …").
 *
 * @param document The document model.
 * @param entities The entities, to link speakers.
 * @returns The quotes in reading order, and problems (unpaired quote marks, quotes without speaker).
 */
export function extractQuotes(document: DocumentModel, entities: EntityIndex): { quotes: Quote[]; problems: Problem[] } {
  const { tokens, input } = document;
  const { mentions } = entities;
  const problems: Problem[] = [];
  const quoted = pairQuoteMarks(document, problems);
  const quotes: Omit<Quote, 'id'>[] = [];
  const usedCues = new Set<number>();
  // The speaker of each sentence's direct quote, for the participles that go on its attribution.
  const speakers = new Map<number, [number, number]>();
  // Tokens inside direct quotes, so no indirect quote is read inside one.
  const covered = new Uint8Array(tokens.length);

  for (let index = 0; index < quoted.length; index++) {
    const first = quoted[index]!;
    if (isEmbedded(document, first.open) || isRunOn(document, first)) continue;
    const pieces = [...first.pieces];
    let attribution = attributionAfter(document, first.close, mentions);
    let last = first;
    for (let next = quoted[index + 1]; next && continues(document, last, next, attribution, mentions); next = quoted[index + 1]) {
      pieces.push(...next.pieces);
      last = next;
      index++;
    }
    attribution ??= attributionBefore(document, first.open, mentions);
    const content = contentOf(document, pieces);
    let wordCount = 0;
    for (let at = first.open; at < last.close; at++) if (tokens[at]!.kind === 'word') wordCount++;
    const isSentence = /[.!?,]$/u.test(content.text) && wordCount >= 4;
    if (!attribution && !isSentence) continue;
    for (let at = first.open; at < tokens.length && tokens[at]!.end <= content.span.end; at++) covered[at] = 1;
    if (!attribution) {
      const previous = quotes.at(-1);
      const floating = previous?.speaker && previous.kind === 'direct' ? previous : undefined;
      if (!floating) {
        problems.push({
          ruleId: 'quote-without-speaker',
          reason: 'Unexpected quotation without a speaker, expected a cue such as `she said` next to it',
          span: content.span,
          fatal: false,
        });
      }
      quotes.push({ kind: 'direct', content, speaker: floating?.speaker ?? null, cue: null, via: null });
      continue;
    }
    for (let at = attribution.cue[0]; at < attribution.cue[1]; at++) usedCues.add(at);
    const attributed = tokens[attribution.cue[0]]!.sentence;
    if (attributed >= 0) speakers.set(attributed, attribution.speaker);
    const via = accordingTo(document, Math.min(attribution.speaker[0], first.open));
    quotes.push({
      kind: 'direct',
      content,
      speaker: toSpeaker(document, attribution.speaker, mentions),
      cue: toCue(document, attribution.cue, attribution.verb),
      via: toVia(document, via, mentions),
    });
  }

  quotes.push(...transcriptLines(document, mentions, covered));
  quotes.push(...indirectQuotes(document, mentions, usedCues, covered, speakers));
  quotes.sort((a, b) => a.content.span.start - b.content.span.start);
  return { quotes: quotes.map((quote, index) => ({ id: `q${index + 1}`, ...quote })), problems };
  void input;
}

// Verbs whose first object is the hearer, not the report: "told reporters he would run".
const HEARER_CUES = new Set(['tell', 'inform', 'remind', 'assure', 'warn', 'notify', 'advise', 'promise', 'urge', 'ask', 'email', 'write']);
// Words after a comma that start a clause of the writer's own, ending the reported clause
// ("…, but he has also…", "…, which…", "…, according to…"); a participle does too ("…, adding").
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'whom', 'whose', 'according', 'as', 'yet', 'and']);
const SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'if', 'when', 'because', 'since', 'as', 'unless', 'after', 'before', 'once']);
const COORDINATORS = new Set(['and', 'but', 'yet']);
const ACCORDING_VERB: CueVerb = { lemma: 'according to', forms: [], class: 'neutral', speech: false };

function isEdge(token: Token): boolean {
  return (token.kind === 'punct' || token.kind === 'quote') && !/[\p{L}\p{N}]/u.test(token.text) && token.text !== ')' && token.text !== ']';
}

/** Where a reported clause starting at `from` ends: the sentence end, or a break the writer adds. */
function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let at = from + 1; at < end; at++) {
    const token = tokens[at]!;
    if (token.text === ';') return at;
    // "… and called for …": a second cue of the same subject starts a report of its own.
    if (token.lower === 'and' && cueAt(tokens, tokens[at + 1]?.lower === 'also' ? at + 2 : at + 1, end) && !tokens[at + 1]!.lower.endsWith('ing')) return at;
    if (token.text !== ',' && token.text !== '\u2014' && token.text !== '\u2015') continue;
    // "… “jobs, jobs, jobs,” but he …": the comma may sit inside the closing mark.
    const inside = tokens[at + 1]?.kind === 'quote';
    const next = inside ? tokens[at + 2] : tokens[at + 1];
    if (!next || next.kind !== 'word' || next.cap) continue;
    if (!CLAUSE_BREAKS.has(next.lower) && !(next.lower.endsWith('ing') && next.lower.length > 5)) continue;
    // "…, and “we will win”": a coordinated clause that quotes the source is still the report.
    if (COORDINATORS.has(next.lower) && quotedLater(tokens, at + 2, end)) continue;
    return inside ? at + 2 : at;
  }
  return end;
}

function quotedLater(tokens: readonly Token[], from: number, end: number): boolean {
  for (let at = from; at < end; at++) if (tokens[at]!.kind === 'quote' && tokens[at]!.text !== "'") return true;
  return false;
}

/** The content of a reported clause from token ranges of one sentence, edge punctuation trimmed. */
function clauseContent(document: DocumentModel, sentence: number, ranges: ReadonlyArray<[number, number]>): { content: Quote['content']; quoted: boolean } | undefined {
  const { tokens } = document;
  const block = document.blocks[document.sentences[sentence]!.block]!;
  const pieces: Span[] = [];
  let quoted = false;
  for (let [from, to] of ranges) {
    for (let at = from; at < to; at++) if (tokens[at]!.kind === 'quote' && tokens[at]!.text !== "'") quoted = true;
    // Edge punctuation goes, but a quote mark whose pair is inside the clause stays with it.
    let marks = 0;
    for (let at = from; at < to; at++) if (tokens[at]!.kind === 'quote') marks++;
    while (from < to && isEdge(tokens[from]!) && !(tokens[from]!.kind === 'quote' && marks > 1)) from++;
    while (to > from && isEdge(tokens[to - 1]!) && !(tokens[to - 1]!.kind === 'quote' && marks > 1)) to--;
    if (to <= from) continue;
    pieces.push(...clipToSegments(block.segments, rangeSpan(tokens, [from, to])));
  }
  const words = ranges.reduce((count, [from, to]) => count + (to - from), 0);
  if (pieces.length === 0 || words < 2) return undefined;
  return { content: piecewiseText(document.input, pieces), quoted };
}

/** Where the reported clause after a cue starts: after "that", or after the hearer of "told". */
function reportStart(tokens: readonly Token[], cueEnd: number, end: number, verb: CueVerb): number {
  for (let at = cueEnd; at < Math.min(end, cueEnd + 8); at++) {
    const token = tokens[at]!;
    if (token.kind === 'punct' || token.kind === 'quote') break;
    if (token.lower === 'that') return at + 1;
  }
  if (HEARER_CUES.has(verb.lemma)) {
    for (let at = cueEnd; at < Math.min(end, cueEnd + 6); at++) {
      const token = tokens[at]!;
      if (token.kind !== 'word') break;
      if (at > cueEnd && PRONOUNS[token.lower]?.case === 'subject') return at;
    }
  }
  return cueEnd;
}

/** The index right after a short adverbial following the cue ("said on Monday"), or undefined. */
function adverbialEnd(tokens: readonly Token[], from: number, end: number): number | undefined {
  for (let at = from; at < Math.min(end + 1, from + 6); at++) {
    const token = tokens[at];
    if (!token || at >= end) return at;
    // An abbreviation's stop ("Mr.") does not end the adverbial; a sentence's stop does.
    if (token.kind === 'punct' && !(token.text === '.' && tokens[at + 1]?.sentence === token.sentence && at + 1 < end)) return at;
    if (token.kind === 'quote' || token.lower === 'that') return undefined;
  }
  return undefined;
}

/**
 * Where a fronted report starts: after a leading conjunction ("But the plan will fail, he said"),
 * or nowhere when the clause opens with a preposition or subordinator ("With days to go, Ann
 * Lee said …": that is an adverbial, not a report).
 */
function frontedStart(tokens: readonly Token[], first: number, comma: number): number | undefined {
  let start = first;
  while (start < comma && (tokens[start]!.kind === 'quote' || ['but', 'and', 'so', 'yet', 'still'].includes(tokens[start]!.lower))) start++;
  const opening = tokens[start];
  if (!opening || (FUNCTION_WORDS.has(opening.lower) && !startsSubjectWord(opening.lower))) return undefined;
  if (opening.lower.endsWith('ing') && opening.cap) return undefined;
  return start;
}

/**
 * Reported speech and thought: a cue verb with a plausible source as subject, and the clause it
 * reports, after the cue ("X said that …"), before it ("…, X said."), around it ("A, X said, B.")
 * or before an inverted cue ("…, said X."); and "…, according to X." with X as the source.
 */
function indirectQuotes(document: DocumentModel, mentions: readonly LinkedMention[], usedCues: ReadonlySet<number>, covered: Uint8Array, speakers: ReadonlyMap<number, [number, number]>): Omit<Quote, 'id'>[] {
  const { tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  const push = (sentence: number, ranges: Array<[number, number]>, speaker: [number, number], cue: [number, number], verb: CueVerb, via: [number, number] | undefined) => {
    const clause = clauseContent(document, sentence, ranges);
    if (!clause) return false;
    out.push({
      kind: clause.quoted ? 'mixed' : 'indirect',
      content: clause.content,
      speaker: toSpeaker(document, speaker, mentions),
      cue: toCue(document, cue, verb),
      via: toVia(document, via, mentions),
    });
    return true;
  };
  document.sentences.forEach((sentence, sentenceIndex) => {
    const [first, end] = sentence.tokens;
    let found = false;
    let touched = false;
    let lastSubject = speakers.get(sentenceIndex);
    for (let index = first; index < end; index++) {
      if (usedCues.has(index) || covered[index]) {
        touched = true;
        continue;
      }
      const cue = cueAt(tokens, index, end);
      if (!cue) continue;
      const previous = tokens[index - 1];
      const participle = tokens[index]!.lower.endsWith('ing');
      // After a determiner the cue is a noun ("the report"), unless it is inflected as a verb
      // after a relative "that" ("a letter that says").
      const inflected = tokens[index]!.lower !== cue.verb.lemma.split(' ')[0];
      if (previous && ((DETERMINERS.has(previous.lower) && !(previous.lower === 'that' && inflected)) || (previous.kind === 'clitic' && !participle))) continue;
      // "…, said Ann Lee." / "…, says the report": the report comes first, the speaker after.
      if (previous?.text === ',' && index - 1 > first + 2 && cue.verb.speech && !participle) {
        const speaker = phraseAfter(tokens, cue.end, end);
        if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions) && (speaker[1] >= end || tokens[speaker[1]]!.kind === 'punct')) {
          if (push(sentenceIndex, [[first, index - 1]], speaker, [index, cue.end], cue.verb, undefined)) found = true;
          index = Math.max(index, speaker[1] - 1);
          continue;
        }
      }
      let subject: [number, number] | undefined;
      if (participle) {
        // "…, he said, adding that …" / "…, saying …": the participle shares the clause's subject.
        if (previous?.text === ',' || previous?.lower === 'by') subject = lastSubject ?? sentenceSubject(document, first, index, mentions);
        // A participle is otherwise a cue only in a progressive ("is telling"), not as a modifier.
        else if (previous && PROGRESSIVE.has(previous.lower)) subject = phraseBefore(document, index - 1, first);
        if (!subject) continue;
      } else if (lastSubject && (previous?.lower === 'and' || (previous?.lower === 'also' && tokens[index - 2]?.lower === 'and'))) {
        // "She called it “outrageous” and called for …": a second cue of the same subject.
        subject = lastSubject;
      } else subject = phraseBefore(document, index, first);
      if (!subject || !isSpeakerPhrase(tokens, subject[0], subject[1], mentions)) continue;
      lastSubject = subject;
      // The comma may sit inside a closing quote mark: "… strong,” the general said.
      const comma = tokens[subject[0] - 1]?.kind === 'quote' && tokens[subject[0] - 2]?.text === ',' ? subject[0] - 2 : subject[0] - 1;
      const after = adverbialEnd(tokens, cue.end, end);
      const fronted = tokens[comma]?.text === ',' && comma - first >= 2 && after !== undefined ? frontedStart(tokens, first, comma) : undefined;
      if (fronted !== undefined && after !== undefined) {
        // "A, the mayor said, B." is one report around its attribution; "A, the mayor said." ends it.
        const ranges: Array<[number, number]> = [[fronted, comma]];
        if (after < end && tokens[after]!.text === ',') ranges.push([after + 1, clauseEnd(tokens, after + 1, end)]);
        if (push(sentenceIndex, ranges, subject, [index, cue.end], cue.verb, undefined)) found = true;
        index = Math.max(index, ranges.at(-1)![1] - 1);
        continue;
      }
      const from = reportStart(tokens, cue.end, end, cue.verb);
      // A report that opens a direct quote is that quote's, not a second one.
      let opening = from;
      while (opening < end && isEdge(tokens[opening]!) && !covered[opening]) opening++;
      if (covered[opening]) continue;
      let to = clauseEnd(tokens, from, end);
      // "Though she said A, B.": a subordinate clause ends at its comma, and B is the writer's.
      if (SUBORDINATORS.has(tokens[subject[0] - 1]?.lower ?? '')) {
        for (let at = from + 1; at < to; at++) {
          if (tokens[at]!.text !== ',') continue;
          to = at;
          break;
        }
      }
      if (to - from < 2) continue;
      if (push(sentenceIndex, [[from, to]], subject, [index, cue.end], cue.verb, accordingTo(document, subject[0]))) found = true;
      index = Math.max(index, to - 1);
    }
    if (!found && !touched) {
      const claim = claimClause(document, first, end);
      if (claim && push(sentenceIndex, [claim.content], claim.source, claim.cue, claim.verb, undefined)) found = true;
    }
    if (!found && !touched) {
      const according = accordingClause(document, first, end);
      if (according && isSpeakerPhrase(tokens, according.source[0], according.source[1], mentions)) {
        push(sentenceIndex, [according.content], according.source, according.cue, ACCORDING_VERB, undefined);
      }
    }
  });
  return out;
}

/** The subject at the start of a sentence: its first mention, when that opens the sentence. */
function sentenceSubject(document: DocumentModel, first: number, before: number, mentions: readonly LinkedMention[]): [number, number] | undefined {
  const { tokens } = document;
  const start = tokens[first]!.start;
  const at = firstMentionFrom(mentions, start);
  const mention = mentions[at];
  if (!mention || mention.kind === 'demonym' || mention.span.end > tokens[before]!.start) {
    // No mention: a subject pronoun among the first words ("On Monday they announced …").
    for (let at = first; at < Math.min(before, first + 6); at++) if (PRONOUNS[tokens[at]!.lower]?.case === 'subject') return [at, at + 1];
    return undefined;
  }
  let from = first;
  while (from < before && tokens[from]!.start < mention.span.start) from++;
  // Only a mention among the first few words can be the subject ("Ann Lee, the mayor, …").
  if (from - first > 3) return undefined;
  let to = from;
  while (to < before && tokens[to]!.end <= mention.span.end) to++;
  return to > from ? [from, to] : undefined;
}

/** The verb a claim noun comes from, for its lemma and class ("claim" is loaded), or the noun itself. */
function claimVerb(noun: string): CueVerb {
  const singular = noun.endsWith('s') && CLAIM_NOUNS.has(noun.slice(0, -1)) ? noun.slice(0, -1) : noun;
  const form = CUE_FORMS.get(singular)?.find((candidate) => candidate.words.length === 1);
  return form ? form.verb : { lemma: singular, forms: [], class: 'neutral', speech: false };
}

/**
 * "Lee’s claim that A", "his repeated warning that A": a claim noun after a possessor, and the
 * that-clause it reports, with the possessor as the source.
 */
function claimClause(document: DocumentModel, first: number, end: number): { content: [number, number]; source: [number, number]; cue: [number, number]; verb: CueVerb } | undefined {
  const { tokens } = document;
  for (let at = first + 1; at < end - 2; at++) {
    const noun = tokens[at]!;
    if (!CLAIM_NOUNS.has(noun.lower) || tokens[at + 1]!.lower !== 'that') continue;
    // Up to two modifiers between the possessor and the noun: "Lee’s repeated public warning".
    let owner = at - 1;
    while (owner > at - 3 && owner > first && tokens[owner]!.kind === 'word' && !tokens[owner]!.cap && !PRONOUNS[tokens[owner]!.lower]) owner--;
    let source: [number, number] | undefined;
    const possessor = tokens[owner]!;
    if (possessor.kind === 'clitic') {
      let start = owner;
      while (start > first && start > owner - 5 && (tokens[start - 1]!.cap || (tokens[start - 1]!.text === '.' && tokens[start - 2]?.cap))) start--;
      if (start < owner) source = [start, owner];
    } else if (PRONOUNS[possessor.lower]?.case === 'possessive') source = [owner, owner + 1];
    if (!source) continue;
    const from = at + 2;
    return { content: [from, clauseEnd(tokens, from, end)], source, cue: [at, at + 1], verb: claimVerb(noun.lower) };
  }
  return undefined;
}

/** "A, according to X." or "According to X, A.": the clause A and the source X. */
function accordingClause(document: DocumentModel, first: number, end: number): { content: [number, number]; source: [number, number]; cue: [number, number] } | undefined {
  const { tokens } = document;
  for (let at = first; at < end; at++) {
    if (tokens[at]!.lower !== 'according' || tokens[at + 1]?.lower !== 'to') continue;
    let sourceEnd = at + 2;
    while (sourceEnd < end && tokens[sourceEnd]!.text !== ',' && !TERMINALS.has(tokens[sourceEnd]!.text) && tokens[sourceEnd]!.kind !== 'quote') sourceEnd++;
    if (sourceEnd === at + 2 || sourceEnd - at - 2 > 2 * SPEAKER_LIMIT) return undefined;
    const source: [number, number] = [at + 2, Math.min(sourceEnd, at + 2 + SPEAKER_LIMIT)];
    const cue: [number, number] = [at, at + 2];
    if (at === first && tokens[sourceEnd]?.text === ',') return { content: [sourceEnd + 1, clauseEnd(tokens, sourceEnd + 1, end)], source, cue };
    if (at > first + 2 && tokens[at - 1]!.text === ',') return { content: [first, at - 1], source, cue };
    return undefined;
  }
  return undefined;
}
