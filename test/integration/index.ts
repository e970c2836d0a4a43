// Entry point that VS Code's extension host calls (extensionTestsPath): runs every *.test.js beside it
// with mocha, inside the real extension host.
import { readdirSync } from 'fs';
import * as path from 'path';
import Mocha = require('mocha');
import CountReporter = require('../harness/count-reporter');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: CountReporter });
  if (process.env.HSL_GREP) mocha.grep(process.env.HSL_GREP);
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
