// Training of the quote filter (src/learn/attribution-filter.ts): which of the attribution
// tagger's quotes to keep. Examples are the tagger quotes the rules leave room for, predicted
// by a tagger that did not see their article (cross-validation folds), each labelled as the
// scorer (../shared/eval/score-quotes.mjs) would count it: kept when it pairs leniently with a
// gold quote and its speaker is right. A logistic regression over the hashed features, full
// batch with AdaGrad steps and an L2 penalty: no randomness, so the same examples give the same
// weights byte for byte.

const EDGE = /[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e.,;:!?\u2014\u2013\-()[\]]/u;

/** A piece's character interval with edge punctuation and space trimmed, as the scorer does. */
function trimmed(text, start, end) {
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return [start, end];
}

/** A quote's characters as sorted, disjoint intervals. */
function charSet(text, pieces) {
  const intervals = pieces.map((piece) => trimmed(text, piece.start, piece.end)).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of intervals) {
    if (out.length && s <= out.at(-1)[1]) out.at(-1)[1] = Math.max(out.at(-1)[1], e);
    else out.push([s, e]);
  }
  return out;
}

const size = (set) => set.reduce((sum, [s, e]) => sum + e - s, 0);
const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
function intersect(a, b) {
  let sum = 0;
  for (const x of a) for (const y of b) sum += overlap(x, y);
  return sum;
}

const PRONOUN = /^(he|she|they|it|we|i|you|who|which|that|him|her|them|his|its|their)$/i;
const words = (s) => (s || '').split(/\s+/).map((w) => w.replace(/[’']s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter(Boolean);

/** Whether a predicted speaker is right for a gold quote, by the scorer's three rules. */
function speakerRight(gold, predicted, set) {
  if (gold.speaker == null) return true;
  const span = [gold.speakerStart, gold.speakerEnd];
  if (predicted.speakerStart != null && overlap(span, [predicted.speakerStart, predicted.speakerEnd]) > 0) return true;
  const low = set[0][0] - 600;
  const high = set.at(-1)[1] + 600;
  const mentions = predicted.speakerMentions || [];
  if (mentions.length <= 200 && mentions.some((m) => m.start >= low && m.end <= high && overlap(span, [m.start, m.end]) > 0)) return true;
  const head = words(gold.speaker).filter((w) => /^\p{Lu}/u.test(w)).at(-1);
  if (!head || PRONOUN.test(head)) return false;
  return [predicted.speakerText, ...(predicted.speakerNames || [])].map((name) => words(name).at(-1)?.toLowerCase()).includes(head.toLowerCase());
}

/**
 * The filter's examples of one article: each predicted quote with `filterFeatures`, labelled 1
 * when it pairs (Dice >= 0.5) with a gold quote whose speaker it gets right.
 * @param {{text: string, quotes: any[]}} record A gold record.
 * @param {any[]} predicted Its predicted quotes (predictQuotes with the filter off).
 * @returns {{features: number[], label: number}[]}
 */
export function filterExamples(record, predicted) {
  const { text } = record;
  const gold = record.quotes.map((quote) => ({ quote, set: charSet(text, quote.fragments?.length ? quote.fragments : [quote]) })).filter((item) => item.set.length);
  const out = [];
  for (const quote of predicted) {
    if (!quote.filterFeatures) continue;
    const set = charSet(text, quote.parts?.length ? quote.parts : [quote]);
    let label = 0;
    let best = 0;
    for (const item of gold) {
      const dice = set.length ? (2 * intersect(item.set, set)) / (size(item.set) + size(set)) : 0;
      if (dice >= 0.5 && dice > best) {
        best = dice;
        label = speakerRight(item.quote, quote, item.set) ? 1 : 0;
      }
    }
    out.push({ features: quote.filterFeatures, label });
  }
  return out;
}

/**
 * Fit a logistic regression to examples.
 * @param {{features: number[], label: number}[]} examples
 * @param {{rowBits: number, iterations?: number, rate?: number, l2?: number}} options
 * @returns {Float64Array} One weight a row.
 */
export function trainFilter(examples, { rowBits, iterations = 300, rate = 0.5, l2 = 1e-3 }) {
  const rows = 1 << rowBits;
  const mask = rows - 1;
  const weights = new Float64Array(rows);
  const squares = new Float64Array(rows);
  const gradient = new Float64Array(rows);
  const n = examples.length;
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0);
    for (const { features, label } of examples) {
      let score = 0;
      for (const id of features) score += weights[id & mask];
      const error = 1 / (1 + Math.exp(-score)) - label;
      for (const id of features) gradient[id & mask] += error / n;
    }
    for (let row = 0; row < rows; row++) {
      const g = gradient[row] + l2 * weights[row];
      if (g === 0) continue;
      squares[row] += g * g;
      weights[row] -= (rate * g) / Math.sqrt(squares[row]);
    }
  }
  return weights;
}

/**
 * The filter as shipped: weights times `scale`, rounded, packed; a quote is kept when its score
 * reaches the logit of `keep` times `scale`.
 * @param {Float64Array} weights
 * @param {{rowBits: number, scale: number, keep: number, packWeights: (values: ArrayLike<number>) => string}} options
 */
export function packFilter(weights, { rowBits, scale, keep, packWeights }) {
  const values = Array.from(weights, (weight) => Math.round(weight * scale));
  return { rowBits, scale, threshold: Math.round(Math.log(keep / (1 - keep)) * scale), weights: packWeights(values) };
}
