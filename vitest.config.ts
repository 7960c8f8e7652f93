import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/helpers/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
