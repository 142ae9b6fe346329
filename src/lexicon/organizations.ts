/**
 * Cues for typing capitalised names as organisations, places or people.
 *
 * Sources: organisation designators after the MUC-7 / CoNLL-2003 named-entity guidelines
 * (Chinchor 1997, "MUC-7 Named Entity Task Definition", ORGANIZATION: corporate designators,
 * government bodies, political parties, sports teams, news media) and AP Stylebook "company names";
 * class nouns follow Hearst, M. (1992) "Automatic Acquisition of Hyponyms from Large Text Corpora"
 * (lexico-syntactic patterns "NP such as NP", "NP including NP", "NP like NP").
 * Non-country regions live in ./regions.ts and are re-exported here.
 */

/** Non-country regions (see ./regions.ts), re-exported so place and organisation cues come from one module. */
export { PLACE_REGIONS, type PlaceRegion } from './regions.js';

/**
 * Legal-form designators that a company drops in later mentions ("Acme Corp." then "Acme"):
 * the corporate designators of the MUC-7 guidelines.
 */
export const CORPORATE_DESIGNATORS: readonly string[] = [
  'Corp', 'Corporation', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'LLP', 'PLC', 'plc', 'AG', 'SA', 'NV', 'GmbH', 'Co', 'Cos', 'Company',
  'Companies', 'Group', 'Holdings',
];

/** Final words that make a capitalised name an organisation ("Acme Corp", "Labour Party", "Federal Reserve"). */
export const ORG_SUFFIXES: readonly string[] = [
  // Corporate designators.
  ...CORPORATE_DESIGNATORS,
  'Partners', 'Capital', 'Ventures', 'Investments', 'Securities', 'Insurance', 'Bank', 'Bancorp', 'Trust',
  // Sectors.
  'Airlines', 'Airways', 'Motors', 'Industries', 'Technologies', 'Systems', 'Solutions', 'Labs', 'Laboratories', 'Pharmaceuticals',
  'Therapeutics', 'Energy', 'Petroleum', 'Mining', 'Resources', 'Electric', 'Steel', 'Communications', 'Telecom', 'Entertainment', 'Studios',
  'Pictures', 'Records', 'Ferries', 'Railways', 'Railway', 'Lines', 'Shipping', 'Logistics', 'Foods', 'Brands', 'Stores', 'Pharma', 'Software',
  'Networks', 'Aviation', 'Aerospace', 'Chemicals', 'Electronics', 'Semiconductor', 'Semiconductors', 'Utilities', 'Telecommunications',
  // Media.
  'Times', 'News', 'Post', 'Journal', 'Press', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Chronicle', 'Magazine', 'Network', 'Broadcasting',
  'Media', 'Television', 'TV', 'Radio',
  // Government, legislatures, courts, security forces.
  'Ministry', 'Department', 'Agency', 'Administration', 'Authority', 'Bureau', 'Office', 'Service', 'Services', 'Secretariat', 'Cabinet',
  'Council', 'Committee', 'Commission', 'Board', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Court', 'Tribunal', 'Reserve', 'Exchange',
  'Police', 'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Corps', 'Command',
  // Parties, movements, associations, armed groups.
  'Party', 'Caucus', 'Movement', 'Front', 'Alliance', 'Coalition', 'League', 'Association', 'Union', 'Federation', 'Confederation', 'Society',
  'Organisation', 'Organization', 'Brotherhood', 'Brigade', 'Brigades', 'Cartel',
  // Education, research, charity, religion.
  'University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Foundation', 'Fund', 'Center', 'Centre', 'Hospital', 'Church',
  // Sports clubs.
  'Club', 'FC', 'AFC', 'CF', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Albion',
];

/** Opening words that make a capitalised name an organisation ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS_PREFIX: readonly string[] = [
  'Ministry of', 'Department of', 'Bank of', 'Bank for', 'University of', 'Institute of', 'Institute for', 'Office of', 'House of',
  'Church of', 'Party of', 'Party for', 'Board of', 'Bureau of', 'Council of', 'Council on', 'Council for', 'Court of', 'Commission on',
  'Commission for', 'Committee on', 'Committee for', 'Committee to', 'Federation of', 'Association of', 'Association for', 'Union of',
  'League of', 'Society of', 'Society for', 'Academy of', 'College of', 'School of', 'Museum of', 'Agency for', 'Army of',
  'Organisation of', 'Organization of', 'Organisation for', 'Organization for', 'Friends of', 'Coalition for', 'Alliance for', 'Centre for',
  'Center for', 'Foundation for', 'Fund for', 'Movement for', 'Front for', 'Chamber of', 'Government of', 'Parliament of', 'Embassy of',
  'Order of', 'Federal Bureau of', 'National Institute of', 'National Institutes of', 'Royal College of', 'Royal Society of',
];

/** Nouns that, followed by "like", "such as" or "including" and a capitalised name, give that name its type (Hearst patterns). */
export const CLASS_NOUNS: Readonly<Record<'person' | 'organization' | 'place', readonly string[]>> = {
  person: [
    'people', 'person', 'leaders', 'leader', 'figures', 'figure', 'politicians', 'politician', 'players', 'player', 'artists', 'artist',
    'stars', 'star', 'celebrities', 'celebrity', 'writers', 'writer', 'authors', 'author', 'actors', 'actor', 'actresses', 'actress',
    'officials', 'official', 'lawmakers', 'lawmaker', 'legislators', 'senators', 'ministers', 'candidates', 'candidate', 'activists',
    'journalists', 'reporters', 'commentators', 'critics', 'experts', 'scholars', 'scientists', 'economists', 'analysts', 'executives',
    'founders', 'billionaires', 'entrepreneurs', 'athletes', 'footballers', 'coaches', 'managers', 'musicians', 'singers', 'rappers',
    'directors', 'comedians', 'presenters', 'hosts', 'influencers', 'judges', 'lawyers', 'generals', 'commanders', 'diplomats',
    'presidents', 'rulers', 'dictators', 'monarchs', 'clerics', 'thinkers', 'philosophers', 'historians', 'individuals', 'men', 'women',
  ],
  organization: [
    'groups', 'group', 'organisations', 'organizations', 'organisation', 'organization', 'companies', 'company', 'firms', 'firm', 'corporations',
    'businesses', 'brands', 'retailers', 'manufacturers', 'carmakers', 'automakers', 'airlines', 'carriers', 'lenders', 'banks', 'insurers',
    'funds', 'startups', 'start-ups', 'platforms', 'militias', 'factions', 'parties', 'movements', 'unions',
    'clubs', 'teams', 'sides', 'leagues', 'agencies', 'institutions', 'bodies', 'ministries', 'departments', 'regulators', 'universities',
    'schools', 'charities', 'ngos', 'nonprofits', 'non-profits', 'think tanks', 'outlets', 'media outlets', 'networks', 'newspapers',
    'publications', 'broadcasters', 'channels', 'magazines', 'websites', 'labels', 'studios', 'publishers', 'coalitions', 'alliances',
  ],
  place: [
    'countries', 'country', 'nations', 'nation', 'states', 'state', 'cities', 'city', 'regions', 'region', 'provinces', 'province', 'towns',
    'town', 'villages', 'places', 'capitals', 'territories', 'territory', 'areas', 'districts', 'counties', 'neighbourhoods', 'neighborhoods',
    'suburbs', 'islands', 'ports', 'locations', 'destinations', 'economies', 'markets', 'allies', 'neighbours', 'neighbors', 'democracies',
    'republics', 'kingdoms', 'emirates', 'member states',
  ],
};

/**
 * Final words that make a capitalised name a place or facility ("Harbour Bridge", "Hyde Park",
 * "Gatwick Airport"), after the facility and geographic feature classes of the ACE 2005
 * entity guidelines (FAC, LOC) and OntoNotes (FAC, LOC, GPE).
 */
export const PLACE_SUFFIXES: readonly string[] = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Lane', 'Square', 'Bridge', 'Tunnel', 'Airport', 'Station', 'Port', 'Harbour',
  'Harbor', 'Park', 'Stadium', 'Arena', 'Square', 'Palace', 'Castle', 'Tower', 'Building', 'Hall', 'Prison', 'Valley', 'River', 'Lake', 'Sea',
  'Ocean', 'Bay', 'Gulf', 'Strait', 'Canal', 'Island', 'Islands', 'Peninsula', 'Mountain', 'Mountains', 'Mount', 'Hills', 'Desert', 'Forest',
  'Coast', 'Beach', 'County', 'Province', 'District', 'Region', 'State', 'City', 'Town', 'Village', 'Heights', 'Falls', 'Springs',
];

/** Opening words that make a capitalised name a place ("Republic of Kiribati", "Gulf of Aden"). */
export const PLACE_HEADS_PREFIX: readonly string[] = [
  'Republic of', 'Federal Republic of', 'Democratic Republic of', 'Kingdom of', 'Principality of', 'Sultanate of', 'Emirate of', 'State of',
  'Province of', 'Gulf of', 'Bay of', 'Sea of', 'Strait of', 'Straits of', 'Isle of', 'Cape of', 'Mount', 'Lake', 'Port',
];

/**
 * Final words that make a capitalised name an event, not a person or an organisation ("World
 * Cup", "Boston Marathon", "Summer Olympics"). Source: the event designators of the MUC-7 and
 * CoNLL-2003 guidelines (MISC: events, competitions, wars, prizes).
 */
export const EVENT_SUFFIXES: readonly string[] = [
  'Cup', 'Open', 'Tour', 'Championship', 'Championships', 'Games', 'Olympics', 'Series', 'Trophy', 'Prix', 'Masters', 'Classic', 'Festival',
  'Awards', 'Prize', 'Marathon', 'Tournament', 'Grand Slam', 'Rally', 'Derby', 'Bowl', 'Challenge', 'Invitational', 'War', 'Summit',
  'Conference', 'Expo', 'Fair', 'Week', 'Act', 'Treaty', 'Accord', 'Accords',
];

/**
 * News agencies that articles cite by bare name ("told Reuters"). Source: the world's major
 * agencies and the members of the European Alliance of News Agencies (EANA), as listed by the
 * agencies themselves; written as their bylines write them.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'UPI', 'Bloomberg', 'Interfax', 'TASS', 'ITAR-TASS', 'Itar-Tass', 'RIA Novosti',
  'Xinhua', 'Kyodo', 'Jiji', 'Yonhap', 'KCNA', 'Bernama', 'Antara', 'PTI', 'IRNA', 'ISNA', 'Fars', 'Tasnim', 'Anadolu', 'MENA', 'Petra', 'WAM',
  'KUNA', 'SANA', 'Tanjug', 'ANSA', 'EFE', 'Belga', 'ANP', 'Ritzau', 'Ukrinform', 'UNIAN', 'BelTA', 'Notimex', 'Prensa Latina',
];

/**
 * Lowercase nouns that, right after an unknown capitalised name, make it an organisation
 * ("Vantora chairman", "Orbit shares", "Rovers striker"): heads of the appositive and
 * noun-compound patterns of the MUC-7 ORGANIZATION guidelines. Nouns that also follow a
 * person's surname ("Ortiz spokesman", "Ortiz team", "Ortiz officials") are left out.
 */
export const ORG_CONTEXT_AFTER: ReadonlySet<string> = new Set([
  'agency', 'newspaper', 'daily', 'weekly', 'chairman', 'chairwoman', 'shares', 'stock', 'shareholders', 'subsidiary', 'unit', 'board',
  'executives', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'captain', 'coach', 'club', 'teammate', 'bank', 'group',
]);

/**
 * Lowercase nouns that, right after an unknown capitalised name, make it a place ("Jiangsu
 * province", "the Ouro river") or, with "of" after them, before it ("the village of Marvale").
 * Source: the geographic feature classes of the GeoNames ontology (A: administrative, P:
 * populated place, H: hydrographic, T: terrain, S: spot).
 */
export const PLACE_CONTEXT_NOUNS: ReadonlySet<string> = new Set([
  'province', 'region', 'district', 'county', 'prefecture', 'municipality', 'village', 'town', 'city', 'suburb', 'township', 'river', 'valley',
  'lake', 'mountains', 'mountain', 'island', 'islands', 'peninsula', 'port', 'airport', 'stadium', 'border', 'area', 'enclave',
]);

/**
 * Acronyms that are common nouns, not names ("a DVD", "GDP grew", "12:00 GMT"): the short forms
 * the AP Stylebook ("abbreviations and acronyms") allows in all references, plus units, time
 * zones and the technical terms news writes in capitals. A bare short capitalised word is
 * otherwise taken for an organisation ("NATO").
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'TV', 'DVD', 'DVDs', 'CD', 'CDs', 'PC', 'PCs', 'ID', 'IDs', 'IT', 'AI', 'VR', 'HD', 'HDTV', 'MP3', 'MP3s', 'PDA', 'PDAs', 'SMS', 'MMS', 'GPS',
  'RFID', 'P2P', 'USB', 'LCD', 'LED', 'DNA', 'HIV', 'AIDS', 'SARS', 'TB', 'GDP', 'GNP', 'VAT', 'IPO', 'CEO', 'CFO', 'COO', 'MP', 'MPs',
  'MEP', 'MEPs', 'OK', 'AM', 'PM', 'FM', 'GMT', 'UTC', 'EST', 'EDT', 'CST', 'PST', 'BST', 'CET', 'SUV', 'SUVs', 'CCTV', 'ATM', 'ATMs', 'R&B',
  'ASAP', 'FAQ', 'PhD', 'MBA', 'QC', 'RBI', 'ERA',
]);
