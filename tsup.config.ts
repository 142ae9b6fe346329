import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with types for both. The core imports no Node built-ins.
    entry: { index: 'src/index.ts', 'schema/index': 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
    sourcemap: true,
    splitting: false,
  },
  {
    // The command line: Node only, ESM, with the library bundled in.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
