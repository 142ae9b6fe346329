/// <reference types="node" />
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { engine, type Preset } from 'unified-engine';
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import { remarkNewsmark } from '../parse/remark-newsmark.js';
import { invalidRules } from '../rules/index.js';
import type { Plugin } from 'unified';
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
}


// unified-engine types plugins loosely (their options as unknown).
const plugin = remarkNewsmark as unknown as Plugin;

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
  if (schema !== undefined && typeof (schema as { safeParse?: unknown })?.safeParse !== 'function') {
    errors.push('Unexpected `schema`, expected a zod schema such as one from `defineArticleSchema`');
  }
  if (errors.length > 0) throw new Error(`Invalid config \`${filePath}\`: ${errors.join('; ')}`);
  return { plugins: [[plugin, { rules, schema }]] };
}

/**
 * Check articles with unified-engine: it expands globs, honours `.newsmarkignore`, finds
 * `.newsmarkrc*` and `package.json#newsmark` per folder, and reports.
 *
 * @returns The exit code: 0 clean, 1 errors (or warnings with `frail`), 2 the tool failed.
 */
export async function check(options: CheckOptions, cwd: string, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const rcPath = options.config ?? CONFIG_FILES.find((name) => existsSync(resolve(cwd, name)));
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const machine = options.format !== 'text';
  return new Promise((done) => {
    engine(
      {
        processor: () => processor(),
        cwd,
        files: options.patterns,
        extensions: EXTENSIONS,
        ignoreName: '.newsmarkignore',
        ignorePath: options.ignorePath,
        rcName: '.newsmarkrc',
        packageField: 'newsmark',
        rcPath,
        configTransform,
        // Files with no config still get the default rules.
        defaultConfig: { plugins: [[plugin, {}]] },
        frail: options.frail,
        quiet: options.quiet,
        color: options.color && !machine,
        out: false,
        output: false,
        // Machine formats go to standard output, to be redirected to a file.
        streamError: machine ? stdout : stderr,
        reporter: options.format === 'json' ? reporterJson : options.format === 'sarif' ? (files) => `${reporterSarif(files, { cwd })}\n` : reporter,
      },
      (error, code, context) => {
        if (error) {
          stderr.write(`newsmark: ${error.message}\n`);
          done(2);
          return;
        }
        // A fatal message that is not about an article (a file that cannot be read, a config
        // that cannot be loaded) means the check could not be done.
        const failed = context?.files.some((file) => file.messages.some((message) => message.fatal && message.source !== 'newsmark'));
        done(failed ? 2 : (code ?? 0));
      },
    );
  });
}
