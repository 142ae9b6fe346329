/**
 * Stance and engagement markers.
 *
 * Source of the classes and most items: Hyland, K. (2005) Metadiscourse: Exploring Interaction
 * in Writing, Appendix ("Metadiscourse items investigated": hedges, boosters, attitude markers,
 * self-mentions, engagement markers); see also Hyland, K. (2005) "Stance and engagement: a model
 * of interaction in academic discourse", Discourse Studies 7(2).
 * News-specific additions (marked "news:" below) follow the evidentiality literature on
 * journalism (reportedly, allegedly, "it is understood", "hint") and AP guidance on hedging.
 * Adaptations for news text:
 * - Each phrase has exactly one kind. Hyland lists some items twice (e.g. "essentially" as hedge
 *   and attitude, "must"/"should" as booster/hedge and engagement, "we"/"us" as self-mention and
 *   engagement); the first, epistemic reading is kept.
 * - "in my view", "in my opinion", "from my perspective" etc. are hedges as in Hyland's Appendix.
 * - Left out as too ambiguous without part-of-speech context: "about", "around" (hedges as
 *   approximators), "expected", "even", "!" (attitude) and Hyland's imperative engagement verbs
 *   that double as reporting verbs (add, note, state, see, find, show...).
 */

/** Hyland's five classes of interactional metadiscourse. */
export type StanceKind = 'hedge' | 'booster' | 'attitude' | 'self-mention' | 'engagement';

/** One lowercase surface phrase to match, with its lemma and stance class. */
export interface StanceEntry {
  phrase: string;
  lemma: string;
  kind: StanceKind;
}

/** A lemma followed by its surface forms; a bare lemma is its only form. */
type Group = readonly [lemma: string, ...forms: string[]];

function entries(kind: StanceKind, groups: readonly Group[]): StanceEntry[] {
  return groups.flatMap(([lemma, ...forms]) =>
    (forms.length > 0 ? forms : [lemma]).map((phrase) => ({ phrase, lemma, kind })),
  );
}

const HEDGES: readonly Group[] = [
  // Modal verbs and adverbs of possibility.
  ['could', 'could', "couldn't", 'could not'], ['may'], ['might', 'might', "mightn't"], ['would', 'would', "wouldn't"], ['should'], ['ought', 'ought', 'ought to'],
  ['maybe'], ['perhaps'], ['possible'], ['possibly'], ['probable'], ['probably'], ['likely'], ['unlikely'], ['plausible'], ['plausibly'],
  ['presumable'], ['presumably'], ['apparent'], ['apparently'], ['potential'], ['potentially'], ['conceivably'], ['seemingly'], ['arguably'],
  ['uncertain'], ['uncertainly'], ['unclear'], ['unclearly'], ['doubtful'],
  // Approximators and frequency/generality hedges.
  ['approximately'], ['roughly'], ['almost'], ['nearly'], ['virtually'], ['fairly'], ['quite'], ['rather'], ['relatively'], ['somewhat'],
  ['broadly'], ['essentially'], ['generally'], ['largely'], ['mainly'], ['mostly'], ['often'], ['sometimes'], ['usually'], ['frequently'], ['typically'],
  ['partly'], ['in part'], ['in general'], ['on the whole'], ['in most cases'], ['in most instances'],
  ['to some extent'], ['to a certain extent'], ['to some degree'], ['certain amount'], ['certain extent'], ['certain level'],
  // Epistemic verbs.
  ['appear', 'appear', 'appears', 'appeared', 'appearing'], ['seem', 'seem', 'seems', 'seemed', 'seeming'],
  ['suggest', 'suggest', 'suggests', 'suggested', 'suggesting'], ['indicate', 'indicate', 'indicates', 'indicated', 'indicating'],
  ['argue', 'argue', 'argues', 'argued'], ['claim', 'claim', 'claims', 'claimed'], ['assume', 'assume', 'assumes', 'assumed'],
  ['suppose', 'suppose', 'supposes', 'supposed'], ['suspect', 'suspect', 'suspects', 'suspected'], ['estimate', 'estimate', 'estimates', 'estimated'],
  ['postulate', 'postulate', 'postulates', 'postulated'], ['feel', 'feel', 'feels', 'felt'], ['guess'], ['doubt'],
  ['tend to', 'tend to', 'tends to', 'tended to'],
  // Hedged viewpoint (Hyland lists these under hedges, not self-mention).
  ['in my view'], ['in our view'], ['in this view'], ['in my opinion'], ['in our opinion'], ['from my perspective'], ['from our perspective'],
  ['from this perspective'], ['to my knowledge'], ['to our knowledge'],
  // news: evidential hedges and impersonal attribution.
  ['hint', 'hint', 'hints', 'hinted', 'hinting'], ['reportedly'], ['allegedly'], ['alleged'], ['supposedly'], ['purportedly'], ['ostensibly'],
  ['according to some'], ['some say'], ['it is likely that'], ['it is possible that'], ['it is unlikely that'], ['it seems'], ['it appears'],
  ['it is thought', 'it is thought', 'is thought to', 'are thought to'], ['it is believed', 'it is believed', 'is believed to', 'are believed to'],
  ['it is said', 'it is said', 'is said to', 'are said to'], ['it is understood', 'it is understood', 'is understood to'],
  ['it is claimed'], ['it has been suggested'],
];

const BOOSTERS: readonly Group[] = [
  ['actually'], ['really'], ['truly'], ['true'], ['indeed'], ['in fact'], ['of course'], ['always'], ['never'],
  ['certain'], ['certainly'], ['sure'], ['surely'], ['clear'], ['clearly'], ['evident'], ['evidently'], ['obvious'], ['obviously'],
  ['definite'], ['definitely'], ['decidedly'], ['conclusively'], ['undoubtedly'], ['doubtless'], ['no doubt'], ['without doubt'], ['beyond doubt'],
  ['there is no doubt'], ['there is no question'], ['without question'], ['undeniable'], ['undeniably'], ['undisputedly'],
  ['incontestable'], ['incontestably'], ['incontrovertible'], ['incontrovertibly'], ['indisputable'], ['indisputably'],
  ['must'],
  ['demonstrate', 'demonstrate', 'demonstrates', 'demonstrated'], ['prove', 'prove', 'proves', 'proved', 'proven'],
  ['show', 'show', 'shows', 'showed', 'shown'], ['establish', 'establish', 'establishes', 'established'], ['find', 'find', 'finds', 'found'],
  ['know', 'know', 'knows', 'knew', 'known'], ['realise', 'realise', 'realises', 'realised', 'realize', 'realizes', 'realized'],
  ['believe', 'believe', 'believes', 'believed'], ['think', 'think', 'thinks', 'thought'],
  // news: emphatic additions.
  ['absolutely'], ['unquestionably'], ['categorically'], ['well-known'], ['well-documented'], ['well-established'],
  ['it is clear that'], ['it is evident that'], ['it is obvious that'], ['it is certain that'],
];

const ATTITUDE: readonly Group[] = [
  // Attitude verbs.
  ['agree', 'agree', 'agrees', 'agreed'], ['disagree', 'disagree', 'disagrees', 'disagreed'], ['prefer', 'prefer', 'prefers', 'preferred'],
  // Sentence adverbs and adjectives (Hyland's Appendix).
  ['admittedly'], ['amazed'], ['amazing'], ['amazingly'], ['appropriate'], ['appropriately'], ['inappropriate'], ['inappropriately'],
  ['astonished'], ['astonishing'], ['astonishingly'], ['correctly'], ['curious'], ['curiously'], ['desirable'], ['desirably'],
  ['disappointed'], ['disappointing'], ['disappointingly'], ['dramatic'], ['dramatically'], ['essential'], ['expectedly'],
  ['fortunate'], ['fortunately'], ['unfortunate'], ['unfortunately'], ['hopeful'], ['hopefully'], ['important'], ['importantly'],
  ['interesting'], ['interestingly'], ['preferable'], ['preferably'], ['remarkable'], ['remarkably'], ['shocked'], ['shocking'], ['shockingly'],
  ['striking'], ['strikingly'], ['surprised'], ['surprising'], ['surprisingly'], ['unbelievable'], ['unbelievably'],
  ['understandable'], ['understandably'], ['unexpected'], ['unexpectedly'], ['unusual'], ['unusually'], ['usual'],
  // news: evaluative adjectives and adverbs common in news and commentary.
  ['controversial'], ['regrettable'], ['regrettably'], ['sadly'], ['thankfully'], ['luckily'], ['ironically'], ['notably'], ['oddly'], ['strangely'],
  ['inevitably'], ['predictably'], ['rightly'], ['wrongly'], ['unfairly'], ['crucial'], ['crucially'], ['vital'], ['unprecedented'], ['historic'],
  ['alarming'], ['alarmingly'], ['worrying'], ['worryingly'], ['troubling'], ['disturbing'], ['extraordinary'], ['stunning'], ['staggering'],
  ['flawed'], ['dubious'], ['questionable'], ['unacceptable'], ['outrageous'], ['absurd'], ['ridiculous'], ['bizarre'], ['baffling'],
  ['disgraceful'], ['shameful'], ['appalling'], ['devastating'], ['tragic'], ['tragically'], ['disastrous'], ['catastrophic'], ['horrific'],
  ['egregious'], ['notorious'], ['infamous'], ['so-called'],
];

const SELF_MENTION: readonly Group[] = [
  ['i', 'i', 'me', 'my', 'mine', 'myself'], ['we', 'we', 'us', 'our', 'ours', 'ourselves'],
  ['the author', 'the author', "the author's"], ['the writer', 'the writer', "the writer's"], ['this writer'], ['this reporter'],
];

const ENGAGEMENT: readonly Group[] = [
  // Reader pronouns.
  ['you', 'you', 'your', 'yours', 'yourself', 'yourselves'], ["one's"], ['the reader', 'the reader', "the reader's", 'readers'],
  // Directives and asides.
  ['let us', 'let us', "let's"], ['note that'], ['notice that'], ['consider'], ['imagine'], ['remember'], ['recall that'], ['picture'],
  ['look at'], ['think about'], ['think of'], ['take a look'], ['it is important to'], ['it is worth noting'], ['it should be noted'],
  ['need to'], ['have to'], ['by the way'], ['incidentally'],
];

/** Hyland (2005) stance and engagement markers, one entry per matchable surface phrase. */
export const STANCE_LEXICON: readonly StanceEntry[] = [
  ...entries('hedge', HEDGES),
  ...entries('booster', BOOSTERS),
  ...entries('attitude', ATTITUDE),
  ...entries('self-mention', SELF_MENTION),
  ...entries('engagement', ENGAGEMENT),
];

/** Lookup of `STANCE_LEXICON` by phrase (phrases are unique). */
export const STANCE_BY_PHRASE: ReadonlyMap<string, StanceEntry> = new Map(STANCE_LEXICON.map((e) => [e.phrase, e]));

/** Largest number of space-separated words in any stance phrase, for longest-match scanning. */
export const MAX_STANCE_WORDS: number = Math.max(...STANCE_LEXICON.map((e) => e.phrase.split(' ').length));

/** Words that negate or reverse a nearby stance marker ("not clear", "no doubt" is itself listed). */
export const NEGATORS: readonly string[] = [
  'not', 'no', 'never', "n't", 'without', 'hardly', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'scarcely', 'barely',
];
