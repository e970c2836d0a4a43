// Starts code-server on 127.0.0.1 in its own process group, with fresh user-data and extensions
// folders, and stops exactly that group (a remote extension host otherwise lingers for hours).
import { ChildProcess, spawn } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { CODE_SERVER_ENTRY, NODE24_BIN, NODE24_DIR, REPO_ROOT, log } from './tools';

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  /** The workspace folder it opened (a fresh copy of the fixtures). */
  readonly workspace: string;
  readonly runDir: string;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

export interface StartOptions {
  /** Folder to copy as the workspace (default test/fixtures). */
  workspaceSource?: string;
  /** Use this folder as the workspace as is, without copying. */
  workspace?: string;
  port?: number;
  /** Extra command-line arguments for code-server. */
  extraArgs?: string[];
  /** Extension folders to install as ordinary (not development) extensions, e.g. a stand-in REST Client. */
  installExtensions?: string[];
  /** User settings, on top of the harness defaults. */
  settings?: Record<string, unknown>;
}

export async function startCodeServer(opts: StartOptions = {}): Promise<CodeServer> {
  const runDir = mkdtempSync(path.join(os.tmpdir(), 'hsl-run-'));
  let workspace = opts.workspace;
  if (!workspace) {
    workspace = path.join(runDir, 'workspace');
    cpSync(opts.workspaceSource ?? path.join(REPO_ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  }
  // Quiet, deterministic user settings: no welcome page, no chat panel, no update checks.
  const userDir = path.join(runDir, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...opts.settings }, null, 2));
  for (const ext of opts.installExtensions ?? []) {
    const manifest = JSON.parse(readFileSync(path.join(ext, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    cpSync(ext, path.join(runDir, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  const port = opts.port ?? (await freePort());
  const out = openSync(path.join(runDir, 'code-server.log'), 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', path.join(runDir, 'user-data'),
    '--extensions-dir', path.join(runDir, 'extensions'),
    // Without this the built workbench ignores the extension-development payload.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(opts.extraArgs ?? []),
    workspace,
  ];
  const child: ChildProcess = spawn(NODE24_BIN, args, {
    detached: true, // its own process group
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
      XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    },
  });
  const pid = child.pid;
  let stopped = false;
  const stop = (): void => {
    if (stopped || pid === undefined) return;
    stopped = true;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  try {
    await waitFor('code-server /healthz', async () => ((await fetch(`${origin}/healthz`)).ok ? true : undefined), 60_000);
  } catch (e) {
    stop();
    throw new Error(`${(e as Error).message}; see ${path.join(runDir, 'code-server.log')}`, { cause: e });
  }
  log(`code-server up on ${origin} in ${((Date.now() - t0) / 1000).toFixed(1)}s (run dir ${runDir})`);
  return { port, origin, workspace, runDir, stop };
}
