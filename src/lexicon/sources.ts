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
]);

/** Heads of an unnamed source: with no name in the phrase, the source is anonymous. */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders', 'person', 'people', 'diplomat', 'diplomats',
  'someone', 'spokesman', 'spokeswoman', 'spokesperson',
]);
