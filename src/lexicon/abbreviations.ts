/**
 * Abbreviations for sentence splitting. Entries are case-sensitive and written WITHOUT the final
 * period ("U.S" for "U.S.").
 *
 * Sources: AP Stylebook, entries "abbreviations and acronyms", "titles", "military titles",
 * "months", "state names" (AP state abbreviations used in datelines and after city names),
 * "a.m., p.m.", "No.", "vs."; corporate suffixes from the entries "company names" and "Inc.".
 * The two sets follow the orthographic heuristic of Kiss & Strunk (2006) "Unsupervised Multilingual
 * Sentence Boundary Detection" (Computational Linguistics 32(4)):
 * some abbreviations essentially never end a sentence (titles before names), others often do
 * and need the next word to decide.
 */

/** Abbreviations that do not end a sentence even when a capitalised word follows ("Dr. Smith", "Jan. 5", "Roe v. Wade"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Courtesy, civil, military and religious titles before a name.
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Dr', 'Prof', 'St', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Amb', 'Hon', 'Atty', 'Gen', 'Col', 'Lt',
  'Maj', 'Capt', 'Cmdr', 'Sgt', 'Cpl', 'Pvt', 'Spc', 'Adm', 'Brig', 'Det', 'Insp', 'Supt', 'Rev', 'Msgr', 'Fr',
  // Place-name prefixes.
  'Mt', 'Ft',
  // Months as AP abbreviates them before a date (plus the other common three-letter forms).
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // Numbers, case names, Latin and measurement abbreviations.
  'No', 'Nos', 'vs', 'v', 'approx', 'i.e', 'e.g', 'cf', 'Ph.D',
]);

/**
 * Abbreviations that often end a sentence: they end one only when the next word is a likely
 * sentence start ("...Apple Inc. The company"), not before a name or date ("U.S. President", "9 a.m. Monday").
 */
export const ABBREVIATIONS_MAY_END: ReadonlySet<string> = new Set([
  // Company suffixes.
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros',
  // Generational suffixes, addresses, times and countries that also close sentences.
  'Jr', 'Sr', 'Ave', 'Blvd', 'a.m', 'p.m', 'etc', 'U.S', 'U.S.A', 'U.K', 'U.N', 'E.U', 'D.C',
  // AP state abbreviations (used after city names, so often sentence-final).
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss',
  'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Vt', 'Va', 'Wash',
  'W.Va', 'Wis', 'Wyo',
]);
