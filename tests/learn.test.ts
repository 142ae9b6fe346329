/// <reference types="node" />
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BILOU } from '../src/learn/bilou.js';
import { BIO } from '../src/learn/bio.js';
import { decodeSpans, KEEP_ENTRIES, retainedSpanBuffers, type TagScheme, type TokenSpan } from '../src/learn/spans.js';
import { hashMix, hashString } from '../src/learn/hash.js';
import { packModel } from '../src/learn/model.js';
import { edgeFeature, NER_TYPES, positionFeatures, ROLE_OFFSETS, ROLES, taggedRanges, tokenContext, wordFeatures } from '../src/learn/ner-features.js';
import { loadNerModel, nameReach, nerScorer, tagNames } from '../src/learn/ner.js';
import { NER_MODEL } from '../src/learn/ner-weights.js';
import { packWeights, readSparse, unpackWeights } from '../src/learn/pack.js';
import { ViterbiDecoder } from '../src/learn/viterbi.js';
import { attributionInputs, nerInputs } from '../scripts/learn/fingerprint.js';
import { type Sequence, trainPerceptron } from '../scripts/learn/perceptron.js';
import { ATTRIBUTION_MODEL } from '../src/learn/attribution-weights.js';
import { addFeature, loadModel } from '../src/learn/model.js';
import { documentWords, wordCacheCapacity } from '../src/learn/words.js';
import { articleOf, documentOf } from './support/document.ts';
import { randomModel, rowOf, scoresOf } from './support/models.ts';
import { tokenList } from '../src/model/token-store.ts';


describe('hashing', () => {
  it('hashes strings with FNV-1a and mixes integers into spread ids', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashMix(1, 2)).not.toBe(hashMix(2, 1));
    const ids = new Set(Array.from({ length: 1000 }, (_, value) => hashMix(7, value) & 1023));
    expect(ids.size).toBeGreaterThan(550);
  });
});

describe('packed weights', () => {
  it('round-trips any sparse 16-bit table', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -32768, max: 32767 })), { maxLength: 300 }), (values) => {
        expect([...unpackWeights(packWeights(values), values.length)]).toEqual(values.map((value) => value + 0));
      }),
    );
  });

  it('reads the nonzero weights as rows and columns of any width', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -32768, max: 32767 })), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (values, width) => {
        const sparse = readSparse(packWeights(values), values.length, width);
        const read = Array.from({ length: sparse.count }, (_, at) => [sparse.rows[at]! * width + sparse.columns[at]!, sparse.values[at]!]);
        expect(read).toEqual(values.flatMap((value, index) => (value === 0 ? [] : [[index, value]])));
      }),
    );
  });

  it('rejects a string that is not a packing of a table that long', () => {
    expect(() => unpackWeights(packWeights([0, 0, 5]), 2)).toThrow(RangeError);
    expect(() => unpackWeights('!!', 4)).toThrow(RangeError);
  });
});

const SCHEMES: Array<[string, TagScheme]> = [
  ['BILOU', BILOU],
  ['BIO', BIO],
];

describe.each(SCHEMES)('%s tagging', (_name, { allowedTransitions, labelCount, labelsToSpans, spansToLabels }) => {
  const spans = fc
    .array(fc.record({ gap: fc.nat(3), length: fc.integer({ min: 1, max: 4 }), type: fc.nat(3) }), { maxLength: 8 })
    .map((parts) => {
      let at = 0;
      return parts.map(({ gap, length, type }): TokenSpan => {
        const from = at + gap;
        at = from + length;
        return { from, to: at, type };
      });
    });

  it('reads back the spans it writes, through allowed transitions only', () => {
    const allowed = allowedTransitions(4);
    const n = labelCount(4);
    fc.assert(
      fc.property(spans, (written) => {
        const length = (written.at(-1)?.to ?? 0) + 2;
        const labels = new Uint8Array(length);
        spansToLabels(written, length, labels);
        expect(labelsToSpans(labels, length)).toEqual(written);
        let before = n;
        for (const label of [...labels, n]) {
          expect(allowed[before * (n + 1) + label]).toBe(1);
          before = label;
        }
      }),
    );
  });
});

describe('BILOU tagging', () => {
  it('decodes the best sequence the constraints allow', () => {
    const n = BILOU.labelCount(1);
    const allowed = BILOU.allowedTransitions(1);
    const transitions = Float32Array.from(allowed, (ok) => (ok ? 0 : -Infinity));
    // Position 0 prefers I (not allowed first), position 1 prefers L: the best legal path is B L.
    const emissions = new Float32Array(2 * n);
    emissions.set([0, 1, 3, 0, 0], 0);
    emissions.set([0, 0, 0, 3, 0], n);
    const out = new Uint8Array(2);
    new ViterbiDecoder(n).decode(emissions, 0, 2, transitions, out);
    expect([...out]).toEqual([1, 3]);
  });
});

describe('BIO tagging', () => {
  it('lets an I go on only from a B or I of its own type', () => {
    // Types 0 and 1: O 0, B-0 1, I-0 2, B-1 3, I-1 4; 5 is the start (as a row) and the end (as a column).
    const allowed = BIO.allowedTransitions(2);
    const may = (before: number, after: number) => allowed[before * 6 + after];
    expect([may(1, 2), may(2, 2), may(3, 4), may(4, 4)]).toEqual([1, 1, 1, 1]);
    expect([may(0, 2), may(5, 2), may(1, 4), may(2, 4), may(4, 2)]).toEqual([0, 0, 0, 0, 0]);
    for (const before of [0, 1, 2, 3, 4, 5]) for (const after of [0, 1, 3]) expect(may(before, after)).toBe(1);
    for (const before of [0, 1, 2, 3, 4]) expect(may(before, 5)).toBe(1);
  });

  it('decodes the best sequence the constraints allow', () => {
    const n = BIO.labelCount(1);
    const transitions = Float32Array.from(BIO.allowedTransitions(1), (ok) => (ok ? 0 : -Infinity));
    // Both positions prefer I, which may not open a sequence: the best legal path is B I.
    const emissions = new Float32Array(2 * n);
    emissions.set([0, 1, 3], 0);
    emissions.set([0, 0, 3], n);
    const out = new Uint8Array(2);
    new ViterbiDecoder(n).decode(emissions, 0, 2, transitions, out);
    expect([...out]).toEqual([1, 2]);
  });
});

describe('the Viterbi decoder', () => {
  it('reads the scores of a table changed in place again on reread, as training changes them', () => {
    const decoder = new ViterbiDecoder(2);
    const transitions = new Float32Array(9);
    const emissions = Float32Array.from([1, 0, 0, 1]);
    const out = new Uint8Array(2);
    decoder.decode(emissions, 0, 2, transitions, out);
    expect([...out]).toEqual([0, 1]);
    // Label 0 after label 0 now scores 5: staying on 0 beats the emission of 1.
    transitions[0] = 5;
    decoder.reread();
    decoder.decode(emissions, 0, 2, transitions, out);
    expect([...out]).toEqual([0, 0]);
    // A new table is read without reread.
    const fresh = new Float32Array(9);
    decoder.decode(emissions, 0, 2, fresh, out);
    expect([...out]).toEqual([0, 1]);
  });

  it('lets go of the way back grown for a very long sequence once a short one comes, and still decodes', () => {
    const decoder = new ViterbiDecoder(2);
    const transitions = new Float32Array(9);
    const long = 1_000_000;
    const emissions = new Float32Array(long * 2);
    for (let at = 0; at < long; at++) emissions[at * 2 + (at % 2)] = 1;
    const out = new Uint8Array(long);
    decoder.decode(emissions, 0, long, transitions, out);
    expect(out[long - 1]).toBe(1);
    expect(decoder.retained).toBeGreaterThanOrEqual(long * 2);
    decoder.decode(Float32Array.from([0, 1, 1, 0]), 0, 2, transitions, out);
    expect([...out.subarray(0, 2)]).toEqual([1, 0]);
    expect(decoder.retained).toBeLessThan(1024);
  });
});

describe('decoding spans for taggers of different widths', () => {
  it('reads a long sequence of a tagger with few labels right after a short one of a tagger with many', () => {
    // The score buffer grown for 17 labels over 10 tokens holds 3 labels over 100: the label
    // buffer must grow all the same.
    const wide = BILOU.labelCount(4);
    const transitions = Float32Array.from(BILOU.allowedTransitions(4), (ok) => (ok ? 0 : -Infinity));
    decodeSpans(new ViterbiDecoder(wide), BILOU, [[0, 10]], transitions, (first, end, out) => out.fill(0, 0, (end - first) * wide));
    const narrow = BIO.labelCount(1);
    const steps = Float32Array.from(BIO.allowedTransitions(1), (ok) => (ok ? 0 : -Infinity));
    // B scores best at the first token and I at every other: one span over all 100.
    const spans = decodeSpans(new ViterbiDecoder(narrow), BIO, [[0, 100]], steps, (first, end, out) => {
      for (let at = first; at < end; at++) out.set(at === 0 ? [0, 2, 0] : [0, 0, 2], (at - first) * narrow);
    });
    expect(spans).toEqual([{ from: 0, to: 100, type: 0 }]);
  });

  it('lets go of the score buffers grown for a very long sequence once a call needs far less', () => {
    const n = BIO.labelCount(1);
    const steps = Float32Array.from(BIO.allowedTransitions(1), (ok) => (ok ? 0 : -Infinity));
    const decoder = new ViterbiDecoder(n);
    const fill = (first: number, end: number, out: Float32Array) => {
      for (let at = first; at < end; at++) out.set(at === 0 ? [0, 2, 0] : [0, 0, 2], (at - first) * n);
    };
    expect(decodeSpans(decoder, BIO, [[0, 600_000]], steps, fill)).toEqual([{ from: 0, to: 600_000, type: 0 }]);
    expect(retainedSpanBuffers()).toBeGreaterThan(KEEP_ENTRIES);
    expect(decodeSpans(decoder, BIO, [[0, 10]], steps, fill)).toEqual([{ from: 0, to: 10, type: 0 }]);
    expect(retainedSpanBuffers()).toBe(0);
  });
});

describe.each(SCHEMES)('decoding only the open positions (%s)', (_name, scheme) => {
  const n = scheme.labelCount(2);
  const allowed = scheme.allowedTransitions(2);
  const cases = fc.integer({ min: 1, max: 12 }).chain((length) =>
    fc.record({
      scores: fc.array(fc.integer({ min: -40, max: 40 }), { minLength: length * n, maxLength: length * n }),
      steps: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: (n + 1) * (n + 1), maxLength: (n + 1) * (n + 1) }),
      open: fc.array(fc.boolean(), { minLength: length, maxLength: length }),
      cut: fc.nat(length),
    }),
  );

  it('finds the spans of a whole decode that holds the closed positions to O', () => {
    fc.assert(
      fc.property(cases, ({ scores, steps, open, cut }) => {
        const length = open.length;
        // Scores in quarters, so sums are exact in float32 and ties are rare enough to shrink past.
        const emissions = Float32Array.from(scores, (score) => score / 4);
        const transitions = Float32Array.from(steps, (step, at) => (allowed[at] ? step / 4 : -Infinity));
        const held = Float32Array.from(emissions, (score, at) => (open[Math.floor(at / n)] || at % n === 0 ? score : -1e9));
        const ranges: Array<[number, number]> = cut > 0 && cut < length ? [[0, cut], [cut, length]] : [[0, length]];
        const fill = (source: Float32Array) => (first: number, end: number, out: Float32Array) => out.set(source.subarray(first * n, end * n));
        const decoder = new ViterbiDecoder(n);
        const whole = decodeSpans(decoder, scheme, ranges, transitions, fill(held));
        const parts = decodeSpans(decoder, scheme, ranges, transitions, fill(emissions), Uint8Array.from(open, Number));
        // Ties between equal paths may break either way; the scores of the two answers must agree.
        const score = (spans: TokenSpan[]) => {
          const labels = new Uint8Array(length);
          scheme.spansToLabels(spans, length, labels);
          let total = 0;
          for (const [from, to] of ranges) {
            let before = n;
            for (let at = from; at < to; at++) {
              total += transitions[before * (n + 1) + labels[at]!]! + held[at * n + labels[at]!]!;
              before = labels[at]!;
            }
            total += transitions[before * (n + 1) + n]!;
          }
          return total;
        };
        expect(score(parts)).toBe(score(whole));
        for (const span of parts) for (let at = span.from; at < span.to; at++) expect(open[at]).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the word cache', () => {
  it('tags alike before and after it starts again, keeping its most used words', () => {
    const text = 'Markets rose.\n\nPrime Minister Maria Lopez flew to Paris on Monday, officials said, to meet Siemens executives. “We will talk,” she told reporters.';
    // Words read once before it, so the kept words move to other slots when the cache starts again.
    const words = (count: number, prefix: string) => Array.from({ length: count }, (_, at) => `${prefix}${at}`).join(' ') + '.';
    articleOf(words(500, 'Qa'));
    const first = articleOf(text);
    // Read twice, the text's words are among the most used: they stay when the cache starts again.
    expect(articleOf(text)).toEqual(first);
    const generation = documentWords(documentOf(text)).generation;
    // Half as many words again as the cache holds, never seen before, in documents smaller than it.
    const round = Math.ceil((wordCacheCapacity() * 1.5) / 4);
    for (let at = 0; at < 4; at++) articleOf(words(round, `Qz${at}w`));
    // Kept, the text's words are found at the slots they moved to, before the slot of a word new
    // since (the first of a document read here first): they are not read again as new words.
    const newest = documentWords(documentOf(words(20, 'Qn')));
    const read = documentWords(documentOf(text));
    expect(read.generation).toBeGreaterThan(generation);
    expect(newest.generation).toBe(read.generation);
    expect(read.top).toBeLessThan(newest.wordSlots[0]!);
    expect(articleOf(text)).toEqual(first);
  });

  it('grows for a document larger than it, and shrinks back for the next one', () => {
    const text = 'Prime Minister Maria Lopez flew to Paris on Monday to meet Siemens executives.';
    const names = tagNames(documentOf(text));
    const usual = wordCacheCapacity();
    tagNames(documentOf(Array.from({ length: usual + 5000 }, (_, at) => `Qh${at}`).join(' ') + '.'));
    expect(wordCacheCapacity()).toBeGreaterThan(usual);
    expect(tagNames(documentOf(text))).toEqual(names);
    expect(wordCacheCapacity()).toBe(usual);
  });

  it('makes room for a document by its distinct words, not its tokens', () => {
    const paragraph = 'Prime Minister Maria Lopez flew to Paris on Monday to meet Siemens executives.';
    const names = tagNames(documentOf(paragraph));
    const generation = documentWords(documentOf(paragraph)).generation;
    const usual = wordCacheCapacity();
    // More tokens than the cache holds words, and a dozen distinct words.
    const long = documentOf(Array.from({ length: Math.ceil(usual / 10) }, () => paragraph).join('\n\n'));
    expect(long.tokens.length).toBeGreaterThan(usual);
    tagNames(long);
    expect(wordCacheCapacity()).toBe(usual);
    expect(documentWords(documentOf(paragraph)).generation).toBe(generation);
    expect(tagNames(documentOf(paragraph))).toEqual(names);
  });
});

describe('the entity tagger', () => {
  it('ships a model of the right shape and loads it fast', () => {
    const started = performance.now();
    const model = loadNerModel(NER_MODEL);
    expect(performance.now() - started).toBeLessThan(500);
    expect(model.labels).toBe(BILOU.labelCount(NER_TYPES.length));
    expect(() => loadNerModel({ ...NER_MODEL, labels: 5 })).toThrow(RangeError);
  });

  it('scores every position as the sum of its training features’ weights, through the rows it keeps by word and by document code', () => {
    const labels = BILOU.labelCount(NER_TYPES.length);
    const model = loadNerModel(randomModel(labels, 11));
    // A headline, a heading set in capitals, sentence openings, names in and out of capitals.
    const text = 'Markets Rally in Paris\n\nPrime Minister Maria Lopez flew to Paris. She met Siemens staff there.\n\n## WHAT HAPPENS NEXT\n\nThe bank of the West said nothing.';
    const document = documentOf(text);
    // The context as training fills it: each token's lowercase and shape from its word features.
    const context = tokenContext(document);
    const words = tokenList(document.tokens).map((token) => wordFeatures(token.text));
    words.forEach((word, at) => {
      context.lower[at] = word.lower;
      context.shape[at] = word.shape;
    });
    const score = nerScorer(document, model);
    for (const [from, to] of taggedRanges(document)) {
      const emissions = new Float32Array((to - from) * labels);
      score(from, to, emissions, from, to);
      for (let position = from; position < to; position++) {
        const ids: number[] = [];
        for (let role = 0; role < ROLES; role++) {
          const at = position + ROLE_OFFSETS[role]!;
          if (at < from || at >= to) ids.push(edgeFeature(role));
          else for (let index = role === 0 ? 0 : words[at]!.ends[role - 1]!; index < words[at]!.ends[role]!; index++) ids.push(words[at]!.ids[index]!);
        }
        positionFeatures(context, position, from, to, ids, ids.length);
        expect(rowOf(emissions, labels, position, from), document.tokens.text(position)).toEqual(scoresOf(model, ids));
      }
    }
  });

  it('marks each capitalised word by whether the document also writes it in lowercase or capitalised mid-sentence', () => {
    const seenOf = (text: string) => {
      const document = documentOf(text, { guessHeadline: false });
      const { seen } = tokenContext(document);
      return tokenList(document.tokens).flatMap((token, at) => (seen[at] ? [`${token.text}:${seen[at]}`] : []));
    };
    // 1, plus 1 for a lowercase use, plus 2 for a capitalised use inside a sentence.
    expect(seenOf('Apple makes apples. Green apple pie. The Apple store.')).toEqual(['Apple:4', 'Green:1', 'The:1', 'Apple:4']);
    // Per document: what an earlier one wrote does not count.
    expect(seenOf('Fans in paris and berlin cheered.')).toEqual(['Fans:1']);
    expect(seenOf('Paris cheered. So did BERLIN.')).toEqual(['Paris:1', 'So:1', 'BERLIN:3']);
  });

  it('finds and types names in text it never saw', () => {
    const text = 'Markets rose.\n\nPrime Minister Maria Lopez flew to Paris on Monday to meet Siemens executives.';
    const document = documentOf(text);
    const names = tagNames(document).map((name) => `${name.type}:${text.slice(document.tokens.start(name.from), document.tokens.end(name.to - 1))}`);
    expect(names).toEqual(expect.arrayContaining(['PER:Maria Lopez', 'LOC:Paris', 'ORG:Siemens']));
  });

  it('learns a tiny corpus we wrote, with the same features as inference', () => {
    const records = readFileSync(new URL('fixtures/learn/tiny-ner.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { text: string; entities: Array<{ type: string; start: number; end: number }> });
    const typeOf = new Map(NER_TYPES.map((type, index) => [type as string, index]));
    const sequences: Sequence[] = [];
    for (const record of records) {
      const document = documentOf(record.text);
      const context = tokenContext(document);
      const words = tokenList(document.tokens).map((token) => wordFeatures(token.text));
      words.forEach((word, at) => {
        context.lower[at] = word.lower;
        context.shape[at] = word.shape;
      });
      for (const [from, to] of taggedRanges(document)) {
        const spans = record.entities
          .map((entity) => ({
            from: tokenList(document.tokens).findIndex((token) => token.start === entity.start),
            to: tokenList(document.tokens).findIndex((token) => token.end === entity.end) + 1,
            type: typeOf.get(entity.type)!,
          }))
          .filter((span) => span.from >= from && span.to <= to)
          .map((span) => ({ ...span, from: span.from - from, to: span.to - from }));
        const gold = new Uint8Array(to - from);
        BILOU.spansToLabels(spans, to - from, gold);
        const ids: number[] = [];
        const offsets = new Uint32Array(to - from + 1);
        for (let position = from; position < to; position++) {
          offsets[position - from] = ids.length;
          for (let role = 0; role < ROLES; role++) {
            const at = position + ROLE_OFFSETS[role]!;
            if (at < from || at >= to) ids.push(edgeFeature(role));
            else ids.push(...words[at]!.ids.subarray(role === 0 ? 0 : words[at]!.ends[role - 1], words[at]!.ends[role]));
          }
          positionFeatures(context, position, from, to, ids, ids.length);
        }
        offsets[to - from] = ids.length;
        sequences.push({ length: to - from, offsets, features: Uint32Array.from(ids), gold });
      }
    }
    const shape = { labels: BILOU.labelCount(NER_TYPES.length), rowBits: 12, scale: 0.01 };
    const trained = trainPerceptron(sequences, { ...shape, allowed: BILOU.allowedTransitions(NER_TYPES.length), epochs: 10, seed: 1 });
    const model = loadNerModel(packModel(trained.weights, trained.transitions, shape));
    const text = 'Shares fell.\n\nMarta Quell met Jonas Pirt of Brellco Corp in Dorvania.';
    const document = documentOf(text);
    const names = tagNames(document, model).map((name) => `${name.type}:${text.slice(document.tokens.start(name.from), document.tokens.end(name.to - 1))}`);
    expect(names).toEqual(['PER:Marta Quell', 'PER:Jonas Pirt', 'ORG:Brellco Corp', 'LOC:Dorvania']);
    // Trained twice with one seed, the weights are the same.
    const again = trainPerceptron(sequences, { ...shape, allowed: BILOU.allowedTransitions(NER_TYPES.length), epochs: 10, seed: 1 });
    expect(packModel(again.weights, again.transitions, shape)).toEqual(packModel(trained.weights, trained.transitions, shape));
  });
});

describe('the shipped models', () => {
  it('were trained on the features the source computes now (if not: npm run train, and commit the weights)', () => {
    const document = documentOf(readFileSync(new URL('../examples/khamenei.txt', import.meta.url), 'utf8'));
    expect(nerInputs(document), 'entity tagger: tokens, document model, lexicon classes or features changed since training').toBe(NER_MODEL.inputs);
    expect(attributionInputs(document), 'attribution tagger: its inputs (or the entity tagger it reads mentions from) changed since training').toBe(ATTRIBUTION_MODEL.inputs);
  });

  it('score a feature through the compact table as through the full one, Int8 and Int16 alike', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 3 * 64, maxLength: 3 * 64 }), fc.boolean(), (values, small) => {
        const weights = values.map((value) => (small ? Math.max(-128, Math.min(127, value)) : value) * (Math.abs(value) < 150 ? 0 : 1));
        const model = loadModel(packModel(weights, new Array(16).fill(0), { labels: 3, rowBits: 6, scale: 1 }));
        for (let row = 0; row < 64; row++) {
          const scores = new Float32Array(3);
          addFeature(model, row, scores, 0);
          expect([...scores]).toEqual(weights.slice(row * 3, row * 3 + 3).map((value) => value + 0));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the tokens the entity tagger scores', () => {
  /** The text of the tokens nameReach marks. */
  function scored(text: string): string[] {
    const document = documentOf(text);
    const reach = nameReach(document);
    return tokenList(document.tokens).filter((_, at) => reach[at] === 1).map((token) => token.text);
  }

  it.each([
    // Two tokens either side of a capitalised word, lower-case words inside names included.
    ['Shares rose as the Bank of the West said so.', ['Shares', 'rose', 'as', 'the', 'Bank', 'of', 'the', 'West', 'said', 'so']],
    // A function word capitalised as it opens a sentence reaches no further than itself.
    ['The council met today. It said no.', ['The', 'It']],
    ['But the deal was off, officials said.', ['But']],
    // ... while a name beside it reaches back over it.
    ['The Hague said no.', ['The', 'Hague', 'said', 'no']],
    // Mid-sentence, a capitalised function word still reaches out.
    ['He said The Times had it wrong.', ['He', 'said', 'The', 'Times', 'had', 'it']],
    // An opening word that is no function word reaches out.
    ['Analysts said the fund grew.', ['Analysts', 'said', 'the']],
  ])('in %j: %j', (text, expected) => {
    expect(scored(text)).toEqual(expected);
  });
});
