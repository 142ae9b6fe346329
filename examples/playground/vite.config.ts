/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground bundles newsmark from `src/` for the browser: `npm run playground` serves it,
// `npm run playground:build` writes the static page to `examples/playground/dist/`.
const here = fileURLToPath(new URL('.', import.meta.url));
const repository = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  // Nothing to copy: the page is index.html and what main.ts imports.
  publicDir: false,
  server: { fs: { allow: [repository] } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: true },
});
