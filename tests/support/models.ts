// Models for testing how a tagger scores: random weights that make every feature count, and the
// reference score of a position, feature by feature through the model's table.
import { addFeature, type LinearModel, type PackedModel, packModel } from '../../src/learn/model.ts';

/**
 * A model of `labels` labels over a table of 256 rows of random nonzero weights (-20 to 20),
 * the same for the same seed: every feature id lands on a row that adds to the score, so a
 * feature added twice, left out, or added in the wrong role changes it.
 */
export function randomModel(labels: number, seed: number): PackedModel {
  let state = seed;
  const weights = Array.from({ length: 256 * labels }, () => ((state = (Math.imul(state, 48271) + 11) % 2147483647) % 41) - 20 || 1);
  return packModel(weights, new Array((labels + 1) ** 2).fill(0), { labels, rowBits: 8, scale: 1 });
}

/** The scores of a position with these feature ids, each added through the model's table. */
export function scoresOf(model: LinearModel, ids: readonly number[]): number[] {
  const scores = new Float32Array(model.labels);
  for (const id of ids) addFeature(model, id, scores, 0);
  return [...scores];
}

/** A position's scores in a tagger's emission buffer (`labels` a position, from row 0 at `from`). */
export function rowOf(emissions: Float32Array, labels: number, position: number, from: number): number[] {
  return [...emissions.subarray((position - from) * labels, (position - from + 1) * labels)];
}
