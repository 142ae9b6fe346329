import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Many tests spawn the built CLI, which takes seconds on a 2-core machine shared with other
    // work; the default 5 s fails them for the machine's load, not for what they check.
    testTimeout: 60_000,
    // Type tests (`expectTypeOf` in *.test-d.ts) run with tsc inside `vitest run`.
    typecheck: {
      enabled: true,
      include: ['tests/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
