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

/** A new page that forwards the workbench's log and the extension host's exit code (smoke-test driver hooks). */
async function automationPage(browser: Browser, opts: { onLog?: (line: string) => void; viewport?: { width: number; height: number } }): Promise<Workbench> {
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
  return { page, exit };
}

export async function openWorkbench(browser: Browser, server: CodeServer, opts: WorkbenchOptions): Promise<Workbench> {
  const workbench = await automationPage(browser, opts);
  await workbench.page.goto(await workbenchUrl(server, opts));
  return workbench;
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
  // The file must carry the same authority as the workspace folder (the page's host), or VS Code
  // opens a second document for the same file.
  if (opts.openFile) payload.push(['openFile', `vscode-remote://127.0.0.1:${server.port}${opts.openFile}`]);
  const params = new URLSearchParams({ folder: server.workspace, payload: JSON.stringify(payload) });
  return `${server.origin}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// The browser-side WEB WORKER extension host (the one vscode.dev uses).
// The URL payload never reaches that host: the web workbench scans development web extensions only
// from its construction option `developmentOptions.extensions`, which code-server does not set. So an
// init script patches `<meta id="vscode-workbench-web-configuration" data-settings>` as soon as the
// parser inserts it, before the workbench reads it. (Rewriting the HTML with page.route breaks the
// workbench's WebSockets.) The authority must be the page's host, not code-server's "remote".

export interface WebWorkerWorkbenchOptions {
  /** Absolute folder of a web-only extension: its package.json has "browser" and NO "main" (with "main", the Node host takes it). */
  extensionPath: string;
  /** Absolute path of the suite's index module (a browser bundle), without `.js`. */
  extensionTestsPath?: string;
  /** Receives every console line of the workbench and the extension hosts. */
  onLog?: (line: string) => void;
  viewport?: { width: number; height: number };
}

/** Makes the next page load run `extensionPath` (and the suite at `extensionTestsPath`) in the web worker extension host. */
export async function addWebWorkerDevelopmentOptions(page: Page, extensionPath: string, extensionTestsPath?: string): Promise<void> {
  await page.addInitScript(
    ({ extensionPath, extensionTestsPath }: { extensionPath: string; extensionTestsPath: string | null }) => {
      const patch = (el: HTMLElement): void => {
        const cfg = JSON.parse(el.getAttribute('data-settings') ?? '{}') as { developmentOptions?: Record<string, unknown> };
        const uri = (p: string): { scheme: string; authority: string; path: string } => ({ scheme: 'vscode-remote', authority: location.host, path: p });
        cfg.developmentOptions = {
          ...(cfg.developmentOptions ?? {}),
          extensions: [uri(extensionPath)],
          ...(extensionTestsPath ? { extensionTestsPath: uri(extensionTestsPath) } : {}),
        };
        el.setAttribute('data-settings', JSON.stringify(cfg));
      };
      new MutationObserver((_records, observer) => {
        const el = document.getElementById('vscode-workbench-web-configuration');
        if (el?.getAttribute('data-settings')) {
          observer.disconnect();
          patch(el);
        }
      }).observe(document, { childList: true, subtree: true });
    },
    { extensionPath, extensionTestsPath: extensionTestsPath ?? null },
  );
}

/** Opens the workbench with a web extension (and optionally its suite) in the web worker extension host. */
export async function openWebWorkerWorkbench(browser: Browser, server: CodeServer, opts: WebWorkerWorkbenchOptions): Promise<Workbench> {
  const workbench = await automationPage(browser, opts);
  await addWebWorkerDevelopmentOptions(workbench.page, opts.extensionPath, opts.extensionTestsPath);
  // The payload keeps only skipWelcome: an extensionDevelopmentPath there would go to the Node host.
  const params = new URLSearchParams({ folder: server.workspace, payload: JSON.stringify([['skipWelcome', 'true']]) });
  await workbench.page.goto(`${server.origin}/?${params.toString()}`);
  return workbench;
}
