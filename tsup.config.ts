import { defineConfig } from 'tsup';

const library = {
  entry: { index: 'src/index.ts', 'schema/index': 'src/schema/index.ts' },
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  splitting: false,
} as const;

export default defineConfig([
  {
    // The library as ESM, with types. The core imports no Node built-ins.
    ...library,
    format: ['esm'],
    clean: true,
    // Keep `with { type: 'json' }` on imports of packages' JSON data: Node's ESM loader needs it,
    // and every runtime that runs ES2022 modules with JSON imports reads it.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
  },
  {
    // The library as CJS, with types. unified, remark and vfile are ESM only, which `require`
    // cannot load before Node 20.19 and which esbuild's CJS interop misreads after (the default
    // import becomes the module namespace), so this build bundles them. zod, yaml and
    // world-countries ship CJS and stay external.
    ...library,
    format: ['cjs'],
    noExternal: ['unified', 'remark-parse', 'remark-frontmatter', 'vfile', 'vfile-location', 'vfile-message', 'unified-message-control', 'mdast-comment-marker'],
  },
  {
    // The command line: Node only, ESM, with the library bundled in. `newsmark batch` runs its
    // worker threads from their own entry, beside the command's.
    entry: { 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
      // Code the commands share, and each command loaded when it runs, sits beside them.
      options.chunkNames = 'cli/[name]-[hash]';
    },
  },
]);
