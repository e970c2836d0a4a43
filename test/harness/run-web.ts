// `node out/test/harness/run-web.js` (after `node scripts/build.mjs --tests`): runs test/integration
// inside code-server's browser-side WEB WORKER extension host, the one vscode.dev uses.
// 1. Stages a web-only copy of the extension ("browser" and NO "main": with "main" the Node host takes it).
// 2. Bundles test/web/index.ts (which requires the same test/integration/*.test.ts) for the browser.
// 3. Starts code-server, patches the workbench configuration (see openWebWorkerWorkbench), runs the suite.
// 4. Counts "N passing" / "N failing" from mocha's output (the worker has no fs), writes {passed, failed}
//    to $HSL_RESULTS or test-results/web.json, and exits non-zero on any failure.
// Env: HSL_GREP (mocha grep), TEST_TIMEOUT_MS (default 300000), HSL_KEEP_STAGE=1 (keep the staged folder).
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeServer, startCodeServer } from './code-server';
import { REPO_ROOT, SuiteResult, ensureTools, log } from './tools';
import { launchBrowser, openWebWorkerWorkbench } from './workbench';

/** Files and folders of the extension a web-only copy needs, besides the manifest (missing ones are skipped). */
const STAGED = [path.join('dist', 'web'), 'syntaxes', 'media', 'language-configuration.json', 'l10n', 'LICENSE'];

/** Copies the extension into `dir` with a manifest that has "browser" and no "main". */
export function stageWebExtension(dir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof manifest.browser !== 'string') throw new Error('package.json has no "browser" entry');
  const browserMain = path.join(REPO_ROOT, manifest.browser);
  if (!existsSync(browserMain)) throw new Error(`${manifest.browser} is missing: run \`node scripts/build.mjs --tests\` first`);
  delete manifest.main;
  delete manifest.scripts;
  delete manifest.devDependencies;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const nls = readdirSync(REPO_ROOT).filter((n) => /^package\.nls(\.[\w-]+)?\.json$/.test(n));
  for (const rel of [...STAGED, ...nls]) {
    const src = path.join(REPO_ROOT, rel);
    if (existsSync(src)) cpSync(src, path.join(dir, rel), { recursive: true });
  }
}

/** Resolves `assert` / `path` to the shims in test/web, and `hsl:integration-tests` to every integration test file. */
function webSuitePlugin(): esbuild.Plugin {
  const webDir = path.join(REPO_ROOT, 'test', 'web');
  const integrationDir = path.join(REPO_ROOT, 'test', 'integration');
  return {
    name: 'hsl-web-suite',
    setup(build) {
      build.onResolve({ filter: /^(node:)?(assert|path)(\/strict|\/posix)?$/ }, (args) => ({
        path: path.join(webDir, `${args.path.replace(/^node:/, '').split('/')[0]}.ts`),
      }));
      build.onResolve({ filter: /^hsl:integration-tests$/ }, () => ({ path: 'integration-tests', namespace: 'hsl' }));
      build.onLoad({ filter: /.*/, namespace: 'hsl' }, () => {
        const files = readdirSync(integrationDir).filter((n) => n.endsWith('.test.ts')).sort();
        return {
          contents: files.map((f) => `require(${JSON.stringify(`./${f}`)});`).join('\n'),
          resolveDir: integrationDir,
          loader: 'js',
          watchFiles: files.map((f) => path.join(integrationDir, f)),
        };
      });
    },
  };
}

/** Bundles test/web/index.ts for the web worker into `outfile`. */
export async function bundleWebSuite(outfile: string): Promise<void> {
  const result = await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'web', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: REPO_ROOT,
    metafile: true,
    define: {
      'process.env': JSON.stringify({ NODE_ENV: 'test', HSL_WEB: '1' }),
      HSL_WEB_GREP: JSON.stringify(process.env.HSL_GREP ?? ''),
    },
    plugins: [webSuitePlugin()],
  });
  const tests = Object.keys(result.metafile.inputs).filter((f) => f.endsWith('.test.ts'));
  log(`web suite bundled: ${tests.join(', ')}`);
}

/** Adds up mocha's spec-reporter summary lines ("N passing", "N failing", "N pending"). */
export class SummaryCounter {
  passed = 0;
  failed = 0;
  pending = 0;
  seenSummary = false;
  environment: string | undefined;
  /** From the spec reporter's failure list: each failure's titles and the first line of its error. */
  readonly failures: string[] = [];
  private failure: string[] | undefined;

  line(text: string): void {
    for (const l of text.split('\n')) {
      if (this.failed > 0) this.failureLine(l.trim());
      const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(l);
      if (m) {
        const n = Number(m[1]);
        if (m[2] === 'passing') {
          this.passed = n;
          this.seenSummary = true;
        } else if (m[2] === 'failing') this.failed = n;
        else this.pending = n;
      }
      if (l.startsWith('[hsl-web] environment:')) this.environment = l;
    }
  }

  private failureLine(l: string): void {
    const start = /^\d+\) (.+)$/.exec(l);
    if (start?.[1]) {
      this.failure = [start[1]];
      this.failures.push(start[1]);
    } else if (this.failure && l && !l.startsWith('at ') && this.failure.length < 3) {
      this.failure.push(l);
      this.failures[this.failures.length - 1] = this.failure.join(' ').slice(0, 300);
    } else if (l.startsWith('at ')) {
      this.failure = undefined;
    }
  }
}

export async function runWebSuite(): Promise<SuiteResult> {
  const resultsDir = path.join(REPO_ROOT, 'test-results');
  mkdirSync(resultsDir, { recursive: true });
  const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300_000);
  const t0 = Date.now();
  const stage = mkdtempSync(path.join(os.tmpdir(), 'hsl-web-ext-'));
  let server: CodeServer | undefined;
  try {
    stageWebExtension(stage);
    const suiteIndex = path.join(stage, 'dist', 'web', 'test', 'index');
    await bundleWebSuite(`${suiteIndex}.js`);
    log(`web-only extension staged in ${stage} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);

    const cs = await startCodeServer({ settings: { 'extensions.autoUpdate': 'off' } });
    server = cs;
    const browser = await launchBrowser();
    const counter = new SummaryCounter();
    try {
      const t1 = Date.now();
      const { exit, page } = await openWebWorkerWorkbench(browser, cs, {
        extensionPath: stage,
        extensionTestsPath: suiteIndex,
        onLog: (line) => {
          counter.line(line);
          console.log(line);
        },
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<number>((r) => (timer = setTimeout(() => r(124), timeoutMs)));
      const code = await Promise.race([exit, timeout]);
      clearTimeout(timer);
      if (code === 124) {
        await page.screenshot({ path: path.join(resultsDir, 'web-timeout.png') }).catch(() => undefined);
        log(`web: TIMEOUT after ${timeoutMs} ms`);
      }
      log(`web: extension host exited with ${code} after ${((Date.now() - t1) / 1000).toFixed(1)}s (total ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
      const counts: SuiteResult = { passed: counter.passed, failed: counter.failed, failures: [...counter.failures] };
      if (!counter.environment || !/typeof process=undefined worker=true .*uiKind=Web extensionKind=UI/.test(counter.environment)) {
        log(`web: the suite did not report running in the web worker host (${counter.environment ?? 'no environment line'})`);
        counts.failed += 1;
      } else {
        log(`web: ${counter.environment.replace('[hsl-web] environment: ', 'ran in ')}`);
      }
      if (!counter.seenSummary && counts.failed === 0) counts.failed = 1; // no mocha summary: the suite never ran
      if (code !== 0 && counts.failed === 0) counts.failed = 1; // the host failed before or outside the tests
      if (counter.pending > 0) log(`web: ${counter.pending} pending (skipped in this host)`);
      return counts;
    } finally {
      await browser.close().catch(() => undefined);
    }
  } finally {
    server?.stop();
    if (!process.env.HSL_KEEP_STAGE) rmSync(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  ensureTools();
  const result = await runWebSuite();
  log(`web worker host: ${result.passed} passed, ${result.failed} failed`);
  const out = process.env.HSL_RESULTS ?? path.join(REPO_ROOT, 'test-results', 'web.json');
  writeFileSync(out, JSON.stringify(result));
  process.exitCode = result.failed > 0 ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    const out = process.env.HSL_RESULTS ?? path.join(REPO_ROOT, 'test-results', 'web.json');
    try {
      writeFileSync(out, JSON.stringify({ passed: 0, failed: 1 }));
    } catch {
      /* ignore */
    }
    process.exitCode = 2;
  });
}
