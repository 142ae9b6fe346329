// A structured averaged perceptron (Collins 2002) over hashed features, for any BILOU or BIO tagger
// built on src/learn. Decoding uses the package's own ViterbiDecoder, so training and
// inference find best sequences the same way. Deterministic: a seeded shuffle, no Math.random.
import { ViterbiDecoder } from '../../src/learn/viterbi.js';

/** One training sequence: feature ids per position and gold labels. */
export interface Sequence {
  length: number;
  /** `length + 1` offsets into `features`: position i has `features[offsets[i] .. offsets[i+1])`. */
  offsets: Uint32Array;
  features: Uint32Array;
  gold: Uint8Array;
}

/** Settings of {@link trainPerceptron}. */
export interface TrainOptions {
  labels: number;
  rowBits: number;
  /** 0/1 table from `allowedTransitions`: forbidden transitions are never scored or learnt. */
  allowed: Uint8Array;
  epochs: number;
  seed: number;
  /** Called after each epoch with the epoch's training mistakes (positions wrong). */
  onEpoch?: (epoch: number, mistakes: number, averaged: () => { weights: Float32Array; transitions: Float32Array }) => void;
}

/** Weights as the trainer leaves them: averaged floats. */
export interface Trained {
  weights: Float32Array;
  transitions: Float32Array;
}

/** mulberry32: a small seeded generator, enough for shuffling. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Train a linear-chain model with the averaged structured perceptron.
 *
 * @param sequences Training data.
 * @param options Shape, constraints, epochs and seed.
 * @returns Averaged weights, `2 ** rowBits x labels`, and transitions, `(labels + 1) ** 2`.
 */
export function trainPerceptron(sequences: readonly Sequence[], options: TrainOptions): Trained {
  const { labels, rowBits, allowed, epochs } = options;
  const mask = 2 ** rowBits - 1;
  const side = labels + 1;
  const weights = new Float32Array((mask + 1) * labels);
  const totals = new Float64Array(weights.length);
  const transitions = new Float32Array(side * side);
  const transitionTotals = new Float64Array(side * side);
  const decoder = new ViterbiDecoder(labels);
  const order = sequences.map((_, index) => index);
  const next = random(options.seed);
  let longest = 0;
  for (const sequence of sequences) longest = Math.max(longest, sequence.length);
  const emissions = new Float32Array(longest * labels);
  const predicted = new Uint8Array(longest);
  const scoring = new Float32Array(side * side);
  let step = 1;

  const averaged = (): Trained => {
    const outWeights = new Float32Array(weights.length);
    for (let at = 0; at < weights.length; at++) outWeights[at] = weights[at]! - totals[at]! / step;
    const outTransitions = new Float32Array(transitions.length);
    for (let at = 0; at < transitions.length; at++) outTransitions[at] = transitions[at]! - transitionTotals[at]! / step;
    return { weights: outWeights, transitions: outTransitions };
  };
  const update = (id: number, label: number, delta: number) => {
    const at = (id & mask) * labels + label;
    weights[at] = weights[at]! + delta;
    totals[at] = totals[at]! + delta * step;
  };
  const updateTransition = (before: number, after: number, delta: number) => {
    const at = before * side + after;
    transitions[at] = transitions[at]! + delta;
    transitionTotals[at] = transitionTotals[at]! + delta * step;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let at = order.length - 1; at > 0; at--) {
      const other = Math.floor(next() * (at + 1));
      [order[at], order[other]] = [order[other]!, order[at]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const { length, offsets, features, gold } = sequences[index]!;
      if (length === 0) continue;
      for (let at = 0; at < scoring.length; at++) scoring[at] = allowed[at] ? transitions[at]! : -Infinity;
      decoder.reread();
      emissions.fill(0, 0, length * labels);
      for (let position = 0; position < length; position++) {
        const row = position * labels;
        for (let f = offsets[position]!; f < offsets[position + 1]!; f++) {
          const base = (features[f]! & mask) * labels;
          for (let label = 0; label < labels; label++) emissions[row + label] = emissions[row + label]! + weights[base + label]!;
        }
      }
      decoder.decode(emissions, 0, length, scoring, predicted);
      for (let position = 0; position <= length; position++) {
        const goldBefore = position === 0 ? labels : gold[position - 1]!;
        const predictedBefore = position === 0 ? labels : predicted[position - 1]!;
        const goldAfter = position === length ? labels : gold[position]!;
        const predictedAfter = position === length ? labels : predicted[position]!;
        if (goldBefore !== predictedBefore || goldAfter !== predictedAfter) {
          updateTransition(goldBefore, goldAfter, 1);
          updateTransition(predictedBefore, predictedAfter, -1);
        }
        if (position === length || goldAfter === predictedAfter) continue;
        mistakes++;
        for (let f = offsets[position]!; f < offsets[position + 1]!; f++) {
          update(features[f]!, goldAfter, 1);
          update(features[f]!, predictedAfter, -1);
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}
