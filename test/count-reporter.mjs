// Prints the closing line CI reads: `N passed, N failed` alone on a line.

/** @typedef {{ name: string, passed: boolean, skipped: boolean }} TestResult */
/** @typedef {{ tests: TestResult[], suites: TestSuite[] }} TestSuite */
/** @typedef {{ passed: number, failed: number, skipped: number }} Totals */

/**
 * @param {TestSuite} suite
 * @param {Totals} totals
 */
function countTests(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) countTests(child, totals);
}

export function countReporter() {
  return {
    /** @param {{ sessions: { testResults?: TestSuite, passed?: boolean, errors?: unknown[] }[] }} run */
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, totals);
        // A file that failed to load has no tests but is still a failure.
        else if (!session.passed) totals.failed += 1;
        if (session.testResults && !session.passed && session.errors?.length) totals.failed += session.errors.length;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
