// Mocha reporter: the spec reporter's output, plus the pass/fail counts written as JSON to
// $HSL_RESULTS (when set), so `npm test` can add up unit, integration and UI tests.
'use strict';
const fs = require('fs');
const Mocha = require('mocha');

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const out = process.env.HSL_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ passed: this.stats.passes, failed: this.stats.failures }));
    });
  }
}
module.exports = CountReporter;
