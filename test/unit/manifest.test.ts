/*
 * Manifest consistency: package.json, package.nls.json, l10n/bundle.l10n.json, README.md and the code
 * in src/ must agree. Sources are read with the TypeScript parser, not regular expressions.
 *
 * When a test here fails:
 *   a new vscode.l10n.t string          npm run l10n
 *   a new command or setting            npm run readme:tables
 *   a new %key% in package.json         add it to package.nls.json
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = process.cwd();
const fromRoot = (...p: string[]): string => path.resolve(ROOT, ...p);
const readJson = (p: string): unknown => JSON.parse(fs.readFileSync(fromRoot(p), 'utf8'));

interface CommandContribution { command: string; title: string; category?: string }
interface Manifest {
  name: string;
  engines: { vscode: string };
  icon?: string;
  galleryBanner?: { color?: string; theme?: string };
  keywords?: string[];
  categories?: string[];
  l10n?: string;
  devDependencies?: Record<string, string>;
  contributes: {
    commands?: CommandContribution[];
    menus?: Record<string, { command: string }[]>;
    configuration?: { properties?: Record<string, unknown> };
  };
}

const pkg = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

const sources = new Map<string, ts.SourceFile>();
for (const file of tsFiles(fromRoot('src'))) {
  sources.set(path.relative(ROOT, file), ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true));
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

function where(sf: ts.SourceFile, node: ts.Node): string {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${path.relative(ROOT, sf.fileName)}:${line + 1}`;
}

/** Every call in src/ whose callee ends with `.name` (or is `name`). */
function callsTo(name: string): { sf: ts.SourceFile; call: ts.CallExpression }[] {
  const found: { sf: ts.SourceFile; call: ts.CallExpression }[] = [];
  for (const sf of sources.values()) {
    walk(sf, (n) => {
      if (!ts.isCallExpression(n)) return;
      const callee = n.expression;
      const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (last === name) found.push({ sf, call: n });
    });
  }
  return found;
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** `export const X = '...'` in src/features/commands.ts. */
function commandConstants(): Map<string, string> {
  const sf = sources.get(path.join('src', 'features', 'commands.ts'));
  assert.ok(sf, 'src/features/commands.ts exists');
  const constants = new Map<string, string>();
  walk(sf, (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) {
      const text = literalText(n.initializer);
      if (text !== undefined) constants.set(n.name.text, text);
    }
  });
  return constants;
}

function registeredCommands(): Map<string, string> {
  const constants = commandConstants();
  const ids = new Map<string, string>(); // id -> where
  for (const { sf, call } of [...callsTo('registerCommand'), ...callsTo('registerTextEditorCommand')]) {
    const arg = call.arguments[0];
    let id = literalText(arg);
    if (id === undefined && arg && ts.isIdentifier(arg)) id = constants.get(arg.text);
    assert.ok(id !== undefined, `${where(sf, call)}: registerCommand's id must be a string literal or a constant from src/features/commands.ts`);
    assert.ok(!ids.has(id), `${id} is registered twice (${ids.get(id)} and ${where(sf, call)})`);
    ids.set(id, where(sf, call));
  }
  return ids;
}

function contributedSettings(): string[] {
  return Object.keys(pkg.contributes.configuration?.properties ?? {});
}

/** `c.get('key')` calls in src/features/config.ts, as full `httpStatusLens.key` names. */
function settingsReadInCode(): Set<string> {
  const file = path.join('src', 'features', 'config.ts');
  const sf = sources.get(file);
  assert.ok(sf, `${file} exists`);
  let section: string | undefined;
  walk(sf, (n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'SECTION') section = literalText(n.initializer);
  });
  assert.strictEqual(section, 'httpStatusLens', `${file} exports SECTION = 'httpStatusLens'`);
  const read = new Set<string>();
  walk(sf, (n) => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'get') {
      const key = literalText(n.arguments[0]);
      if (key !== undefined) read.add(`${section}.${key}`);
    }
  });
  return read;
}

function nlsPlaceholders(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m?.[1] !== undefined) out.add(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsPlaceholders(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) nlsPlaceholders(v, out);
  }
  return out;
}

function l10nStrings(): Map<string, string> {
  const strings = new Map<string, string>(); // message -> first place
  for (const { sf, call } of callsTo('t')) {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || !/(^|\.)l10n$/.test(callee.expression.getText(sf))) continue;
    const message = literalText(call.arguments[0]);
    assert.ok(message !== undefined, `${where(sf, call)}: vscode.l10n.t needs a string literal (l10n-dev cannot extract anything else)`);
    if (!strings.has(message)) strings.set(message, where(sf, call));
  }
  return strings;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  assert.ok(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`);
  assert.strictEqual(b.toString('latin1', 12, 16), 'IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function readmeBlock(readme: string, name: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  assert.ok(i >= 0 && j > i, `README.md has a ${start} ... ${end} block`);
  return readme.slice(i + start.length, j).trim();
}

suite('manifest', () => {
  test('every contributed command has a handler, and every handler is contributed', () => {
    const contributed = (pkg.contributes.commands ?? []).map((c) => c.command);
    const registered = registeredCommands();
    assert.ok(contributed.length > 0);
    assert.deepStrictEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
      'contributed in package.json but never registered with vscode.commands.registerCommand',
    );
    assert.deepStrictEqual(
      [...registered].filter(([id]) => !contributed.includes(id)).map(([id, at]) => `${id} (${at})`),
      [],
      'registered in src/ but not contributed in package.json',
    );
  });

  test('menus only name contributed commands', () => {
    const contributed = new Set((pkg.contributes.commands ?? []).map((c) => c.command));
    for (const [menu, items] of Object.entries(pkg.contributes.menus ?? {})) {
      for (const item of items) assert.ok(contributed.has(item.command), `menus.${menu}: ${item.command} is not a contributed command`);
    }
  });

  test('every contributed setting is read in src/features/config.ts, and every setting read is contributed', () => {
    const contributed = contributedSettings();
    const read = settingsReadInCode();
    assert.ok(contributed.length > 0);
    for (const key of contributed) assert.ok(key.startsWith('httpStatusLens.'), `${key} is in the httpStatusLens section`);
    assert.deepStrictEqual(contributed.filter((k) => !read.has(k)), [], 'contributed but never read');
    assert.deepStrictEqual([...read].filter((k) => !contributed.includes(k)), [], 'read but not contributed');
  });

  test('every %key% in package.json is in package.nls.json, and package.nls.json has no unused keys', () => {
    const used = nlsPlaceholders(pkg);
    assert.deepStrictEqual([...used].filter((k) => !(k in nls)), [], 'missing from package.nls.json');
    assert.deepStrictEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'unused in package.json');
    for (const [k, v] of Object.entries(nls)) assert.ok(typeof v === 'string' && v.trim() !== '', `package.nls.json "${k}" is a non-empty string`);
  });

  test('other package.nls.*.json files translate only known keys', () => {
    for (const name of fs.readdirSync(ROOT).filter((f) => /^package\.nls\..+\.json$/.test(f))) {
      const extra = Object.keys(readJson(name) as Record<string, string>).filter((k) => !(k in nls));
      assert.deepStrictEqual(extra, [], `${name} has keys that package.nls.json does not`);
    }
  });

  test('l10n/bundle.l10n.json holds exactly the vscode.l10n.t strings in src/ (npm run l10n)', () => {
    assert.strictEqual(pkg.l10n, './l10n');
    const bundle = readJson('l10n/bundle.l10n.json') as Record<string, unknown>;
    const strings = l10nStrings();
    assert.ok(strings.size > 0);
    assert.deepStrictEqual(
      [...strings].filter(([m]) => !(m in bundle)).map(([m, at]) => `${at}: ${m}`),
      [],
      'missing from l10n/bundle.l10n.json: run `npm run l10n`',
    );
    assert.deepStrictEqual(Object.keys(bundle).filter((m) => !strings.has(m)), [], 'stale in l10n/bundle.l10n.json: run `npm run l10n`');
  });

  test("README's Commands and Settings tables are generated from package.json (npm run readme:tables)", () => {
    const r = spawnSync(process.execPath, [fromRoot('scripts/gen-readme-tables.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const tables = JSON.parse(r.stdout) as { commands: string; settings: string };
    const readme = fs.readFileSync(fromRoot('README.md'), 'utf8');
    assert.strictEqual(readmeBlock(readme, 'commands'), tables.commands.trim(), 'README commands table is stale: run `npm run readme:tables`');
    assert.strictEqual(readmeBlock(readme, 'settings'), tables.settings.trim(), 'README settings table is stale: run `npm run readme:tables`');
    for (const c of pkg.contributes.commands ?? []) assert.ok(tables.commands.includes('`' + c.command + '`'));
    for (const key of contributedSettings()) assert.ok(tables.settings.includes('`' + key + '`'));
  });

  test('Marketplace fields: 128x128 PNG icon, gallery banner, keywords, categories', () => {
    assert.ok(pkg.icon, 'icon is set');
    assert.ok(pkg.icon.endsWith('.png'), 'the Marketplace needs a PNG icon');
    assert.deepStrictEqual(pngSize(fromRoot(pkg.icon)), { width: 128, height: 128 });
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-fA-F]{6}$/);
    assert.ok(pkg.galleryBanner?.theme === 'dark' || pkg.galleryBanner?.theme === 'light');
    const keywords = pkg.keywords ?? [];
    assert.ok(keywords.length >= 5 && keywords.length <= 30, `vsce allows at most 30 keywords (has ${keywords.length})`);
    assert.strictEqual(new Set(keywords.map((k) => k.toLowerCase())).size, keywords.length, 'keywords are unique');
    for (const k of ['http', 'status code', 'rest', 'api', 'express', 'flask', 'php']) assert.ok(keywords.includes(k), `keyword ${k}`);
    assert.ok((pkg.categories ?? []).length > 0);
  });

  test('engines.vscode is a caret range no older than the pinned @types/vscode', () => {
    const engine = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.vscode);
    assert.ok(engine, `engines.vscode "${pkg.engines.vscode}" is ^major.minor.patch`);
    const types = /^(\d+)\.(\d+)\.(\d+)$/.exec(pkg.devDependencies?.['@types/vscode'] ?? '');
    assert.ok(types, '@types/vscode is pinned to an exact version');
    // vsce refuses a package whose @types/vscode is newer than engines.vscode.
    const num = (m: RegExpExecArray): number => Number(m[1]) * 1e6 + Number(m[2]) * 1e3 + Number(m[3]);
    assert.ok(num(types) <= num(engine), `@types/vscode ${types[0]} must not be newer than engines.vscode ${pkg.engines.vscode}`);
  });
});
