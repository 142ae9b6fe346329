/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { reporter } from 'vfile-reporter';
import { articleJsonSchema, safeParseArticle } from '../index.js';
import { summarize } from './summary.js';

const USAGE = `Usage: newsmark <command> [options]

Commands:
  parse <file|->     Parse an article (plain text or Markdown) and print it as JSON
    --out <file>     Write the JSON to a file instead of standard output
    --summary        Print a readable summary (to standard error when JSON goes to standard output)
  schema             Print the Article JSON Schema

Exit codes: 0 done, 1 the article has errors, 2 the tool failed (bad arguments, unreadable file).`;

function fail(message: string): never {
  process.stderr.write(`newsmark: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    fail(`cannot read \`${path}\`: ${(error as Error).message}`);
  }
}

function parseCommand(args: string[]): number {
  let path: string | undefined;
  let out: string | undefined;
  let summary = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--out') out = args[++index] ?? fail('`--out` needs a file name');
    else if (arg === '--summary') summary = true;
    else if (arg.startsWith('--')) fail(`unknown option \`${arg}\``);
    else if (path === undefined) path = arg;
    else fail(`unexpected argument \`${arg}\``);
  }
  if (path === undefined) fail('`parse` needs a file, or `-` for standard input');
  const input = readInput(path);
  const result = safeParseArticle(input, { path: path === '-' ? undefined : path });
  const report = reporter(result.file, { quiet: true });
  if (report) process.stderr.write(`${report}\n`);
  const article = result.article ?? result.file.data.newsmark;
  if (!article) return 1;
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
  if (summary) {
    const text = summarize(article) + (out ? `\nwrote ${out}\n` : '');
    (out ? process.stdout : process.stderr).write(text);
  }
  return result.success ? 0 : 1;
}

function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === 'parse') return parseCommand(rest);
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  fail(`unknown command \`${command}\``);
}

process.exitCode = main(process.argv.slice(2));
