import { defineConfig } from 'vitest/config';

// Slow tests that install the packed package into fresh projects (ESM, CJS, TypeScript, Astro):
// `npm run test:e2e`, which `.ci/run` runs after `npm test`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // One at a time: each installs packages.
    fileParallelism: false,
  },
});
