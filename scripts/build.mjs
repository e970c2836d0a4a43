// Builds the extension with esbuild.
//   node scripts/build.mjs               dist/extension.js (node) + dist/web/extension.js (webworker), with source maps
//   node scripts/build.mjs --production  the same, minified, with external source maps (kept out of the .vsix)
//   node scripts/build.mjs --tests       also transpiles src/, test/ and bench/ one-to-one into out/ for mocha, and bundles
//                                      bench/index.ts into out/bench/bundle.js (`npm run bench`)
//   node scripts/build.mjs --watch       rebuilds dist/ on change
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  external: ['vscode'],
  format: 'cjs',
  target: 'es2022',
  minify: production,
  sourcemap: production ? 'external' : true,
  sourcesContent: !production,
  logLevel: 'warning',
};

const node = { ...common, platform: 'node', outfile: 'dist/extension.js' };
const web = {
  ...common,
  platform: 'browser',
  mainFields: ['browser', 'module', 'main'],
  outfile: 'dist/web/extension.js',
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

function tsFiles(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out = out.concat(tsFiles(p));
    } else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out;
}

if (watch) {
  const contexts = await Promise.all([esbuild.context(node), esbuild.context(web)]);
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching src/ for changes');
} else {
  rmSync('dist', { recursive: true, force: true });
  if (production) {
    // The extension uses no Node API, so the Node and web bundles are the same code. The package ships
    // it once: dist/extension.js (`main`) loads the web-worker bundle, which runs in Node as it is.
    // That halves the .vsix (the catalog text dominates the bundle).
    await esbuild.build(web);
    writeFileSync('dist/extension.js', "'use strict';\nmodule.exports = require('./web/extension.js');\n");
  } else {
    await Promise.all([esbuild.build(node), esbuild.build(web)]);
  }
  if (args.has('--tests')) {
    rmSync('out', { recursive: true, force: true });
    const entryPoints = ['src', 'test', 'bench'].flatMap((d) => { try { return tsFiles(d); } catch { return []; } });
    await esbuild.build({
      entryPoints,
      outdir: 'out',
      outbase: '.',
      bundle: false,
      format: 'cjs',
      platform: 'node',
      target: 'es2022',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    // The benchmarks run one bundle, like the shipped extension: per-file modules would put an
    // export getter in front of every engine call, a cost the extension does not have.
    await esbuild.build({
      entryPoints: ['bench/index.ts'],
      outfile: 'out/bench/bundle.js',
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'es2022',
      logLevel: 'warning',
    });
  }
}
