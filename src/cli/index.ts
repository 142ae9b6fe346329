/// <reference types="node" />
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import process from 'node:process';
import type { CheckOptions } from './check.js';

// Commands load what they use when they run: `batch` parses on its workers, so its main thread
// never loads the parser.

const USAGE = `Usage: newsmark <command> [options]

Commands:
  parse <file|->     Parse an article (plain text or Markdown) and print it as JSON, with the
                     config \`check\` would use for it
    --format <name>  json (default) or html: one standalone page with the parse drawn on
                     the text and the messages at their place
    --out <file>     Write the output to a file instead of standard output
    --summary        Print a readable summary (to standard error when JSON goes to standard output)
    --config <file>  Config file to use, as for \`check\`
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
    --jobs <n>       Worker threads (default: one per core, and per MB of files)
    --fields <list>  Article fields to keep, such as quotes,entities
    --format <name>  jsonl (default) or json (one array)
    --no-progress    No progress bar (there is none off a terminal or under CI anyway)
  schema             Print the Article JSON Schema

Options: --help (also after a command), --version

Exit codes: 0 done (no errors), 1 an article has errors (or warnings, with --frail),
2 the tool failed (bad arguments, unreadable file or config), 130 batch stopped (Ctrl-C, kill).`;

function fail(message: string): never {
  process.stderr.write(`newsmark: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** The command could not be done (a file it cannot read or write): exit 2 without the usage. */
function abort(message: string): never {
  process.stderr.write(`newsmark: ${message}\n`);
  process.exit(2);
}

/** Stop before any work on a path `parse` cannot read: a folder, a missing or unreadable file. */
function assertReadable(path: string): void {
  if (path === '-') return;
  if (existsSync(path) && statSync(path).isDirectory()) abort(`cannot read \`${path}\`: it is a folder, expected a file (\`newsmark check\` reads folders)`);
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    abort(`cannot read \`${path}\`: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
}

/** Where `--out` may not write, as a message; undefined when it may. */
function outProblem(out: string): string | undefined {
  if (existsSync(out) && statSync(out).isDirectory()) return `cannot write \`${out}\`: it is a folder, expected a file name`;
  const folder = dirname(out);
  if (!existsSync(folder)) return `cannot write \`${out}\`: the folder \`${folder}\` does not exist`;
  if (!statSync(folder).isDirectory()) return `cannot write \`${out}\`: \`${folder}\` is not a folder`;
  return undefined;
}

/** The package's version, read from its package.json next to `dist/`. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function parseCommand(args: string[]): Promise<number> {
  let path: string | undefined;
  let out: string | undefined;
  let config: string | undefined;
  let summary = false;
  let format: 'json' | 'html' = 'json';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--out') out = args[++index] ?? fail('`--out` needs a file name');
    else if (arg === '--config') config = args[++index] ?? fail('`--config` needs a file name');
    else if (arg === '--summary') summary = true;
    else if (arg === '--format') {
      const name = args[++index];
      if (name !== 'json' && name !== 'html') fail('`parse --format` takes `json` or `html`');
      format = name;
    } else if (arg.startsWith('--')) fail(`unknown option \`${arg}\``);
    else if (path === undefined) path = arg;
    else fail(`unexpected argument \`${arg}\``);
  }
  if (path === undefined) fail('`parse` needs a file, or `-` for standard input');
  // Checked before any work, so a long parse does not end in a write that cannot be done.
  const cannotWrite = out === undefined ? undefined : outProblem(out);
  if (cannotWrite) abort(cannotWrite);
  assertReadable(path);
  const [{ readWithConfig }, { toHtml }, { summarize }] = await Promise.all([import('./check.js'), import('../export/html.js'), import('./summary.js')]);
  const file = await readWithConfig(path, { config, cwd: process.cwd(), stdin: process.stdin }, process.stderr);
  if (!file) return 2;
  const article = file.data.newsmark;
  if (!article) return 1;
  const output = format === 'html' ? toHtml(article, String(file), { messages: file.messages }) : `${JSON.stringify(article, null, 2)}\n`;
  if (out) {
    try {
      writeFileSync(out, output);
    } catch (error) {
      abort(`cannot write \`${out}\`: ${(error as Error).message}`);
    }
  } else process.stdout.write(output);
  if (summary) {
    const text = summarize(article) + (out ? `\nwrote ${out}\n` : '');
    (out ? process.stdout : process.stderr).write(text);
  }
  return file.messages.some((message) => message.fatal === true) ? 1 : 0;
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
    version: version(),
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
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // `newsmark check --help` asks for help, like `newsmark --help`.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
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
