import type { RuleId } from './index.js';

/**
 * What each rule finds, in a phrase: SARIF's `shortDescription`, and the table at the top of
 * `docs/rules.md` (a test keeps the two the same).
 */
export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  'front-matter-yaml': 'front matter that is not valid YAML',
  'front-matter-shape': 'front matter that is not a mapping',
  'front-matter-field': 'a known key with a value of the wrong kind',
  'front-matter-key-ignored': 'a `__proto__` key, left out',
  'front-matter-schema': "front matter that does not match the app's schema",
  'front-matter-unparsed': 'front matter a pipeline without remark-frontmatter parsed as Markdown',
  'article-schema': 'an article that does not match `ArticleSchema`',
  'missing-headline': 'no headline in front matter or text',
  'headline-guessed': 'the headline is a guess from a bare first line',
  'headline-conflict': "the text's headline differs from the front matter's",
  'byline-conflict': "the text's byline differs from the front matter's",
  'unbalanced-quote-mark': 'a quote mark with no partner',
  'quote-without-speaker': 'a quotation nobody is said to have said',
  'anonymous-source': 'a quote from an unnamed source, with no reason given for anonymity',
  'loaded-attribution-verb': 'a quote attributed with a verb that judges',
  'empty-section': 'a heading with nothing under it',
  'html-ignored': 'an HTML block, left out',
  'table-skipped': 'a table, left out',
  'code-ignored': 'a fenced code block, left out',
  'block-ignored': "another plugin's block, left out",
  'nesting-too-deep': 'block quotes or lists nested over 32 deep, or over 200 emphasis marks in a paragraph, read as text',
  'invalid-utf-8': 'a file that is not UTF-8, read with U+FFFD (command line)',
  'gazetteer-invalid': 'an `entities` option that is not an array of entries, left out',
  'gazetteer-entry-invalid': 'an `entities` entry with no id or name, left out',
};
