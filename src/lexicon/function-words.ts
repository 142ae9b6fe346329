/**
 * Closed-class English words, personal pronouns, month and weekday names.
 *
 * Source of the classes: Biber, D., Johansson, S., Leech, G., Conrad, S. & Finegan, E. (1999)
 * Longman Grammar of Spoken and Written English, ch. 2.4 "Function words" (determiners, pronouns,
 * auxiliaries, prepositions, coordinators, subordinators, wh-words, numerals) and ch. 10.2 on
 * linking adverbials; pronoun features after Biber et al. 4.4 / Quirk et al. (1985) 6.3.
 * Everything is lowercase; contractions use the ASCII apostrophe.
 */

const DETERMINERS = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'either', 'neither', 'all', 'both', 'half',
  'several', 'many', 'much', 'more', 'most', 'few', 'fewer', 'fewest', 'little', 'less', 'least', 'enough', 'such', 'another', 'other', 'others',
  'same', 'own', 'last', 'next', 'certain', 'various',
];
const NUMERALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PRONOUN_WORDS = [
  'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers',
  'herself', 'it', 'its', 'itself', 'we', 'us', 'our', 'ours', 'ourselves', 'they', 'them', 'their', 'theirs', 'themselves', 'themself',
  'oneself', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'everyone', 'everybody', 'everything', 'nobody', 'nothing', 'none',
];
const WH_WORDS = ['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whoever', 'whomever', 'whatever', 'whichever', 'whenever', 'wherever'];
const PREPOSITIONS = [
  'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'amidst', 'among', 'amongst', 'around', 'as', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'concerning', 'despite', 'down', 'during', 'except', 'excluding',
  'following', 'for', 'from', 'in', 'including', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'opposite', 'out', 'outside',
  'over', 'past', 'per', 'plus', 'regarding', 'round', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under',
  'underneath', 'unlike', 'until', 'up', 'upon', 'versus', 'via', 'with', 'within', 'without', 'notwithstanding',
];
const CONJUNCTIONS = [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'although', 'though', 'because', 'unless', 'while', 'whilst', 'whereas', 'whether', 'if', 'once', 'lest',
];
const AUXILIARIES = [
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'done',
  'will', 'would', 'shall', 'should', 'can', 'could', 'cannot', 'may', 'might', 'must', 'ought',
];
const CONTRACTIONS = [
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't",
  "haven't", "hadn't", "mustn't", "it's", "that's", "there's", "here's", "what's", "who's", "let's", "i'm", "you're", "we're", "they're",
  "he's", "she's", "i've", "you've", "we've", "they've", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "i'd", "you'd", "he'd",
  "she'd", "we'd", "they'd",
];
const ADVERBS = [
  // Linking adverbials and sentence connectives.
  'however', 'instead', 'meanwhile', 'also', 'still', 'then', 'thus', 'therefore', 'hence', 'moreover', 'furthermore', 'nevertheless',
  'nonetheless', 'indeed', 'otherwise', 'likewise', 'similarly', 'accordingly', 'consequently', 'anyway', 'regardless', 'namely', 'overall',
  'first', 'firstly', 'secondly', 'finally', 'lastly', 'thereby', 'whereby', 'afterwards', 'afterward', 'later', 'earlier', 'elsewhere',
  // Time and place deictics.
  'here', 'there', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'ago', 'already', 'soon', 'again', 'ever', 'never', 'always', 'often',
  'sometimes', 'twice', 'away', 'back', 'together', 'somewhere', 'anywhere', 'everywhere', 'nowhere',
  // Degree, focus, polarity and discourse markers.
  'not', "n't", 'yes', 'even', 'just', 'only', 'too', 'very', 'quite', 'rather', 'almost', 'nearly', 'perhaps', 'maybe', 'really', 'else',
  'well', 'oh', 'please',
];

/** Closed-class words (Biber et al. 1999): determiners, pronouns, prepositions, conjunctions, auxiliaries, wh-words, connectives. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS, ...NUMERALS, ...PRONOUN_WORDS, ...WH_WORDS, ...PREPOSITIONS, ...CONJUNCTIONS, ...AUXILIARIES, ...CONTRACTIONS, ...ADVERBS,
]);

/** Grammatical features of one personal pronoun form. */
export interface PronounFeatures {
  person: 1 | 2 | 3;
  number: 'singular' | 'plural';
  gender?: 'male' | 'female' | 'neuter';
  case: 'subject' | 'object' | 'possessive' | 'reflexive';
}

/**
 * Personal pronoun forms and their features, for coreference.
 * Ambiguous forms get their most frequent reading: "you" 2nd singular subject, "her" object,
 * "it" subject, "they"/"them"/"their" plural (singular "they" is left to the resolver).
 */
export const PRONOUNS: Readonly<Record<string, PronounFeatures>> = {
  i: { person: 1, number: 'singular', case: 'subject' },
  me: { person: 1, number: 'singular', case: 'object' },
  my: { person: 1, number: 'singular', case: 'possessive' },
  mine: { person: 1, number: 'singular', case: 'possessive' },
  myself: { person: 1, number: 'singular', case: 'reflexive' },
  you: { person: 2, number: 'singular', case: 'subject' },
  your: { person: 2, number: 'singular', case: 'possessive' },
  yours: { person: 2, number: 'singular', case: 'possessive' },
  yourself: { person: 2, number: 'singular', case: 'reflexive' },
  yourselves: { person: 2, number: 'plural', case: 'reflexive' },
  he: { person: 3, number: 'singular', gender: 'male', case: 'subject' },
  him: { person: 3, number: 'singular', gender: 'male', case: 'object' },
  his: { person: 3, number: 'singular', gender: 'male', case: 'possessive' },
  himself: { person: 3, number: 'singular', gender: 'male', case: 'reflexive' },
  she: { person: 3, number: 'singular', gender: 'female', case: 'subject' },
  her: { person: 3, number: 'singular', gender: 'female', case: 'object' },
  hers: { person: 3, number: 'singular', gender: 'female', case: 'possessive' },
  herself: { person: 3, number: 'singular', gender: 'female', case: 'reflexive' },
  it: { person: 3, number: 'singular', gender: 'neuter', case: 'subject' },
  its: { person: 3, number: 'singular', gender: 'neuter', case: 'possessive' },
  itself: { person: 3, number: 'singular', gender: 'neuter', case: 'reflexive' },
  we: { person: 1, number: 'plural', case: 'subject' },
  us: { person: 1, number: 'plural', case: 'object' },
  our: { person: 1, number: 'plural', case: 'possessive' },
  ours: { person: 1, number: 'plural', case: 'possessive' },
  ourselves: { person: 1, number: 'plural', case: 'reflexive' },
  they: { person: 3, number: 'plural', case: 'subject' },
  them: { person: 3, number: 'plural', case: 'object' },
  their: { person: 3, number: 'plural', case: 'possessive' },
  theirs: { person: 3, number: 'plural', case: 'possessive' },
  themselves: { person: 3, number: 'plural', case: 'reflexive' },
  themself: { person: 3, number: 'singular', case: 'reflexive' },
};

/** English month names, capitalised, January first. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** English weekday names, capitalised, Monday first (ISO 8601 order). */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Words a finished sentence or heading does not end on: articles, coordinators, subordinators,
 * possessive determiners, auxiliaries and prepositions that are not also verb particles (in, on,
 * by, about, up and out are: "drags on", "set out"; Biber
 * et al. 1999). A line ending on one was wrapped mid-sentence ("…met in the").
 */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'for', 'from', 'with', 'at', 'into', 'onto', 'than', 'as',
  'that', 'because', 'if', 'whether', 'while', 'although', 'though', 'my', 'your', 'his', 'its', 'our', 'their', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'very',
  'who', 'which', 'whose', 'where', 'when', 'this', 'these', 'those', 'per', 'via', 'among', 'between', 'against', 'during',
]);
