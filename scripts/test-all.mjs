// `npm test`: builds, typechecks and lints, then runs the unit tests (mocha in node), the integration
// tests (inside a real VS Code extension host) and the UI tests (headless Chromium on the real VS Code
// web UI). Prints how long each phase took and ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join(process.cwd(), 'test-results');
mkdirSync(results, { recursive: true });
const phases = [];
let passed = 0;
let failed = 0;
let broken = false;
const failures = [];

function phase(name, cmd, args, resultsFile) {
  const t0 = Date.now();
  if (resultsFile) rmSync(resultsFile, { force: true });
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...(resultsFile ? { HSL_RESULTS: resultsFile } : {}) },
  });
  const secs = (Date.now() - t0) / 1000;
  let note = r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`;
  if (resultsFile) {
    const counts = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 1 };
    if (r.status !== 0 && counts.failed === 0) counts.failed = 1; // crashed outside the tests
    passed += counts.passed;
    failed += counts.failed;
    for (const f of counts.failures ?? []) failures.push(`${name}: ${f}`);
    note += `, ${counts.passed} passed, ${counts.failed} failed`;
  } else if (r.status !== 0) {
    broken = true;
  }
  phases.push(`${name.padEnd(12)} ${secs.toFixed(1).padStart(7)}s  ${note}`);
  return r.status === 0;
}

const node = process.execPath;
const bin = (name) => join('node_modules', '.bin', name);

if (phase('build', node, ['scripts/build.mjs', '--tests'])) {
  phase('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
  phase('lint', bin('eslint'), ['.']);
  phase('unit', bin('mocha'), ['--config', '.mocharc.json'], join(results, 'unit.json'));
  if (phase('tools', node, ['out/test/harness/tools.js'])) {
    phase('integration', node, ['out/test/harness/run-integration.js'], join(results, 'integration.json'));
    phase('ui', node, ['out/test/harness/run-ui.js'], join(results, 'ui.json'));
    phase('web', node, ['out/test/harness/run-web.js'], join(results, 'web.json'));
  }
}

// Repeated here, near the last line, so that a log cut to its tail still names what failed.
if (failures.length > 0) {
  console.log('\n=== failures ===');
  for (const f of failures) console.log(f);
}
console.log('\n=== phases ===');
for (const p of phases) console.log(p);
if (broken && failed === 0) failed = 1; // a build, typecheck, lint or tool step failed: never report green
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || broken ? 1 : 0;
