// `npm run test:integration`: runs test/integration inside a real VS Code extension host
// (code-server's Node extension host, driven through its web workbench in headless Chromium).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { startCodeServer } from './code-server';
import { REPO_ROOT, SuiteResult, ensureTools, log } from './tools';
import { launchBrowser, openWorkbench } from './workbench';

export async function runHostSuite(name: string, suiteIndex: string, installExtensions: string[] = [], env: Record<string, string> = {}): Promise<SuiteResult> {
  const resultsDir = path.join(REPO_ROOT, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, `${name}.json`);
  rmSync(resultsFile, { force: true });
  const server = await startCodeServer({ installExtensions });
  const browser = await launchBrowser();
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300_000);
  try {
    const t0 = Date.now();
    const { exit, page } = await openWorkbench(browser, server, {
      extensionDevelopmentPaths: [REPO_ROOT],
      extensionTestsPath: suiteIndex,
      extensionEnvironment: { HSL_RESULTS: resultsFile, HSL_WORKSPACE: server.workspace, ...(process.env.HSL_GREP ? { HSL_GREP: process.env.HSL_GREP } : {}), ...env },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((r) => (timer = setTimeout(() => r(124), timeoutMs)));
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    if (code === 124) {
      await page.screenshot({ path: path.join(resultsDir, `${name}-timeout.png`) }).catch(() => undefined);
      log(`${name}: TIMEOUT after ${timeoutMs} ms`);
    }
    log(`${name}: extension host exited with ${code} after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    const counts: SuiteResult = existsSync(resultsFile)
      ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SuiteResult)
      : { passed: 0, failed: 1 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // the host failed before or outside the tests
    if (counts.failed > 0 && !counts.failures?.length) counts.failures = [`the extension host exited with ${code} outside the tests`];
    counts.failures = counts.failures?.map((f) => `${name}: ${f}`);
    return counts;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

async function main(): Promise<void> {
  ensureTools();
  const suite = path.join(REPO_ROOT, 'out', 'test', 'integration', 'index');
  const all = await runHostSuite('integration-main', suite);
  log(`integration: ${all.passed} passed, ${all.failed} failed`);
  // The .http tests again, with a stand-in REST Client that declares its own `http` language and
  // `source.http` grammar, to prove our features survive the collision.
  const coexist = await runHostSuite('integration-coexist', suite, [path.join(REPO_ROOT, 'test', 'fixtures', 'fake-rest-client')], {
    HSL_GREP: '\\.http files',
    HSL_COEXIST: '1',
  });
  log(`integration with a stand-in REST Client: ${coexist.passed} passed, ${coexist.failed} failed`);
  const total: SuiteResult = { passed: all.passed + coexist.passed, failed: all.failed + coexist.failed, failures: [...(all.failures ?? []), ...(coexist.failures ?? [])] };
  if (process.env.HSL_RESULTS) writeFileSync(process.env.HSL_RESULTS, JSON.stringify(total));
  process.exitCode = total.failed > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
