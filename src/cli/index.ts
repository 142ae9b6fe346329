/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import type { CheckOptions } from './check.js';

// Commands load what they use when they run: `batch` parses on its workers, so its main thread
// never loads the parser.

const USAGE = `Usage: newsmark <command> [options]

Commands:
  parse <file|->     Parse an article (plain text or Markdown) and print it as JSON
    --out <file>     Write the JSON to a file instead of standard output
    --summary        Print a readable summary (to standard error when JSON goes to standard output)
  check <paths or globs...>
                     Check articles (Markdown and plain text; folders are searched) and report
                     every problem as file:line:column  severity  message  rule-id
    --frail          Exit 1 on warnings too
    --quiet          Report only files with problems
    --format <name>  text (default, to standard error), json or sarif (to standard output)
    --config <file>  Config file to use (default: newsmark.config.* here, else the nearest
                     .newsmarkrc* or package.json "newsmark" field of each file)
    --ignore-path <file>
                     Ignore file to use besides the .newsmarkignore files found
    --no-color       Report without colours
  batch <paths or globs...|->
                     Parse many articles on all cores and write one JSON line per article,
                     {"id", "article", "messages"} or {"id", "error", "messages"}, in input order.
                     Folders are searched, globs expanded, ids are paths; \`-\` and .jsonl files
                     are JSON Lines of {"id", "text", ...fields}
    --out <file>     Write to a file; run again to resume: ids already there are skipped
    --jobs <n>       Worker threads (default: one per core)
    --fields <list>  Article fields to keep, such as quotes,entities
    --format <name>  jsonl (default) or json (one array)
    --no-progress    No progress bar (there is none off a terminal or under CI anyway)
  schema             Print the Article JSON Schema

Exit codes: 0 done (no errors), 1 an article has errors (or warnings, with --frail),
2 the tool failed (bad arguments, unreadable file or config), 130 batch stopped (Ctrl-C, kill).`;

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

async function parseCommand(args: string[]): Promise<number> {
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
  const [{ safeParseArticle }, { reporter }, { summarize }] = await Promise.all([import('../index.js'), import('vfile-reporter'), import('./summary.js')]);
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

function checkOptions(args: string[]): CheckOptions {
  const options: CheckOptions = {
    patterns: [],
    frail: false,
    quiet: false,
    format: 'text',
    config: undefined,
    ignorePath: undefined,
    color: process.stderr.isTTY === true,
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--frail') options.frail = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--no-color') options.color = false;
    else if (arg === '--config') options.config = args[++index] ?? fail('`--config` needs a file name');
    else if (arg === '--ignore-path') options.ignorePath = args[++index] ?? fail('`--ignore-path` needs a file name');
    else if (arg === '--format') {
      const format = args[++index];
      if (format !== 'text' && format !== 'json' && format !== 'sarif') fail('`--format` takes `text`, `json` or `sarif`');
      options.format = format;
    } else if (arg.startsWith('--')) fail(`unknown option \`${arg}\``);
    else options.patterns.push(arg);
  }
  if (options.patterns.length === 0) fail('`check` needs files, folders or globs');
  return options;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'parse') return parseCommand(rest);
  if (command === 'check') {
    const options = checkOptions(rest);
    const { check } = await import('./check.js');
    return check(options, process.cwd(), process.stdout, process.stderr);
  }
  if (command === 'batch') {
    const { batch, batchOptions } = await import('./batch.js');
    let options;
    try {
      options = batchOptions(rest, { isTTY: process.stderr.isTTY === true, ci: Boolean(process.env.CI) });
    } catch (error) {
      fail((error as Error).message);
    }
    return batch(options, {
      cwd: process.cwd(),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      worker: new URL('./worker.js', import.meta.url),
      onStop(stop) {
        // The first Ctrl-C (or kill) finishes the articles in flight; a second one ends at once.
        const once = () => {
          stop();
          process.once('SIGINT', () => process.exit(130));
          process.once('SIGTERM', () => process.exit(130));
        };
        process.once('SIGINT', once);
        process.once('SIGTERM', once);
      },
    });
  }
  if (command === 'schema') {
    const { articleJsonSchema } = await import('../schema/index.js');
    process.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  fail(`unknown command \`${command}\``);
}

process.exitCode = await main(process.argv.slice(2));
