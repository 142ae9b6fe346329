/// <reference types="node" />
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { engine, type Options as EngineOptions, type Preset } from 'unified-engine';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { guardParser, remarkNewsmark } from '../parse/remark-newsmark.js';
import { invalidRules } from '../rules/index.js';
import { assertZod4 } from '../schema/zod-version.js';
import type { Plugin } from 'unified';
import { decodeText, warnInvalidUtf8 } from './encoding.js';
import { EXTENSIONS } from './extensions.js';
import { reporterSarif } from './sarif.js';

/** Options of `newsmark check`, from its arguments. */
export interface CheckOptions {
  patterns: string[];
  frail: boolean;
  quiet: boolean;
  format: 'text' | 'json' | 'sarif';
  config: string | undefined;
  ignorePath: string | undefined;
  color: boolean;
  /** The package's version, for SARIF's `tool.driver.version`. */
  version?: string | undefined;
}


// unified-engine types plugins loosely (their options as unknown).
const plugin = remarkNewsmark as unknown as Plugin;

/** Sources of messages about an article's content (a bad control comment among them). */
const CONTENT_SOURCES = new Set(['newsmark', 'unified-message-control']);

/**
 * unified-engine reads files as UTF-8, bytes that are not becoming U+FFFD without a word: a
 * file whose text holds one is read again as bytes, and warned about when it is not UTF-8.
 */
const warnOnBadEncoding: Plugin = function () {
  return function (_, file) {
    if (!file.path || !String(file).includes('\uFFFD')) return;
    try {
      const { invalidAt } = decodeText(readFileSync(resolve(file.cwd, file.path)));
      if (invalidAt !== undefined) warnInvalidUtf8(file, invalidAt);
    } catch {
      // Read once already: a file gone since is not this check's to report.
    }
  };
};

/** Config files named like other tools' (`eslint.config.js`), looked for in the working folder. */
const CONFIG_FILES = ['newsmark.config.js', 'newsmark.config.mjs', 'newsmark.config.cjs', 'newsmark.config.json'];

/**
 * A newsmark config (`{rules, schema}`) as the unified-engine preset that runs remarkNewsmark
 * with it. A config that names unknown rules or severities fails the file, which the CLI
 * counts as the tool failing.
 */
function configTransform(config: unknown, filePath: string): Preset {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new Error(`Unexpected config in \`${filePath}\`, expected an object with \`rules\` and \`schema\``);
  }
  const { rules, schema, ...rest } = config as Record<string, unknown>;
  const errors = invalidRules(rules);
  const unknown = Object.keys(rest);
  if (unknown.length > 0) errors.push(`Unexpected config key \`${unknown[0]}\`, expected \`rules\` or \`schema\``);
  if (schema !== undefined) {
    try {
      assertZod4(schema, '`schema`');
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  if (errors.length > 0) throw new Error(`Invalid config \`${filePath}\`: ${errors.join('; ')}`);
  return { plugins: [[plugin, { rules, schema }]] };
}

/** A message that says the tool could not do its work on a file, not what is in the file. */
function isToolFailure(message: VFileMessage): boolean {
  return message.fatal === true && !CONTENT_SOURCES.has(message.source ?? '');
}

/**
 * What went wrong, once: the innermost cause of each tool failure (a config that names an
 * unknown rule fails every file under it with the same cause), without stack traces.
 */
function failureLines(files: readonly VFile[]): string[] {
  const lines = new Set<string>();
  for (const file of files) {
    for (const message of file.messages.filter(isToolFailure)) {
      let cause: unknown = message.cause;
      while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
      // A system error (no such file) says less than the message about it.
      const own = cause instanceof Error && !('code' in cause);
      lines.add(own ? (cause as Error).message : `${file.path}: ${message.reason}`);
    }
  }
  return [...lines];
}

/**
 * A reporter that reports content as `format` does, and leaves out files the tool could not
 * process: their failures are written to `stderr` once each.
 */
function reportContent(format: (files: VFile[], options: never) => string, stderr: NodeJS.WritableStream) {
  return (files: VFile[], options: unknown): string => {
    for (const line of failureLines(files)) stderr.write(`newsmark: ${line}\n`);
    const processed = files.filter((file) => !file.messages.some(isToolFailure));
    return processed.length > 0 || failureLines(files).length === 0 ? format(processed, options as never) : '';
  };
}

/** What runs the engine needs besides the files: config discovery as `newsmark check` does it. */
interface EngineSettings {
  config: string | undefined;
  ignorePath?: string | undefined;
  cwd: string;
}

function engineOptions(settings: EngineSettings): Omit<EngineOptions, 'files'> {
  const rcPath = settings.config ?? CONFIG_FILES.find((name) => existsSync(resolve(settings.cwd, name)));
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(guardParser).use(warnOnBadEncoding);
  return {
    processor: () => processor(),
    cwd: settings.cwd,
    extensions: EXTENSIONS,
    ignoreName: '.newsmarkignore',
    ignorePath: settings.ignorePath,
    // A file named on the command line but ignored is skipped without an error, as lint-staged
    // and editors that pass every changed file need.
    silentlyIgnore: true,
    rcName: '.newsmarkrc',
    packageField: 'newsmark',
    rcPath,
    configTransform,
    // Files with no config still get the default rules.
    defaultConfig: { plugins: [[plugin, {}]] },
    out: false,
    output: false,
  };
}

function run(options: EngineOptions, stderr: NodeJS.WritableStream): Promise<{ code: number; files: VFile[] }> {
  return new Promise((done) => {
    engine(options, (error, code, context) => {
      if (error) {
        stderr.write(`newsmark: ${error.message}\n`);
        done({ code: 2, files: [] });
        return;
      }
      const files = context?.files ?? [];
      // A fatal message that is not about an article (a file that cannot be read, a config
      // that cannot be loaded) means the work could not be done.
      done({ code: files.some((file) => file.messages.some(isToolFailure)) ? 2 : (code ?? 0), files });
    });
  });
}

/**
 * Check articles with unified-engine: it expands globs, honours `.newsmarkignore`, finds
 * `.newsmarkrc*` and `package.json#newsmark` per folder, and reports.
 *
 * @returns The exit code: 0 clean, 1 errors (or warnings with `frail`), 2 the tool failed.
 */
export async function check(options: CheckOptions, cwd: string, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const machine = options.format !== 'text';
  const format =
    options.format === 'json'
      ? reporterJson
      : options.format === 'sarif'
        ? (files: VFile[]) => `${reporterSarif(files, { cwd, version: options.version })}\n`
        : reporter;
  const { code, files } = await run(
    {
      ...engineOptions({ config: options.config, ignorePath: options.ignorePath, cwd }),
      files: options.patterns,
      frail: options.frail,
      quiet: options.quiet,
      color: options.color && !machine,
      // Machine formats go to standard output, to be redirected to a file.
      streamError: machine ? stdout : stderr,
      reporter: reportContent(format as never, stderr),
    },
    stderr,
  );
  // An empty folder or a glob that matches nothing is most likely a wrong path, not a clean
  // check; files named one by one and all ignored are skipped on purpose (lint-staged).
  if (code !== 2 && files.length === 0 && !options.patterns.every((pattern) => isFile(resolve(cwd, pattern)))) {
    stderr.write(`newsmark: no articles found in ${options.patterns.map((pattern) => `\`${pattern}\``).join(', ')} (looked for ${EXTENSIONS.map((extension) => `.${extension}`).join(', ')})\n`);
    return 2;
  }
  return code;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Read one article the way `newsmark check` reads it, with the same config (`--config`,
 * `newsmark.config.*`, the nearest `.newsmarkrc*`), so that `parse` and `check` agree on a file.
 * Messages are reported to `stderr` (warnings and errors; nothing for a clean file).
 *
 * @returns The file, with the article on `file.data.newsmark`, or undefined when the tool failed.
 */
export async function readWithConfig(
  path: string,
  settings: { config: string | undefined; cwd: string; stdin: NodeJS.ReadableStream },
  stderr: NodeJS.WritableStream,
): Promise<VFile | undefined> {
  const stdin = path === '-';
  // Read here rather than by the engine, which reads UTF-8 only: a UTF-16 file with its byte
  // order mark is decoded as such (bytes that are not UTF-8 are warned about by the plugin).
  const file = stdin ? undefined : new VFile({ path, cwd: settings.cwd, value: decodeText(readFileSync(resolve(settings.cwd, path))).text });
  const { code, files } = await run(
    {
      ...engineOptions({ config: settings.config, cwd: settings.cwd }),
      // `parse` reads the file it is given, ignore files or not.
      ignoreName: undefined,
      files: file ? [file] : [],
      ...(stdin ? { streamIn: settings.stdin } : {}),
      quiet: true,
      color: false,
      streamError: stderr,
      reporter: reportContent(reporter as never, stderr),
    },
    stderr,
  );
  return code === 2 ? undefined : files[0];
}
