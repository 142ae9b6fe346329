import { configDefaults, defineConfig } from 'vitest/config';

// Tests that time parsing (growth with input length, budgets in milliseconds) run after the rest,
// one file at a time: run beside other test files on a machine of few cores, their larger inputs
// met more contention for the processor's caches than their smaller ones, and a linear shape
// measured 6.05 against a bound of 6 in a full run while 4.9 alone.
const TIMED = ['tests/linear-time.test.ts', 'tests/hostile.test.ts'];

export default defineConfig({
  test: {
    // Tests that spawn the command line or run thousands of property cases take seconds on a
    // shared, loaded machine: 5 s (the default) failed them for load alone.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMED],
          sequence: { groupOrder: 0 },
          // Type tests (`expectTypeOf` in *.test-d.ts) run with tsc inside `vitest run`.
          typecheck: {
            enabled: true,
            include: ['tests/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED,
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
    ],
  },
});
