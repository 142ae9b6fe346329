// Nouns that head the noun phrase of a quoted source ("a spokesman said", "officials said").
// Classes after the source types of Bergler (1992) and the anonymous-source categories of the
// AP Stylebook entry "anonymous sources"; the person nouns are common news roles.

/** Nouns for people as sources: a speaker phrase headed by one is a plausible speaker. */
export const PERSON_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'source', 'sources', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'analysts', 'expert', 'experts', 'economist', 'economists',
  'researcher', 'researchers', 'scientist', 'scientists', 'critic', 'critics', 'supporter', 'supporters', 'opponent', 'opponents',
  'resident', 'residents', 'witness', 'witnesses', 'observer', 'observers', 'investor', 'investors', 'trader', 'traders',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'police', 'authorities', 'diplomat', 'diplomats',
  'people', 'person', 'man', 'woman', 'men', 'women', 'voter', 'voters', 'member', 'members', 'leader', 'leaders', 'executive',
  'executives', 'insider', 'insiders', 'campaign', 'government', 'administration', 'ministry', 'company', 'firm', 'group',
  'organisation', 'organization', 'agency', 'department', 'office', 'team', 'club', 'party', 'union', 'court', 'board',
  'committee', 'council', 'commission', 'newspaper', 'broadcaster', 'network', 'website', 'outlet', 'magazine', 'agency',
  // Groups that news reports quote as a body (political camps, publics, professions); counted among
  // the subjects of reporting verbs in the PolNeAR training part, names and sentences left out.
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'moderates', 'independents', 'advocates', 'activists',
  'protesters', 'protestors', 'demonstrators', 'citizens', 'americans', 'parents', 'students', 'teachers', 'workers', 'employees',
  'staff', 'staffers', 'allies', 'backers', 'detractors', 'skeptics', 'sceptics', 'proponents', 'pollsters', 'respondents',
  'historians', 'scholars', 'academics', 'commentators', 'pundits', 'operatives', 'consultants', 'doctors', 'physicians', 'nurses',
  'family', 'families', 'victims', 'neighbors', 'neighbours', 'colleagues', 'friends', 'relatives', 'organizers', 'organisers', 'campaigners',
  'surrogates', 'donors', 'delegates', 'constituents', 'participants', 'attendees', 'fans', 'customers', 'consumers', 'businesses',
  'hospital', 'university', 'school', 'foundation', 'institute', 'center', 'centre', 'coalition', 'alliance', 'association', 'federation',
  'bank', 'corporation', 'administration', 'regime', 'military', 'army', 'navy', 'white house', 'kremlin', 'pentagon', 'congress', 'parliament',
  'senate', 'house', 'cabinet', 'panel', 'jury', 'study', 'poll', 'survey', 'report', 'statement', 'letter', 'ad', 'spot', 'clip', 'video',
]);

/** Heads of an unnamed source: with no name in the phrase, the source is anonymous. */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'diplomat', 'diplomats',
  'someone', 'spokesman', 'spokeswoman', 'spokesperson', 'insider', 'insiders', 'staffer', 'staffers',
]);

/**
 * Capitalised labels that open a paragraph with a colon but name no speaker ("CORRECTION: …"):
 * editors' notes and web furniture, after the AP Stylebook entries "corrections" and "editor's
 * note" and common web-article labels.
 */
export const EDITORIAL_LABELS: ReadonlySet<string> = new Set([
  'correction', 'corrections', 'clarification', 'update', 'updated', 'editor', 'note', 'disclosure', 'disclaimer', 'related',
  'read', 'watch', 'listen', 'photo', 'photos', 'video', 'videos', 'graphic', 'source', 'sources', 'credit', 'warning', 'advisory',
  'breaking', 'exclusive', 'analysis', 'opinion', 'transcript', 'full', 'text', 'q', 'a', 'ps', 'p.s',
]);

// The AP Stylebook entry "anonymous sources" asks that a story say why a source was granted
// anonymity; these are the phrases wire copy uses for it (AP, Reuters and NYT house wording:
// "spoke on condition of anonymity because …", "not authorized to speak publicly"). Words are
// lowercase and split as the tokenizer splits them ("did n't want"); a phrase's last word may
// open a longer one ("not allowed to brief" in "not allowed to briefly comment").

/** Every way of filling the slots in order: `[['a'], ['b', 'c']], [['d']]` gives "a d", "b c d". */
function expand(...slots: ReadonlyArray<ReadonlyArray<readonly string[]>>): string[][] {
  let phrases: string[][] = [[]];
  for (const slot of slots) phrases = phrases.flatMap((phrase) => slot.map((words) => [...phrase, ...words]));
  return phrases;
}

const words = (...options: string[]): string[][] => options.map((option) => (option === '' ? [] : option.split(' ')));
const NEGATED = words('did not', "did n't", 'did n\u2019t');

/** A source's anonymity stated: "spoke on condition of anonymity", "asked not to be named". */
export const ANONYMITY_STATED: readonly (readonly string[])[] = [
  ...expand(words('on'), words('', 'the'), words('condition of anonymity')),
  ...expand(words('on'), words('', 'the'), words('condition that'), words('he', 'she', 'they', 'his', 'her', 'their'), words('', 'name'), words('not be', 'was not', 'were not'), words('named', 'used', 'identified', 'published')),
  ...expand(
    [...words('asked', 'requested', 'declined', 'refused', 'wished'), ...expand(NEGATED, words('want'))],
    words('', 'not'),
    words('to be'),
    words('named', 'identified', 'quoted by name'),
  ),
  ...expand(words('speaking', 'spoke', 'talking', 'talked'), words('anonymously')),
  ...expand(words('was', 'were'), words('granted anonymity')),
  ['in', 'exchange', 'for', 'anonymity'],
];

/** A reason after the stated anonymity, before the clause ends: "because …", "to discuss …", "for fear of …". */
export const ANONYMITY_REASON: readonly (readonly string[])[] = [
  ...words('because', 'since', 'for fear', 'fearing', 'out of fear', 'citing', 'given'),
  ...expand(words('to'), words('discuss', 'describe', 'speak freely', 'speak candidly', 'speak frankly', 'talk freely', 'talk about', 'share', 'reveal', 'detail', 'protect', 'avoid')),
];

/** A reason that stands alone: the source was not allowed to speak on the record. */
export const NOT_AUTHORIZED: readonly (readonly string[])[] = expand(
  [...words('not'), ...expand(words('was', 'were', 'is', 'are'), words("n't", 'n\u2019t'))],
  words('authorized', 'authorised', 'permitted', 'allowed', 'cleared'),
  words('to'),
  words('speak', 'talk', 'comment', 'discuss', 'disclose', 'brief'),
);
