import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as StrykerJS runs it (stryker.config.mjs), in-process tests only. Left out: the
// scaling test (its growth ratios measure time, which instrumented code does not keep); the tests
// that run the built CLI (bin/kepu.js runs dist/, which Stryker does not mutate: they cannot kill
// a mutant, and a mutant in a module's top level would run them all); the browser tests; and the
// fuzzing (thousands of generated documents per mutant). A score measured without them is a
// lower bound of the whole suite's.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        'test/scaling.test.ts',
        'test/cli.test.ts',
        'test/corpus-run.test.ts',
        'test/new-user.test.ts',
        'test/io.test.ts',
        'test/fuzz.test.ts',
        'test/diff-html.test.ts',
        'test/formats-pdf.test.ts',
      ],
    },
  }),
);
