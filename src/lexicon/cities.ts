// Cities and first-level regions (US states, provinces) come from the `city-timezones` package
// (MIT; Natural Earth populated places with their province and country). Nothing here is
// typed by hand but the generic words below, which name no single place.
import cityTimezones from 'city-timezones';

/** A city or a province the package knows, by the name news writes. */
export interface CityEntry {
  name: string;
  kind: 'city' | 'province';
}

/** Cities smaller than this are left out: small towns share names with common words and people. */
const MIN_POPULATION = 20_000;

// Province names made only of compass points and generic words ("Central", "North-West")
// name a different region in every country.
const GENERIC = /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|capital|coast|islands?|region|province|city|federal|district|centre|center|interior|lakes|highlands|lowlands|great|new|and|of|the)[\s-]*)+$/iu;

let cached: ReadonlyMap<string, CityEntry> | undefined;

/**
 * Cities and provinces by name as written ("Chicago", "Los Angeles", "Texas", "Guangdong"),
 * built once on first use. Where a city and a province share a name, the city is kept.
 *
 * @returns Name to entry.
 * @example
 * ```ts
 * cityGazetteer().get('Texas')?.kind; // 'province'
 * ```
 */
export function cityGazetteer(): ReadonlyMap<string, CityEntry> {
  if (cached) return cached;
  const names = new Map<string, CityEntry>();
  const usable = (name: string) => /^\p{Lu}/u.test(name) && name.length > 2 && !GENERIC.test(name) && !name.includes(',');
  for (const city of cityTimezones.cityMapping) {
    if (city.pop >= MIN_POPULATION && usable(city.city)) names.set(city.city, { name: city.city, kind: 'city' });
  }
  for (const city of cityTimezones.cityMapping) {
    if (usable(city.province) && !names.has(city.province)) names.set(city.province, { name: city.province, kind: 'province' });
  }
  cached = names;
  return cached;
}
