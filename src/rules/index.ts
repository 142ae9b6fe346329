import type { Problem } from '../model/problem.js';
import { anonymousSource } from './anonymous-source.js';
import { emptySection } from './empty-section.js';
import { loadedAttributionVerb } from './loaded-attribution-verb.js';
import { missingHeadline } from './missing-headline.js';
import type { ArticleRule, RuleContext, Severity } from './types.js';

export type { Severity } from './types.js';

/**
 * Every rule newsmark reports, by permanent id, with its default severity. Some are checks over
 * the built article (in `src/rules/`); the others are found while reading (front matter, quote
 * marks, skipped blocks). `docs/rules.md` has an example of each.
 *
 * @example
 * ```ts
 * import { RULES } from 'newsmark';
 *
 * RULES['loaded-attribution-verb']; // 'warn'
 * Object.keys(RULES).length; // every rule id
 * ```
 */
export const RULES = {
  'front-matter-yaml': 'error',
  'front-matter-shape': 'error',
  'front-matter-field': 'error',
  'front-matter-key-ignored': 'warn',
  'front-matter-schema': 'error',
  'front-matter-unparsed': 'warn',
  'article-schema': 'error',
  'missing-headline': 'warn',
  'headline-guessed': 'warn',
  'headline-conflict': 'warn',
  'byline-conflict': 'warn',
  'unbalanced-quote-mark': 'warn',
  'quote-without-speaker': 'warn',
  'anonymous-source': 'warn',
  'loaded-attribution-verb': 'warn',
  'empty-section': 'warn',
  'html-ignored': 'warn',
  'table-skipped': 'warn',
  'code-ignored': 'warn',
  'block-ignored': 'warn',
  'nesting-too-deep': 'warn',
  'invalid-utf-8': 'warn',
  'gazetteer-invalid': 'warn',
  'gazetteer-entry-invalid': 'warn',
} as const satisfies Record<string, Exclude<Severity, 'off'>>;

/** Where each rule is described: `docs/rules.md` in the repository package.json names. */
export const RULES_DOCS = 'https://github.com/newsmark/newsmark/blob/main/docs/rules.md';

/**
 * The page that describes a rule, as messages carry it in `url`.
 *
 * @param id A rule id.
 * @returns The URL of the rule's section in `docs/rules.md`.
 */
export function ruleUrl(id: string): string {
  return `${RULES_DOCS}#${id}`;
}

/** A rule id newsmark reports. */
export type RuleId = keyof typeof RULES;

/** Severity per rule id; rules not named keep their default. */
export type RulesConfig = Partial<Record<RuleId, Severity>>;

const ARTICLE_RULES: readonly ArticleRule[] = [missingHeadline, anonymousSource, loadedAttributionVerb, emptySection];

/** Run the checks over a built article, skipping those turned off. */
export function checkArticle(context: RuleContext, config: RulesConfig = {}): Problem[] {
  return ARTICLE_RULES.filter((rule) => config[rule.id as RuleId] !== 'off').flatMap((rule) => rule.check(context));
}

/**
 * Give each problem the severity the config sets for its rule: dropped when `off`, fatal when
 * `error`. Problems of rules the config does not name keep theirs.
 */
export function applySeverity(problems: readonly Problem[], config: RulesConfig = {}): Problem[] {
  const kept: Problem[] = [];
  for (const problem of problems) {
    const severity = config[problem.ruleId as RuleId];
    if (severity === 'off') continue;
    kept.push(severity ? { ...problem, fatal: severity === 'error' } : problem);
  }
  return kept;
}

/**
 * Unknown rule ids and severities in a config, as messages; empty when the config is valid.
 * Config files are data from users, so the CLI checks them before running.
 */
export function invalidRules(config: unknown): string[] {
  if (config === undefined) return [];
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return ['Expected `rules` to be an object'];
  const errors: string[] = [];
  for (const [id, severity] of Object.entries(config)) {
    if (!(id in RULES)) errors.push(`Unexpected rule \`${id}\`, expected one of ${Object.keys(RULES).map((known) => `\`${known}\``).join(', ')}`);
    else if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
      errors.push(`Unexpected severity ${JSON.stringify(severity)} for \`${id}\`, expected \`off\`, \`warn\` or \`error\``);
    }
  }
  return errors;
}
