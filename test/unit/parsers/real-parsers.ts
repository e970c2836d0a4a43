// Syntax checks with the real parsers of each language, batched so the suite stays fast.
// Missing tools throw an Error naming what to install: the tests fail, they never skip.
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';

export interface Source {
  readonly id: string;
  readonly text: string;
}

/** id → first syntax error (missing ids parsed cleanly). */
export type Problems = Map<string, string>;

const repoRequire = createRequire(path.resolve(process.cwd(), 'package.json'));

function requireTool(bin: string, hint: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) {
    throw new Error(`The syntax check needs \`${bin}\` on PATH (${hint}). Install it; this test does not skip.`);
  }
}

function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `snippets-${tag}-`));
}

function run(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(bin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function pool<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(workers);
}

/** JavaScript / TypeScript with the TypeScript compiler's parser (parseDiagnostics). */
export function parseTypeScript(sources: readonly Source[], kind: 'ts' | 'js'): Problems {
  const ts = repoRequire('typescript') as typeof import('typescript');
  const out: Problems = new Map();
  for (const s of sources) {
    const sf = ts.createSourceFile(
      `snippet.${kind}`,
      s.text,
      ts.ScriptTarget.Latest,
      false,
      kind === 'ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS,
    );
    const diags = (sf as unknown as { parseDiagnostics?: readonly import('typescript').Diagnostic[] }).parseDiagnostics ?? [];
    const first = diags[0];
    if (first) out.set(s.id, `${ts.flattenDiagnosticMessageText(first.messageText, '\n')} at ${first.start ?? '?'}`);
  }
  return out;
}

/** Python with `ast.parse`, all sources in one python3 process. */
export function parsePython(sources: readonly Source[]): Problems {
  requireTool('python3', 'Python 3');
  const script = [
    'import ast, json, sys',
    'items = json.load(sys.stdin)',
    'errs = {}',
    'for it in items:',
    '    try:',
    '        ast.parse(it["text"])',
    '    except SyntaxError as e:',
    '        errs[it["id"]] = f"{e.msg} (line {e.lineno})"',
    'print(json.dumps(errs))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return new Map(Object.entries(JSON.parse(r.stdout) as Record<string, string>));
}

async function perFile(
  sources: readonly Source[],
  tag: string,
  ext: string,
  bin: string,
  args: (file: string) => string[],
): Promise<Problems> {
  const dir = tempDir(tag);
  const out: Problems = new Map();
  const files = sources.map((s, i) => {
    const file = path.join(dir, `s${i}.${ext}`);
    fs.writeFileSync(file, s.text);
    return { s, file };
  });
  await pool(files, Math.max(2, os.cpus().length), async ({ s, file }) => {
    const r = await run(bin, args(file));
    if (r.code !== 0) out.set(s.id, (r.stderr || r.stdout).trim().split('\n')[0] ?? 'error');
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** PHP with `php -l` (one process per file, run in parallel). */
export async function parsePhp(sources: readonly Source[]): Promise<Problems> {
  requireTool('php', 'Debian/Ubuntu: apt-get install php-cli');
  return perFile(sources, 'php', 'php', 'php', (f) => ['-l', '-d', 'display_errors=stderr', f]);
}

/** Ruby with `ruby -c`. */
export async function parseRuby(sources: readonly Source[]): Promise<Problems> {
  requireTool('ruby', 'Debian/Ubuntu: apt-get install ruby');
  return perFile(sources, 'rb', 'rb', 'ruby', (f) => ['-c', f]);
}

/** Go with `gofmt -e` over one directory. */
export async function parseGo(sources: readonly Source[]): Promise<Problems> {
  requireTool('gofmt', 'Debian/Ubuntu: apt-get install golang-go');
  const dir = tempDir('go');
  const byFile = new Map<string, string>();
  sources.forEach((s, i) => {
    const file = path.join(dir, `s${i}.go`);
    fs.writeFileSync(file, s.text);
    byFile.set(file, s.id);
  });
  const r = await run('gofmt', ['-e', '-l', dir]);
  const out: Problems = new Map();
  for (const line of r.stderr.split('\n')) {
    const m = /^(.*?\.go):(\d+:\d+: .*)$/.exec(line);
    if (!m) continue;
    const id = byFile.get(m[1] as string);
    if (id !== undefined && !out.has(id)) out.set(id, m[2] as string);
  }
  if (r.code !== 0 && out.size === 0) throw new Error(`gofmt failed: ${r.stderr}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

// ---------- tree-sitter (Java, Kotlin, C#) ----------

interface TsNode {
  type: string;
  isMissing: boolean | (() => boolean);
  hasError: boolean | (() => boolean);
  childCount: number;
  child(i: number): TsNode | null;
  startPosition: { row: number; column: number };
}

type Grammar = 'java' | 'kotlin' | 'c_sharp';

const WASM_DIR = () => path.dirname(repoRequire.resolve('tree-sitter-wasms/package.json'));

/**
 * web-tree-sitter from `SNIPPETS_WEB_TREE_SITTER` (a directory with a web-tree-sitter package) or the
 * repository's own. tree-sitter-wasms 0.1.13 grammars carry the old `dylink` section, which
 * web-tree-sitter 0.26 and later refuse; 0.20.x–0.25.x load them.
 */
async function loadTreeSitter(): Promise<{ parse(grammar: Grammar, text: string): TsNode }> {
  const override = process.env['SNIPPETS_WEB_TREE_SITTER'];
  const req = override ? createRequire(path.join(path.resolve(override), 'package.json')) : repoRequire;
  let dir = path.dirname(req.resolve('web-tree-sitter'));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const mod = req('web-tree-sitter') as Record<string, unknown>;
  // 0.25+: named exports { Parser, Language }; older: the default export is Parser with Parser.Language.
  const ParserCls = (mod['Parser'] ?? mod['default'] ?? mod) as {
    init(): Promise<void>;
    Language?: { load(p: string): Promise<unknown> };
    new (): { setLanguage(l: unknown): void; parse(t: string): { rootNode: TsNode } };
  };
  const LanguageCls = (mod['Language'] as { load(p: string): Promise<unknown> } | undefined) ?? ParserCls.Language;
  if (!LanguageCls) throw new Error(`web-tree-sitter ${version}: no Language export`);
  await ParserCls.init();
  const parsers = new Map<Grammar, { parse(t: string): { rootNode: TsNode } }>();
  for (const g of ['java', 'kotlin', 'c_sharp'] as const) {
    let lang: unknown;
    try {
      lang = await LanguageCls.load(path.join(WASM_DIR(), 'out', `tree-sitter-${g}.wasm`));
    } catch (e) {
      throw new Error(
        `web-tree-sitter ${version} cannot load tree-sitter-wasms' ${g} grammar (${String((e as Error)?.message ?? e) || 'dylink error'}). ` +
          'Those wasm files use the old dylink section: pin web-tree-sitter to 0.25.10 (or 0.20.x–0.24.x), ' +
          'or point SNIPPETS_WEB_TREE_SITTER at a directory where such a version is installed.',
        { cause: e },
      );
    }
    const p = new ParserCls();
    p.setLanguage(lang);
    parsers.set(g, p);
  }
  return {
    parse(grammar, text) {
      return (parsers.get(grammar) as { parse(t: string): { rootNode: TsNode } }).parse(text).rootNode;
    },
  };
}

function flag(v: boolean | (() => boolean)): boolean {
  return typeof v === 'function' ? v() : v;
}

function firstBadNode(n: TsNode): TsNode | undefined {
  if (n.type === 'ERROR' || flag(n.isMissing)) return n;
  if (!flag(n.hasError)) return undefined;
  for (let i = 0; i < n.childCount; i++) {
    const c = n.child(i);
    if (c) {
      const bad = firstBadNode(c);
      if (bad) return bad;
    }
  }
  return n;
}

let treeSitter: Promise<{ parse(grammar: Grammar, text: string): TsNode }> | undefined;

/** Java, Kotlin or C# with tree-sitter: no ERROR and no MISSING nodes. */
export async function parseTreeSitter(grammar: Grammar, sources: readonly Source[]): Promise<Problems> {
  treeSitter ??= loadTreeSitter();
  const ts = await treeSitter;
  const out: Problems = new Map();
  for (const s of sources) {
    const bad = firstBadNode(ts.parse(grammar, s.text));
    if (bad) out.set(s.id, `${flag(bad.isMissing) ? 'MISSING ' : ''}${bad.type} at ${bad.startPosition.row + 1}:${bad.startPosition.column + 1}`);
  }
  return out;
}
