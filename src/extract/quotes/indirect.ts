// Reported speech and thought: the clause a cue reports, wherever it stands around its attribution.
import { ADVERBIAL_STARTS, APPROXIMATORS, BEFORE_BASE_VERB, BETWEEN, BE_FORMS, CLAUSE_BREAKS, COORDINATORS, DETERMINERS, FRONTED_CONNECTIVES, HEARER_CUES, MEDIA_NOUNS, NUMBERS, PAST_AS_BASE, POLL_SHARES, PREPOSITIONS, PREPOSITION_INGS, PROGRESSIVE, QUANTIFIER_WORDS, RAISED, RAISING, RELATIVE_PRONOUNS, SUBORDINATORS, VERBAL } from '../../lexicon/attribution.js';
import { CLAIM_NOUNS, CUE_NOUNS, type CueVerb } from '../../lexicon/cues.js';
import { FUNCTION_WORDS, PRONOUNS } from '../../lexicon/function-words.js';
import { NEWS_AGENCIES } from '../../lexicon/organizations.js';
import type { DocumentModel } from '../../model/document.js';
import { clipToSegments, piecewiseText } from '../../model/text.js';
import type { TokenStore } from '../../model/tokenize.js';
import type { Quote } from '../../schema/quote.js';
import type { Span } from '../../schema/span.js';
import type { LinkedMention } from '../entities.js';
import { rangeSpan } from './lookup.js';
import { isDoubleMarkAt } from './marks.js';
import { SPEAKER_LIMIT, accordingTo, claimVerb, cueAt, isDeterminedPhrase, isSpeakerPhrase, mainSubject, phraseAfter, phraseBefore, startsSubjectWord, toCue, toSpeaker, toVia } from './phrases.js';
import { isEdge, TERMINALS } from './tokens.js';

/**
 * The cue nouns (statements, reports, documents, polls, studies): as a source ending a sentence
 * they report with a verb that is no verb of saying ("…, records show.", "…, the poll found.").
 */
const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(CUE_NOUNS);

const ACCORDING_VERB: CueVerb = { lemma: 'according to', forms: [], class: 'neutral', speech: false };



/** Whether the token before an uninflected cue word makes it a verb ("they support", "to back", "voters say"). */
function baseVerbContext(tokens: TokenStore, previous: number): boolean {
  if (previous < 0 || previous >= tokens.length || tokens.kind(previous) !== 'word') return true;
  // "voters say", and a share of them: "60 percent say", "a majority support".
  const lower = tokens.lower(previous);
  if (BEFORE_BASE_VERB.has(lower) || POLL_SHARES.has(lower)) return true;
  // A plural subject: "voters say", "Democrats support".
  return isPluralNoun(tokens, previous);
}

/** A plural noun before a base-form cue: "records (show)", "analysts (say)", not "his", "this" or "business". */
function isPluralNoun(tokens: TokenStore, at: number): boolean {
  const lower = tokens.lower(at);
  return tokens.kind(at) === 'word' && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !FUNCTION_WORDS.has(lower);
}

/** Whether `word` is the first word of `lemma` ("go" of "go on"), without splitting the lemma per cue. */
function isLemmaHead(word: string, lemma: string): boolean {
  const space = lemma.indexOf(' ');
  return word.length === (space === -1 ? lemma.length : space) && lemma.startsWith(word);
}

/** Per token store, for each index the first quote mark or backtick at or after it (the store's length when none). */
const nextMarks = new WeakMap<TokenStore, Int32Array>();

function nextMarkFrom(tokens: TokenStore): Int32Array {
  let next = nextMarks.get(tokens);
  if (!next) nextMarks.set(tokens, (next = nextWhere(tokens.length, (at) => tokens.kind(at) === 'quote' || tokens.text(at) === '`')));
  return next;
}

/** For each index of `[0, length]`, the first index at or after it where `holds` is true (`length` when none). */
function nextWhere(length: number, holds: (at: number) => boolean): Int32Array {
  const next = new Int32Array(length + 1);
  next[length] = length;
  for (let at = length - 1; at >= 0; at--) next[at] = holds(at) ? at : next[at + 1]!;
  return next;
}

/**
 * Where a reported clause starting at `from` ends: the sentence end, or a break the writer adds.
 * With `limit`, a break at or past it is not looked for: `limit` comes back instead.
 */
function clauseEnd(tokens: TokenStore, from: number, end: number, limit = end): number {
  // Whether the clause is inside quoted words: a break there is the speaker's, not the writer's
  // ("said that “not everyone can afford it, and I don't think …”").
  let quoting = isQuoteOpening(tokens, from);
  for (let at = from + 1; at < limit; at++) {
    const token = at;
    if ((tokens.kind(token) === 'quote' || tokens.text(token) === '`') && isDoubleMarkAt(tokens, at)) {
      quoting = isQuoteOpening(tokens, at);
      // The second mark of a pair of apostrophes or backticks.
      if (tokens.textAt(at + 1) === tokens.text(token) && tokens.start(at + 1) === tokens.end(token)) at++;
      continue;
    }
    // A comma right before the closing mark still ends the clause ("“jobs, jobs,” but he …").
    // Inside quoted words only the tokens before the next mark can end it: go straight there, so
    // a quotation that never closes is read once, not once for every report in it.
    if (quoting && tokens.kindAt(at + 1) !== 'quote') {
      at = Math.max(at, nextMarkFrom(tokens)[at + 1]! - 2);
      continue;
    }
    if (tokens.text(token) === ';') return at;
    // "… and called for …": a second cue of the same subject starts a report of its own.
    if (tokens.lower(token) === 'and' && cueAt(tokens, tokens.lowerAt(at + 1) === 'also' ? at + 2 : at + 1, end) && !tokens.lower(at + 1).endsWith('ing')) return at;
    if (tokens.text(token) !== ',' && tokens.text(token) !== '\u2014' && tokens.text(token) !== '\u2015') continue;
    // "… “jobs, jobs, jobs,” but he …": the comma may sit inside the closing mark.
    const inside = tokens.kindAt(at + 1) === 'quote';
    const nextIndex = inside ? at + 2 : at + 1;
    if (nextIndex >= tokens.length || tokens.kind(nextIndex) !== 'word' || tokens.cap(nextIndex)) continue;
    const next = tokens.lower(nextIndex);
    // A participle may follow an adverb: "…, implicitly putting his name on the line".
    const verb = next.endsWith('ly') ? tokens.lowerAt(nextIndex + 1) : next;
    const participle = verb !== undefined && verb.endsWith('ing') && verb.length > 5 && !PREPOSITION_INGS.has(verb);
    if (!CLAUSE_BREAKS.has(next) && !participle) continue;
    // "…, and “we will win”": a coordinated clause that quotes the source is still the report.
    if (COORDINATORS.has(next) && quotedLater(tokens, at + 2, end) && !cueSoon(tokens, nextIndex + 1, end)) continue;
    return inside ? at + 2 : at;
  }
  return limit;
}

/** Whether token `at` is a double quote mark (or the first of `''` or ` `` `) that opens. */
function isQuoteOpening(tokens: TokenStore, at: number): boolean {
  if (at < 0 || at >= tokens.length || (tokens.kind(at) !== 'quote' && tokens.text(at) !== '`') || !isDoubleMarkAt(tokens, at)) return false;
  return tokens.text(at) === '`' || tokens.opens(at);
}

/**
 * The comma right before token `index`, or before the closing quote mark right before it
 * (`,”`, `,''`); -1 when there is none.
 */
function commaBeforeMark(tokens: TokenStore, index: number): number {
  let at = index - 1;
  while (at > 0 && tokens.kind(at) === 'quote' && !tokens.opens(at) && tokens.end(at - 1) === tokens.start(at)) at--;
  return tokens.textAt(at) === ',' && (at === index - 1 || isDoubleMarkAt(tokens, index - 1)) ? at : -1;
}

/** Whether a cue verb comes within the next few words: "…, but he said that …" starts a new report. */
function cueSoon(tokens: TokenStore, from: number, end: number): boolean {
  for (let at = from; at < Math.min(end, from + 4); at++) if (cueAt(tokens, at, end)?.verb.speech) return true;
  return false;
}

function quotedLater(tokens: TokenStore, from: number, end: number): boolean {
  const nextMark = nextMarkFrom(tokens);
  for (let at = nextMark[from]!; at < end; at = nextMark[at + 1]!) if (isDoubleMarkAt(tokens, at)) return true;
  return false;
}

/** The content of a reported clause from token ranges of one sentence, edge punctuation trimmed. */
function clauseContent(document: DocumentModel, sentence: number, ranges: ReadonlyArray<[number, number]>): { content: Quote['content']; quoted: boolean } | undefined {
  const { tokens } = document;
  const block = document.blocks[document.sentences[sentence]!.block]!;
  const pieces: Span[] = [];
  let quoted = false;
  for (let [from, to] of ranges) {
    // Single marks are apostrophes as often as quote marks: only double marks make a report mixed.
    for (let at = from; at < to; at++) if (isDoubleMarkAt(tokens, at)) quoted = true;
    // Edge punctuation goes, but a quote mark whose pair is inside the clause stays with it.
    let marks = 0;
    for (let at = from; at < to; at++) if (tokens.kind(at) === 'quote') marks++;
    while (from < to && isEdge(tokens, from) && !(tokens.kind(from) === 'quote' && marks > 1)) from++;
    while (to > from && isEdge(tokens, to - 1) && !(tokens.kind(to - 1) === 'quote' && marks > 1)) to--;
    if (to <= from) continue;
    for (const piece of clipToSegments(block.segments, rangeSpan(tokens, [from, to]))) pieces.push(piece);
  }
  const words = ranges.reduce((count, [from, to]) => count + (to - from), 0);
  if (pieces.length === 0 || words < 2) return undefined;
  return { content: piecewiseText(document.input, pieces), quoted };
}

/** Where the reported clause after a cue starts: after "that", or after the hearer of "told". */
function reportStart(tokens: TokenStore, cueEnd: number, end: number, verb: CueVerb): number {
  // "said on Monday that …", "told reporters that …": an adverbial or a hearer may come before
  // "that"; an object may not ("stressed her support of the raid that killed …" is a relative).
  const skippable = cueEnd < end && (HEARER_CUES.has(verb.lemma) || tokens.lower(cueEnd) === 'that' || ADVERBIAL_STARTS.has(tokens.lower(cueEnd)));
  const reach = HEARER_CUES.has(verb.lemma) ? 14 : 8;
  for (let at = cueEnd; skippable && at < Math.min(end, cueEnd + reach); at++) {
    if (tokens.kind(at) === 'punct' || tokens.kind(at) === 'quote') break;
    if (tokens.lower(at) === 'that') return at + 1;
  }
  if (HEARER_CUES.has(verb.lemma)) {
    for (let at = cueEnd; at < Math.min(end, cueEnd + 6); at++) {
      if (tokens.kind(at) !== 'word') break;
      if (at > cueEnd && PRONOUNS[tokens.lower(at)]?.case === 'subject') return at;
    }
  }
  return cueEnd;
}

/** The index right after a short adverbial following the cue ("said on Monday"), or undefined. */
function adverbialEnd(tokens: TokenStore, from: number, end: number): number | undefined {
  for (let at = from; at < Math.min(end + 1, from + 6); at++) {
    if (at >= tokens.length || at >= end) return at;
    // An abbreviation's stop ("Mr.") does not end the adverbial; a sentence's stop does.
    const kind = tokens.kind(at);
    if (kind === 'punct' && !(tokens.text(at) === '.' && tokens.sentenceAt(at + 1) === tokens.sentence(at) && at + 1 < end)) return at;
    if (kind === 'quote' || tokens.lower(at) === 'that') return undefined;
  }
  return undefined;
}

/**
 * Where a fronted report starts: after a leading conjunction ("But the plan will fail, he said"),
 * or nowhere when the clause opens with a preposition or subordinator ("With days to go, Ann
 * Lee said …": that is an adverbial, not a report), unless the cue `closes` its clause and a
 * count or a clause follows the opening ({@link reportsAfterAdverbial}).
 */
function frontedStart(tokens: TokenStore, first: number, comma: number, closes: boolean): number | undefined {
  let start = first;
  while (start < comma && (tokens.kind(start) === 'quote' || FRONTED_CONNECTIVES.has(tokens.lower(start)))) start++;
  if (start >= tokens.length) return undefined;
  const lower = tokens.lower(start);
  if (FUNCTION_WORDS.has(lower) && !startsSubjectWord(lower)) return closes && reportsAfterAdverbial(tokens, start, comma) ? start : undefined;
  // A participle clause ("Speaking in Leeds, …", "Asked about it, Lee said …") is no report;
  // an adjective may open one ("Divorced parents are worse off, MPs said.").
  if (tokens.cap(start) && lower.endsWith('ing')) return undefined;
  if (tokens.cap(start) && lower.length > 4 && lower.endsWith('ed') && !isAdjective(tokens, start)) return undefined;
  return start;
}

/** Whether the -ed word at `at` modifies the plain noun after it ("Divorced parents") rather than opening a participle clause ("Asked about it", "Asked the reason"). */
function isAdjective(tokens: TokenStore, at: number): boolean {
  const next = at + 1;
  return next < tokens.length && tokens.kind(next) === 'word' && !tokens.cap(next) && !FUNCTION_WORDS.has(tokens.lower(next)) && !tokens.lower(next).endsWith('ly');
}

/**
 * Whether a fronted clause opening with a function word is a report all the same: a count
 * ("About 300 families moved …, officials said"), or an adverbial with a clause after its comma
 * ("Unlike the old firm, Ray has few backers, they say"; not "With days to go, Lee said").
 */
function reportsAfterAdverbial(tokens: TokenStore, start: number, comma: number): boolean {
  const next = start + 1;
  if (APPROXIMATORS.has(tokens.lower(start)) && next < tokens.length && (tokens.kind(next) === 'number' || NUMBERS.has(tokens.lower(next)))) return true;
  for (let at = start + 2; at < comma - 2; at++) {
    if (tokens.text(at) !== ',') continue;
    const after = at + 1;
    // Not a relative, subordinate or participle clause going on with the adverbial ("In May, when …", "At the debate, organised by …").
    if (tokens.kind(after) !== 'word') return false;
    if (tokens.cap(after)) return true;
    const opensClause = (FUNCTION_WORDS.has(tokens.lower(after)) && !startsSubjectWord(tokens.lower(after))) || RELATIVE_PRONOUNS.has(tokens.lower(after)) || SUBORDINATORS.has(tokens.lower(after));
    return !opensClause && !tokens.lower(after).endsWith('ing') && !tokens.lower(after).endsWith('ed');
  }
  return false;
}

/**
 * Reported speech and thought: a cue verb with a plausible source as subject, and the clause it
 * reports, after the cue ("X said that …"), before it ("…, X said."), around it ("A, X said, B.")
 * or before an inverted cue ("…, said X."); and "…, according to X." with X as the source.
 */
export function indirectQuotes(document: DocumentModel, mentions: readonly LinkedMention[], usedCues: Uint8Array, covered: Uint8Array, speakers: ReadonlyMap<number, [number, number]>): Omit<Quote, 'id'>[] {
  const { tokens } = document;
  const out: Omit<Quote, 'id'>[] = [];
  // For each token, the first token at or after it that a direct quote covers, and the first comma.
  const nextCovered = nextWhere(tokens.length, (at) => covered[at] !== 0);
  const nextComma = nextWhere(tokens.length, (at) => tokens.text(at) === ',');
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
    // Read by index, not destructured: the iterator protocol of `[first, end] =` makes the callback
    // bigger to compile.
    const first = sentence.tokens[0];
    const end = sentence.tokens[1];
    let found = false;
    let touched = false;
    let lastSubject = speakers.get(sentenceIndex);
    // Where a report before its cue may start: the sentence's start, or past the last report found
    // in it, so no report holds another's words or attribution ("“A, she said, and B, she said, and C").
    let floor = first;
    // "According to X, A.": a cue of thought or stance in A is part of what X reports (the
    // according-clause below); a verb of saying keeps its own report, with X as the medium.
    const according = tokens.lowerAt(first) === 'according' && tokens.lowerAt(first + 1) === 'to';
    // Read once a sentence, not only when a subject comes second ("As Lee said"): read only
    // there, it had no type feedback when V8 optimized this, which then deopted on the first.
    const opensWithAs = tokens.lower(first) === 'as';
    const trailing = trailingAttribution(tokens, first, end, mentions) ?? first;
    for (let index = first; index < end; index++) {
      if (usedCues[index] || covered[index]) {
        touched = true;
        continue;
      }
      const cue = cueAt(tokens, index, end);
      if (!cue) continue;
      // Read once, here, for the tests below: read only at the end of their chains, it had no type
      // feedback when V8 optimized this callback, which then deopted at the first "As Lee said".
      const speech = cue.verb.speech;
      // "Lee plans to visit, an aide said.": a cue inside the report of the attribution that ends
      // the sentence belongs to what the source reports, not to a report of its own.
      if (index < trailing || (according && !speech)) continue;
      if (!isReportingUse(tokens, index, cue.verb, cue.end, end)) continue;
      const previous = index - 1;
      const hasPrevious = previous >= 0;
      const participle = tokens.lower(index).endsWith('ing');
      // "…, said Ann Lee." / "…, says the report": the report comes first, the speaker after.
      // Not "…, Lee told the AP.": what follows "told" is its hearer.
      // The comma may sit inside a closing quote mark: "… “as soon as possible,” said Ann Lee."
      // A sentence that opens with the mark is a direct quote's.
      const invertedComma = commaBeforeMark(tokens, index);
      if (invertedComma > first + 2 && !(invertedComma < index - 1 && tokens.kind(first) === 'quote') && speech && !participle && cue.verb.lemma !== 'tell') {
        const speaker = invertedSpeaker(tokens, cue.end, end);
        if (speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions)) {
          if (push(sentenceIndex, [[floor, invertedComma === index - 1 ? index - 1 : index]], speaker, [index, cue.end], cue.verb, undefined)) found = true;
          index = Math.max(index, speaker[1] - 1);
          floor = Math.max(floor, speaker[1]);
          continue;
        }
      }
      let subject: [number, number] | undefined;
      // A subject found away from the cue (a participle's, a coordinated cue's) has no fronted report.
      let adjacent = false;
      if (participle) {
        // "…, he said, adding that …" / "…, saying …": the participle shares the clause's subject.
        if (tokens.textAt(previous) === ',' || tokens.lowerAt(previous) === 'by') subject = (tokens.text(previous) === ',' ? speakerOfCueBefore(document, index - 1, first, end) : undefined) ?? lastSubject ?? mainSubject(document, first, index, mentions);
        // A participle is otherwise a cue only in a progressive ("is telling"), not as a modifier.
        else if (hasPrevious && PROGRESSIVE.has(tokens.lower(previous))) subject = phraseBefore(document, index - 1, first);
        if (!subject) continue;
      } else if (lastSubject && (tokens.lowerAt(previous) === 'and' || (tokens.lowerAt(previous) === 'also' && tokens.lowerAt(index - 2) === 'and'))) {
        // "She called it “outrageous” and called for …": a second cue of the same subject.
        subject = lastSubject;
      } else {
        subject = phraseBefore(document, index, first);
        adjacent = true;
      }
      // "As one user pointed out, …": a verb of saying in an opening as-clause names its source,
      // whether or not its noun is a known source noun.
      const asClause = subject !== undefined && adjacent && subject[0] === first + 1 && opensWithAs && speech && isDeterminedPhrase(tokens, subject[0], subject[1]);
      if (!subject || !(asClause || isSpeakerPhrase(tokens, subject[0], subject[1], mentions))) continue;
      // "Voters say they want …", "asked voters if they want …": a subject right after a verb of
      // saying (and "that"), or after a cue, its object and "that", "if" or "what", is inside that
      // cue's report, and so is its own cue (PolNeAR: the outer attribution is the one annotated).
      if (adjacent && insideReport(tokens, subject[0], first, end)) continue;
      lastSubject = subject;
      // The comma may sit inside a closing quote mark: "… strong,” the general said.
      const comma = tokens.kindAt(subject[0] - 1) === 'quote' && tokens.textAt(subject[0] - 2) === ',' ? subject[0] - 2 : subject[0] - 1;
      const after = adverbialEnd(tokens, cue.end, end);
      // "Ann Lee, who said A, left": a relative clause's cue has no report before it.
      const relative = subject[1] - subject[0] === 1 && RELATIVE_PRONOUNS.has(tokens.lower(subject[0]));
      // After a fronted adverbial, only a cue that ends its clause ("…, officials said.", "said on
      // Monday") makes the words before it a report: "Despite the rise, Wall Street expected more." does not.
      const closes = after === cue.end || (after !== undefined && (ADVERBIAL_STARTS.has(tokens.lower(cue.end)) || tokens.cap(cue.end)));
      const fronted = adjacent && !relative && tokens.textAt(comma) === ',' && comma - floor >= 2 && after !== undefined ? frontedStart(tokens, floor, comma, closes) : undefined;
      if (fronted !== undefined && after !== undefined) {
        // "A, the mayor said, B." is one report around its attribution; "A, the mayor said." ends it.
        const ranges: Array<[number, number]> = [[fronted, comma]];
        // Not a participle going on with the speaker ("A, Lee said, adding that B"): that is its own report.
        if (after < end && tokens.text(after) === ',' && participleAt(tokens, after + 1, end) === undefined) ranges.push([after + 1, clauseEnd(tokens, after + 1, end)]);
        if (push(sentenceIndex, ranges, subject, [index, cue.end], cue.verb, toldMedium(tokens, cue.verb, cue.end, end))) found = true;
        index = Math.max(index, ranges.at(-1)![1] - 1);
        floor = Math.max(floor, ranges.at(-1)![1]);
        continue;
      }
      // "As Lee pointed out with a chart, A": an opening as-clause reports the main clause after its comma.
      const asOpening = subject[0] === first + 1 && opensWithAs && speech ? commaAfterWords(tokens, cue.end, end) : undefined;
      const from = asOpening === undefined ? reportStart(tokens, cue.end, end, cue.verb) : asOpening + 1;
      // A report that opens a direct quote is that quote's, not a second one.
      let opening = from;
      while (opening < end && isEdge(tokens, opening) && !covered[opening]) opening++;
      if (covered[opening]) continue;
      // "Though she said A, B.": a subordinate clause ends at its comma, and B is the writer's.
      const subordinate = asOpening === undefined && (relative || SUBORDINATORS.has(tokens.lowerAt(subject[0] - 1) ?? ''));
      // The clause ends by a direct quote in it (below), a subordinate one by its comma: the clause's
      // end is not looked for past them, so a sentence of reports that end early is read once.
      let limit = Math.min(end, nextCovered[from]! + 1);
      if (subordinate && from + 1 < limit) limit = Math.min(limit, nextComma[from + 1]!);
      let to = clauseEnd(tokens, from, end, limit);
      if (subordinate) {
        for (let at = from + 1; at < to; at++) {
          if (tokens.text(at) !== ',') continue;
          to = at;
          break;
        }
      }
      // A direct quote inside the clause is its own ("he added that it was close to achieving: “…”"):
      // the report ends where the quotation begins, so no words are reported twice.
      for (let at = from; at < to; at++) {
        if (!covered[at]) continue;
        to = at;
        while (to > from && (isEdge(tokens, to - 1) || tokens.text(to - 1) === ':')) to--;
        break;
      }
      if (to - from < 2) continue;
      if (push(sentenceIndex, [[from, to]], subject, [index, cue.end], cue.verb, accordingTo(document, subject[0]) ?? toldMedium(tokens, cue.verb, cue.end, end))) found = true;
      index = Math.max(index, to - 1);
      floor = Math.max(floor, to);
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

/**
 * Whether the cue word at `index` is used as a verb of report here, by the words around it: not
 * a noun ("the report", "secretary of state", "taking calls"), a passive, or a sense that reports
 * nothing ("raised money", "went on air"). Kept out of the per-sentence callback of
 * indirectQuotes: its many rarely taken tests made that callback slow to optimize, and
 * each one first taken deoptimized all of it.
 */
function isReportingUse(tokens: TokenStore, index: number, verb: CueVerb, cueEnd: number, end: number): boolean {
  // "seem" and "appear" attribute only with a complement ("appears to back it"), not as
  // "appeared on television".
  if (RAISING.has(verb.lemma) && !['to', 'that'].includes(tokens.lowerAt(cueEnd) ?? '')) return false;
  // "went on air", "went on to say": "go on" cues only a quotation it goes on with.
  if (verb.lemma === 'go on') return false;
  // Non-speech senses: "raised money" (only concerns, questions and the like are raised in
  // speech), "hoped to play" (a hope for one's own act, not a report).
  if (verb.lemma === 'raise' && !RAISED.has(objectWord(tokens, cueEnd, end))) return false;
  if (verb.lemma === 'hope' && tokens.lowerAt(cueEnd) === 'to') return false;
  // "the home state", "two states", "the rules state that": "state" reports only a that-clause
  // ("stated" and "stating" are verbs anyway). "continued to rise", "continue the fight": a
  // continuation reports only with "that" (the cue after "continued to" reports on its own).
  if ((verb.lemma === 'state' || verb.lemma === 'continue') && (verb.lemma === 'continue' || tokens.lower(index) === 'state' || tokens.lower(index) === 'states') && tokens.lowerAt(cueEnd) !== 'that') return false;
  // An uninflected cue word is a verb after an auxiliary, "to", a subject pronoun or a
  // plural subject ("they support", "voters back"); after anything else it is a noun
  // ("broad support", "the home state", "Latino support").
  if (isLemmaHead(tokens.lower(index), verb.lemma) && !PAST_AS_BASE.has(verb.lemma) && !baseVerbContext(tokens, index - 1)) return false;
  // A passive ("her emails were read", "he was told") has no speaker as its subject.
  if (BE_FORMS.has(tokens.lowerAt(index - 1) ?? '') && !tokens.lower(index).endsWith('ing')) return false;
  const previous = index - 1;
  const hasPrevious = previous >= 0;
  const participle = tokens.lower(index).endsWith('ing');
  // After a determiner the cue is a noun ("the report"), unless it is inflected as a verb
  // after a relative "that" ("a letter that says").
  const inflected = !isLemmaHead(tokens.lower(index), verb.lemma);
  if (hasPrevious && ((DETERMINERS.has(tokens.lower(previous)) && !(tokens.lower(previous) === 'that' && inflected)) || (tokens.kind(previous) === 'clitic' && !participle))) return false;
  // After a preposition the cue word is a noun ("secretary of state", "in response"), and so
  // is an -s form after a quantifier or number ("in all five states"; "some say" is a verb).
  if (hasPrevious && !tokens.cap(previous) && !participle && tokens.lower(previous) !== 'to' && PREPOSITIONS.has(tokens.lower(previous))) return false;
  if (hasPrevious && !participle && (tokens.kind(previous) === 'number' || NUMBERS.has(tokens.lower(previous)) || QUANTIFIER_WORDS.has(tokens.lower(previous))) && tokens.lower(index).endsWith('s') && !tokens.lower(index).endsWith('ss')) return false;
  // After a participle the cue word is its object noun: "taking calls", "making claims".
  if (hasPrevious && tokens.kind(previous) === 'word' && !tokens.cap(previous) && tokens.lower(previous).endsWith('ing') && tokens.lower(previous).length > 4 && !participle) return false;
  return true;
}

/** The comma right after `from` or after a short adverbial there ("pointed out with a chart,"; not "said he would,"), or undefined. */
function commaAfterWords(tokens: TokenStore, from: number, end: number): number | undefined {
  if (tokens.textAt(from) !== ',' && !ADVERBIAL_STARTS.has(tokens.lowerAt(from) ?? '')) return undefined;
  for (let at = from; at < Math.min(end, from + 7); at++) {
    if (tokens.text(at) === ',') return at;
    if (tokens.kind(at) !== 'word' && tokens.kind(at) !== 'number') return undefined;
  }
  return undefined;
}

/** The end of a speech participle at `at` ("adding", "saying", "noting"), or undefined. */
function participleAt(tokens: TokenStore, at: number, end: number): number | undefined {
  if (at >= tokens.length || tokens.cap(at) || !tokens.lower(at).endsWith('ing')) return undefined;
  const cue = cueAt(tokens, at, end);
  return cue?.verb.speech ? cue.end : undefined;
}

/**
 * The speaker of a verb of saying right before the comma at `comma` ("…, a Chinese official said,
 * adding that …"): the participle after it goes on with that speaker, not with the subject of a
 * cue in the report before.
 */
function speakerOfCueBefore(document: DocumentModel, comma: number, first: number, end: number): [number, number] | undefined {
  const { tokens } = document;
  for (let start = comma - 1; start >= Math.max(first + 1, comma - 3); start--) {
    const cue = cueAt(tokens, start, end);
    if (!cue || cue.end !== comma || !cue.verb.speech) continue;
    const subject = phraseBefore(document, start, first);
    return subject && tokens.textAt(subject[0] - 1) === ',' ? subject : undefined;
  }
  return undefined;
}

/** Words that open a reported clause after a cue and its object ("asked workers if they …"). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'if', 'whether', 'what', 'how', 'why']);

/**
 * Whether the phrase at `from` is the subject of a clause some cue reports: right after a speech
 * cue word, maybe with "that" between ("say (that) they"), or after any cue word, its object and
 * a complementizer ("asked workers if they", "claiming without evidence that he").
 */
export function insideReport(tokens: TokenStore, from: number, first: number, end: number): boolean {
  let at = from - 1;
  const complementizer = at >= first && COMPLEMENTIZERS.has(tokens.lower(at));
  if (complementizer) at--;
  for (let start = Math.max(first, at - 1); start <= at; start++) {
    const cue = cueAt(tokens, start, end);
    if (cue && cue.end === at + 1 && cue.verb.speech) return true;
  }
  if (!complementizer) return false;
  for (let start = at; start >= Math.max(first, at - 4); start--) {
    if (tokens.kind(start) !== 'word') return false;
    const cue = cueAt(tokens, start, end);
    if (cue && cue.end <= at + 1) return true;
  }
  return false;
}

/**
 * The speaker after an inverted cue ("…, said Ann Lee."), up to the sentence's end, punctuation
 * or a relative clause about it ("…, said an official who was briefed on the talks.").
 */
function invertedSpeaker(tokens: TokenStore, from: number, end: number): [number, number] | undefined {
  const phrase = phraseAfter(tokens, from, end);
  if (!phrase) return undefined;
  // "…, say they want a school": a subject pronoun with words after it opens a clause, not a speaker.
  if (phrase[1] - phrase[0] > 1 && PRONOUNS[tokens.lower(phrase[0])]?.case === 'subject') return undefined;
  for (let at = phrase[0] + 1; at < phrase[1]; at++) if (RELATIVE_PRONOUNS.has(tokens.lower(at))) return [phrase[0], at];
  if (phrase[1] >= end || tokens.kind(phrase[1]) === 'punct') return phrase;
  return shortSpeaker(tokens, phrase) && adverbialTail(tokens, phrase[1], end) ? phrase : undefined;
}

/** Prepositions that open a short phrase after an inverted speaker ("…, said Lee on Monday", "said an aide in the room"). */
const SPEAKER_TAILS: ReadonlySet<string> = new Set(['in', 'on', 'at']);

/**
 * Whether a phrase after an inverted cue is short enough to be its speaker when words follow it:
 * a few words, no document ("said an account of her life in …" is an object), no past form after
 * its first word ("said his office contacted police on …" is a clause).
 */
function shortSpeaker(tokens: TokenStore, [from, to]: [number, number]): boolean {
  if (to - from > 5 || DOCUMENT_SOURCES.has(tokens.lower(to - 1))) return false;
  for (let at = from + 1; at < to; at++) if (!tokens.cap(at) && tokens.lower(at).endsWith('ed')) return false;
  return true;
}

/** Whether a short prepositional phrase ("in the room", "on Monday") runs from `from` to the sentence's end. */
function adverbialTail(tokens: TokenStore, from: number, end: number): boolean {
  if (!SPEAKER_TAILS.has(tokens.lower(from))) return false;
  const object = from + 1;
  if (object >= tokens.length || !(tokens.cap(object) || tokens.kind(object) === 'number' || DETERMINERS.has(tokens.lower(object)) || PRONOUNS[tokens.lower(object)]?.case === 'possessive')) return false;
  for (let at = from + 1; at < end; at++) {
    if (tokens.kind(at) === 'punct') return at > from + 1 && TERMINALS.has(tokens.text(at));
    if (at > from + 5 || (tokens.kind(at) !== 'word' && tokens.kind(at) !== 'number') || VERBAL.has(tokens.lower(at)) || RELATIVE_PRONOUNS.has(tokens.lower(at))) return false;
  }
  return end > from + 1;
}

/** The comma before "according to" among the last commas of a sentence ("…, according to a lawsuit filed by Ann Lee, a former mayor."). */
function trailingAccording(tokens: TokenStore, first: number, last: number): number | undefined {
  for (let comma = last - 1; comma > first + 2 && comma > last - 3 * SPEAKER_LIMIT; comma--) {
    if (tokens.kind(comma) === 'quote') return undefined;
    if (tokens.text(comma) === ',' && tokens.lowerAt(comma + 1) === 'according' && tokens.lowerAt(comma + 2) === 'to') return comma;
  }
  return undefined;
}

/**
 * The comma before an attribution that ends the sentence ("A, an aide said." / "A, said the
 * aide." / "A, according to the aide."), when A is long enough to be its report.
 */
function trailingAttribution(tokens: TokenStore, first: number, end: number, mentions: readonly LinkedMention[]): number | undefined {
  let last = end;
  while (last > first && isEdge(tokens, last - 1)) last--;
  // "A, Lee said, adding that B.": the attribution ends where its participle starts.
  for (let at = last - 2; at > first + 3; at--) {
    if (tokens.text(at) === ',' && participleAt(tokens, at + 1, last) !== undefined) {
      last = at;
      break;
    }
  }
  let comma = trailingAccording(tokens, first, last) ?? last - 1;
  while (comma > first && comma > last - 3 * SPEAKER_LIMIT && tokens.text(comma) !== ',') comma--;
  if (comma - first < 3 || tokens.text(comma) !== ',') return undefined;
  // Quoted words closing before the attribution ("… “in trouble,” Lee said.") make a mixed
  // report of the whole sentence; a sentence that opens with the mark is a direct quote's.
  const closing = tokens.kindAt(comma + 1) === 'quote';
  if ((closing || tokens.kind(comma - 1) === 'quote') && tokens.kind(first) === 'quote') return undefined;
  const at = closing ? comma + 2 : comma + 1;
  for (let inside = at; inside < last; inside++) if (tokens.kind(inside) === 'quote' || tokens.lower(inside) === 'that') return undefined;
  if (tokens.lowerAt(at) === 'according' && tokens.lowerAt(at + 1) === 'to') {
    // The source up to an appositive's comma, read as the according-clause reads it.
    let sourceEnd = at + 2;
    while (sourceEnd < last && tokens.text(sourceEnd) !== ',') sourceEnd++;
    if (sourceEnd - at - 2 > 2 * SPEAKER_LIMIT) return undefined;
    return isSpeakerPhrase(tokens, at + 2, Math.min(sourceEnd, at + 2 + SPEAKER_LIMIT), mentions) ? comma : undefined;
  }
  const inverted = cueAt(tokens, at, last);
  if (inverted) {
    const speaker = invertedSpeaker(tokens, inverted.end, last);
    return inverted.verb.speech && speaker && isSpeakerPhrase(tokens, speaker[0], speaker[1], mentions) ? comma : undefined;
  }
  for (let cue = at + 1; cue < last; cue++) {
    const found = cueAt(tokens, cue, last);
    if (!found) continue;
    // "…, the report said.": a cue word after a determiner is the source's noun, not its verb.
    if (DETERMINERS.has(tokens.lower(cue - 1))) continue;
    let speakerEnd = cue;
    while (speakerEnd > at && BETWEEN.has(tokens.lower(speakerEnd - 1))) speakerEnd--;
    // An inflected cue ("said", "says", not "will insist") ends the sentence, or a short
    // adverbial does ("said on Monday", not "said on being asked").
    // A plural source may take the base form: "…, records show.", "…, analysts say.".
    const base = isLemmaHead(tokens.lower(cue), found.verb.lemma) && !(cue === at + 1 || isPluralNoun(tokens, cue - 1));
    // Documents and polls report by showing and finding: "…, records show.", "…, the poll found.".
    const document = speakerEnd > at && DOCUMENT_SOURCES.has(tokens.lower(speakerEnd - 1));
    if (!(found.verb.speech || document) || base || tokens.lower(cue).endsWith('ing') || last - found.end > 5) return undefined;
    for (let after = found.end; after < last; after++) if (tokens.lower(after).endsWith('ing')) return undefined;
    if (found.end < last && !ADVERBIAL_STARTS.has(tokens.lower(found.end)) && !tokens.cap(found.end)) return undefined;
    return isSpeakerPhrase(tokens, at, speakerEnd, mentions) ? comma : undefined;
  }
  return undefined;
}

/** The first word after `from` that is not a determiner or possessive: the head of a verb's object, roughly. */
function objectWord(tokens: TokenStore, from: number, end: number): string {
  let at = from;
  while (at < end && at < from + 3 && (DETERMINERS.has(tokens.lower(at)) || tokens.lower(at) === 'new' || tokens.lower(at) === 'serious')) at++;
  return tokens.lowerAt(at) ?? '';
}
const AGENCIES = new Set([...NEWS_AGENCIES, 'AP']);

/**
 * The medium a source told a report ("…, a spokesman told the AP."): the object of "tell" when
 * it is a news agency or a medium, which is the quote's `via`, not its speaker.
 *
 * @param tokens The document's tokens.
 * @param verb The cue verb.
 * @param cueEnd The token after the cue.
 * @param end The end of the block.
 * @returns The medium's tokens, or undefined.
 */
export function toldMedium(tokens: TokenStore, verb: CueVerb, cueEnd: number, end: number): [number, number] | undefined {
  if (verb.lemma !== 'tell') return undefined;
  const phrase = phraseAfter(tokens, cueEnd, end);
  if (!phrase || phrase[1] - phrase[0] > 5) return undefined;
  const first = tokens.lower(phrase[0]) === 'the' ? phrase[0] + 1 : phrase[0];
  const name = tokens.texts(first, phrase[1]).join(' ');
  return AGENCIES.has(name) || MEDIA_NOUNS.has(tokens.lower(phrase[1] - 1)) ? phrase : undefined;
}

/**
 * "Lee’s claim that A", "his repeated warning that A": a claim noun after a possessor, and the
 * that-clause it reports, with the possessor as the source.
 */
function claimClause(document: DocumentModel, first: number, end: number): { content: [number, number]; source: [number, number]; cue: [number, number]; verb: CueVerb } | undefined {
  const { tokens } = document;
  for (let at = first + 1; at < end - 2; at++) {
    const noun = at;
    // "that" is checked first: one string comparison rules out most tokens before the set lookup.
    if (tokens.lower(at + 1) !== 'that' || !CLAIM_NOUNS.has(tokens.lower(noun))) continue;
    // Up to two modifiers between the possessor and the noun: "Lee’s repeated public warning".
    let owner = at - 1;
    while (owner > at - 3 && owner > first && tokens.kind(owner) === 'word' && !tokens.cap(owner) && !PRONOUNS[tokens.lower(owner)]) owner--;
    let source: [number, number] | undefined;
    const possessor = owner;
    if (tokens.kind(possessor) === 'clitic') {
      let start = owner;
      while (start > first && start > owner - 5 && (tokens.cap(start - 1) || (tokens.text(start - 1) === '.' && tokens.capAt(start - 2)))) start--;
      if (start < owner) source = [start, owner];
    } else if (PRONOUNS[tokens.lower(possessor)]?.case === 'possessive') source = [owner, owner + 1];
    if (!source) continue;
    const from = at + 2;
    return { content: [from, clauseEnd(tokens, from, end)], source, cue: [at, at + 1], verb: claimVerb(tokens.lower(noun)) };
  }
  return undefined;
}

/** "A, according to X." or "According to X, A.": the clause A and the source X. */
function accordingClause(document: DocumentModel, first: number, end: number): { content: [number, number]; source: [number, number]; cue: [number, number] } | undefined {
  const { tokens } = document;
  for (let at = first; at < end; at++) {
    if (tokens.lower(at) !== 'according' || tokens.lowerAt(at + 1) !== 'to') continue;
    let sourceEnd = at + 2;
    while (sourceEnd < end && tokens.text(sourceEnd) !== ',' && !TERMINALS.has(tokens.text(sourceEnd)) && tokens.kind(sourceEnd) !== 'quote') sourceEnd++;
    if (sourceEnd === at + 2 || sourceEnd - at - 2 > 2 * SPEAKER_LIMIT) return undefined;
    const source: [number, number] = [at + 2, Math.min(sourceEnd, at + 2 + SPEAKER_LIMIT)];
    const cue: [number, number] = [at, at + 2];
    if (at === first && tokens.textAt(sourceEnd) === ',') return { content: [sourceEnd + 1, clauseEnd(tokens, sourceEnd + 1, end)], source, cue };
    if (at > first + 2 && tokens.text(at - 1) === ',') return { content: [first, at - 1], source, cue };
    return undefined;
  }
  return undefined;
}
