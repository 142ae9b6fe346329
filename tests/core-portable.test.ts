/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The core (`newsmark`, `newsmark/schema`) must run where there is no Node: browsers, Deno,
// Bun, edge workers. esbuild with `platform: 'browser'` fails to resolve any Node built-in
// (`node:fs`, `path`) that is not marked external, and it prefers packages' browser builds.
const root = fileURLToPath(new URL('..', import.meta.url));

const browser = {
  absWorkingDir: root,
  platform: 'browser',
  format: 'esm',
  bundle: true,
  write: false,
  metafile: true,
  logLevel: 'silent',
} satisfies BuildOptions;

describe('core bundles for the browser', () => {
  it('fails the build when a module imports a Node built-in (control)', async () => {
    await expect(
      build({
        ...browser,
        stdin: { contents: "export { readFileSync } from 'node:fs';", resolveDir: root, loader: 'ts' },
      }),
    ).rejects.toThrow(/node:fs/);
  });

  it('bundles `src/index.ts` for browser pages with no Node built-in', async () => {
    const result = await build({ ...browser, entryPoints: ['src/index.ts'] });
    expect(result.errors).toEqual([]);
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.imports.filter((item) => item.external)).toEqual([]);
  });

  it('bundles `src/index.ts` for workers and runs it with only standard web globals', async () => {
    // Page builds may use the DOM (decode-named-character-reference decodes entities with
    // `document`); workers and edge runtimes resolve the `worker` condition, which has no DOM,
    // so this build runs in a realm with no DOM and no Node.
    const result = await build({ ...browser, conditions: ['worker'], entryPoints: ['src/index.ts'] });
    expect(result.errors).toEqual([]);
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.imports.filter((item) => item.external)).toEqual([]);

    // A classic script in a fresh realm: ES built-ins (including Intl) plus the web APIs
    // browsers and workers share, and no `process`, `require`, `Buffer`, `global` or `document`.
    const code = result.outputFiles[0]?.text ?? '';
    const script = await transform(code, { format: 'iife', globalName: 'newsmark', loader: 'js' });
    const context = vm.createContext({
      console,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      structuredClone,
      queueMicrotask,
      setTimeout,
      clearTimeout,
      atob,
      btoa,
    });
    expect(
      vm.runInContext(
        '[typeof process, typeof require, typeof Buffer, typeof global, typeof document, typeof Intl]',
        context,
      ),
    ).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'object']);
    vm.runInContext(script.code, context, { filename: 'newsmark.worker.js' });

    // A character reference: the parser decodes it for the tree, with the worker build's table.
    context.input = 'Council approves budget\n\nThe city council approved the caf&eacute; budget on Monday, officials said.';
    const headline: unknown = vm.runInContext('newsmark.parseArticle(input).meta.headline', context);
    expect(headline).toBe('Council approves budget');
  });

  it('bundles `parseArticle` within 650 KB gzipped, with no zod locale', async () => {
    // zod's locales (64 of them, ~65 KB gzipped) are reachable only through the `z` object that
    // `import { z } from 'zod'` names; `import * as z` lets the bundler leave them out.
    const result = await build({
      ...browser,
      minify: true,
      stdin: { contents: "export { parseArticle } from './src/index.ts';", resolveDir: root, loader: 'ts' },
    });
    const kept = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(([, input]) => input.bytesInOutput > 0);
    expect(kept.map(([path]) => path).filter((path) => path.includes('zod/v4/locales/') && !path.endsWith('/en.js'))).toEqual([]);
    expect(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length).toBeLessThanOrEqual(650 * 1024);
  });

  it('bundles `src/schema/index.ts` without unified, remark, micromark or mdast', async () => {
    const result = await build({ ...browser, entryPoints: ['src/schema/index.ts'] });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('node_modules/zod/'))).toBe(true);
    expect(inputs.filter((path) => /unified|remark|micromark|mdast/.test(path))).toEqual([]);
  });
});
