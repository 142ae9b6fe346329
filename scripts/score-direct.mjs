#!/usr/bin/env node
// The direct-quote figure three ways (docs/quality.md, "PolNeAR's New York Times articles and the
// direct-quote figure"), through the shared scorer ../shared/eval/score-quotes.mjs:
//   gold     : the gold as it stands
//   no-''    : only the articles whose text holds no `''` (the typewriter-mark house style)
//   ''-marks : a converted gold in which `''` and `` count as quote marks too
//
//   node scripts/score-direct.mjs GOLD.jsonl PRED.jsonl [--scorer score-quotes.mjs] [--errors N]
//     [--write-converted FILE]
//
// Why a conversion: PolNeAR's `kind` was derived from straight and curly double marks only, so in
// articles that write quotations as ''…'' every attribution is `indirect`, quotations included.
// In the converted gold an `indirect` attribution whose content holds `''` or `` becomes `direct`
// when every piece of it opens and closes with the marks (edge spaces and punctuation aside) and
// `mixed` otherwise (PolNeAR dev: 86 converted, train: 1,200). Prints, for each column, the
// scorer's "direct" line, and the "all" line once (it ignores kinds, so columns 1 and 3 share it).
// `--errors N` passes through to the scorer for the converted column, to study its mistakes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : null;
};
const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (files.length !== 2) {
  console.error('usage: score-direct.mjs GOLD.jsonl PRED.jsonl [--scorer FILE] [--errors N] [--write-converted FILE]');
  process.exit(2);
}
const [goldFile, predFile] = files;

// The scorer lives beside the project, not in it (its data must stay outside the repository);
// a worktree sits one level deeper than the main checkout, so both places are tried.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = option('scorer') ??
  [join(root, '../shared/eval/score-quotes.mjs'), join(root, '../../shared/eval/score-quotes.mjs')].find(existsSync);
if (!scorer) {
  console.error('score-quotes.mjs not found: pass --scorer');
  process.exit(2);
}

const readJsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const gold = readJsonl(goldFile);
const pred = readJsonl(predFile);

const TYPEWRITER = /''|``/u;
// Edge spaces and punctuation, but not the apostrophes and backticks that make the marks.
const EDGE = /^[\s.,;:!?\u2014\u2013\-()[\]]+|[\s.,;:!?\u2014\u2013\-()[\]]+$/gu;
const marked = (piece) => {
  const s = piece.replace(EDGE, '');
  return s.length >= 4 && (s.startsWith("''") || s.startsWith('``')) && s.endsWith("''");
};

/** The gold with typewriter-marked `indirect` attributions made `direct` or `mixed`. */
function convert(records) {
  const counts = { direct: 0, mixed: 0 };
  const out = records.map((record) => ({
    ...record,
    quotes: record.quotes.map((quote) => {
      if (quote.kind !== 'indirect') return quote;
      const pieces = (quote.fragments?.length ? quote.fragments : [quote]).map((f) => record.text.slice(f.start, f.end));
      if (!pieces.some((p) => TYPEWRITER.test(p))) return quote;
      const kind = pieces.every(marked) ? 'direct' : 'mixed';
      counts[kind]++;
      return { ...quote, kind };
    }),
  }));
  return { records: out, counts };
}

const dir = mkdtempSync(join(tmpdir(), 'score-direct-'));
const write = (name, records) => {
  const file = join(dir, name);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
};
const run = (g, p, extra = []) => {
  // The scorer's error listing over train runs to megabytes: past spawnSync's 1 MB default the
  // child was killed and the failure said nothing.
  const result = spawnSync(process.execPath, [scorer, g, p, ...extra], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`scorer failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
};
const line = (out, name) => out.split('\n').find((l) => l.startsWith(name.padEnd(7))) ?? '';
const short = (l) => {
  const m = l.match(/gold (\d+) pred (\d+) .*lenient P ([\d.]+) R ([\d.]+) F1 ([\d.]+) \| attributed F1 ([\d.]+) \| speaker acc ([\d.]+|null)/u);
  return m ? `F1 ${m[5]} (P ${m[3]} / R ${m[4]}) gold ${m[1]} pred ${m[2]} | attributed F1 ${m[6]} | speaker acc ${m[7]}` : l;
};

try {
  const plain = new Set(gold.filter((r) => !r.text.includes("''")).map((r) => r.id));
  const converted = convert(gold);
  if (option('write-converted')) writeFileSync(option('write-converted'), converted.records.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const asIs = run(goldFile, predFile);
  const noMarks = run(write('gold-plain.jsonl', gold.filter((r) => plain.has(r.id))), write('pred-plain.jsonl', pred.filter((r) => plain.has(r.id))));
  const errors = option('errors') ? ['--errors', option('errors')] : [];
  const marks = run(write('gold-converted.jsonl', converted.records), predFile, errors);

  console.log(`all (kinds ignored)        ${short(line(asIs, 'all'))}`);
  console.log(`direct, gold as it stands  ${short(line(asIs, 'direct'))}`);
  console.log(`direct, no '' articles     ${short(line(noMarks, 'direct'))}  [${plain.size} of ${gold.length} articles]`);
  console.log(`direct, '' read as marks   ${short(line(marks, 'direct'))}  [converted ${converted.counts.direct} direct + ${converted.counts.mixed} mixed = ${converted.counts.direct + converted.counts.mixed}]`);
  if (errors.length) {
    const lines = marks.split('\n');
    const start = lines.findIndex((l) => l.startsWith('direct '));
    for (const l of lines.slice(start + 1)) if (l.trim()) console.log(l);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
