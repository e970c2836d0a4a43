// Entry point of the integration suite inside code-server's browser-side WEB WORKER extension host
// (the one vscode.dev uses). test/harness/run-web.ts bundles this file for the browser with esbuild:
// - the virtual module `hsl:integration-tests` requires every test/integration/*.test.ts, sorted, the
//   same files test/integration/index.ts runs in the Node host;
// - `assert` and `path` resolve to the shims beside this file (no Node built-ins in a web worker);
// - `process.env` is a constant object (there is no `process` in a web worker);
// - HSL_WEB_GREP is the optional $HSL_GREP of the harness.
// Mocha's spec reporter prints through console.log, which the harness receives via codeAutomationLog.
import * as vscode from 'vscode';
import * as assert from './assert';
import { EXTENSION_ID } from '../integration/helpers';

declare const HSL_WEB_GREP: string;

/**
 * Tests that cannot run in the web worker host, by full title (suite + test), with the reason.
 * They are marked pending in this host only, and the reason is appended to their title.
 */
const WEB_SKIPS: ReadonlyMap<string, string> = new Map<string, string>([]);

/** One line that proves where the suite runs; run-web.ts checks it. */
function environmentLine(): string {
  const g = globalThis as { WorkerGlobalScope?: abstract new () => unknown; importScripts?: unknown };
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const inWorker = typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope;
  return [
    '[hsl-web] environment:',
    `typeof process=${typeof process}`,
    `worker=${inWorker}`,
    `typeof navigator=${typeof navigator}`,
    `typeof importScripts=${typeof g.importScripts}`,
    `uiKind=${vscode.UIKind[vscode.env.uiKind]}`,
    `extensionKind=${ext ? vscode.ExtensionKind[ext.extensionKind] : 'not-found'}`,
    `vscode.version=${vscode.version}`,
    `appName=${vscode.env.appName}`,
    `remoteName=${vscode.env.remoteName ?? '-'}`,
    `extensionUri=${ext?.extensionUri.toString() ?? '-'}`,
  ].join(' ');
}

/**
 * The workbench cancels a code-action request whenever the set of code-action providers for the
 * document changes while it runs (the request then yields [] or throws Canceled). In this host the
 * suite starts while the remote Node host is still activating built-in extensions: opening the first
 * .js file activates TypeScript/JavaScript language features there, which register providers for a
 * while, and the first quick-fix test raced them (about 1 run in 4). So open the JavaScript fixture
 * first and wait until code actions on it are stable. Never fails: the tests report any real problem.
 */
async function waitForStableCodeActions(timeoutMs = 30_000): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const t0 = Date.now();
  let doc: vscode.TextDocument;
  try {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'express', 'app.js'));
  } catch {
    console.log('[hsl-web] express/app.js not found: no code-action warm-up');
    return;
  }
  await vscode.window.showTextDocument(doc);
  const at = Math.max(0, doc.getText().search(/\b412\b/));
  const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at));
  let stable = 0;
  let last = -1;
  let glitches = 0;
  while (stable < 6 && Date.now() - t0 < timeoutMs) {
    let count: number;
    try {
      count = ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? []).length;
    } catch {
      count = -1; // Canceled: the providers changed during the request
    }
    if (count > 0 && count === last) stable++;
    else {
      if (stable > 0 || count <= 0) glitches++;
      stable = count > 0 ? 1 : 0;
    }
    last = count;
    await new Promise((r) => setTimeout(r, 150));
  }
  console.log(`[hsl-web] code actions ${stable >= 6 ? 'stable' : 'NOT stable'} after ${Date.now() - t0} ms (${glitches} empty or canceled answers)`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function markSkips(suite: Mocha.Suite): string[] {
  const skipped: string[] = [];
  for (const t of suite.tests) {
    const reason = WEB_SKIPS.get(t.fullTitle());
    if (reason) {
      t.title = `${t.title} [skipped in the web worker host: ${reason}]`;
      t.pending = true;
      skipped.push(t.fullTitle());
    }
  }
  for (const s of suite.suites) skipped.push(...markSkips(s));
  return skipped;
}

export async function run(): Promise<void> {
  console.log(environmentLine());
  await waitForStableCodeActions();
  require('mocha/mocha'); // mocha's browser build: defines the global `mocha`
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
  if (HSL_WEB_GREP) mocha.grep(new RegExp(HSL_WEB_GREP));

  suite('web worker extension host', () => {
    test('the suite runs in the browser-side web worker host, with our extension as a UI extension', () => {
      const g = globalThis as { WorkerGlobalScope?: abstract new () => unknown };
      assert.strictEqual(typeof process, 'undefined', 'no Node `process` global');
      assert.ok(typeof g.WorkerGlobalScope === 'function' && globalThis instanceof g.WorkerGlobalScope, 'runs in a web worker');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
      assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI, 'extensionKind is UI (browser side)');
    });
  });
  require('hsl:integration-tests');
  for (const title of markSkips(mocha.suite)) console.log(`[hsl-web] skipped in this host: ${title}`);

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
