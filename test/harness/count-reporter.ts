// Mocha reporter: the spec reporter's output, plus the pass/fail counts written as JSON to
// $HSL_RESULTS (when set), so `npm test` can add up unit, integration and UI tests.
import { writeFileSync } from 'fs';
import Mocha = require('mocha');

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const out = process.env.HSL_RESULTS;
      const stats = runner.stats ?? { passes: 0, failures: 0 };
      if (out) writeFileSync(out, JSON.stringify({ passed: stats.passes, failed: stats.failures }));
    });
  }
}

export = CountReporter;
