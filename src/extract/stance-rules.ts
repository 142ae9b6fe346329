import { NUMBERS } from '../lexicon/attribution.js';
import { FUNCTION_WORDS, MONTHS } from '../lexicon/function-words.js';
import { IRREGULAR_PARTICIPLES, NEGATION_GAP, NEGATORS, NOUN_DETERMINERS, type StanceEntry } from '../lexicon/stance.js';
import { AFTER_DELIBERATION, APPROXIMATORS, AS_AUXILIARIES, AS_DEGREE, BE, BEFORE_CLAUSE, BEFORE_NOUN, CLAUSE_CLOSERS, CLAUSE_OPENERS, COMPARATIVE_AFTER_AS, COMPLEMENT_NOUNS, CONDITIONS, DEGREE, DEGREE_CONTEXT, FIGURE_LEAD, FUTURE, GRADED_ADVERBS, INVERTED_SUBJECTS, MAKE, NEGATIVE_OBJECTS, NEGATIVE_SUBJECTS, NOMINATIVE, NON_ASSERTIVE, NOT_GRADABLE, OBJECT_OPENERS, PROVISO, QUANTITY_VERBS, SUBJECT_PRONOUNS, UTMOST, VERB_ADVERBS, WEIGHED } from '../lexicon/stance-context.js';
import type { TokenStore } from '../model/tokenize.js';
import type { StanceKind } from '../schema/stance.js';

/** The sentence a phrase is read in: its token range. */
export interface Sentence {
  first: number;
  end: number;
  /** The first word, opening quote marks and brackets aside. */
  opening: number;
  /** The sentence asks: its last mark, closing quotes aside, is "?". */
  question: boolean;
}

/** A lexicon phrase found at tokens `[at, end)`, with what the rules read around it. */
export interface Context {
  tokens: TokenStore;
  at: number;
  end: number;
  sentence: Sentence;
  entry: StanceEntry;
  /** The word before the phrase and the word after it, lowercase, inside the sentence. */
  before: string | undefined;
  after: string | undefined;
  /** The token before the phrase and the token after it, inside the sentence. */
  previous: number | undefined;
  next: number | undefined;
}

/**
 * A context rule: a reading of the tokens around a lexicon phrase under which it is not the
 * marker its entry names ("the suspect" is a noun, "May 5" a date). `example` is a sentence
 * where the rule applies, the phrase in square brackets; tests/stance.test.ts reads each one.
 */
export interface ContextRule {
  id: string;
  /**
   * The entries the rule may read otherwise (a modal, an entry with `needs`…); every entry when
   * absent. Rules are sorted by it once per entry, so a phrase is tested only against its own.
   */
  entries?: (entry: StanceEntry) => boolean;
  /** Whether the phrase reads otherwise here; called only for the entries the rule takes. */
  test: (context: Context) => boolean;
  example: string;
}

/** Lowercase word with apostrophes made ASCII, as lexicon phrases are compiled. */
export function normal(lower: string): string {
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

const MONTH_WORDS = new Set(MONTHS.map((month) => month.toLowerCase()));
// The clause a `needs` word is looked for in: a few words, up to punctuation.
const NEEDS_WINDOW = 4;

function lowerAt(tokens: TokenStore, at: number, sentence: Sentence): string | undefined {
  return at >= sentence.first && at < sentence.end ? normal(tokens.lower(at)) : undefined;
}

function followedInClause(tokens: TokenStore, from: number, sentence: Sentence, words: readonly string[], adjacent = false): boolean {
  if (adjacent) {
    let at = from;
    for (; at < sentence.end; at++) {
      const word = normal(tokens.lower(at));
      // "demonstrate to voters that": an indirect object.
      if (word === 'to' && at === from) at++;
      else if (!isAdverb(word) && !BEFORE_CLAUSE.has(word)) break;
    }
    // "found that quite tiring.": a demonstrative object before its complement, no clause.
    if (words.includes(lowerAt(tokens, at, sentence) ?? '') && !isDemonstrativeObject(tokens, at, sentence)) return true;
    // A noun that takes a "that" clause carries it on: "found evidence that", "proves the fact that".
    for (let next = from; next < Math.min(sentence.end, from + NEEDS_WINDOW); next++) {
      if (tokens.kind(next) === 'punct') return false;
      if (COMPLEMENT_NOUNS.has(normal(tokens.lower(next))) && words.includes(lowerAt(tokens, next + 1, sentence) ?? '')) return true;
    }
    return false;
  }
  for (let at = from; at < Math.min(sentence.end, from + NEEDS_WINDOW); at++) {
    if (tokens.kind(at) === 'punct') return false;
    const word = normal(tokens.lower(at));
    if (word === 'as' && COMPARATIVE_AFTER_AS.has(lowerAt(tokens, at + 1, sentence) ?? '')) return false;
    // "such ... as" lists examples: "appear in such films as", "seen in such towns as".
    if (word === 'such') return false;
    // "as he spoke", "as it was" is a conjunction, "as a whole" a whole: neither is the "as" of
    // "seen as" ("regarded as one of the best" is).
    if (word === 'as') {
      const subject = lowerAt(tokens, at + 1, sentence) ?? '';
      if ((subject !== 'one' && SUBJECT_PRONOUNS.has(subject)) || startsWith(tokens, at + 1, sentence, 'a whole')) return false;
    }
    if (words.includes(word)) return true;
  }
  return false;
}

// The words an "as" clause may hold before the word that closes it ("as the old plant is officially").
const AS_CLAUSE_WINDOW = 8;

/** Whether an "as" opens the clause that `at` closes, within a few words ("as the plant is officially known"). */
function asClauseBefore(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  for (let back = at - 1; back >= Math.max(sentence.first, at - AS_CLAUSE_WINDOW); back--) {
    if (tokens.kind(back) === 'punct') return false;
    if (tokens.lower(back) === 'as') return true;
  }
  return false;
}

/** Whether "that" at `at` is an object before a graded complement closing the clause ("found that quite tiring."). */
function isDemonstrativeObject(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  if (!DEGREE.has(lowerAt(tokens, at + 1, sentence) ?? '')) return false;
  const after = at + 3 < sentence.end ? tokens.kind(at + 3) : undefined;
  return tokens.kindAt(at + 2) === 'word' && (after === undefined || after === 'punct' || after === 'quote');
}

/** Whether a clause "as (it might be) expected" closes at `at`: the outcome came as foreseen, no doubt is left. */
function isAsForeseen(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  for (let back = at - 1; back >= Math.max(sentence.first, at - 5); back--) {
    const word = normal(tokens.lower(back));
    if (word === 'as') return true;
    if (!AS_AUXILIARIES.has(word)) return false;
  }
  return false;
}

/** Lexicon phrases of several words split at their spaces, once each: rules test them at every marker. */
const SPLIT_PHRASES = new Map<string, readonly string[]>();

/** Whether the tokens from `at` spell `words` ("be reached": two tokens). */
function startsWith(tokens: TokenStore, at: number, sentence: Sentence, words: string): boolean {
  if (!words.includes(' ')) return lowerAt(tokens, at, sentence) === words;
  let split = SPLIT_PHRASES.get(words);
  if (!split) SPLIT_PHRASES.set(words, (split = words.split(' ')));
  for (let offset = 0; offset < split.length; offset++) if (lowerAt(tokens, at + offset, sentence) !== split[offset]) return false;
  return true;
}

/** Where a negation before `at` starts ("not", "not yet", "has never been"), or -1. */
function negationBefore(tokens: TokenStore, at: number, sentence: Sentence): number {
  for (let back = at - 1, gaps = 0; back >= sentence.first && gaps <= 2; back--, gaps++) {
    const word = normal(tokens.lower(back));
    if (NEGATORS.has(word)) return back;
    if (!NEGATION_GAP.has(word)) return -1;
  }
  return -1;
}

const CLAUSE_WINDOW = 6;

function inCondition(tokens: TokenStore, at: number, sentence: Sentence, openers: ReadonlySet<string> = CONDITIONS): boolean {
  for (let back = at - 1; back >= Math.max(sentence.first, at - CLAUSE_WINDOW); back--) {
    if (tokens.kind(back) === 'punct') return false;
    const word = tokens.lower(back);
    if (openers.has(word)) return true;
    if (word === 'that' && back > sentence.first && tokens.lower(back - 1) === 'so') return true;
    if (PROVISO.has(word) && NOMINATIVE.has(lowerAt(tokens, back + 1, sentence) ?? '')) return true;
  }
  return false;
}

// "-est" adjectives: "the severest possible", "the fullest possible". Short words ending so ("best", "west") are listed or no adjectives.
const SUPERLATIVE = /^\p{Ll}{3,}est$/u;
// Adjective endings of a word between a determiner and a modal or verb read as a noun ("an indicted suspect").
const ATTRIBUTIVE = /^\p{Ll}{3,}(?:ed|al|ive|ous|ful|ic)$/u;

function isLyAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly');
}

function isAdverb(word: string): boolean {
  return VERB_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));
}

function isParticiple(word: string): boolean {
  return (word.length > 3 && word.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(word);
}

/** Whether the word at `at` is a predicate after a form of "be" whose subject is not "it" ("access is possible"). */
function isPredicate(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  let back = at - 1;
  while (back > sentence.first && isAdverb(normal(tokens.lower(back)))) back--;
  if (back < sentence.first || !BE.has(normal(tokens.lower(back)))) return false;
  return back === sentence.first || tokens.lower(back - 1) !== 'it';
}

/** Whether the word at `at` is a predicate after a form of "be", closing its clause ("the cause is (not yet) clear.", "is not known but"). */
function closesPredicate(tokens: TokenStore, at: number, end: number, sentence: Sentence): boolean {
  if (end < sentence.end && tokens.kind(end) !== 'punct' && tokens.kind(end) !== 'quote' && !CLAUSE_CLOSERS.has(tokens.lower(end))) return false;
  let back = at - 1;
  for (; back > sentence.first; back--) {
    const word = normal(tokens.lower(back));
    // "well known.", "not yet known.": adverbs and the words of a negation may stand between.
    if (BE.has(word) || !(isAdverb(word) || GRADED_ADVERBS.has(word) || NEGATORS.has(word) || NEGATION_GAP.has(word))) break;
  }
  return back >= sentence.first && BE.has(normal(tokens.lower(back)));
}

/**
 * Whether the verb after a modal (from `end`) makes it an obligation: a passive ("must be
 * stopped", "should be abandoned"), and for `agentive` also "must act", "must not".
 */
function isDeontic(tokens: TokenStore, end: number, sentence: Sentence, reading: 'agentive' | 'passive'): boolean {
  let at = end;
  while (at < sentence.end && isAdverb(normal(tokens.lower(at)))) at++;
  const verb = lowerAt(tokens, at, sentence);
  if (verb === undefined) return false;
  const then = lowerAt(tokens, at + 1, sentence);
  if (verb === 'be') return then !== undefined && isParticiple(then);
  if (reading === 'passive') return false;
  if (NEGATORS.has(verb)) return true;
  if (verb === 'have') return then !== 'been' && !(then !== undefined && isParticiple(then));
  return true;
}

/**
 * Whether a doxastic verb is deliberation here: present or "-ing" before an object ("will
 * consider the role", "were considering a merger"), or a passive with no complement ("the
 * input was considered but rejected"). The past form keeps its belief before an object, as
 * that is mostly a complement ("is considered the best", "considered the plan a failure").
 */
function isDeliberation(tokens: TokenStore, at: number, sentence: Sentence, before: string | undefined, next: number | undefined): boolean {
  if (next === undefined) return false;
  const lower = tokens.lower(at);
  const nextKind = tokens.kind(next);
  const nextLower = tokens.lower(next);
  // "considered calling", "considered whether": weighing an act or a question; after "be" an
  // "-ing" word is an adjective ("is considered daunting").
  // A hyphenated "-ing" word is a noun ("considered file-sharing illegal").
  const passive = lower.endsWith('ed') && before !== undefined && BE.has(before);
  if (!passive && nextKind === 'word' && ((nextLower.endsWith('ing') && !nextLower.includes('-')) || WEIGHED.has(nextLower))) return true;
  // "will be considered by parliament", "to be considered by the board": a body weighs it to
  // come; "is considered by many to be" keeps its belief.
  if (passive && nextLower === 'by' && before === 'be' && FUTURE.has(lowerAt(tokens, at - 2, sentence) ?? '')) return true;
  if (lower.endsWith('ed')) return passive && (nextKind === 'punct' || AFTER_DELIBERATION.has(nextLower));
  return OBJECT_OPENERS.has(nextLower);
}

const FIGURE_LEAD_WORDS = 3;

/** Whether a figure follows from `from`, perhaps after a few words that lead to one ("no more than 40"). */
function beforeFigure(tokens: TokenStore, from: number, sentence: Sentence): boolean {
  for (let at = from; at < Math.min(sentence.end, from + FIGURE_LEAD_WORDS + 1); at++) {
    if (tokens.kind(at) === 'number') return true;
    if (!FIGURE_LEAD.has(tokens.lower(at))) return false;
  }
  return false;
}

// The words "make" may stand before its result ("made the planet interpretation more likely").
const MAKE_WINDOW = 5;

/** Whether a form of "make" stands before `at` in its clause ("made it less likely"). */
function afterMake(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  for (let back = at - 1; back >= Math.max(sentence.first, at - MAKE_WINDOW); back--) {
    if (tokens.kind(back) === 'punct') return false;
    if (MAKE.has(tokens.lower(back))) return true;
  }
  return false;
}

/** Whether the participle at `at` follows a past form of "be" ("was expected", "had been widely expected"). */
function isPastPassive(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  let back = at - 1;
  while (back > sentence.first && isAdverb(normal(tokens.lower(back)))) back--;
  const be = lowerAt(tokens, back, sentence);
  if (be === 'was' || be === 'were') return true;
  return be === 'been' && lowerAt(tokens, back - 1, sentence) === 'had';
}

/** Whether the noun at `at` is the object of a verb of amount, an article or possessive between ("reduce the likelihood"). */
function isMeasured(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  let back = at - 1;
  if (NOUN_DETERMINERS.has(lowerAt(tokens, back, sentence) ?? '')) back--;
  return QUANTITY_VERBS.has(lowerAt(tokens, back, sentence) ?? '');
}

function isUtmostAbility(tokens: TokenStore, at: number, sentence: Sentence): boolean {
  const subject = lowerAt(tokens, at - 1, sentence);
  const head = lowerAt(tokens, at - 2, sentence);
  if (subject === undefined || !SUBJECT_PRONOUNS.has(subject) || head === undefined) return false;
  if (UTMOST.has(head)) return true;
  // "as fast as she could", "as automatically as they might": a comparison of manner.
  const degree = lowerAt(tokens, at - 3, sentence) ?? '';
  return head === 'as' && (AS_DEGREE.has(degree) || isLyAdverb(degree));
}

/** Whether a degree adverb at `at` grades the word after it ("a really tight game", "really, really good"). */
function isDegree({ tokens, at, end, sentence, before, after }: Context): boolean {
  if (after === undefined || NOT_GRADABLE.has(after)) return false;
  const word = normal(tokens.lower(at));
  // Said twice it grades: "really, really good".
  if ((after === ',' && lowerAt(tokens, end + 1, sentence) === word) || (before === ',' && lowerAt(tokens, at - 2, sentence) === word)) return true;
  return (before !== undefined && DEGREE_CONTEXT.has(before)) || GRADED_ADVERBS.has(after) || (after.length > 4 && after.endsWith('ly'));
}

const isModal = (entry: StanceEntry): boolean => entry.pos === 'modal';
const isVerb = (entry: StanceEntry): boolean => entry.pos === 'verb';
const isModalOrVerb = (entry: StanceEntry): boolean => entry.pos === 'modal' || entry.pos === 'verb';
const isModalHedge = (entry: StanceEntry): boolean => entry.pos === 'modal' && entry.kind === 'hedge';

/**
 * The context rules, each a reading under which a lexicon phrase is no marker. They are pure
 * tests of the tokens around the phrase, so their order does not change what they find.
 */
export const CONTEXT_RULES: readonly ContextRule[] = [
  // A capitalised word inside a sentence is a name; "I" is always capitalised.
  { id: 'name', example: 'Theresa [May] spoke.', test: ({ tokens, at, sentence, previous }) => tokens.cap(at) && at !== sentence.first && (previous === undefined || tokens.kind(previous) !== 'quote') && tokens.text(at) !== 'I' },
  { id: 'acronym', example: '[US] firms grew.', test: ({ tokens, at }) => tokens.upper(at) },
  { id: 'month-date', example: '[May] 5 is the deadline.', test: ({ tokens, at, next, previous }) => MONTH_WORDS.has(tokens.lower(at)) && ((next !== undefined && tokens.kind(next) === 'number') || (previous !== undefined && tokens.kind(previous) === 'number')) },
  // After an article or possessive a modal or verb is a noun ("the suspect", "his will").
  { id: 'noun-after-determiner', example: 'The [suspect] fled.', entries: isModalOrVerb, test: ({ before }) => before !== undefined && NOUN_DETERMINERS.has(before) },
  {
    id: 'noun-after-attributive',
    example: 'Police sought an indicted [suspect].',
    entries: isModalOrVerb,
    test: ({ tokens, at, sentence, before }) => {
      if (before === undefined || !ATTRIBUTIVE.test(before)) return false;
      const twoBack = lowerAt(tokens, at - 2, sentence);
      return twoBack !== undefined && NOUN_DETERMINERS.has(twoBack);
    },
  },
  { id: 'modal-noun-of', example: "The navy's [might] of old was gone.", entries: isModal, test: ({ after }) => after === 'of' },
  // "as expected", "as feared": the outcome came, no doubt is left.
  {
    id: 'as-expected',
    example: 'As might be [expected], rates rose.',
    entries: isVerb,
    test: ({ tokens, at, sentence, next }) => (next === undefined || tokens.kind(next) === 'punct') && isAsForeseen(tokens, at, sentence),
  },
  // "than expected": the outcome is compared with a forecast, and asserted.
  { id: 'than-expected', example: 'Sales were stronger than [expected].', entries: isVerb, test: ({ before }) => before === 'than' },
  {
    id: 'needs',
    example: 'The figure [appears] on the screen.',
    entries: (entry) => entry.needs !== undefined,
    test: ({ entry, tokens, at, end, sentence, before }) =>
      !followedInClause(tokens, end, sentence, entry.needs!, entry.needsAdjacent) &&
      !(before !== undefined && entry.orAfter?.includes(before)) &&
      !(entry.orPredicate === true && closesPredicate(tokens, at, end, sentence)),
  },
  // "into thinking" is being led to believe; else a name, "that" or a subject must open the clause.
  {
    id: 'no-clause',
    example: 'It was wishful [thinking].',
    entries: (entry) => entry.clause === true,
    test: ({ tokens, before, next }) =>
      before !== 'into' && !(next !== undefined && tokens.kind(next) === 'word' && (tokens.cap(next) || CLAUSE_OPENERS.has(normal(tokens.lower(next))))),
  },
  { id: 'needs-next', example: 'The bank [should] act now.', entries: (entry) => entry.needsNext !== undefined, test: ({ entry, after }) => !(after !== undefined && entry.needsNext!.includes(after)) },
  // After an approximator it still weighs the odds: "an almost certain delay" is a hedge; after a
  // subject it is the verb ("it anticipated paying a dividend").
  {
    id: 'attributive',
    example: 'The firm cited [expected] losses.',
    entries: (entry) => entry.notAttributive === true,
    test: ({ entry, tokens, next, before }) =>
      next !== undefined &&
      tokens.kind(next) === 'word' &&
      !tokens.cap(next) &&
      !FUNCTION_WORDS.has(tokens.lower(next)) &&
      !isAdverb(tokens.lower(next)) &&
      !(before !== undefined && (BE.has(before) || (before !== 'one' && SUBJECT_PRONOUNS.has(before)) || (entry.negated === 'hedge' && APPROXIMATORS.has(before)))),
  },
  // A count in words enumerates too ("three possible routes"); "one possible reason" is a doubt about the one.
  {
    id: 'after-superlative',
    example: 'The severest [possible] penalty applies.',
    entries: (entry) => entry.notAfterSuperlative === true,
    test: ({ tokens, previous }) => previous !== undefined && (tokens.kind(previous) === 'number' || SUPERLATIVE.test(tokens.lower(previous)) || NUMBERS.has(tokens.lower(previous))),
  },
  { id: 'predicative', example: 'Wheelchair access is [possible].', entries: (entry) => entry.notPredicative === true, test: ({ tokens, at, sentence }) => isPredicate(tokens, at, sentence) },
  {
    id: 'deliberation',
    example: 'The board will [consider] the offer.',
    entries: (entry) => entry.notBeforeObject === true,
    test: ({ entry, tokens, at, sentence, before, next }) => !(entry.imperative !== undefined && at === sentence.opening) && isDeliberation(tokens, at, sentence, before, next),
  },
  { id: 'deontic', example: 'Ministers [must] act now.', entries: (entry) => entry.deontic !== undefined, test: ({ entry, tokens, end, sentence }) => isDeontic(tokens, end, sentence, entry.deontic!) },
  {
    id: 'manner',
    example: 'She set out the position very [clearly].',
    entries: (entry) => entry.manner === true,
    test: ({ tokens, at, sentence, before, next }) =>
      at !== sentence.opening && ((before !== undefined && DEGREE.has(before)) || next === undefined || tokens.kind(next) === 'punct' || tokens.kind(next) === 'quote'),
  },
  // An "-ly" adverb between changes nothing: "agreed unanimously to".
  {
    id: 'not-before',
    example: 'It is [possible] to book online.',
    entries: (entry) => entry.notBefore !== undefined,
    test: ({ entry, tokens, end, sentence, after }) => {
      if (after === undefined) return false;
      let from = end;
      while (from < sentence.end - 1 && isLyAdverb(normal(tokens.lower(from)))) from++;
      for (const words of entry.notBefore!) if (startsWith(tokens, end, sentence, words) || (from > end && startsWith(tokens, from, sentence, words))) return true;
      return false;
    },
  },
  { id: 'not-after', example: 'The gift made it [possible].', entries: (entry) => entry.notAfter !== undefined, test: ({ entry, before }) => before !== undefined && entry.notAfter!.includes(before) },
  // In a condition or a purpose clause a modal states no stance ("if they could", "so that it may").
  { id: 'modal-in-condition', example: 'If the bank [could] lend, rates would fall.', entries: isModalHedge, test: ({ tokens, at, sentence }) => inCondition(tokens, at, sentence) },
  // Nor is certainty asserted in a condition ("if the claims are true", "unless it is clear that").
  { id: 'booster-in-condition', example: 'If the claims are [true], the deal fails.', entries: (entry) => entry.kind === 'booster', test: ({ tokens, at, sentence }) => inCondition(tokens, at, sentence, NON_ASSERTIVE) },
  // A question asks rather than hedges ("Could the plan fail?").
  { id: 'modal-in-question', example: '[Could] the plan fail?', entries: isModalHedge, test: ({ sentence }) => sentence.question },
  // "could not", a negative subject ("nothing could", "neither could", "nor could she") or a
  // negative object ("could find no record"): impossibility, not doubt.
  {
    id: 'negated-modal',
    example: 'The mayor [could] not say.',
    entries: (entry) => entry.negated === 'drop',
    test: ({ tokens, at, end, sentence, before, after }) =>
      ((after !== undefined && NEGATORS.has(after)) ||
        (before !== undefined && NEGATIVE_SUBJECTS.has(before)) ||
        // The negative head of a relative clause: "nothing you could say".
        (before !== undefined && SUBJECT_PRONOUNS.has(before) && NEGATIVE_SUBJECTS.has(lowerAt(tokens, at - 2, sentence) ?? '')) ||
        NEGATIVE_OBJECTS.has(lowerAt(tokens, end + 1, sentence) ?? '')),
  },
  // "ever" after a modal belongs to a negative, a question or a condition ("nothing I could ever believe").
  { id: 'modal-ever', example: 'No poll [could] ever settle it.', entries: isModalHedge, test: ({ after }) => after === 'ever' },
  // What someone at most could do is ability: "the best he could", "all they could", "as fast as she could".
  { id: 'modal-of-ability', example: 'It was the best he [could] do.', entries: isModalHedge, test: ({ tokens, at, sentence }) => isUtmostAbility(tokens, at, sentence) },
  // A negated booster asserts nothing: "not always", "not really". (With `negated: 'hedge'` it is a hedge instead.)
  {
    id: 'negated-booster',
    example: 'That is not [really] true.',
    entries: (entry) => entry.kind === 'booster' && entry.negated !== 'hedge',
    test: ({ tokens, at, sentence }) => negationBefore(tokens, at, sentence) !== -1,
  },
  {
    id: 'degree-adverb',
    example: 'It was a [really] tight game.',
    entries: (entry) => entry.degree === true,
    test: isDegree,
  },
  { id: 'approximator', example: 'The hall seats [perhaps] 400 people.', entries: (entry) => entry.approximates === true, test: ({ tokens, end, sentence }) => beforeFigure(tokens, end, sentence) },
  { id: 'made-likely', example: 'The rain made a draw more [likely].', entries: (entry) => entry.notCaused === true, test: ({ tokens, at, sentence, after }) => after !== 'that' && after !== 'to' && afterMake(tokens, at, sentence) },
  // A modal never follows a preposition or "have": there it is the noun ("through might", "has might").
  { id: 'modal-noun-after-preposition', example: 'Freedom is won through [might] alone.', entries: isModal, test: ({ before }) => before !== undefined && BEFORE_NOUN.has(before) },
  { id: 'foreseen-outcome', example: 'The collapse was widely [expected].', entries: (entry) => entry.foreseen === true, test: ({ tokens, at, sentence, next }) => (next === undefined || (tokens.kind(next) === 'punct' && tokens.text(next) !== '?')) && isPastPassive(tokens, at, sentence) },
  { id: 'measured-quantity', example: 'Fences reduce the [likelihood] of theft.', entries: (entry) => entry.quantity === true, test: ({ tokens, at, sentence }) => isMeasured(tokens, at, sentence) },
  // A modal before its subject outside a question is a wish or an inversion ("may God keep you",
  // "well may we say"), not a possibility.
  // "shouldn't I?" inside a sentence that does not ask is a question all the same.
  {
    id: 'modal-inversion',
    example: 'Long [may] she reign.',
    entries: isModalHedge,
    test: ({ tokens, end, sentence, after }) =>
      !sentence.question && after !== undefined && (INVERTED_SUBJECTS.has(after) || (after === "n't" && INVERTED_SUBJECTS.has(lowerAt(tokens, end + 1, sentence) ?? ''))),
  },
  // "as the plant is officially known" names; it asserts nothing.
  { id: 'as-named', example: 'The mill, as the plant is officially [known], shut.', entries: (entry) => entry.named === true, test: ({ tokens, at, sentence, next }) => (next === undefined || tokens.kind(next) === 'punct') && asClauseBefore(tokens, at, sentence) },
  { id: 'not-opening', example: 'Police will [look at] the footage.', entries: (entry) => entry.opening === true, test: ({ at, sentence }) => at !== sentence.opening },
];

/** What a phrase reads as: its kind, and where the marker starts (a negation before it may be part of it). */
export interface Reading {
  kind: StanceKind;
  start: number;
}

// The rules each entry is tested against, by rule list (tests leave rules out) and entry.
const rulesByEntry = new WeakMap<readonly ContextRule[], WeakMap<StanceEntry, readonly ContextRule[]>>();

/** The rules of `rules` that take `entry`, in their order: found once per entry, not tried per phrase. */
function rulesFor(entry: StanceEntry, rules: readonly ContextRule[]): readonly ContextRule[] {
  let byEntry = rulesByEntry.get(rules);
  if (!byEntry) rulesByEntry.set(rules, (byEntry = new WeakMap()));
  let taken = byEntry.get(entry);
  if (!taken) byEntry.set(entry, (taken = rules.filter((rule) => rule.entries === undefined || rule.entries(entry))));
  return taken;
}

/** The id of the first context rule under which the phrase in `context` is no marker, or undefined. */
export function ruleAgainst(context: Context, rules: readonly ContextRule[] = CONTEXT_RULES): string | undefined {
  for (const rule of rulesFor(context.entry, rules)) if (rule.test(context)) return rule.id;
  return undefined;
}

/**
 * Whether the phrase at tokens `[at, end)` is the marker its entry names here, and as what:
 * none when a context rule reads it otherwise; a hedge spanning the negation when its entry says
 * so ("not clear"); the entry's imperative kind when a bare verb opens the sentence.
 */
export function readPhrase(tokens: TokenStore, at: number, end: number, sentence: Sentence, entry: StanceEntry, rules: readonly ContextRule[] = CONTEXT_RULES): Reading | null {
  const token = at;
  const context: Context = {
    tokens,
    at,
    end,
    sentence,
    entry,
    before: lowerAt(tokens, at - 1, sentence),
    after: lowerAt(tokens, end, sentence),
    previous: at > sentence.first ? at - 1 : undefined,
    next: end < sentence.end ? end : undefined,
  };
  if (ruleAgainst(context, rules) !== undefined) return null;
  if (entry.negated === 'hedge') {
    const negation = negationBefore(tokens, at, sentence);
    if (negation !== -1) return { kind: 'hedge', start: tokens.start(negation) };
    if (context.before !== undefined && APPROXIMATORS.has(context.before)) return { kind: 'hedge', start: tokens.start(context.previous!) };
  }
  if (entry.imperative && at === sentence.opening && tokens.lower(token) === entry.lemma) return { kind: entry.imperative, start: tokens.start(token) };
  return { kind: entry.kind, start: tokens.start(token) };
}
