import * as assert from 'assert';
import { type ChildProcess, spawn } from 'child_process';
import * as net from 'net';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { freePort, waitFor } from '../harness/code-server';
import { REPO_ROOT } from '../harness/tools';
import { SHOT_DIR, session } from './session';

/** True while something accepts connections on 127.0.0.1:port. */
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function within<T>(what: string, promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Signals the process group `pid` leads (start.js runs detached, so that is start.js alone). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

suite('UI: npm start', () => {
  test('npm start serves VS Code with the examples workspace, and Ctrl-C stops it and frees the port', async function () {
    this.timeout(180_000);
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'out', 'test', 'harness', 'start.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port) },
      detached: true, // its own process group, so a failure can stop all of it
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.ok(child.pid, 'npm start spawned');
    const pid = child.pid;
    const exited = exitOf(child);
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    let page: Page | undefined;
    try {
      // The URL it prints, on our port.
      const url = await Promise.race([
        waitFor('npm start to print its URL', () => Promise.resolve(/(http:\/\/127\.0\.0\.1:\d+\/\?\S+)/.exec(output)?.[1]), 120_000),
        exited.then(({ code, signal }): never => {
          throw new Error(`npm start exited early (${code ?? signal ?? '?'}):\n${output}`);
        }),
      ]);
      assert.strictEqual(new URL(url).port, String(port), `the URL uses PORT (${url})`);
      assert.match(new URL(url).searchParams.get('folder') ?? '', /[\\/]examples$/, 'it opens the examples workspace');

      // The URL is served.
      await waitFor('the URL to be served', async () => ((await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok ? true : undefined), 30_000);

      // In a browser, the workbench shows the examples in the explorer.
      const workbench = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
      page = workbench;
      await workbench.goto(url);
      const row = (name: string): ReturnType<Page['locator']> => workbench.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first();
      await row('api.http').waitFor({ timeout: 90_000 });
      await row('express').waitFor({ timeout: 10_000 });
      await row('README.md').waitFor({ timeout: 10_000 });
      await workbench.screenshot({ path: path.join(SHOT_DIR, 'npm-start.png') });
      await workbench.close();
      page = undefined;

      // Ctrl-C: the terminal sends SIGINT to the foreground process group.
      signalGroup(pid, 'SIGINT');
      const { code, signal } = await within('npm start to exit after Ctrl-C', exited, 20_000);
      assert.strictEqual(code, 0, `npm start exits with 0 after Ctrl-C (signal ${signal ?? 'none'})\n${output}`);
      assert.match(output, /stopping code-server/);
      await waitFor(`port ${port} to close`, async () => ((await portOpen(port)) ? undefined : true), 20_000);
    } catch (e) {
      await page?.screenshot({ path: path.join(SHOT_DIR, 'npm-start-failure.png') }).catch(() => undefined);
      throw e;
    } finally {
      await page?.close().catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) {
        // SIGTERM first: start.js then stops its code-server (a separate process group); SIGKILL if it hangs.
        signalGroup(pid, 'SIGTERM');
        await within('npm start to stop', exited, 10_000).catch(() => signalGroup(pid, 'SIGKILL'));
      }
    }
  });
});
