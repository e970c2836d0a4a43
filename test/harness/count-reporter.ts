// Mocha reporter: the spec reporter's output, plus the pass/fail counts and the failed tests' titles
// written as JSON to $HSL_RESULTS (when set), so `npm test` can add up unit, integration and UI tests
// and name the failures again at the end of its output.
import { writeFileSync } from 'fs';
import Mocha = require('mocha');
import type { SuiteResult } from './tools';

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const failures: string[] = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Runnable, err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
      failures.push(`${test.fullTitle()}: ${lines.join(' ')}`.slice(0, 300));
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const out = process.env.HSL_RESULTS;
      const stats = runner.stats ?? { passes: 0, failures: 0 };
      const result: SuiteResult = { passed: stats.passes, failed: stats.failures, failures };
      if (out) writeFileSync(out, JSON.stringify(result));
    });
  }
}

export = CountReporter;
