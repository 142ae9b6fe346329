import { defineConfig } from 'vitest/config';

// Browser tests: Playwright driving Debian's Chromium (`apt-get install -y chromium`), headless.
// `npm run test:browser` and `.ci/run` run them; the plain `npm test` does not, as its include
// (`tests/**/*.test.ts`) does not match `*.e2e.ts`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time on a small machine.
    fileParallelism: false,
  },
});
