// Ends every run with one plain line, "tests: N passed, N failed, N skipped", that CI and
// people can read without knowing vitest's own layout.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    const count = (state: 'passed' | 'failed' | 'skipped') => testModules.reduce((n, m) => n + [...m.children.allTests(state)].length, 0);
    // A module that failed to load, or an unhandled error, is a failure without a test case.
    const broken = testModules.filter((m) => !m.ok() && [...m.children.allTests('failed')].length === 0).length + unhandledErrors.length;
    process.stdout.write(`\ntests: ${String(count('passed'))} passed, ${String(count('failed') + broken)} failed, ${String(count('skipped'))} skipped\n`);
  }
}
