import { invalidRules } from '../rules/index.js';
import { NewsmarkError } from './errors.js';

/** The longest input read by default: 5 MB of text, far past any article (BBC's longest is 25 KB). */
export const DEFAULT_MAX_LENGTH = 5_000_000;

const KINDS = new Set(['hedge', 'booster', 'attitude', 'self-mention', 'engagement']);
const POS = new Set(['modal', 'verb', 'adjective', 'adverb', 'noun', 'phrase']);
const WORD_LISTS = ['needs', 'notBefore', 'notAfter'] as const;
// Past these, the message names the count rather than every entry.
const LISTED = 10;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** What is wrong with one stance entry, if anything. */
function stanceEntryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return `expected an object, got ${describe(entry)}`;
  if (typeof entry.phrase !== 'string' || entry.phrase.trim() === '') return 'expected `phrase` to be a non-empty string';
  if (typeof entry.lemma !== 'string') return 'expected `lemma` to be a string';
  if (typeof entry.kind !== 'string' || !KINDS.has(entry.kind)) return `expected \`kind\` to be one of ${[...KINDS].join(', ')}`;
  if (entry.pos !== undefined && (typeof entry.pos !== 'string' || !POS.has(entry.pos))) return `expected \`pos\` to be one of ${[...POS].join(', ')}`;
  for (const list of WORD_LISTS) {
    const words = entry[list];
    if (words !== undefined && (!Array.isArray(words) || !words.every((word) => typeof word === 'string'))) return `expected \`${list}\` to be an array of strings`;
  }
  if (entry.negated !== undefined && entry.negated !== 'drop' && entry.negated !== 'hedge') return 'expected `negated` to be `drop` or `hedge`';
  if (entry.imperative !== undefined && (typeof entry.imperative !== 'string' || !KINDS.has(entry.imperative))) return 'expected `imperative` to be a stance kind';
  if (entry.opening !== undefined && typeof entry.opening !== 'boolean') return 'expected `opening` to be a boolean';
  return undefined;
}

function lexiconProblems(lexicon: unknown): string[] {
  if (lexicon === undefined) return [];
  if (!isObject(lexicon)) return [`Unexpected \`lexicon\`, expected an object such as \`{stance: [...]}\`, got ${describe(lexicon)}`];
  const problems: string[] = [];
  for (const key of Object.keys(lexicon)) if (key !== 'stance') problems.push(`Unexpected \`lexicon.${key}\`, expected \`stance\``);
  const { stance } = lexicon;
  if (stance === undefined) return problems;
  if (!Array.isArray(stance)) return [...problems, `Unexpected \`lexicon.stance\`, expected an array of stance entries, got ${describe(stance)}`];
  let bad = 0;
  for (let index = 0; index < stance.length; index++) {
    const problem = stanceEntryProblem(stance[index]);
    if (problem === undefined) continue;
    if (++bad <= LISTED) problems.push(`Unexpected \`lexicon.stance[${index}]\`: ${problem}`);
  }
  if (bad > LISTED) problems.push(`…and ${bad - LISTED} more bad \`lexicon.stance\` entries`);
  return problems;
}

/**
 * Every problem with the options of `parseArticle` and `remarkNewsmark`, as messages; empty when
 * they are valid. Options come from code and config files: a malformed one is a clear error up
 * front, not a `TypeError` from deep inside an extractor. The gazetteer (`entities`) is checked
 * entry by entry while reading, as warnings (rules `gazetteer-invalid`, `gazetteer-entry-invalid`).
 */
export function optionProblems(options: unknown): string[] {
  if (options === undefined || options === null) return [];
  if (!isObject(options)) return [`Unexpected options, expected an object, got ${describe(options)}`];
  const { rules } = options;
  const problems = rules !== undefined && !isObject(rules) ? [`Unexpected \`rules\`, expected an object of severities by rule id, got ${describe(rules)}`] : invalidRules(rules);
  const { schema, maxLength, path } = options;
  if (schema !== undefined && (schema === null || typeof (schema as { safeParse?: unknown }).safeParse !== 'function')) {
    problems.push('Unexpected `schema`, expected a zod schema such as one from `defineArticleSchema`');
  }
  if (maxLength !== undefined && (typeof maxLength !== 'number' || Number.isNaN(maxLength) || maxLength < 0)) {
    problems.push(`Unexpected \`maxLength\` ${JSON.stringify(maxLength) ?? String(maxLength)}, expected a number of UTF-16 code units, 0 or more`);
  }
  if (path !== undefined && typeof path !== 'string') problems.push(`Unexpected \`path\`, expected a string, got ${describe(path)}`);
  for (const problem of lexiconProblems(options.lexicon)) problems.push(problem);
  return problems;
}

/**
 * Throw a `NEWSMARK_INVALID_OPTIONS` error naming every bad option, if there is one.
 *
 * @param options The options as given.
 */
export function assertOptions(options: unknown): void {
  const problems = optionProblems(options);
  if (problems.length > 0) throw new NewsmarkError('NEWSMARK_INVALID_OPTIONS', `Invalid newsmark options: ${problems.join('; ')}`, { problems });
}

/**
 * Throw a `NEWSMARK_INPUT_TOO_LONG` error when the text is longer than `maxLength`, before any
 * work is done on it.
 *
 * @param length The input's length in UTF-16 code units.
 * @param maxLength The limit; defaults to {@link DEFAULT_MAX_LENGTH}.
 * @param path The file path, if any, for the message.
 */
export function assertLength(length: number, maxLength: number | undefined, path?: string): void {
  const limit = maxLength ?? DEFAULT_MAX_LENGTH;
  if (length <= limit) return;
  throw new NewsmarkError(
    'NEWSMARK_INPUT_TOO_LONG',
    `Unexpected input of ${length} characters${path ? ` in \`${path}\`` : ''}, expected at most ${limit} (raise \`maxLength\` to read it)`,
  );
}
