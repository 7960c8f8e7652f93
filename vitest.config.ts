import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One process per test file: test/scaling.test.ts measures its own process's CPU time.
    pool: 'forks',
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/helpers/setup.ts'],
    testTimeout: 60_000,
    // A hook gets as long as a test: the browser suites' beforeAll launches Chromium and writes
    // reports through the built CLI (ten work reports for one), which overran vitest's default
    // 10 s at load 12–18 on this 2-core machine while passing alone.
    hookTimeout: 60_000,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
