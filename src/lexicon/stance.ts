/**
 * Stance and engagement markers.
 *
 * Source of the classes and most items: Hyland, K. (2005) Metadiscourse: Exploring Interaction
 * in Writing, Appendix ("Metadiscourse items investigated": hedges, boosters, attitude markers,
 * self-mentions, engagement markers); see also Hyland, K. (2005) "Stance and engagement: a model
 * of interaction in academic discourse", Discourse Studies 7(2).
 *
 * What counts as a hedge follows the uncertainty classes of Szarvas, Vincze, Farkas, Móra &
 * Gurevych (2012) "Cross-genre and cross-domain detection of semantic uncertainty",
 * Computational Linguistics 38(2) (the Szeged Uncertainty Corpus guidelines): epistemic
 * (may, possible, perhaps), doxastic (believe, expect, consider, seen as) and probability
 * (likely, probably) cues. Items marked "news:" come from the evidentiality literature on
 * journalism (reportedly, allegedly, rumoured).
 *
 * Adaptations for news text, each checked on the Szeged news and Wikipedia dev files:
 * - Each phrase has one kind. Where Hyland lists an item twice, the epistemic reading is kept;
 *   "believe" and "think", boosters in Hyland, are doxastic hedges here: in news they report
 *   what someone holds true, not what the writer asserts.
 * - Left out of the hedges: conditionals ("would", "if", "unless": a condition is not a stance),
 *   deontic "should", approximators and frequency adverbs ("nearly", "about", "often":
 *   they qualify a quantity, not the claim), estimates (a figure, not a doubt), and reporting
 *   verbs ("claim", "argue", "hint"), which the quote cues cover.
 * - Left out as too ambiguous without part-of-speech context: "about", "around", "even", "!"
 *   and Hyland's imperative engagement verbs that double as reporting verbs (add, note, see...).
 */
import type { StanceKind } from '../schema/stance.js';
import { verbForms } from './cues.js';

/** Word class of an entry, for the context rules that tell a marker from a homograph. */
export type StancePos = 'modal' | 'verb' | 'adjective' | 'adverb' | 'noun' | 'phrase';

/**
 * One lowercase surface phrase to match, with its lemma, stance class and the context it needs.
 * Phrases are matched token by token as the tokenizer splits them ("couldn't" is "could" + "n't").
 */
export interface StanceEntry {
  phrase: string;
  lemma: string;
  kind: StanceKind;
  /** Word class; modals and verbs after a determiner are read as nouns ("the suspect", "his will"). */
  pos?: StancePos;
  /** The entry is a marker only when one of these words follows in the same clause ("appears to", "seen as"). */
  needs?: readonly string[];
  /** The `needs` word must follow at once, "-ly" adverbs and object pronouns aside ("found that", "showed us that"). */
  needsAdjacent?: boolean;
  /** Not a marker right before one of these words or phrases ("possible to" is ability, not doubt; "could be reached"). */
  notBefore?: readonly string[];
  /** Not a marker right after one of these words ("made possible", "the best possible"). */
  notAfter?: readonly string[];
  /**
   * What a negation right before does: `drop` the marker ("could not": impossibility is no
   * hedge) or make it a `hedge` spanning the negation ("not clear", "not known").
   */
  negated?: 'drop' | 'hedge';
  /** The kind when the bare form opens a sentence as an imperative ("Consider the costs."). */
  imperative?: StanceKind;
  /** A marker only when it opens its sentence: a directive ("Imagine a city..."), not a report ("police will look at"). */
  opening?: boolean;
  /** A marker only when the next word is one of these ("should help", "should rise"). */
  needsNext?: readonly string[];
  /** Not a marker as an attributive participle before a noun ("expected losses"). */
  notAttributive?: boolean;
  /** Also a marker, without `needs`, as a predicate after a form of "be" closing its clause ("the cause is clear."). */
  orPredicate?: boolean;
  /** Also a marker, without `needs`, right after one of these words ("figures show", "the study found"). */
  orAfter?: readonly string[];
  /**
   * Not a marker after a superlative or a number: there it enumerates what can be ("the severest
   * possible crackdown", "all 4,096 possible keys").
   */
  notAfterSuperlative?: boolean;
  /**
   * Not a marker as a predicate after a form of "be" whose subject is not an extraposed "it":
   * there it says what can be done ("Wheelchair access is possible"), not how sure the writer is.
   */
  notPredicative?: boolean;
  /**
   * Not a marker before an object (a determiner, a possessive or an "-ing" form): there the verb
   * is deliberation ("will consider the role", "were considering a merger"), not belief.
   */
  notBeforeObject?: boolean;
  /**
   * Not a marker as an adverb of manner: after a degree adverb ("very clearly") or closing a
   * clause inside the sentence ("set out the position clearly.").
   */
  manner?: boolean;
  /**
   * When a modal is an obligation, not a stance, and so no marker: `agentive` before a verb other
   * than "be" or "have", before a negation or a passive ("must act", "must not", "must be
   * stopped"), while "must be true" and "must have known" are epistemic; `passive` before a
   * passive only ("should be abandoned").
   */
  deontic?: 'agentive' | 'passive';
  /**
   * Not a marker as a degree adverb: after an article, a form of "be" or a linking verb, or
   * before an "-ly" adverb ("a really tight game", "is really hard", "really quickly"), where it
   * grades a quality rather than asserting.
   */
  degree?: boolean;
  /**
   * Not a marker as the object of a verb that measures or changes a quantity ("reduce the
   * likelihood of", "calculate the probability"): there it is an amount, not a doubt.
   */
  quantity?: boolean;
  /**
   * Not a marker as a past passive closing its clause ("was widely expected.", "had been
   * expected, leading to"): the outcome is known, no doubt is left.
   */
  foreseen?: boolean;
  /**
   * A marker only before its clause: "that", a subject, a determiner or a name opening it
   * ("thinking that", "thinking their plan works", "thinking Mr Lee won"), or after "into"
   * ("fooled into thinking"): otherwise the "-ing" form is a noun ("wishful thinking").
   */
  clause?: boolean;
  /** Not a marker closing an "as" clause, where it names ("as the plant is officially known"). */
  named?: boolean;
  /** Not a marker before a figure, which it approximates ("perhaps 40 metres", "maybe no more than ten"). */
  approximates?: boolean;
  /**
   * Not a marker as the result of "make" ("made the plan less likely"): an effect on the odds,
   * not a doubt; before "that" or "to" it still weighs a claim ("made it likely that rates rise").
   */
  notCaused?: boolean;
}

type Context = Omit<StanceEntry, 'phrase' | 'lemma' | 'kind'>;

/** A lemma followed by its surface forms; a bare lemma is its only form. */
type Group = readonly [lemma: string, ...forms: string[]];

function entries(kind: StanceKind, context: Context, groups: readonly Group[]): StanceEntry[] {
  return groups.flatMap(([lemma, ...forms]) =>
    (forms.length > 0 ? forms : [lemma]).map((phrase) => ({ phrase, lemma, kind, ...context })),
  );
}

/** Every inflected form of a verb as a group: `verb('suspect')` is suspect, suspects, suspected, suspecting. */
function verb(lemma: string, irregular: Parameters<typeof verbForms>[1] = {}): Group {
  return [lemma, ...verbForms(lemma, irregular)];
}

// Nouns of a role a person or firm may take: "potential buyers" (see "potential" below).
const ROLE_NOUNS = [
  'buyer', 'buyers', 'purchaser', 'purchasers', 'bidder', 'bidders', 'suitor', 'suitors', 'acquirer', 'acquirers', 'investor', 'investors',
  'customer', 'customers', 'client', 'clients', 'user', 'users', 'partner', 'partners', 'recipient', 'recipients', 'candidate', 'candidates',
  'successor', 'successors', 'member', 'members', 'employer', 'employers', 'donor', 'donors', 'voter', 'voters', 'applicant', 'applicants',
  'recruit', 'recruits', 'student', 'students', 'tenant', 'tenants', 'owner', 'owners', 'rival', 'rivals', 'entrant', 'entrants',
];

// Verbs of change and state after an epistemic "should" (see below). "should be" is left out:
// before a predicate it is mostly a norm ("should be the guiding principle", "should be ready",
// "should be in place"), six of six times on the Szeged news and Wikipedia dev files.
const EXPECTED_CHANGES = [
  'help', 'increase', 'rise', 'fall', 'improve', 'remain', 'continue', 'reach', 'face', 'return', 'grow', 'ease', 'recover', 'boost',
  'decline', 'drop', 'pick', 'allow', 'mean', 'lead', 'see', 'come', 'end', 'last', 'take', 'have', "n't",
];

const HEDGES: readonly StanceEntry[] = [
  // Epistemic modals; negated "could" is inability or impossibility, not doubt.
  // Before a verb of perception, memory or means, "could" is past ability ("could hear", "could
  // afford", "the worst he could remember"), read on the Szeged Wikipedia dev file and BBC news; "could see" stays, as news writes it for
  // "might bring" ("the move could see prices rise"). "could be reached" (for comment) is a
  // news formula for availability.
  ...entries('hedge', { pos: 'modal', negated: 'drop', notBefore: ['hear', 'afford', 'smell', 'taste', 'recite', 'speak', 'remember', 'recall', 'be reached'] }, [['could']]),
  ...entries('hedge', { pos: 'modal' }, [['may'], ['might']]),
  // Adverbs of possibility and probability.
  // Before a figure "perhaps", "maybe" and "possibly" approximate it ("perhaps 40 metres"), as "about" does.
  ...entries('hedge', { pos: 'adverb', approximates: true }, [['maybe'], ['perhaps'], ['possibly']]),
  ...entries('hedge', { pos: 'adverb' }, [
    ['probably'], ['plausibly'], ['presumably'], ['apparently'], ['potentially'],
    ['conceivably'], ['seemingly'], ['arguably'], ['tentatively'], ['hypothetically'], ['supposedly'], ['purportedly'],
    ['ostensibly'], ['reportedly'], ['allegedly'], ['reputedly'],
  ]),
  // "possible to" and "possible for" are ability; after "made", a superlative or a universal it
  // means "conceivable" (as soon as possible, the best possible, wherever possible).
  ...entries('hedge', {
    pos: 'adjective',
    notBefore: ['to', 'for'],
    notAfter: ['as', 'made', 'make', 'makes', 'making', 'it', 'best', 'worst', 'highest', 'lowest', 'latest', 'earliest', 'all', 'every', 'wherever', 'whenever', 'if',
    'extent',
  ], notAfterSuperlative: true, notPredicative: true }, [['possible']]),
  // What something makes likely is an effect on the odds ("made hybrids less likely"), as "made possible" is.
  ...entries('hedge', { pos: 'adjective', notAfter: ['as'], notCaused: true }, [['likely'], ['unlikely']]),
  // Before a noun "unclear" describes ("unclear lines of authority", "for unclear reasons"), as
  // "unknown" does, and so does "uncertain" ("a map of uncertain age").
  ...entries('hedge', { pos: 'adjective', notAfter: ['as'], notAttributive: true }, [['unclear'], ['uncertain']]),
  ...entries('hedge', { pos: 'adjective', notAfter: ['as'] }, [
    ['probable'], ['plausible'], ['presumable'], ['apparent'],
    ['doubtful'], ['questionable'], ['tentative'], ['speculative'], ['unconfirmed'], ['unproven'], ['putative'],
    ['alleged'], ['rumoured', 'rumoured', 'rumored'], ['skeptical', 'skeptical', 'sceptical'],
  ]),
  // Before a noun "unknown" is unfamiliar or unnamed ("a relatively unknown author", "an unknown
  // gunman"), not a doubt about a claim ("the cause is unknown"), read by hand on BBC news.
  ...entries('hedge', { pos: 'adjective', notAfter: ['as'], notAttributive: true }, [['unknown']]),
  // Before a preposition or a stop "potential" is the noun: capacity, not possibility ("the potential of", "untapped potential."); "potential for" is a possibility.
  // Before a noun of a role it names who might take the role ("potential buyers", "a potential
  // partner"), not a doubted event ("potential fallout", "a potential takeover"): no cue on the
  // Szeged news and Wikipedia dev files (bidder, purchasers, partner, recipient).
  ...entries('hedge', { pos: 'adjective', notAfter: ['as'], notBefore: ['of', 'in', '.', ',', ';', ':', ...ROLE_NOUNS] }, [['potential']]),
  // Epistemic and doxastic verbs. "appear" is also "come into view" ("appears on screen").
  // "appear as a nurse" is a role, "appear as if" a semblance.
  ...entries('hedge', { pos: 'verb', needs: ['to', 'that', 'as', 'like'], notBefore: ['as a', 'as an', 'as the', 'as his', 'as her'] }, [verb('appear')]),
  // Only some forms of a few verbs: "project(s)" is mostly the noun, bare "suppose" opens a
  // hypothetical ("Suppose that..."), "assumed" is belief while "assume" needs "that" (below).
  ...entries('hedge', { pos: 'verb' }, [
    verb('seem'), verb('suggest'), ['imply', 'imply', 'implies', 'implying'], verb('speculate'), verb('presume'), ['assume', 'assumed'], verb('suspect'),
    ['expect', 'expect', 'expects', 'expecting'], ['anticipate', 'anticipate', 'anticipates', 'anticipating'], verb('predict'),
    verb('foresee', { past: ['foresaw', 'foreseen'] }), verb('fear'), verb('doubt'), ['allege', 'allege', 'alleges', 'alleging'], verb('accuse'),
    ['forecast', 'forecast', 'forecasts', 'forecasted', 'forecasting'], ['project', 'projected'], verb('guess'),
    verb('hypothesise', { ize: true }), verb('theorise', { ize: true }), verb('postulate'), ['question', 'questioned'],
    ['suppose', 'supposed', 'supposes', 'supposing'],
  ]),
  // Attributive "implied" and "anticipated" name a kind of thing ("an implied threat", "a keenly
  // anticipated album"), as attributive "expected" does (below).
  ...entries('hedge', { pos: 'verb', notAttributive: true }, [['imply', 'implied'], ['anticipate', 'anticipated']]),
  // "believe in" and "believe" with no clause is faith, not a belief about a fact ("in you we
  // believe", "not everyone believes, but"); a comma may still lead to the clause ("they
  // believe, or say they do, that").
  ...entries('hedge', { pos: 'verb', notBefore: ['in', '.', ';', '!', ', but', ', and', ', so'] }, [verb('believe')]),
  // "think tank" is a noun compound; "thinking of upgrading" and "think about" are deliberation (read by hand on BBC news).
  // "thought of as" is belief.
  // "think again", "think twice", "think hard" are deliberation too; "food for thought" the noun.
  ...entries('hedge', { pos: 'verb', notBefore: ['tank', 'tanks', 'of', 'about', 'again', 'twice', 'hard'] }, [['think', 'think', 'thinks']]),
  // "thinking" holds a belief only before its clause ("thinking that", "thinking Mr Lee had
  // won") or as "into thinking"; otherwise it is the noun or the activity ("wishful thinking",
  // "party thinking", "trouble thinking straight"), read by hand on BBC news.
  ...entries('hedge', { pos: 'verb', clause: true }, [['think', 'thinking']]),
  // "thought" is the noun after "of" and "another" ("schools of thought", "gave it another
  // thought"), esteem in "thought highly of".
  ...entries('hedge', { pos: 'verb', notBefore: ['about', 'highly', 'well'], notAfter: ['for', 'of', 'another'] }, [['think', 'thought']]),
  // Attributive "expected" names a forecast figure ("citing expected losses"), as after a determiner.
  // Past and closing its clause, the expectation was met or missed: "the bankruptcy was widely
  // expected.", "double the time that had been expected" (read on BBC news and the Szeged dev files).
  ...entries('hedge', { pos: 'verb', notAttributive: true, foreseen: true }, [['expect', 'expected']]),
  // "should be done" is an obligation.
  // Epistemic "should" states an expectation of things ("the restructuring should help"); with a
  // person as subject it is an obligation, left out above. Only before verbs of change and state
  // (Coates 1983, The Semantics of the Modal Auxiliaries, ch. 4), and never with a pronoun subject.
  ...entries('hedge', { pos: 'modal', needsNext: EXPECTED_CHANGES, deontic: 'passive', notAfter: ['i', 'you', 'we', 'they', 'he', 'she', 'who'] }, [['should']]),
  ...entries('hedge', { pos: 'verb', needs: ['that'] }, [verb('feel', { past: ['felt'] })]),
  // "indicate" hedges only a "that" clause ("indicates that"); with an object it reports a figure or a sign.
  ...entries('hedge', { pos: 'verb', needs: ['that'] }, [verb('indicate')]),
  // "assume" is also "take on" (assume duties, assuming debt); with "that" it is belief.
  ...entries('hedge', { pos: 'verb', needs: ['that'] }, [['assume', 'assume', 'assumes', 'assuming']]),
  // "consider" is a doxastic verb ("is considered the best"), and an engagement marker as an imperative.
  ...entries('hedge', { pos: 'verb', imperative: 'engagement', notBeforeObject: true }, [verb('consider')]),
  // "see"/"regard" are doxastic only as "see X as Y".
  ...entries('hedge', { pos: 'verb', needs: ['as'] }, [verb('see', { past: ['saw', 'seen'] }), verb('regard')]),
  // "view" and "idea" hold a belief as "view X as Y" or "the view/idea that..."; otherwise a sight or a plan.
  // "in view of" is "because of".
  ...entries('hedge', { needs: ['as', 'that'], notAfter: ['in'] }, [verb('view')]),
  ...entries('hedge', { pos: 'noun', needs: ['that'] }, [['idea', 'idea', 'ideas']]),
  // Nouns of possibility, belief and doubt. Plural "expectations" is left out: in news it is a
  // benchmark ("beat analysts' expectations"), not a belief.
  ...entries('hedge', { pos: 'noun' }, [
    ['possibility'], ['speculation'], ['uncertainty'],
    ['suggestion', 'suggestion', 'suggestions'], ['expectation'],
    ['assumption', 'assumption', 'assumptions'], ['presumption'], ['hypothesis', 'hypothesis', 'hypotheses'],
    ['allegation', 'allegation', 'allegations'], ['accusation', 'accusation', 'accusations'],
    ['rumour', 'rumour', 'rumours', 'rumor', 'rumors'], ['anticipation'],
  ]),
  // "indication of" is a sign or a measure ("the first indication of spring"); "an indication that" weighs a claim.
  ...entries('hedge', { pos: 'noun', notBefore: ['of'] }, [['indication', 'indication', 'indications']]),
  // Plural "possibilities" are options ("too many possibilities", "both possibilities are
  // allowed"), a doubt only before "that": no cue on the Szeged dev files (0 of 5).
  ...entries('hedge', { pos: 'noun', needs: ['that'] }, [['possibility', 'possibilities']]),
  // "probability" and "likelihood" measured or changed are a quantity ("calculate the
  // probability of", "reduce the likelihood of"), not a doubt.
  ...entries('hedge', { pos: 'noun', quantity: true }, [['probability'], ['likelihood']]),
  // "belief that" holds something true; "belief in" is conviction and "beliefs" alone a creed
  // ("religious beliefs"), checked on the Szeged Wikipedia dev file.
  ...entries('hedge', { pos: 'noun', needs: ['that'] }, [['belief', 'belief', 'beliefs']]),
  // Multi-word hedges: missing evidence, raised doubt. Impersonal likelihood ("it is likely
  // that") is left to its adjective, which carries the cue as the Szeged guidelines mark it.
  ...entries('hedge', { pos: 'phrase' }, [
    ['in all likelihood'], ['in all probability'],
    ['no evidence'], ['little evidence'], ['insufficient evidence'], ['no proof'], ['little is known'], ['remains to be seen'],
    ['cast doubt', 'cast doubt', 'casts doubt', 'casting doubt'], ['raise questions', 'raise questions', 'raises questions', 'raised questions', 'raising questions'],
    ['call into question', 'call into question', 'calls into question', 'called into question', 'calling into question'],
    ['in my view'], ['in our view'], ['in my opinion'], ['in our opinion'], ['to my knowledge'], ['to our knowledge'],
  ]),
];

// news: nouns naming a source of evidence, as subjects of evidential verbs ("figures show").
const EVIDENCE = [
  'data', 'figures', 'statistics', 'evidence', 'research', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'results',
  'findings', 'tests', 'analysis', 'report', 'records', 'documents', 'inquiry', 'investigation', 'review', 'experiments',
];

// Hyland's "always" and "never" are left out, as the frequency adverbs are from the hedges: in
// news they say when ("has never raced there", "had always been in favour"), read by hand on BBC
// news. "never" still negates the marker after it ("never proven").
const BOOSTERS: readonly StanceEntry[] = [
  // Certainty adjectives and participles: negated, they hedge ("not clear", "never proven").
  ...entries('booster', { negated: 'hedge' }, [['definite'], ['proven'], ['certainly']]),
  // "clear" and "certain" assert only about a proposition: before a clause ("clear that", "clear
  // from the figures", "certain to"), or as a predicate closing its clause ("the cause is
  // clear."). Otherwise they describe: "steer clear", "a clear choice", "crisp and clear", "a
  // certain number" (read by hand on BBC news).
  // "clear about" is being explicit ("not being clear about how they rank results").
  ...entries('booster', { negated: 'hedge', needs: ['that', 'whether', 'how', 'who', 'why', 'from'], orPredicate: true, notBefore: ['about'] }, [['clear'], ['obvious'], ['evident']]),
  // Before a noun "certain" is "particular" ("a certain charm that", "certain people").
  ...entries('booster', { negated: 'hedge', needs: ['that', 'whether', 'to'], orAfter: ['for'], orPredicate: true, notAttributive: true }, [['certain']]),
  // "make sure" is "ensure" (read by hand on BBC news: "making sure she is still enjoying running").
  ...entries('booster', { negated: 'hedge', notAfter: ['make', 'makes', 'making', 'made'] }, [['sure']]),
  // "set out the position very clearly" is the manner of speaking, not the writer's certainty.
  ...entries('booster', { negated: 'hedge', manner: true }, [['clearly']]),
  ...entries('booster', { manner: true }, [['evidently'], ['obviously']]),
  // "known as" names, it does not assert.
  // "known for" is fame ("best known for its cars"); before a noun it is "documented" ("known reserves").
  // "as the plant is officially known" names it too. It asserts before a clause or closing its own
  // ("it is known that", "the risks are well known."); "whose names were known were"
  // says what was on record.
  ...entries('booster', { negated: 'hedge', needs: ['that', 'whether', 'how', 'what', 'who', 'why', 'when', 'where', 'if'], orPredicate: true, notBefore: ['as', 'only as', 'for'], notAttributive: true, named: true }, [['known']]),
  ...entries('booster', {}, [
    ['actually'], ['indeed'], ['in fact'], ['of course'],
    ['surely'], ['definitely'], ['decidedly'], ['conclusively'], ['undoubtedly'], ['doubtless'],
    ['no doubt'], ['without doubt'], ['beyond doubt'], ['there is no doubt'], ['there was no doubt'], ['there is no question'],
    ['without question'], ['undeniable'], ['undeniably'], ['undisputedly'], ['incontestable'], ['incontestably'], ['incontrovertible'],
    ['incontrovertibly'], ['indisputable'], ['indisputably'], ['unquestionably'], ['categorically'],
    ['well-documented'], ['well-established'],
    ['it is clear that'], ['it is evident that'], ['it is obvious that'], ['it is certain that'],
  ]),
  // Before an adjective or adverb these grade a quality ("a really tight game", "is absolutely
  // delighted", "truly great"), they do not assert; before a verb or a noun phrase they do ("it
  // really is", "I really think", "it's really a great start"), read by hand on BBC news.
  ...entries('booster', { degree: true }, [['really'], ['truly'], ['absolutely']]),
  // Before a noun "true" is "real" ("the true figure", "a true fan"); as a predicate it asserts ("that is true").
  ...entries('booster', { notAttributive: true, notAfter: ['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'come', 'comes', 'came', 'coming'] }, [['true']]),
  // "well-known products" is fame; "it is well-known that" asserts.
  ...entries('booster', { needs: ['that'], orPredicate: true }, [['well-known']]),
  // news: an idiom of plain speaking; without it "uncertain" would read as a hedge.
  ...entries('booster', { pos: 'phrase' }, [['in no uncertain terms'], ['little doubt']]),
  // Epistemic "must" ("must be true", "must have known"); deontic "must act" is an obligation (Palmer 2001, Mood and Modality, 3.1).
  ...entries('booster', { pos: 'modal', deontic: 'agentive' }, [['must']]),
  // Evidential verbs boost a claim: a "that" clause or a source of evidence as subject ("tests
  // show", "the study found that"). Otherwise they report an act: "the show", "showed its
  // might", "found a body", "established in 1990", "proved popular" (read by hand on BBC news).
  // The "that" opens their clause right after them ("found that", "showed clearly that",
  // "proved to us that"); further on it opens a relative clause ("find the presents that are
  // sold out", "showed off a system that").
  ...entries('booster', { pos: 'verb', needs: ['that'], needsAdjacent: true, orAfter: EVIDENCE, notBefore: ['off', 'up'] }, [
    verb('demonstrate'), ['prove', 'prove', 'proves', 'proved'], verb('show', { past: ['showed', 'shown'] }), verb('establish'),
    ['find', 'find', 'finds', 'found'], ['know', 'know', 'knows', 'knew'], verb('realise', { ize: true }),
  ]),
];

const ATTITUDE: readonly StanceEntry[] = [
  // "agreed to allow", "agreed on a deal", "agreed a move", "agreed terms": consent, not an
  // attitude to a claim (read by hand on BBC news). "agree the plan is flawed" is a claim, so
  // "the" is left in.
  ...entries('attitude', { pos: 'verb', notBefore: ['to', 'on', 'a', 'an', 'terms', 'personal'] }, [verb('agree')]),
  ...entries('attitude', { pos: 'verb' }, [verb('disagree'), verb('prefer', { double: true })]),
  // Sentence adverbs and adjectives (Hyland's Appendix).
  ...entries('attitude', {}, [
    ['admittedly'], ['amazed'], ['amazing'], ['amazingly'], ['appropriate'], ['appropriately'], ['inappropriate'], ['inappropriately'],
    ['astonished'], ['astonishing'], ['astonishingly'], ['correctly'], ['curious'], ['curiously'], ['desirable'], ['desirably'],
    ['disappointed'], ['disappointing'], ['disappointingly'], ['dramatic'], ['dramatically'], ['essential'], ['expectedly'],
    ['fortunate'], ['fortunately'], ['unfortunate'], ['unfortunately'], ['hopeful'], ['hopefully'], ['important'], ['importantly'],
    ['interesting'], ['interestingly'], ['preferable'], ['preferably'], ['remarkable'], ['remarkably'], ['shocked'], ['shocking'], ['shockingly'],
    ['striking'], ['strikingly'], ['surprised'], ['surprising'], ['surprisingly'], ['unbelievable'], ['unbelievably'],
    ['understandable'], ['understandably'], ['unexpected'], ['unexpectedly'], ['unusual'], ['unusually'], ['usual'],
  ]),
  // news: evaluative adjectives and adverbs common in news and commentary.
  ...entries('attitude', {}, [
    ['controversial'], ['regrettable'], ['regrettably'], ['sadly'], ['thankfully'], ['luckily'], ['ironically'], ['notably'], ['oddly'], ['strangely'],
    ['inevitably'], ['predictably'], ['rightly'], ['wrongly'], ['unfairly'], ['crucial'], ['crucially'], ['vital'], ['unprecedented'], ['historic'],
    ['alarming'], ['alarmingly'], ['worrying'], ['worryingly'], ['troubling'], ['disturbing'], ['extraordinary'], ['stunning'], ['staggering'],
    ['flawed'], ['dubious'], ['unacceptable'], ['outrageous'], ['absurd'], ['ridiculous'], ['bizarre'], ['baffling'],
    ['disgraceful'], ['shameful'], ['appalling'], ['devastating'], ['tragic'], ['tragically'], ['disastrous'], ['catastrophic'], ['horrific'],
    ['egregious'], ['notorious'], ['infamous'], ['so-called'],
  ]),
];

// Before an article or a possessive these "-ing" words are verbs with an object ("bullets
// striking the ground", "shocking the world"), not the writer's evaluation.
const ATTITUDE_PARTICIPLES: readonly StanceEntry[] = entries('attitude', { notBefore: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'] }, [
  ['amazing'], ['astonishing'], ['disappointing'], ['interesting'], ['shocking'], ['striking'], ['surprising'], ['alarming'], ['worrying'],
  ['troubling'], ['disturbing'], ['stunning'], ['staggering'], ['baffling'], ['appalling'], ['devastating'],
]);

// Hyland's "the author" and "the writer" are left out: in news they name someone else ("the writer was known for...").
const SELF_MENTION: readonly StanceEntry[] = entries('self-mention', {}, [
  ['i', 'i', 'me', 'my', 'mine', 'myself'], ['we', 'we', 'us', 'our', 'ours', 'ourselves'], ['this writer'], ['this reporter'],
  ["in this writer's view"], ["in this reporter's view"],
]);

const ENGAGEMENT: readonly StanceEntry[] = [
  ...entries('engagement', {}, [
    // Reader pronouns.
    // Plural "readers" is left out: in news it names a paper's or a blog's readers ("the paper's
    // readers", "loyal readers"), not the reader addressed (read by hand on BBC news).
    ['you', 'you', 'your', 'yours', 'yourself', 'yourselves'], ["one's"], ['the reader', 'the reader', "the reader's"],
    // Asides and impersonal directives.
    ['let us', 'let us', "let's"], ['it is important to'], ['it is worth noting'], ['it should be noted'], ['by the way'], ['incidentally'],
  ]),
  // Directives: imperatives open their sentence; elsewhere the same verbs report ("police will look at").
  ...entries('engagement', { opening: true }, [
    ['note that'], ['notice that'], ['imagine'], ['remember'], ['recall that'], ['look at'], ['think about'], ['think of'], ['take a look'],
  ]),
];

/** The built-in stance and engagement markers, one entry per matchable surface phrase (a later entry with the same phrase wins). */
export const STANCE_LEXICON: readonly StanceEntry[] = [...HEDGES, ...BOOSTERS, ...ATTITUDE, ...ATTITUDE_PARTICIPLES, ...SELF_MENTION, ...ENGAGEMENT];

/** Words that negate the marker after them ("not clear", "could not", "couldn't"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'hardly', 'cannot']);

/** Adverbs that may stand between a negation and the marker it negates ("not yet clear", "not entirely sure"). */
export const NEGATION_GAP: ReadonlySet<string> = new Set([
  'yet', 'entirely', 'fully', 'quite', 'completely', 'totally', 'altogether', 'really', 'immediately', 'always', 'so', 'very', 'been', 'be',
  // "no longer clear": the negation still holds over the marker.
  'longer',
]);

/**
 * Words after which a modal or verb is a noun: articles and possessive determiners (Biber et
 * al. 1999, 4.4). Demonstratives and quantifiers are left out because they also stand alone as
 * subjects ("this may", "each could"), and "'s" because it is also "is" ("it's expected").
 */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'its', 'our', 'their', 'my', 'your', 'every']);

/**
 * Past participles that do not end in "-ed", for telling a passive ("must be met") from a
 * predicate ("must be true"). The common irregular verbs (Quirk et al. 1985, 3.16 ff.).
 */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'met', 'done', 'made', 'given', 'taken', 'seen', 'held', 'kept', 'paid', 'brought', 'told', 'found', 'shown', 'known', 'put', 'set',
  'let', 'cut', 'built', 'sent', 'spent', 'won', 'heard', 'left', 'sold', 'thrown', 'driven', 'written', 'chosen', 'spoken', 'broken',
  'stolen', 'forgotten', 'beaten', 'shut', 'struck', 'caught', 'taught', 'fought', 'bought', 'brought', 'hit', 'hurt', 'lost', 'led', 'fed',
]);
