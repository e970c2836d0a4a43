// `npm run bench -- files <dir>...`: the whole-file scan against the bare regex on real source files
// (any checkout on disk), the same comparison as the generated documents but without generating
// anything. Node-only (reads the files).
import * as fs from 'fs';
import * as path from 'path';
import { findStatusMentions } from '../src/core';
import { asExtensionHostLines, timeIt } from './timing';

/** File extensions read, with the VS Code language id each one opens as. */
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascriptreact', '.ts': 'typescript',
  '.tsx': 'typescriptreact', '.py': 'python', '.rb': 'ruby', '.php': 'php', '.go': 'go', '.java': 'java', '.kt': 'kotlin',
  '.cs': 'csharp', '.rs': 'rust', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.md': 'markdown', '.sh': 'shellscript',
  '.http': 'http', '.rest': 'http',
};
const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist', 'build', 'out', 'coverage', '.vscode-test', 'third_party']);
const MAX_FILE_BYTES = 300 * 1024;

export interface SourceLines {
  files: number;
  lines: string[];
  langs: string[];
}

/** Every line of the source files under `roots` (generated and vendored folders skipped), in a stable order. */
export function readSourceLines(roots: readonly string[]): SourceLines {
  const out: SourceLines = { files: 0, lines: [], langs: [] };
  const visit = (p: string): void => {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (SKIP_DIRS.has(path.basename(p))) return;
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
      return;
    }
    const lang = LANGUAGE_BY_EXTENSION[path.extname(p).toLowerCase()];
    if (!st.isFile() || !lang || st.size > MAX_FILE_BYTES || /\.min\.js$/.test(p)) return;
    out.files++;
    for (const line of fs.readFileSync(p, 'utf8').split(/\r?\n/)) {
      out.lines.push(line);
      out.langs.push(lang);
    }
  };
  for (const r of roots) visit(r);
  return out;
}

export function formatFilesBench(roots: readonly string[]): string {
  if (roots.length === 0) return 'usage: npm run bench -- files <dir or file>...';
  const source = readSourceLines(roots);
  const { files, langs } = source;
  const lines = asExtensionHostLines(source.lines);
  if (lines.length === 0) return `no source files under ${roots.join(', ')}`;
  let sink = 0;
  const re = /\b[1-5]\d\d\b/g;
  const engineMs = timeIt(() => {
    for (let i = 0; i < lines.length; i++) sink += findStatusMentions(lines[i] as string, langs[i] as string).length;
  });
  const bareMs = timeIt(() => {
    for (const l of lines) {
      re.lastIndex = 0;
      for (let m = re.exec(l); m; m = re.exec(l)) sink++;
    }
  });
  let numberLines = 0;
  let mentionLines = 0;
  for (let i = 0; i < lines.length; i++) {
    re.lastIndex = 0;
    if (re.test(lines[i] as string)) numberLines++;
    if (findStatusMentions(lines[i] as string, langs[i] as string).length) mentionLines++;
  }
  if (sink === -1) console.log('');
  const pc = (x: number): string => `${((100 * x) / lines.length).toFixed(2)}%`;
  return [
    `detection on ${files.toLocaleString('en-US')} source files, ${lines.length.toLocaleString('en-US')} lines (${roots.join(', ')})`,
    `  ${pc(numberLines)} of lines hold a status-range number, ${pc(mentionLines)} a mention`,
    `  findStatusMentions (all lines)   ${engineMs.toFixed(2)} ms/pass`,
    `  bare regex \\b[1-5]\\d\\d\\b          ${bareMs.toFixed(2)} ms/pass`,
    `  engine / bare regex              ${(engineMs / bareMs).toFixed(2)}x   (target <= 3x)`,
  ].join('\n');
}
