/**
 * Titles and honorifics that precede personal names, and role nouns that refer back to a person.
 *
 * Sources: AP Stylebook, entries "titles", "military titles", "legislative titles", "courtesy titles",
 * "religious titles", "nobility" and "abbreviations and acronyms" (AP abbreviations such as Gov., Sen.,
 * Rep., Gen., Lt. Gov. before a full name); Guardian and Observer style guide / BBC News style guide for
 * UK forms without full stops (Dr, Prof, Insp, DCI, PC) and British ranks and peerage titles.
 * Titles are written with the capitalisation they take immediately before a name.
 * `abbreviations` lists AP forms with the full stop and, where UK usage drops it, the bare form too.
 * Police ranks and judicial titles are classed as 'office' (public offices), clergy as 'religious',
 * peerage and knighthood (Sir, Lord, Baroness) as 'honorific', monarchs and their families as 'royal'.
 */

/** Broad class of a title that precedes a personal name. */
export type TitleKind = 'honorific' | 'office' | 'military' | 'religious' | 'royal' | 'professional';

/** A title as written before a name ("Prime Minister"), its class and short forms ("PM"). */
export interface PersonTitle {
  title: string;
  kind: TitleKind;
  abbreviations?: readonly string[];
  /** The gender the title tells, for those that tell one (AP Stylebook "courtesy titles", "nobility"). */
  gender?: 'male' | 'female';
}

/** Titles and honorifics that precede personal names (AP Stylebook and UK style guides). */
export const PERSON_TITLES: readonly PersonTitle[] = [
  // Courtesy titles, knighthood and peerage.
  { title: 'Mr', kind: 'honorific', gender: 'male', abbreviations: ['Mr.'] }, { title: 'Mrs', kind: 'honorific', gender: 'female', abbreviations: ['Mrs.'] },
  { title: 'Ms', kind: 'honorific', gender: 'female', abbreviations: ['Ms.'] }, { title: 'Miss', kind: 'honorific', gender: 'female' }, { title: 'Mx', kind: 'honorific', abbreviations: ['Mx.'] },
  { title: 'Messrs', kind: 'honorific', abbreviations: ['Messrs.'] }, { title: 'Dr', kind: 'honorific', abbreviations: ['Dr.'] },
  { title: 'Sir', kind: 'honorific', gender: 'male' }, { title: 'Dame', kind: 'honorific', gender: 'female' }, { title: 'Lord', kind: 'honorific', gender: 'male' }, { title: 'Lady', kind: 'honorific', gender: 'female' },
  { title: 'Baron', kind: 'honorific' }, { title: 'Baroness', kind: 'honorific', gender: 'female' }, { title: 'Earl', kind: 'honorific' }, { title: 'Countess', kind: 'honorific' },
  { title: 'Honorable', kind: 'honorific', abbreviations: ['Hon.', 'Hon'] }, { title: 'Honourable', kind: 'honorific' },
  { title: 'First Lady', kind: 'honorific' },
  // Heads of state and government, ministers, legislators.
  { title: 'President', kind: 'office' }, { title: 'President-elect', kind: 'office' }, { title: 'Vice President', kind: 'office' },
  { title: 'Prime Minister', kind: 'office', abbreviations: ['PM'] }, { title: 'Deputy Prime Minister', kind: 'office' },
  { title: 'Chancellor', kind: 'office' }, { title: 'Vice Chancellor', kind: 'office' }, { title: 'Premier', kind: 'office' }, { title: 'Vice Premier', kind: 'office' },
  { title: 'Chief Minister', kind: 'office' }, { title: 'First Minister', kind: 'office' }, { title: 'Governor-General', kind: 'office' },
  { title: 'Minister', kind: 'office' }, { title: 'Deputy Minister', kind: 'office' }, { title: 'Foreign Minister', kind: 'office' },
  { title: 'Defence Minister', kind: 'office' }, { title: 'Defense Minister', kind: 'office' }, { title: 'Finance Minister', kind: 'office' },
  { title: 'Interior Minister', kind: 'office' }, { title: 'Economy Minister', kind: 'office' }, { title: 'Health Minister', kind: 'office' },
  { title: 'Justice Minister', kind: 'office' }, { title: 'Energy Minister', kind: 'office' }, { title: 'Trade Minister', kind: 'office' },
  { title: 'Secretary', kind: 'office' }, { title: 'Secretary of State', kind: 'office' }, { title: 'Foreign Secretary', kind: 'office' },
  { title: 'Home Secretary', kind: 'office' }, { title: 'Defence Secretary', kind: 'office' }, { title: 'Defense Secretary', kind: 'office' },
  { title: 'Health Secretary', kind: 'office' }, { title: 'Treasury Secretary', kind: 'office' }, { title: 'Commerce Secretary', kind: 'office' },
  { title: 'Press Secretary', kind: 'office' }, { title: 'Chief of Staff', kind: 'office' },
  { title: 'Secretary-General', kind: 'office' }, { title: 'Secretary General', kind: 'office' }, { title: 'General Secretary', kind: 'office' },
  { title: 'Director-General', kind: 'office' }, { title: 'Director General', kind: 'office' }, { title: 'Director', kind: 'office' },
  { title: 'Senator', kind: 'office', abbreviations: ['Sen.', 'Sens.', 'Sen'] }, { title: 'Representative', kind: 'office', abbreviations: ['Rep.', 'Reps.', 'Rep'] },
  { title: 'Delegate', kind: 'office', abbreviations: ['Del.'] }, { title: 'Congressman', kind: 'office' }, { title: 'Congresswoman', kind: 'office' },
  // UK and EU legislators as the BBC style guide writes them before a name ("Labour MP Jane Smith").
  { title: 'MP', kind: 'office' }, { title: 'MEP', kind: 'office' }, { title: 'MSP', kind: 'office' }, { title: 'MLA', kind: 'office' },
  { title: 'Speaker', kind: 'office' }, { title: 'House Speaker', kind: 'office' }, { title: 'Majority Leader', kind: 'office' },
  { title: 'Minority Leader', kind: 'office' }, { title: 'Opposition Leader', kind: 'office' }, { title: 'Leader', kind: 'office' },
  { title: 'Governor', kind: 'office', abbreviations: ['Gov.', 'Gov'] }, { title: 'Lieutenant Governor', kind: 'office', abbreviations: ['Lt. Gov.'] },
  { title: 'Mayor', kind: 'office' }, { title: 'Deputy Mayor', kind: 'office' }, { title: 'Councillor', kind: 'office', abbreviations: ['Cllr'] },
  { title: 'Councilman', kind: 'office' }, { title: 'Councilwoman', kind: 'office' }, { title: 'Alderman', kind: 'office' },
  { title: 'Ambassador', kind: 'office', abbreviations: ['Amb.'] }, { title: 'Envoy', kind: 'office' }, { title: 'Special Envoy', kind: 'office' },
  { title: 'High Commissioner', kind: 'office' }, { title: 'Commissioner', kind: 'office' }, { title: 'Supreme Leader', kind: 'office' },
  { title: 'Inspector General', kind: 'office' }, { title: 'Surgeon General', kind: 'office' }, { title: 'Deputy', kind: 'office' },
  // Law and the courts.
  { title: 'Attorney General', kind: 'office' }, { title: 'Solicitor General', kind: 'office' }, { title: 'District Attorney', kind: 'office' },
  { title: 'Special Counsel', kind: 'office' }, { title: 'Judge', kind: 'office' }, { title: 'Justice', kind: 'office' },
  { title: 'Chief Justice', kind: 'office' }, { title: 'Associate Justice', kind: 'office' }, { title: 'District Judge', kind: 'office' },
  { title: 'Circuit Judge', kind: 'office' }, { title: 'Magistrate Judge', kind: 'office' },
  { title: 'Magistrate', kind: 'office' }, { title: 'Sheriff', kind: 'office' },
  // Police ranks (US and UK).
  { title: 'Police Chief', kind: 'office' }, { title: 'Chief', kind: 'office' }, { title: 'Chief Constable', kind: 'office' },
  { title: 'Detective', kind: 'office', abbreviations: ['Det.', 'Det'] }, { title: 'Officer', kind: 'office' },
  { title: 'Constable', kind: 'office' }, { title: 'Police Constable', kind: 'office', abbreviations: ['PC'] },
  { title: 'Detective Constable', kind: 'office', abbreviations: ['DC'] }, { title: 'Detective Sergeant', kind: 'office', abbreviations: ['DS', 'Det. Sgt.'] },
  { title: 'Inspector', kind: 'office', abbreviations: ['Insp.', 'Insp'] }, { title: 'Detective Inspector', kind: 'office', abbreviations: ['DI'] },
  { title: 'Chief Inspector', kind: 'office', abbreviations: ['Ch Insp'] }, { title: 'Detective Chief Inspector', kind: 'office', abbreviations: ['DCI'] },
  { title: 'Superintendent', kind: 'office', abbreviations: ['Supt.', 'Supt'] }, { title: 'Chief Superintendent', kind: 'office', abbreviations: ['Ch Supt'] },
  { title: 'Detective Superintendent', kind: 'office', abbreviations: ['Det Supt'] }, { title: 'Trooper', kind: 'office' },
  // Armed forces (AP abbreviations before a full name).
  { title: 'General', kind: 'military', abbreviations: ['Gen.', 'Gen'] }, { title: 'Lieutenant General', kind: 'military', abbreviations: ['Lt. Gen.', 'Lt Gen'] },
  { title: 'Major General', kind: 'military', abbreviations: ['Maj. Gen.', 'Maj Gen'] }, { title: 'Brigadier General', kind: 'military', abbreviations: ['Brig. Gen.'] },
  { title: 'Brigadier', kind: 'military', abbreviations: ['Brig.', 'Brig'] }, { title: 'Colonel', kind: 'military', abbreviations: ['Col.', 'Col'] },
  { title: 'Lieutenant Colonel', kind: 'military', abbreviations: ['Lt. Col.', 'Lt Col'] }, { title: 'Major', kind: 'military', abbreviations: ['Maj.', 'Maj'] },
  { title: 'Captain', kind: 'military', abbreviations: ['Capt.', 'Capt'] }, { title: 'Lieutenant', kind: 'military', abbreviations: ['Lt.', 'Lt'] },
  { title: 'First Lieutenant', kind: 'military', abbreviations: ['1st Lt.'] }, { title: 'Second Lieutenant', kind: 'military', abbreviations: ['2nd Lt.'] },
  { title: 'Sergeant', kind: 'military', abbreviations: ['Sgt.', 'Sgt'] }, { title: 'Staff Sergeant', kind: 'military', abbreviations: ['Staff Sgt.'] },
  { title: 'Master Sergeant', kind: 'military', abbreviations: ['Master Sgt.'] }, { title: 'Sergeant Major', kind: 'military', abbreviations: ['Sgt. Maj.'] },
  { title: 'Corporal', kind: 'military', abbreviations: ['Cpl.', 'Cpl'] }, { title: 'Lance Corporal', kind: 'military', abbreviations: ['Lance Cpl.'] },
  { title: 'Private', kind: 'military', abbreviations: ['Pvt.', 'Pte'] }, { title: 'Specialist', kind: 'military', abbreviations: ['Spc.'] },
  { title: 'Admiral', kind: 'military', abbreviations: ['Adm.', 'Adm'] }, { title: 'Vice Admiral', kind: 'military', abbreviations: ['Vice Adm.'] },
  { title: 'Rear Admiral', kind: 'military', abbreviations: ['Rear Adm.'] }, { title: 'Commodore', kind: 'military' },
  { title: 'Commander', kind: 'military', abbreviations: ['Cmdr.', 'Cdr'] }, { title: 'Lieutenant Commander', kind: 'military', abbreviations: ['Lt. Cmdr.'] },
  { title: 'Petty Officer', kind: 'military' }, { title: 'Field Marshal', kind: 'military' }, { title: 'Marshal', kind: 'military' },
  { title: 'Air Marshal', kind: 'military' }, { title: 'Air Chief Marshal', kind: 'military' }, { title: 'Wing Commander', kind: 'military' },
  { title: 'Squadron Leader', kind: 'military' }, { title: 'Commander-in-Chief', kind: 'military' },
  // Clergy.
  { title: 'Pope', kind: 'religious', gender: 'male' }, { title: 'Cardinal', kind: 'religious' }, { title: 'Archbishop', kind: 'religious', abbreviations: ['Archbp'] },
  { title: 'Bishop', kind: 'religious' }, { title: 'Monsignor', kind: 'religious', abbreviations: ['Msgr.'] }, { title: 'Reverend', kind: 'religious', abbreviations: ['Rev.', 'Rev', 'Revd'] },
  { title: 'Father', kind: 'religious', gender: 'male', abbreviations: ['Fr.', 'Fr'] }, { title: 'Pastor', kind: 'religious' }, { title: 'Sister', kind: 'religious', gender: 'female' },
  { title: 'Patriarch', kind: 'religious' }, { title: 'Rabbi', kind: 'religious' }, { title: 'Chief Rabbi', kind: 'religious' },
  { title: 'Imam', kind: 'religious' }, { title: 'Mufti', kind: 'religious' }, { title: 'Grand Mufti', kind: 'religious' }, { title: 'Mullah', kind: 'religious' },
  { title: 'Ayatollah', kind: 'religious' }, { title: 'Grand Ayatollah', kind: 'religious' },
  // Monarchs and royal families.
  { title: 'King', kind: 'royal', gender: 'male' }, { title: 'Queen', kind: 'royal', gender: 'female' }, { title: 'Prince', kind: 'royal', gender: 'male' }, { title: 'Princess', kind: 'royal', gender: 'female' },
  { title: 'Crown Prince', kind: 'royal', gender: 'male' }, { title: 'Crown Princess', kind: 'royal', gender: 'female' }, { title: 'Emperor', kind: 'royal', gender: 'male' }, { title: 'Empress', kind: 'royal', gender: 'female' },
  { title: 'Duke', kind: 'royal', gender: 'male' }, { title: 'Duchess', kind: 'royal', gender: 'female' }, { title: 'Grand Duke', kind: 'royal' }, { title: 'Sultan', kind: 'royal', gender: 'male' },
  { title: 'Emir', kind: 'royal', gender: 'male' }, { title: 'Sheikh', kind: 'royal' }, { title: 'Sheikha', kind: 'royal', gender: 'female' }, { title: 'Shah', kind: 'royal', gender: 'male' },
  // Professions, business and sport.
  { title: 'Professor', kind: 'professional', abbreviations: ['Prof.', 'Prof'] }, { title: 'Dean', kind: 'professional' },
  { title: 'Chairman', kind: 'professional' }, { title: 'Chairwoman', kind: 'professional' }, { title: 'Chair', kind: 'professional' },
  { title: 'Chief Executive', kind: 'professional' }, { title: 'CEO', kind: 'professional' }, { title: 'Managing Director', kind: 'professional' },
  { title: 'Coach', kind: 'professional' }, { title: 'Head Coach', kind: 'professional' }, { title: 'Manager', kind: 'professional' },
];

/** Lowercase role nouns that refer back to a person ("the minister said", "a spokeswoman said"). */
export const TITLE_WORDS_LOWER: readonly string[] = [
  'president', 'vice president', 'prime minister', 'minister', 'premier', 'chancellor', 'secretary', 'foreign minister', 'foreign secretary',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'representative', 'mp', 'peer', 'governor', 'mayor', 'councillor', 'councilman',
  'councilwoman', 'alderman', 'delegate', 'speaker', 'leader', 'candidate', 'nominee', 'incumbent', 'challenger', 'opponent', 'rival',
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'diplomat', 'ambassador', 'envoy', 'negotiator', 'mediator',
  'commissioner', 'regulator', 'director', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'chief executive', 'ceo', 'founder', 'owner',
  'boss', 'head', 'manager', 'coach', 'captain', 'player', 'judge', 'justice', 'magistrate', 'prosecutor', 'attorney', 'attorney general',
  'lawyer', 'solicitor', 'barrister', 'counsel', 'defendant', 'plaintiff', 'claimant', 'witness', 'investigator', 'detective', 'inspector',
  'officer', 'sergeant', 'constable', 'sheriff', 'general', 'commander', 'admiral', 'colonel', 'soldier', 'king', 'queen', 'prince', 'princess',
  'monarch', 'emperor', 'pope', 'cardinal', 'archbishop', 'bishop', 'priest', 'pastor', 'rabbi', 'imam', 'cleric', 'ayatollah', 'professor',
  'researcher', 'scientist', 'economist', 'analyst', 'strategist', 'expert', 'doctor', 'surgeon', 'author', 'writer', 'journalist', 'reporter',
  'editor', 'columnist', 'activist', 'campaigner', 'organiser', 'organizer',
];

/** The gender each title that tells one gives the person it names ("Mrs", "King"). */
export const TITLE_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map(
  PERSON_TITLES.flatMap((entry) => (entry.gender ? [[entry.title, entry.gender] as const] : [])),
);
