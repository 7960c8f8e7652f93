import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One process per test file: test/scaling.test.ts measures its own process's CPU time.
    pool: 'forks',
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/helpers/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
