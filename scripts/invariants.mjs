// Invariants every parse must keep, shared by `npm run corpus` and the test suite.

/** Paths of objects with `text` and `span` whose span does not slice back to the text. */
export function spanViolations(input, value, where = 'article') {
  if (Array.isArray(value)) return value.flatMap((item, index) => spanViolations(input, item, `${where}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const bad = [];
  const pieces = Array.isArray(value.parts) ? value.parts : typeof value.text === 'string' && value.span ? [value] : [];
  for (const piece of pieces) {
    if (input.slice(piece.span.start, piece.span.end) !== piece.text) bad.push(where);
  }
  for (const [key, item] of Object.entries(value)) bad.push(...spanViolations(input, item, `${where}.${key}`));
  return bad;
}

/** Blocks of text separated by blank lines. */
export function blankLineBlocks(input) {
  return input
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n[ \t]*\r?\n|\r[ \t]*\r/u)
    .map((block) => block.trim())
    .filter(Boolean);
}

const LIST_LINE = /^\s*(?:[-*+•]|\d+[.)])\s/mu;

/**
 * Check one article in the corpus shape (headline on the first line, then paragraphs separated
 * by blank lines; `paragraphs: false` skips the paragraph count). Markdown with YAML front
 * matter has its headline there and blocks of its own, so only the schema and span invariants
 * apply to it. Returns a list of problems; empty when every invariant holds.
 */
export function checkArticle(lib, input, { paragraphs = true } = {}) {
  const problems = [];
  let article;
  try {
    article = lib.parseArticle(input);
  } catch (error) {
    return [`threw: ${error.message}`];
  }
  const checked = lib.ArticleSchema.safeParse(article);
  if (!checked.success) problems.push(`invalid: ${checked.error.issues[0]?.message}`);
  const violations = spanViolations(input, article);
  if (violations.length > 0) problems.push(`spans: ${violations.slice(0, 3).join(', ')}`);
  if (/^\uFEFF?---[ \t]*\r?\n/u.test(input)) return problems;
  const blocks = blankLineBlocks(input);
  const firstLine = input.replace(/^\uFEFF/u, '').trimStart().split(/\r?\n|\r/u)[0].trim();
  if (article.meta.headline !== firstLine) problems.push(`headline: ${JSON.stringify(article.meta.headline)}`);
  if (paragraphs && !LIST_LINE.test(input)) {
    const count = article.sections.reduce((sum, section) => sum + section.paragraphs.length + (section.heading ? 1 : 0), 0);
    const moved = (article.meta.bylineSpan ? 1 : 0) + (article.meta.signOff?.length ?? 0);
    if (count + moved !== blocks.length - 1) problems.push(`paragraphs: ${count} + ${moved} in meta, expected ${blocks.length - 1}`);
  }
  return problems;
}
