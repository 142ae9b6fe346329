import type { Problem } from '../model/problem.js';
import { anonymousSource } from './anonymous-source.js';
import { emptySection } from './empty-section.js';
import { loadedAttributionVerb } from './loaded-attribution-verb.js';
import { missingHeadline } from './missing-headline.js';
import { RULE_IDS, RULE_REGISTRY, type Rule, type RuleId } from './registry.js';
import type { ArticleRule, RuleContext, Severity } from './types.js';

export type { RuleId } from './registry.js';
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
export const RULES = Object.fromEntries(RULE_IDS.map((id) => [id, RULE_REGISTRY[id].severity])) as {
  readonly [Id in RuleId]: Rule<Id>['severity'];
};

/** Severity per rule id; rules not named keep their default. */
export type RulesConfig = Partial<Record<RuleId, Severity>>;

const ARTICLE_RULES: readonly ArticleRule[] = [missingHeadline, anonymousSource, loadedAttributionVerb, emptySection];

/** Run the checks over a built article, skipping those turned off. */
export function checkArticle(context: RuleContext, config: RulesConfig = {}): Problem[] {
  return ARTICLE_RULES.filter((rule) => config[rule.id] !== 'off').flatMap((rule) => rule.check(context));
}

/**
 * Give each problem the severity the config sets for its rule, or its rule's default: dropped
 * when `off`, fatal when `error`.
 */
export function applySeverity(problems: readonly Problem[], config: RulesConfig = {}): Array<Problem & { fatal: boolean }> {
  const kept: Array<Problem & { fatal: boolean }> = [];
  for (const problem of problems) {
    const severity = config[problem.ruleId] ?? RULES[problem.ruleId];
    if (severity !== 'off') kept.push({ ...problem, fatal: severity === 'error' });
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
    if (!(id in RULES)) errors.push(`Unexpected rule \`${id}\`, expected one of ${RULE_IDS.map((known) => `\`${known}\``).join(', ')}`);
    else if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
      errors.push(`Unexpected severity ${JSON.stringify(severity)} for \`${id}\`, expected \`off\`, \`warn\` or \`error\``);
    }
  }
  return errors;
}
