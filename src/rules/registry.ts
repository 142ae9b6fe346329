/**
 * Every rule newsmark reports, in one place: its permanent id, default severity, what it finds
 * (SARIF's `shortDescription` and the table at the top of `docs/rules.md`; a test keeps the two
 * the same) and the message it writes. Nothing else in `src/` spells a rule id or a message:
 * `RULES`, `ruleUrl` and the `Problem`s extractors return all come from here.
 */

/** Where each rule is described: `docs/rules.md` in the repository package.json names. */
export const RULES_DOCS = 'https://github.com/newsmark/newsmark/blob/main/docs/rules.md';

interface Definition {
  severity: 'warn' | 'error';
  description: string;
  // Each rule's message takes its own arguments; `ReasonArgs` gives callers their types.
  reason: (...args: any[]) => string;
}

const DEFINITIONS = {
  'front-matter-yaml': {
    severity: 'error',
    description: 'front matter that is not valid YAML',
    reason: (detail: string) => `Unexpected YAML: ${detail}`,
  },
  'front-matter-shape': {
    severity: 'error',
    description: 'front matter that is not a mapping',
    reason: () => 'Unexpected front matter, expected a mapping of keys to values',
  },
  'front-matter-field': {
    severity: 'error',
    description: 'a known key with a value of the wrong kind',
    reason: (key: string, expected: string) => `Unexpected value for \`${key}\`, expected ${expected}`,
  },
  'front-matter-key-ignored': {
    severity: 'warn',
    description: 'a `__proto__` key, left out',
    reason: () => `Unexpected front matter key \`__proto__\`, expected a plain name: it is left out`,
  },
  'front-matter-schema': {
    severity: 'error',
    description: "front matter that does not match the app's schema",
    reason: (name: string, issue: { expected: string } | { message: string }) =>
      'expected' in issue ? `Missing front matter \`${name}\`, expected ${issue.expected}` : `Unexpected front matter \`${name}\`: ${issue.message}`,
  },
  'front-matter-unparsed': {
    severity: 'warn',
    description: 'front matter a pipeline without remark-frontmatter parsed as Markdown',
    reason: () => 'Unexpected front matter parsed as Markdown, expected `remark-frontmatter` before `remarkNewsmark`',
  },
  'article-schema': {
    severity: 'error',
    description: 'an article that does not match `ArticleSchema`',
    reason: (path: string, message: string) => `Unexpected article at \`${path}\`: ${message}`,
  },
  'missing-headline': {
    severity: 'warn',
    description: 'no headline in front matter or text',
    reason: () => 'Unexpected article without a headline, expected a `title` in front matter or a headline line',
  },
  'headline-guessed': {
    severity: 'warn',
    description: 'the headline is a guess from a bare first line',
    reason: () => 'Unexpected headline guessed from the first line, expected a `#` heading or a `title` in front matter',
  },
  'headline-conflict': {
    severity: 'warn',
    description: "the text's headline differs from the front matter's",
    reason: (key: string) => `Unexpected headline in the text, expected the front matter \`${key}\``,
  },
  'byline-conflict': {
    severity: 'warn',
    description: "the text's byline differs from the front matter's",
    reason: (key: string) => `Unexpected byline in the text, expected the front matter \`${key}\``,
  },
  'unbalanced-quote-mark': {
    severity: 'warn',
    description: 'a quote mark with no partner',
    reason: (mark: string) => `Unexpected unpaired quote mark \`${mark}\`, expected a matching mark: the text is kept as it is`,
  },
  'quote-without-speaker': {
    severity: 'warn',
    description: 'a quotation nobody is said to have said',
    reason: () => 'Unexpected quotation without a speaker, expected a cue such as `she said` next to it',
  },
  'anonymous-source': {
    severity: 'warn',
    description: 'a quote from an unnamed source, with no reason given for anonymity',
    reason: (speaker: string) => `Unexpected anonymous source \`${speaker}\`, expected a named speaker or a reason for anonymity`,
  },
  'loaded-attribution-verb': {
    severity: 'warn',
    description: 'a quote attributed with a verb that judges',
    reason: (verb: string) => `Unexpected loaded attribution verb \`${verb}\`, expected a neutral one such as \`said\``,
  },
  'empty-section': {
    severity: 'warn',
    description: 'a heading with nothing under it',
    reason: (heading: string) => `Unexpected empty section \`${heading}\`, expected paragraphs under its heading`,
  },
  'html-ignored': {
    severity: 'warn',
    description: 'an HTML block, left out',
    reason: () => `Unexpected HTML block, expected text: it is left out`,
  },
  'table-skipped': {
    severity: 'warn',
    description: 'a table, left out',
    reason: () => `Unexpected table, expected prose: it is left out`,
  },
  'code-ignored': {
    severity: 'warn',
    description: 'a fenced code block, left out',
    reason: () => `Unexpected fenced code block, expected prose: it is left out`,
  },
  'block-ignored': {
    severity: 'warn',
    description: "another plugin's block, left out",
    reason: (type: string) => `Unexpected \`${type}\` block, expected a paragraph or heading: it is left out`,
  },
  'nesting-too-deep': {
    severity: 'warn',
    description: 'block quotes or lists nested over 32 deep or too many to parse in linear time, or over 200 emphasis marks or 1,000 link, code and HTML marks in a paragraph, read as text',
    reason: (cut: 'containers' | 'emphasis' | 'inline' | 'structure', limit: number) =>
      cut === 'containers'
        ? `Unexpected block quotes or lists nested over ${limit} deep, expected fewer: the rest of the line is read as text`
        : cut === 'emphasis'
          ? `Unexpected emphasis marks past ${limit} in a paragraph, expected fewer: the rest are read as text`
          : cut === 'inline'
            ? `Unexpected link, code and HTML marks past ${limit} in a paragraph, expected fewer: the rest are read as text`
            : `Unexpected block quotes and lists that end this often, expected fewer: from here on their markers are read as text`,
  },
  'invalid-utf-8': {
    severity: 'warn',
    description: 'a file that is not UTF-8, read with U+FFFD (command line)',
    reason: (path: string) => `Unexpected bytes that are not UTF-8 in \`${path}\`, expected UTF-8 text: they are read as U+FFFD`,
  },
  'gazetteer-invalid': {
    severity: 'warn',
    description: 'an `entities` option that is not an array of entries, left out',
    reason: () => `Unexpected \`entities\` option, expected an array of \`{id, type, name, aliases}\`: it is left out`,
  },
  'gazetteer-entry-invalid': {
    severity: 'warn',
    description: 'an `entities` entry with no id or name, left out',
    // With the id of an entry before it, the entry repeats an id; without, it lacks one.
    reason: (repeatedId?: string) =>
      repeatedId === undefined
        ? `Unexpected gazetteer entry, expected \`{id, type, name, aliases}\` with a non-empty id and name: it is left out`
        : `Unexpected gazetteer entry with the id \`${repeatedId}\` of an entry before it, expected unique ids: it is left out`,
  },
} as const satisfies Record<string, Definition>;

/** A rule id newsmark reports. */
export type RuleId = keyof typeof DEFINITIONS;

/** One rule: its id, default severity, what it finds, where it is described, its message. */
export type Rule<Id extends RuleId = RuleId> = (typeof DEFINITIONS)[Id] & { id: Id; url: string };

/** The arguments a rule's message takes. */
export type ReasonArgs<Id extends RuleId> = Parameters<(typeof DEFINITIONS)[Id]['reason']>;

/**
 * The page that describes a rule, as messages carry it in `url`.
 *
 * @param id A rule id.
 * @returns The URL of the rule's section in `docs/rules.md`.
 */
export function ruleUrl(id: RuleId): string {
  return `${RULES_DOCS}#${id}`;
}

/** Every rule by id, in the order `docs/rules.md` lists them. */
export const RULE_REGISTRY = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([id, definition]) => [id, { ...definition, id, url: ruleUrl(id as RuleId) }]),
) as { readonly [Id in RuleId]: Rule<Id> };

/** The rule ids, in registry order. */
export const RULE_IDS = Object.keys(DEFINITIONS) as RuleId[];

/**
 * Whether a rule's messages are errors unless a config says otherwise.
 *
 * @param id The rule.
 * @returns True when its default severity is `error`.
 */
export function isFatal(id: RuleId): boolean {
  return RULE_REGISTRY[id].severity === 'error';
}

/**
 * A rule's message for one finding.
 *
 * @param id The rule.
 * @param args What the message names (the key, the mark, the verb …).
 * @returns "Unexpected X, expected Y", with no place inside.
 */
export function ruleReason<Id extends RuleId>(id: Id, ...args: ReasonArgs<Id>): string {
  return (RULE_REGISTRY[id].reason as (...values: unknown[]) => string)(...args);
}
