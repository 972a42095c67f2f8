// Ends the run with one line CI reads: "N passed, N failed, N skipped".
// A test file that fails to load (or errors outside a test) counts as a failure.

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && session.errors.length > 0) totals.failed += session.errors.length;
        else if (!session.passed && !session.testResults) totals.failed++;
      }
      // Written at exit, after the default reporter's closing lines, so it is the last line.
      process.once('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
