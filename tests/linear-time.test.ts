/// <reference types="node" />
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../src/index.ts';
import { articleProcessor } from '../src/parse/processor.ts';
import { readArticle } from '../src/parse/remark-newsmark.ts';
import { SHAPES } from './support/shapes.ts';

// Time grows linearly with input of every shape: n and 4n characters are parsed in the same
// test, alternately, five times each (the small one as the mean of four runs in a row, see
// measure), and the ratio of the best times must stay at most 6 (linear is 4; quadratic would
// be 16). Relative timing within one test holds on a loaded machine where absolute times do
// not. Time is this process's CPU time, not the wall clock, so other work on the machine does
// not count; while the ratio is over, five more runs each are taken, up to sixty (a quadratic
// shape fails every one; a linear one near the bound, as shapes of many blocks are in the test
// runner, measured 6.0 after thirty in a CI run).
//
// parseArticle is the parser (remark-parse behind the nesting guard) and then newsmark's own
// reading of the tree: the two are timed apart. newsmark's part must be linear on every shape.
// The whole must be too, except where remark-parse alone already grows past linear on the
// shape, as it does on one paragraph of thousands of links (about 5x for 4x, in micromark's
// splicing of the paragraph's events; the same links in separate paragraphs are linear): there
// the whole may grow no more than 1.3 times the parser's own growth, the bound issue 15 sets
// for growth against remark-parse, and the parser must still be far from quadratic.
const SIZE = 12_000;
const LINEAR = 6;
const OVER_PARSER = 1.3;
const PARSER_LIMIT = 10;

/** Best CPU milliseconds so far of the parser, of newsmark's reading and of both, per input. */
interface Best {
  parser: number[];
  ours: number[];
  whole: number[];
}

/**
 * Runs each input `runs` times and lowers `best` to what was measured. Each measure is the mean
 * over `repeats[index]` runs in a row: the small input runs 4 times for the large one's once, so
 * both measures allocate alike and meet the collector alike (a best single run of the small input
 * is one the collector happened to skip, which the large input never is). Interference from the
 * machine only ever adds time, so the best of all runs so far is the measure.
 */
function measure(best: Best, inputs: readonly string[], repeats: readonly number[], runs: number): void {
  const cpu = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  for (let run = 0; run < runs; run++) {
    inputs.forEach((input, index) => {
      const times = repeats[index]!;
      let parsing = 0;
      let reading = 0;
      for (let time = 0; time < times; time++) {
        // As parseArticle runs them (src/parse/parse-article.ts).
        const file = new VFile({ value: input });
        const started = cpu();
        const tree = articleProcessor.parse(file);
        const parsed = cpu();
        readArticle(tree, file);
        const read = cpu();
        parsing += parsed - started;
        reading += read - parsed;
      }
      best.parser[index] = Math.min(best.parser[index]!, parsing / times);
      best.ours[index] = Math.min(best.ours[index]!, reading / times);
      best.whole[index] = Math.min(best.whole[index]!, (parsing + reading) / times);
    });
  }
}

// Under 8 ms the small input's time is no measure to grow from: warm, newsmark reads 12 kB of
// most shapes in 3 to 5 ms, while 48 kB no longer fits the processor's second-level cache and
// costs up to half as much again per character (lists between paragraphs, alone in a process,
// reading only: 12 kB 4.9 to 5.7 ms, 48 kB 14 to 31 ms, 96 kB 45 to 50, 192 kB 107; in the test
// runner it measured 6.0 against the bound of 6 with a floor of 5 ms). Such a part is fast whatever
// its growth; a quadratic one takes far more than 48 ms at 4x.
const ratio = (small: number, large: number) => large / Math.max(small, 8);

describe('linear time', () => {
  // Compiles the lexicons and warms the JIT, so the first shape's small input is not charged for it.
  safeParseArticle('Warm up\n\n“It is,” she said. Ann Lee of Acme Corp could go.');

  it.each(SHAPES)('%s: 4x the input takes at most 6x the time', { timeout: 90_000 }, (_, build) => {
    const small = build(SIZE);
    const large = build(4 * SIZE);
    // The whole's bound follows the parser's growth.
    const bound = (parser: number) => Math.max(LINEAR, OVER_PARSER * Math.min(parser, PARSER_LIMIT));
    const best: Best = { parser: [Infinity, Infinity], ours: [Infinity, Infinity], whole: [Infinity, Infinity] };
    const growth = (times: number[]) => ratio(times[0]!, times[1]!);
    const passes = () => growth(best.ours) <= LINEAR && growth(best.parser) < PARSER_LIMIT && growth(best.whole) <= bound(growth(best.parser));
    for (let attempt = 0; attempt < 12 && !passes(); attempt++) measure(best, [small, large], [4, 1], 5);
    const ours = growth(best.ours);
    const pair = { parser: growth(best.parser), whole: growth(best.whole) };
    if (process.env.LINEAR_DEBUG) console.log(JSON.stringify({ shape: _, ours, ...pair, best }));
    expect(ours, 'newsmark’s own part').toBeLessThanOrEqual(LINEAR);
    expect(pair.parser, 'remark-parse behind the guard').toBeLessThan(PARSER_LIMIT);
    expect(pair.whole, 'parseArticle').toBeLessThanOrEqual(bound(pair.parser));
  });
});
