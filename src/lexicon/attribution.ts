/**
 * Words the quote finders read around a cue: what may stand between a speaker and the cue, what
 * opens or closes a source phrase or a reported clause, what a speaker is told or raises.
 *
 * Sources: the closed classes (determiners, pronouns, prepositions, quantifiers, subordinators,
 * forms of "be") follow Quirk et al. (1985) A Comprehensive Grammar of the English Language and
 * Biber et al. (1999) Longman Grammar of Spoken and Written English, cut to the members that
 * occur in attribution; the open lists (hearer verbs, raised nouns, media nouns, poll shares,
 * adverbs between speaker and cue) are newsmark's own, each with the case it was written for.
 * Everything is lowercase.
 */

/** Words that may stand between a speaker and the cue: "she also said", "officials have said". */
export const BETWEEN: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'once', 'again', 'repeatedly', 'reportedly', 'would', 'will', 'did', 'does', 'do', 'further', 'publicly', 'privately', 'often', 'still', 'simply', 'just', 'recently', 'quickly', 'frequently', 'not', "n't", 'never']);

/** Determiners and possessives: a cue word right after one is a noun ("the report"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Modals that leave a cue as speculation about its subject, not its report: "Iran might seek". */
export const MODALS: ReadonlySet<string> = new Set(['might', 'may', 'could', 'should', 'must', 'can']);

/** Relative pronouns, which stand for the source named just before: "an architect who said he was stiffed" (Quirk et al. 1985, ch. 17 on relative clauses). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Quantifiers and numerals that may open a source phrase: "several officials", "two aides". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['another', 'some', 'many', 'several', 'most', 'all', 'both', 'few', 'other', 'others', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'each', 'every', 'no', 'any']);

/** Quantifiers that stand alone for people already in the story: "one said", "another added". */
export const STANDING_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'most']);

/** Shares of the people a poll asked, which speak for them: "47 percent said", "a majority say", "half of voters". */
export const POLL_SHARES: ReadonlySet<string> = new Set(['percent', '%', 'majority', 'majorities', 'half', 'third', 'thirds', 'two-thirds', 'one-third', 'quarter', 'quarters', 'three-quarters', 'one-quarter', 'plurality']);

/** Words that make a share approximate before its number or noun: "nearly 60 percent", "just over a quarter", "about half". */
export const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'just', 'over', 'under', 'only', 'barely']);

/** Words before a source's first noun that are not that noun: "a source", "two senior officials". */
export const SPEAKER_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'two', 'three', 'several', 'senior', 'other']);

/** Forms of "be" that make a participle cue progressive: "she is telling", "they were saying". */
export const PROGRESSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '\u2019s']);

/** Verbs whose first object is the hearer, not the report: "told reporters he would run". */
export const HEARER_CUES: ReadonlySet<string> = new Set(['tell', 'inform', 'remind', 'assure', 'warn', 'notify', 'advise', 'promise', 'urge', 'ask', 'email', 'write']);

/** Words after a comma that start a clause of the writer's own, ending the reported clause ("…, but he has also…", "…, which…", "…, according to…"); a participle does too ("…, adding"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'which', 'who', 'whom', 'whose', 'according', 'as', 'yet', 'and']);

/** Subordinators that open an adverbial clause before a comma ("Although …, she said"): Quirk et al. (1985), ch. 14. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas', 'if', 'when', 'because', 'since', 'as', 'unless', 'after', 'before', 'once']);

/** Words that open an adverbial between a cue and its "that": "said on Monday that", "said last week that". */
export const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'repeatedly', 'again', 'also', 'publicly', 'privately', 'recently', 'yesterday', 'today', 'tonight', 'to', 'via', 'by', 'through', 'over', 'for', 'with']);

/** -ing words that are prepositions, not participles: "…, including schools and housing". */
export const PREPOSITION_INGS: ReadonlySet<string> = new Set(['including', 'regarding', 'concerning', 'following', 'excluding', 'during', 'notwithstanding']);

/** Raising verbs, whose subject belongs to the clause after them ("seemed to say"): Quirk et al. (1985), ch. 16 on verb complementation. */
export const RAISING: ReadonlySet<string> = new Set(['seem', 'appear']);

/** Coordinators that join a second reported clause ("said … and that …"): Quirk et al. (1985), ch. 13. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Prepositions that tie a noun to the one before it inside a source phrase ("the head of the agency"): a subset of those of Biber et al. (1999), ch. 2.4. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'about', 'with', 'from', 'at', 'into', 'over', 'under', 'against', 'among', 'between', 'without', 'per']);

/** Numerals and number words that count a source's people ("two officials", "dozens of aides"). */
export const NUMBERS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'hundreds', 'thousands', 'millions']);

/** Quantifiers that open a plural source phrase ("some officials", "various aides"): Biber et al. (1999) 4.4. */
export const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['some', 'all', 'many', 'several', 'most', 'both', 'few', 'other', 'various', 'numerous']);

/** The forms of "be" (Quirk et al. 1985, ch. 3), for a passive cue ("was told", "is expected"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What is raised in speech: "raised concerns", "raised the question", "raised doubts". */
export const RAISED: ReadonlySet<string> = new Set(['concern', 'concerns', 'question', 'questions', 'doubt', 'doubts', 'issue', 'issues', 'objection', 'objections', 'possibility', 'prospect', 'alarm', 'alarms', 'fears', 'worries', 'suspicions', 'criticism', 'point', 'points', 'idea', 'matter', 'complaints', 'red']);

/** Heads of a medium told a report: "told the local newspaper", "told state television". */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'agency', 'magazine', 'network', 'broadcaster', 'television', 'radio', 'station', 'channel', 'website']);

/** Lowercase words before which a speaker phrase ends, read leftwards from its cue: conjunctions and relatives ("…, and officials said"). */
export const SUBJECT_BOUNDARIES: ReadonlySet<string> = new Set(['that', 'and', 'but', 'while', 'because', 'as', 'when', 'which', 'who', 'although', 'since', 'if', 'so']);

/** Lowercase words at which a speaker phrase after its cue ends: conjunctions and prepositions ("said Lee in a statement"). */
export const SPEAKER_BOUNDARIES: ReadonlySet<string> = new Set(['that', 'and', 'but', 'in', 'on', 'at', 'to', 'after', 'before', 'during', 'when', 'while']);

/** Connectives that may open a sentence before its fronted report ("But the plan, Lee said, …"). */
export const FRONTED_CONNECTIVES: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still']);

/** Number words up to ten, as shares of those asked are written ("nine out of ten", "two of three"). */
export const SMALL_NUMBERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Auxiliaries and negation: in a phrase before a cue they make it a clause, not its subject. */
export const VERBAL: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'having', 'will', 'would', 'shall', 'should', 'can', 'could', 'cannot', 'may', 'might', 'must', 'does', 'do', 'did']);

/** Words after which an uninflected cue word is a verb: auxiliaries, "to", negation, coordinators, adverbs of the verb group. */
export const BEFORE_BASE_VERB: ReadonlySet<string> = new Set(['many', 'some', 'most', 'few', 'several', 'both', 'all', 'others', 'people', 'men', 'women', 'children', 'police', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'and', 'or', 'but', 'often', 'still', 'now', 'always', 'who', 'that', 'which', 'i', 'you', 'we', 'they', 'strongly', 'publicly', 'privately', 'openly', 'repeatedly', 'generally', 'largely', 'overwhelmingly', 'firmly', 'cannot', 'let', 'help', 'please']);

/** Cue verbs whose past tense is their base form (src/lexicon/cues.ts): "BMW forecast a rise" is a past report. */
export const PAST_AS_BASE: ReadonlySet<string> = new Set(['forecast', 'read', 'put it']);
