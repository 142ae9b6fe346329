import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests that spawn the command line or run thousands of property cases take seconds on a
    // shared, loaded machine: 5 s (the default) failed them for load alone.
    testTimeout: 60_000,
    // Type tests (`expectTypeOf` in *.test-d.ts) run with tsc inside `vitest run`.
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
