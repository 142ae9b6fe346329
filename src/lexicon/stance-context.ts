/**
 * Words the stance context rules (`extract/stance-rules.ts`) read around a marker to tell it
 * from a homograph: comparisons after "as", conditions, objects, degree adverbs, negative
 * subjects. The negators and determiners the rules share with the lexicon's entries are in
 * `stance.ts`, beside those entries.
 *
 * Sources: the grammar classes follow Quirk et al. (1985) A Comprehensive Grammar of the English
 * Language (sections named on each list); the lists of contexts are newsmark's own, each written
 * for the rule that reads it (tests/stance.test.ts reads an example sentence of every rule).
 * Everything is lowercase.
 */

/** "as" opening a comparison, not the role of "see X as Y": "seen as far away as", "seen playing as well". */
export const COMPARATIVE_AFTER_AS: ReadonlySet<string> = new Set(['far', 'well', 'much', 'many', 'long', 'soon', 'often', 'recently', 'early', 'late']);

/** Auxiliaries between "as" and its participle: "as might be expected", "as it was feared". */
export const AS_AUXILIARIES: ReadonlySet<string> = new Set(['it', 'is', 'was', 'were', 'be', 'been', 'had', 'has', 'have', 'to', 'might', 'may', 'could', 'would', 'can', 'will', 'widely', 'generally', 'long']);

/** Subordinators that open a condition, purpose or time clause (Quirk et al. 1985, 15.17 ff.). */
export const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'before', 'until', 'lest']);

/** Of those, the ones whose clause is not asserted: a fact after "before" or "until" still is ("before realising that"). */
export const NON_ASSERTIVE: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

/** What opens an object noun phrase after a verb: articles, possessives, quantifiers, wh-words. */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whether', 'how', 'what', 'which', 'options', 'ways', 'plans', 'proposals', 'something', 'anything']);

/** Degree adverbs before an adverb of manner ("very clearly", "so obviously"). */
export const DEGREE: ReadonlySet<string> = new Set(['very', 'so', 'too', 'more', 'most', 'less', 'least', 'quite', 'how', 'as', 'fairly', 'pretty', 'really']);

/** Forms of "be", with "'s", before a predicate or a passive (Quirk et al. 1985, ch. 3). */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/** Adverbs that may stand between a verb and what follows it ("is sometimes possible", "must also be"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'only', 'sometimes', 'often', 'always', 'now', 'then', 'even', 'quite', 'very', 'all', 'surely', 'certainly', 'clearly', 'simply', 'really']);

/** After a passive, what shows no belief follows: "was considered.", "considered by the board", "considered but rejected". */
export const AFTER_DELIBERATION: ReadonlySet<string> = new Set(['but', 'in', 'and', 'for', 'at', 'separately', 'carefully']);

/** Negative subjects of a modal (Quirk et al. 1985, 10.59 ff.: negation by a negative word): "nothing could". */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['neither', 'nor', 'nothing', 'nobody', 'none']);

/** Negative objects of a modal's verb (Quirk et al. 1985, 10.59 ff.): "could find no record". */
export const NEGATIVE_OBJECTS: ReadonlySet<string> = new Set(['no', 'nothing', 'none']);

/** Subject pronouns (Quirk et al. 1985, ch. 6), for "the best he could" and "nothing you could say". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'one']);

/** Heads of a clause naming the most that can be done: "the best he could", "all they could". */
export const UTMOST: ReadonlySet<string> = new Set(['best', 'most', 'all', 'everything', 'anything', 'whatever']);

/** Adverbs of "as … as he could". */
export const AS_DEGREE: ReadonlySet<string> = new Set(['much', 'many', 'well', 'fast', 'soon', 'far', 'hard', 'quickly', 'long', 'often']);

/** Before a degree adverb stands a noun phrase's article or a linking verb: "a really tight game", "is really hard", "feel truly blessed" (Quirk et al. 1985, 7.33 on intensifiers). */
export const DEGREE_CONTEXT: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "i'm", "we're", "you're", "they're", 'am', 'become', 'became', 'becoming', 'feel', 'feels',
  'felt', 'feeling', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'get', 'gets', 'got', 'getting', 'so', 'very', 'really',
  // Quantifiers: the adverb is inside a noun phrase ("some really incredible people", "something really odd").
  'some', 'such', 'many', 'few', 'several', 'these', 'those', 'something', 'anything', 'nothing', 'everything',
]);

/** Manner adverbs that are graded like "-ly" adverbs: "playing really well". */
export const GRADED_ADVERBS: ReadonlySet<string> = new Set(['well', 'badly', 'hard', 'fast', 'much']);

/** After "it is really" what is not graded: a noun phrase, a negation, a verb ("it's really a great start", "is really no problem", "is really going"); the word after stands for it. */
export const NOT_GRADABLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'no', 'not', "n't", 'this', 'that', 'my', 'our', 'their', 'his', 'her', 'its', 'your', 'going', 'about', 'just', 'only', 'what', 'how', 'in', 'at', 'on', 'to', 'for', 'all', 'one', 'something', 'nothing', 'anything', 'everything']);

/** Approximators before a certainty word make it a probability: "almost certain", "fairly sure" (the Szeged guidelines mark "almost certainly" as one cue). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['almost', 'nearly', 'virtually', 'fairly', 'pretty', 'reasonably', 'practically']);

/** Nouns that take a "that" clause (Quirk et al. 1985, 17.26): "evidence that", "the fact that". */
export const COMPLEMENT_NOUNS: ReadonlySet<string> = new Set(['fact', 'evidence', 'proof', 'signs', 'sign', 'news', 'truth', 'indications']);

/** What may stand between a verb and its clause: object pronouns ("showed us that"), time adverbs ("knew all along that", "proved again that") and the "is" of a pseudo-cleft ("what I know is that"). */
export const BEFORE_CLAUSE: ReadonlySet<string> = new Set(['me', 'us', 'you', 'him', 'her', 'them', 'again', 'now', 'already', 'all', 'along', 'is', 'was']);

/** "provided" and "providing" open a condition before "that" or a subject pronoun ("provided that", "providing they could"); before an object they are the verb ("provided them with", "provided evidence that could"). */
export const PROVISO: ReadonlySet<string> = new Set(['provided', 'providing']);

/** What follows "provided" or "providing" when they open a condition: "that" or a subject pronoun. */
export const NOMINATIVE: ReadonlySet<string> = new Set(['that', 'i', 'we', 'he', 'she', 'they']);

/** Question words after a doxastic verb: what is weighed, not held ("considered whether to go"). */
export const WEIGHED: ReadonlySet<string> = new Set(['whether', 'how', 'what', 'which', 'options', 'ways', 'plans', 'proposals']);

/** Modals and "to" before "be" that put a passive in the time to come: "will be considered by", "to be considered by". */
export const FUTURE: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'to', "'ll"]);

/** Words between an approximating adverb and its figure ("perhaps no more than 40", "maybe up to ten"). */
export const FIGURE_LEAD: ReadonlySet<string> = new Set(['no', 'more', 'less', 'fewer', 'than', 'as', 'many', 'much', 'up', 'to', 'around', 'about', 'over', 'under', 'nearly', 'almost', 'only']);

/** The forms of "make", before a result made less or more likely ("made it less likely"). */
export const MAKE: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);

/** Prepositions and "have", after which a modal is a noun. */
export const BEFORE_NOUN: ReadonlySet<string> = new Set(['of', 'through', 'from', 'with', 'by', 'against', 'without', 'has', 'have', 'had']);

/** Verbs that measure or change an amount ("reduce the likelihood", "calculate the probability"). */
export const QUANTITY_VERBS: ReadonlySet<string> = new Set([
  'reduce', 'reduces', 'reduced', 'reducing', 'increase', 'increases', 'increased', 'increasing', 'raise', 'raises', 'raised', 'raising',
  'lower', 'lowers', 'lowered', 'lowering', 'cut', 'cuts', 'cutting', 'minimise', 'minimises', 'minimised', 'minimising', 'minimize',
  'minimizes', 'minimized', 'minimizing', 'maximise', 'maximises', 'maximised', 'maximising', 'maximize', 'maximizes', 'maximized',
  'maximizing', 'calculate', 'calculates', 'calculated', 'calculating', 'compute', 'computes', 'computed', 'computing', 'estimate',
  'estimates', 'estimated', 'estimating', 'measure', 'measures', 'measured', 'measuring', 'assess', 'assesses', 'assessed', 'assessing',
]);

/** A coordinator after which a predicate has closed its clause ("the cause is not yet known but"); "and" is left out, as it joins adjectives ("are obvious and cheap fixes"). */
export const CLAUSE_CLOSERS: ReadonlySet<string> = new Set(['but']);

/** Words that open a clause after a verb of belief ("thinking that", "thinking they", "thinking the plan"): "that", subject pronouns, determiners, approximate adverbs. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'maybe', 'perhaps',
]);

/** Subjects after an inverted modal: nominative pronouns and "God" (lowercase, as compared). */
export const INVERTED_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'god']);
