// Countries, their official names, other spellings, capitals and demonyms come from the
// `world-countries` package (mledoze/countries, ODbL). Regions that are not countries come
// from ./regions.ts. Nothing here is typed by hand but the common short forms below. Cities
// and provinces are left to the entity tagger (src/learn), which learnt them from annotated
// news: a list of every town (1.25 MB) typed common words ("Man", "Bath") as places.
import countries from 'world-countries';
import { PLACE_REGIONS } from './regions.js';

/** A place the gazetteer knows. */
export interface Place {
  /** The name entities use: "Iran", "the West". */
  name: string;
  kind: 'country' | 'capital' | 'region' | 'city' | 'province';
}

/** Names of places and the words that refer to them. Keys are written as in text. */
export interface PlaceGazetteer {
  /** Name as written ("Iran", "Islamic Republic of Iran", "Tehran") to place. */
  names: ReadonlyMap<string, Place>;
  /** Names that only name the place after "the" ("West" in "the West"). */
  afterThe: ReadonlyMap<string, Place>;
  /** Demonyms and adjectives ("Iranian", "Iranians", "Western") to place. */
  demonyms: ReadonlyMap<string, Place>;
  /** Names in capitals ("NEW YORK") to place, for all-caps headlines, datelines and tables. */
  upper: ReadonlyMap<string, Place>;
  /** Length in words of the longest name, for longest-match lookups. */
  longest: number;
}

// Short forms news uses that the package lists only as codes.
const SHORT_FORMS: Readonly<Record<string, string>> = {
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates',
  // English names the package has replaced by the country's own.
  Turkey: 'Türkiye',
  'Czech Republic': 'Czechia',
};

let cached: PlaceGazetteer | undefined;

/**
 * The place gazetteer, built once on first use.
 *
 * @returns Maps from names and demonyms to places.
 * @example
 * ```ts
 * placeGazetteer().demonyms.get('Iranian')?.name; // 'Iran'
 * ```
 */
export function placeGazetteer(): PlaceGazetteer {
  if (cached) return cached;
  const names = new Map<string, Place>();
  const afterThe = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const addName = (name: string, place: Place) => {
    if (!names.has(name)) names.set(name, place);
  };
  const addDemonym = (word: string | undefined, place: Place) => {
    if (!word || !/^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*$/u.test(word)) return;
    if (!demonyms.has(word)) demonyms.set(word, place);
    const plural = word.endsWith('s') ? undefined : `${word}s`;
    if (plural && !demonyms.has(plural)) demonyms.set(plural, place);
  };
  const byName = new Map<string, Place>();
  for (const country of countries) {
    const place: Place = { name: country.name.common, kind: 'country' };
    byName.set(place.name, place);
    addName(country.name.common, place);
    addName(country.name.official, place);
    for (const spelling of country.altSpellings) {
      // Codes and "X, Republic of" inversions are not how articles name a country.
      if (spelling.length >= 4 && !spelling.includes(',') && /^\p{Lu}/u.test(spelling)) addName(spelling, place);
    }
  }
  // "French" is France and "Dutch" the Netherlands: sovereign countries claim an adjective
  // before the territories that share it (French Southern Lands, Caribbean Netherlands).
  for (const independent of [true, false]) {
    for (const country of countries) {
      if ((country.independent === true) !== independent) continue;
      const place = byName.get(country.name.common)!;
      addDemonym(country.demonyms?.eng?.m, place);
      addDemonym(country.demonyms?.eng?.f, place);
    }
  }
  for (const country of countries) {
    for (const capital of country.capital) addName(capital, { name: capital, kind: 'capital' });
  }
  for (const [short, full] of Object.entries(SHORT_FORMS)) {
    const place = byName.get(full);
    if (place) addName(short, place);
  }
  for (const region of PLACE_REGIONS) {
    const place: Place = { name: region.name, kind: 'region' };
    const bare = region.name.replace(/^the\s+/u, '');
    if (bare === region.name) names.set(bare, place);
    else afterThe.set(bare, place);
    for (const alias of region.aliases ?? []) addName(alias, place);
    addDemonym(region.adjective, place);
  }
  let longest = 1;
  for (const name of [...names.keys(), ...afterThe.keys()]) longest = Math.max(longest, name.split(/\s+/u).length);
  const upper = new Map<string, Place>();
  for (const [name, place] of names) if (!upper.has(name.toUpperCase())) upper.set(name.toUpperCase(), place);
  cached = { names, afterThe, demonyms, upper, longest };
  return cached;
}
