import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests that spawn the built command take seconds each on a loaded 2-core machine.
    testTimeout: 60_000,
    // Type tests (`expectTypeOf` in *.test-d.ts) run with tsc inside `vitest run`.
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
