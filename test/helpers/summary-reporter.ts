/**
 * Ends the test output with one plain line, "N passed, N failed, N skipped", which CI and people
 * can read without knowing vitest's format. A test that did not run because a hook of its suite
 * failed (a browser suite's beforeAll that finds no chromium, say) is counted as failed, not
 * skipped: vitest reports it skipped, and the line would read "0 failed" for a red run.
 */
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** Whether a suite that holds the test (or its file) failed by itself, in a hook or at collection. */
function underFailedSuite(test: TestCase): boolean {
  for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
    if (parent.state() === 'failed' && parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || underFailedSuite(test)) failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
