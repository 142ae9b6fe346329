/**
 * Attribution cues: reporting verbs, source nouns and "according to" phrases.
 *
 * Sources for the classes:
 * - Bergler, S. (1992) "Evidential Analysis of Reported Speech" (PhD thesis, Brandeis)
 *   and Krestel, Bergler & Witte (2008) "Minding the Source: Automatic Tagging of Reported
 *   Speech in Newspaper Articles" (LREC) -- the inventory of reporting verbs.
 * - Quirk et al. (1985) A Comprehensive Grammar of the English Language, 14.29 ff.
 *   (verbs of speaking/thinking that take direct vs. indirect speech) -- the `speech` flag.
 * - AP Stylebook, entry "said" ("said" is the neutral attribution; verbs such as claim,
 *   admit, insist, concede, reveal carry connotations) -- the `class` flag.
 * Inflections follow regular English morphology; British and American spellings both listed.
 */
import { type PhraseIndex, phraseIndex } from './phrase-index.js';

/** Whether a reporting verb is neutral attribution or carries the journalist's judgement. */
export type CueClass = 'neutral' | 'loaded';

/** One reporting verb with every inflected form (both spellings) that should be matched. */
export interface CueVerb {
  lemma: string;
  forms: readonly string[];
  class: CueClass;
  /** True when the verb can introduce or close a direct quotation (`"...," she said`). */
  speech: boolean;
}

/** Overrides for `verbForms` where regular inflection would be wrong or incomplete. */
export interface IrregularForms {
  /** Third person singular of the first word, when not regular. */
  readonly s?: string;
  /** Past tense and past participle forms of the first word, replacing the regular `-ed` form. */
  readonly past?: readonly string[];
  /** Present participles of the first word, replacing the regular `-ing` form. */
  readonly ing?: readonly string[];
  /** Double the final consonant (`admit` -> `admitted`); `'both'` adds doubled and single (`signalled`/`signaled`). */
  readonly double?: boolean | 'both';
  /** Also generate the `-ize` spelling of an `-ise` lemma (`emphasise` -> `emphasize`...). */
  readonly ize?: boolean;
  /** Other spellings of the lemma, inflected by the same rules (`inquire` for `enquire`). */
  readonly variants?: readonly string[];
}

const SIBILANT = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y = /[^aeiou]y$/;

function inflectWord(word: string, irr: IrregularForms): string[] {
  const doubled = word + word.slice(-1);
  const s = irr.s ?? (SIBILANT.test(word) ? `${word}es` : CONSONANT_Y.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`);
  let past: readonly string[];
  let ing: readonly string[];
  if (irr.double === true) {
    past = [`${doubled}ed`];
    ing = [`${doubled}ing`];
  } else if (irr.double === 'both') {
    past = [`${doubled}ed`, `${word}ed`];
    ing = [`${doubled}ing`, `${word}ing`];
  } else {
    past = [word.endsWith('e') ? `${word}d` : CONSONANT_Y.test(word) ? `${word.slice(0, -1)}ied` : `${word}ed`];
    ing = [
      word.endsWith('ie') ? `${word.slice(0, -2)}ying`
        : /[^eoy]e$/.test(word) ? `${word.slice(0, -1)}ing`
          : `${word}ing`,
    ];
  }
  return [word, s, ...(irr.past ?? past), ...(irr.ing ?? ing)];
}

/**
 * Generate every form of a (possibly phrasal) verb: lemma, -s, past/participle, -ing.
 * Only the first word of a phrasal verb is inflected (`point out` -> `pointed out`).
 */
export function verbForms(lemma: string, irregular: IrregularForms = {}): readonly string[] {
  const [head = lemma, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const heads = [head, ...(irregular.variants ?? [])];
  if (irregular.ize) heads.push(...heads.filter((h) => h.endsWith('ise')).map((h) => `${h.slice(0, -3)}ize`));
  const forms = heads.flatMap((h) => {
    const variantIrr = h === head ? irregular : { ...irregular, past: undefined, ing: undefined, s: undefined };
    return inflectWord(h, variantIrr).map((f) => f + tail);
  });
  return [...new Set(forms)];
}

type Spec = string | readonly [lemma: string, irregular: IrregularForms];

function cues(cls: CueClass, speech: boolean, specs: readonly Spec[]): CueVerb[] {
  return specs.map((spec) => {
    const [lemma, irr] = typeof spec === 'string' ? [spec, {}] : spec;
    return { lemma, forms: verbForms(lemma, irr), class: cls, speech };
  });
}

const N = 'neutral';
const L = 'loaded';

/** Reporting verbs (Bergler/Krestel inventory), each with its inflections, AP-style class and speech flag. */
export const CUE_VERBS: readonly CueVerb[] = [
  // Neutral verbs of saying that frame direct quotations.
  ...cues(N, true, [['say', { past: ['said'] }], ['tell', { past: ['told'] }], 'add', 'note', 'state', 'remark', 'comment', 'mention', 'observe', 'point out']),
  ...cues(N, true, ['explain', 'report', 'announce', 'reply', 'respond', 'answer', 'ask', ['enquire', { variants: ['inquire'] }], 'wonder']),
  ...cues(N, true, ['continue', ['go on', { s: 'goes', past: ['went', 'gone'] }], 'conclude', 'recall', 'recount', 'reiterate', 'repeat', 'reaffirm', 'affirm', 'confirm', 'clarify', 'elaborate', ['summarise', { ize: true }]]),
  ...cues(N, true, [['emphasise', { ize: true }], 'stress', 'argue', 'contend', 'maintain', 'assert', 'counter', ['rebut', { double: true }], 'reject', 'dispute', 'interject', 'chime in']),
  ...cues(N, true, ['warn', 'caution', 'predict', 'advise', 'urge', 'recommend', 'propose', 'request', 'assure', 'remind', 'promise', 'pledge', 'agree', 'disagree', ['concur', { double: true }], 'acknowledge']),
  ...cues(N, true, [['put it', { past: ['put'], ing: ['putting'] }], ['read', { past: ['read'] }], 'chant', ['sing', { past: ['sang', 'sung'] }]]),
  ...cues(N, true, ['testify', ['write', { past: ['wrote', 'written'] }], 'tweet', 'post', ['email', { variants: ['e-mail'] }], ['apologise', { ize: true }], 'speculate', 'muse']),
  // Neutral verbs for indirect attribution, cognition and inference.
  ...cues(N, false, ['believe', ['think', { past: ['thought'] }], ['feel', { past: ['felt'] }], ['know', { past: ['knew', 'known'] }], ['understand', { past: ['understood'] }], 'hope', 'want', 'expect', 'fear', 'worry', 'doubt']),
  ...cues(N, false, ['suspect', 'assume', 'reckon', 'consider', ['recognise', { ize: true }], ['realise', { ize: true }], ['learn', { past: ['learned', 'learnt'] }], ['hear', { past: ['heard'] }], 'estimate', ['forecast', { past: ['forecast', 'forecasted'] }]]),
  ...cues(N, false, ['hint', 'imply', 'indicate', 'suggest', ['signal', { double: 'both' }], ['show', { past: ['showed', 'shown'] }], 'demonstrate', ['prove', { past: ['proved', 'proven'] }], ['find', { past: ['found'] }], 'disclose', 'highlight', 'underline', 'underscore']),
  ...cues(N, false, ['describe', ['characterise', { ize: true }], 'call', 'call for', 'call on', ['dub', { double: true }], 'inform', 'instruct', 'weigh in']),
  ...cues(N, false, ['accuse', 'blame', 'charge', ['criticise', { ize: true }], 'condemn', 'denounce', 'decry', 'dismiss', 'contradict', 'praise', 'welcome']),
  // Stances and intentions a source takes up (supporting, opposing, seeking, refusing), which
  // attribution corpora count as attributed content: PARC 3.0 (Pareti 2016) and PolNeAR (Newell
  // et al. 2018); the verbs are those most often seen as cues in the PolNeAR training part.
  ...cues(N, false, ['support', 'endorse', 'back', 'oppose', 'defend', 'question', ['seek', { past: ['sought'] }], ['plan', { double: true }], 'refuse', 'decline']),
  ...cues(N, false, ['offer', 'vote', 'express', ['refer to', { double: true }], 'talk about', 'promote', 'encourage', 'push for', 'raise', 'cite', 'detail']),
  ...cues(N, false, ['seem', 'appear', 'intend', 'aim', 'rule']),
  // Loaded verbs that frame direct quotations.
  ...cues(L, true, ['claim', 'allege', ['admit', { double: true }], 'confess', 'concede', 'insist', 'deny', 'reveal', 'retort', 'fire back', ['shoot back', { past: ['shot'] }], ['hit back', { past: ['hit'], ing: ['hitting'] }]]),
  ...cues(L, true, ['declare', 'proclaim', 'vow', ['swear', { past: ['swore', 'sworn'] }], 'threaten', 'boast', ['brag', { double: true }], 'gush', 'tout', 'hail']),
  ...cues(L, true, ['complain', 'lament', 'bemoan', 'grumble', 'protest', 'refute', 'opine', ['plead', { past: ['pleaded', 'pled'] }], ['beg', { double: true }], 'implore', 'demand']),
  ...cues(L, true, ['exclaim', 'shout', 'yell', 'scream', 'cry', ['snap', { double: true }], 'sneer', 'scoff', ['quip', { double: true }], 'joke', 'laugh', 'sigh']),
  ...cues(L, true, ['mutter', 'whisper', 'blurt out', 'fume', 'rant', 'blast', ['slam', { double: true }], 'lash out', ['hit out', { past: ['hit'], ing: ['hitting'] }]]),
  // Loaded verbs for indirect attribution and characterisation.
  ...cues(L, false, ['attack', ['label', { double: 'both' }], 'brand']),
];

/** Nouns (singular and plural) heading an attributed source statement: "in a statement", "the report said". */
export const CUE_NOUNS: readonly string[] = [
  'statement', 'statements', 'joint statement', 'press statement', 'written statement', 'press release', 'news release', 'release',
  'remark', 'remarks', 'comment', 'comments', 'announcement', 'announcements', 'interview', 'interviews', 'speech', 'speeches', 'address',
  'news conference', 'press conference', 'press briefing', 'briefing', 'briefings', 'town hall', 'hearing', 'testimony', 'deposition', 'affidavit',
  'tweet', 'tweets', 'post', 'posts', 'social media post', 'blog post', 'video', 'video message', 'message', 'messages', 'text message',
  'email', 'emails', 'letter', 'letters', 'open letter', 'memo', 'memos', 'memorandum', 'note', 'research note', 'newsletter', 'podcast', 'broadcast',
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'analyses', 'assessment', 'estimate', 'estimates', 'forecast',
  'review', 'audit', 'investigation', 'inquiry', 'findings', 'data', 'figures', 'statistics', 'paper', 'white paper', 'document', 'documents', 'records',
  'filing', 'filings', 'court filing', 'court documents', 'lawsuit', 'complaint', 'indictment', 'ruling', 'opinion', 'judgment', 'judgement', 'verdict',
  'decree', 'order', 'executive order', 'directive', 'guidance', 'resolution', 'declaration', 'communique', 'communiqué', 'readout', 'transcript', 'minutes',
  'op-ed', 'column', 'editorial', 'essay', 'article', 'book', 'memoir', 'sermon', 'claim', 'claims', 'allegation', 'allegations', 'accusation',
  'admission', 'denial', 'warning', 'warnings', 'pledge', 'promise', 'assertion', 'account', 'version', 'view', 'views',
];

/** Phrases that introduce a source before its name: "according to officials". */
export const ACCORDING_TO: readonly string[] = [
  'according to', 'as reported by', 'first reported by', 'as first reported by', 'reported by', 'in the words of', 'as told to',
  'as quoted by', 'quoted by', 'as cited by', 'cited by', 'citing', 'as stated by', 'as noted by', 'as described by', 'as explained by',
  'as confirmed by', 'as announced by', 'as revealed by', 'as claimed by', 'as alleged by', 'as per', 'in the view of', 'in the opinion of',
  'in the estimation of', 'by the account of', 'on the authority of', 'courtesy of',
];

/**
 * Nouns of saying and thinking that take a reported clause ("Lee's claim that the vote was
 * rigged"): the noun is the cue and the possessor its source. After the noun complements of
 * Quirk et al. (1985) 17.26 (appositive that-clauses after nouns such as claim, belief, fact).
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge', 'prediction', 'suggestion',
  'insistence', 'contention', 'belief', 'view', 'assurance', 'allegation', 'accusation', 'admission', 'denial', 'hope',
  'fear', 'concern', 'announcement', 'emphasis', 'remark', 'comment', 'charge', 'boast', 'vow', 'threat', 'assessment',
  'conclusion', 'finding', 'forecast', 'estimate', 'theory', 'notion', 'message', 'proposal', 'demand',
]);

/**
 * Words after which a cue word is a noun of saying, not a verb ("the claim", "her admission",
 * "such claims"): articles, possessive determiners, demonstratives and the quantifiers that
 * head a noun phrase (Biber et al. 1999, 4.4). Stance reads a verb as a noun after the first two
 * (`NOUN_DETERMINERS`); before a cue word the others are determiners too, as the cue follows
 * them with no subject between.
 */
export const CUE_NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'every', 'this', 'these', 'those', 'such', 'any', 'no',
]);

/** One form of a cue verb, as words. */
export interface CueForm {
  words: readonly string[];
  verb: CueVerb;
}

/** Every form of every cue verb, by its first word, longest forms first. */
export const CUE_FORMS: PhraseIndex<CueForm> = phraseIndex(CUE_VERBS.flatMap((verb) => verb.forms.map((form) => ({ words: form.split(' '), verb }))));

/** The {@link ACCORDING_TO} phrases, by their first word. */
export const ACCORDING_TO_PHRASES: PhraseIndex<{ words: readonly string[] }> = phraseIndex(ACCORDING_TO.map((phrase) => ({ words: phrase.split(' ') })));
