/*
 * Packages the extension for real (scripts/package.mjs: production build + vsce) in a temporary copy of
 * the repository, so the shared checkout's dist/ is left alone, then reads the .vsix's zip central
 * directory with node (no `unzip` needed) and checks what went in. The copy keeps src/ and test/, so
 * the .vscodeignore allowlist is really exercised.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = process.cwd();
const MAX_BYTES = 250 * 1024;
/** Not copied into the staging directory (node_modules is symlinked instead). */
const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist', 'test-results']);

interface ZipEntry { name: string; method: number; crc: number; compressedSize: number; size: number; localOffset: number }

/** The entries of a zip file, from its central directory. */
function zipEntries(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, 'the .vsix is a zip file (end of central directory found)');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.strictEqual(zip.readUInt32LE(p), 0x02014b50, 'central directory header');
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      crc: zip.readUInt32LE(p + 16),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localOffset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function zipRead(zip: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  assert.strictEqual(zip.readUInt32LE(p), 0x04034b50, 'local file header');
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  assert.strictEqual(e.method, 8, `${e.name}: deflate or stored`);
  return zlib.inflateRawSync(data);
}

/** CRC-32 as the zip format computes it (polynomial 0xEDB88320). */
function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

suite('package (.vsix)', function () {
  this.timeout(300_000);
  let tmp = '';
  let vsix = '';
  let zip = Buffer.alloc(0);
  let entries: ZipEntry[] = [];
  let names = new Set<string>();
  let log = '';

  suiteSetup(function () {
    this.timeout(300_000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-package-'));
    const stage = path.join(tmp, 'repo');
    fs.mkdirSync(stage);
    for (const name of fs.readdirSync(ROOT)) {
      if (SKIP.has(name) || name.endsWith('.vsix')) continue;
      fs.cpSync(path.join(ROOT, name), path.join(stage, name), { recursive: true });
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
    assert.ok(fs.existsSync(path.join(stage, 'src')) && fs.existsSync(path.join(stage, 'test')), 'the copy has src/ and test/ to leave out');
    vsix = path.join(tmp, 'http-status-lens.vsix');
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', vsix], { cwd: stage, encoding: 'utf8', timeout: 280_000 });
    log = `${r.stdout}\n${r.stderr}`;
    // package.mjs exits 1 on an over-budget .vsix but still leaves it: the size test reports that.
    assert.ok(fs.existsSync(vsix), `scripts/package.mjs made no .vsix (exit ${r.status ?? r.signal}):\n${log}`);
    zip = fs.readFileSync(vsix);
    entries = zipEntries(zip);
    names = new Set(entries.map((e) => e.name));
  });

  suiteTeardown(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('nothing from src/, test/, node_modules/, out/, and no source maps', () => {
    const bad = [...names].filter((n) => /^extension\/(src|test|node_modules|out|bench|scripts|\.vscode-test|test-results)\//.test(n) || /\.(map|ts|tsx|vsix)$/.test(n));
    assert.deepStrictEqual(bad, [], 'must not be in the .vsix');
  });

  test(`the .vsix is at most ${MAX_BYTES / 1024} KB`, () => {
    const size = fs.statSync(vsix).size;
    const biggest = [...entries].sort((a, b) => b.compressedSize - a.compressedSize).slice(0, 5)
      .map((e) => `${e.name} ${(e.compressedSize / 1024).toFixed(1)} KB`).join(', ');
    assert.ok(size <= MAX_BYTES, `${(size / 1024).toFixed(1)} KB > ${MAX_BYTES / 1024} KB; biggest: ${biggest}`);
  });

  test('has what the extension needs at run time', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon?: string; main: string; browser: string };
    const need = [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/package.nls.json',
      'extension/l10n/bundle.l10n.json',
      `extension/${path.posix.normalize(pkg.main)}`,
      `extension/${path.posix.normalize(pkg.browser)}`,
      'extension/dist/extension.js',
      'extension/dist/web/extension.js',
      'extension/media/page.css',
      'extension/media/page.js',
      'extension/language-configuration.json',
      'extension/readme.md',
      'extension/changelog.md',
    ];
    if (pkg.icon) need.push(`extension/${path.posix.normalize(pkg.icon)}`);
    for (const f of fs.readdirSync(path.join(ROOT, 'syntaxes'))) need.push(`extension/syntaxes/${f}`);
    assert.deepStrictEqual(need.filter((n) => !names.has(n)), [], `missing from the .vsix; it has:\n${[...names].join('\n')}`);
    assert.ok([...names].some((n) => /^extension\/LICENSE(\.txt|\.md)?$/i.test(n)), 'LICENSE');
  });

  test('every entry reads back to its recorded size and CRC (the archive is deflated again at the best level)', () => {
    assert.match(log, /KB as vsce wrote it/, 'scripts/package.mjs re-deflated the archive');
    for (const e of entries) {
      const data = zipRead(zip, e);
      assert.strictEqual(data.length, e.size, `${e.name}: size`);
      assert.strictEqual(crc32(data), e.crc, `${e.name}: CRC`);
    }
    const pkg = JSON.parse(zipRead(zip, entries.find((e) => e.name === 'extension/package.json')!).toString('utf8')) as { name: string };
    assert.strictEqual(pkg.name, 'http-status-lens');
  });

  test('leaves out media sources (icon.svg)', () => {
    assert.deepStrictEqual([...names].filter((n) => n.endsWith('.svg')), []);
  });

  test('the packaged package.json and bundles are the production build', () => {
    const byName = new Map(entries.map((e) => [e.name, e]));
    const packaged = JSON.parse(zipRead(zip, byName.get('extension/package.json')!).toString('utf8')) as { name: string; icon?: string };
    assert.strictEqual(packaged.name, 'http-status-lens');
    const js = zipRead(zip, byName.get('extension/dist/extension.js')!).toString('utf8');
    assert.ok(!/sourceMappingURL=data:/.test(js), 'no inline source map');
    // esbuild marks each module with a `// src/...` comment unless it minifies.
    assert.ok(!js.includes('// src/'), 'dist/extension.js is minified');
  });

  test('the manifest has the icon and gallery banner', () => {
    const manifest = zipRead(zip, entries.find((e) => e.name === 'extension.vsixmanifest')!).toString('utf8');
    assert.match(manifest, /<Icon>extension\/media\/icon\.png<\/Icon>/);
    assert.match(manifest, /Microsoft\.VisualStudio\.Services\.Branding\.Color" Value="#[0-9a-fA-F]{6}"/);
  });
});
