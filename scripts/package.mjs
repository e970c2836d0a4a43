// `npm run package`: the production bundle, then the .vsix.
//   node scripts/package.mjs                      -> ./http-status-lens.vsix
//   node scripts/package.mjs --out some/x.vsix    -> elsewhere (test/unit/package.test.ts packages a copy into a temp dir)
// 1. `node scripts/build.mjs --production`: minified bundles, external source maps (never packaged).
// 2. `vsce package --no-dependencies`: esbuild bundles everything, so no node_modules go in; what goes in is
//    the allowlist in .vscodeignore.
// 3. The entries deflated again as small as deflate allows (scripts/zip.mjs: zlib's best level or Zopfli). Prints the size and fails if the .vsix is
//    over the budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { redeflate } from './zip.mjs';

export const MAX_VSIX_BYTES = 250 * 1024;

const argv = process.argv.slice(2);
const outIdx = argv.indexOf('--out');
const out = resolve(outIdx >= 0 && argv[outIdx + 1] ? argv[outIdx + 1] : 'http-status-lens.vsix');

function run(cmd, args) {
  console.log(`> ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`package: "${[cmd, ...args].join(' ')}" failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
}

// vsce's CLI entry, resolved from this project (works from a copy whose node_modules is a symlink).
const require = createRequire(join(process.cwd(), 'package.json'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

run(process.execPath, ['scripts/build.mjs', '--production']);
for (const f of ['dist/extension.js', 'dist/web/extension.js']) {
  if (!existsSync(f)) {
    console.error(`package: ${f} was not built`);
    process.exit(1);
  }
}
run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out]);
const written = statSync(out).size;
writeFileSync(out, await redeflate(readFileSync(out)));

const size = statSync(out).size;
console.log(`package: ${out} ${(size / 1024).toFixed(1)} KB (budget ${MAX_VSIX_BYTES / 1024} KB; ${(written / 1024).toFixed(1)} KB as vsce wrote it)`);
if (size > MAX_VSIX_BYTES) {
  console.error('package: the .vsix is over budget: see the file sizes vsce listed above');
  process.exit(1);
}
