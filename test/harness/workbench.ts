// Opens code-server's VS Code workbench in headless Debian Chromium (playwright-core), with our
// extension in development mode and, optionally, a mocha suite that runs inside the real extension host.
// Results come back through the functions the smoke-test driver calls: codeAutomationLog / codeAutomationExit.
import { Browser, Page, chromium } from 'playwright-core';
import * as util from 'util';
import type { CodeServer } from './code-server';
import { CHROMIUM } from './tools';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WorkbenchOptions {
  /** Absolute folders of extensions under development (ours first). */
  extensionDevelopmentPaths: string[];
  /** Absolute path of the suite's index module, without `.js`. */
  extensionTestsPath?: string;
  /** Environment variables for the extension host. */
  extensionEnvironment?: Record<string, string>;
  /** Absolute path of a file to open in an editor. */
  openFile?: string;
  /** Receives every console line of the workbench and the extension host. */
  onLog?: (line: string) => void;
  viewport?: { width: number; height: number };
}

export interface Workbench {
  readonly page: Page;
  /** Resolves with the extension host's exit code once the test suite finished (tests only). */
  readonly exit: Promise<number>;
}

const NOISE = /^\[(AgentHost[^\]]*|ChatModelSelection|AccountPolicyGate)\]|ENOTFOUND open-vsx|open-vsx\.org|^Creating a socket|^Resolv(ing|ed) connection token|^\[reconnection-grace-time\]/;

/** The authority code-server puts into the page's workbench configuration (currently the literal "remote"). */
export async function remoteAuthority(server: CodeServer): Promise<string> {
  const html = await (await fetch(`${server.origin}/?folder=${encodeURIComponent(server.workspace)}`)).text();
  const m = html.replace(/&quot;/g, '"').match(/"remoteAuthority":"([^"]+)"/);
  return m?.[1] ?? `127.0.0.1:${server.port}`;
}

export async function openWorkbench(browser: Browser, server: CodeServer, opts: WorkbenchOptions): Promise<Workbench> {
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
  const onLog = opts.onLog ?? ((line: string) => console.log(line));
  page.on('pageerror', (e) => onLog(`[pageerror] ${e.message}`));
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
    const line = util.format(...(Array.isArray(args) ? (args as unknown[]) : [args]));
    if (!NOISE.test(line)) onLog(line);
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));

  await page.goto(await workbenchUrl(server, opts));
  return { page, exit };
}

/** The workbench URL whose `payload` loads our extension (and optionally a test suite and a file). */
export async function workbenchUrl(server: CodeServer, opts: WorkbenchOptions): Promise<string> {
  const authority = await remoteAuthority(server);
  const remote = (p: string): string => `vscode-remote://${authority}${p}`;
  const payload: [string, string][] = [
    ...opts.extensionDevelopmentPaths.map((p): [string, string] => ['extensionDevelopmentPath', remote(p)]),
    ['skipWelcome', 'true'],
  ];
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', remote(opts.extensionTestsPath)]);
  if (opts.extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(opts.extensionEnvironment)]);
  if (opts.openFile) payload.push(['openFile', remote(opts.openFile)]);
  const params = new URLSearchParams({ folder: server.workspace, payload: JSON.stringify(payload) });
  return `${server.origin}/?${params.toString()}`;
}
