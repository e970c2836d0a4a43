// `npm run test:ui`: UI tests as a person sees them. Headless Chromium drives the real VS Code web UI
// (code-server) with our extension loaded; screenshots go to test-results/ui/.
import { mkdirSync, readdirSync, rmSync } from 'fs';
import * as path from 'path';
import Mocha = require('mocha');
import { startCodeServer } from './code-server';
import CountReporter = require('./count-reporter');
import { REPO_ROOT, ensureTools, log } from './tools';
import { launchBrowser } from './workbench';
import { SHOT_DIR, setSession } from '../ui/session';

async function main(): Promise<void> {
  ensureTools();
  rmSync(SHOT_DIR, { recursive: true, force: true });
  mkdirSync(SHOT_DIR, { recursive: true });
  process.env.HSL_RESULTS ??= path.join(REPO_ROOT, 'test-results', 'ui.json');
  const server = await startCodeServer();
  const browser = await launchBrowser();
  setSession({ server, browser });
  try {
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: CountReporter });
    if (process.env.HSL_GREP) mocha.grep(process.env.HSL_GREP);
    const dir = path.join(REPO_ROOT, 'out', 'test', 'ui');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    log(`ui: screenshots in ${SHOT_DIR}: ${readdirSync(SHOT_DIR).join(', ') || '(none)'}`);
    process.exitCode = failures > 0 ? 1 : 0;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
