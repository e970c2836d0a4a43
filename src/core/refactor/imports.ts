// How each ecosystem writes a named status constant, and the import it needs: pure logic over the
// lines of a file. `constantStyleFor` answers "write `<prefix><MEMBER>`, after adding this import if
// the file lacks it", reusing an existing import or alias when the file has one.
import { getConstantFamily, type ConstantFamily } from '../detect/constants';

/** A replacement on one line (start === end for an insertion). */
export interface LineEdit {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ConstantStyle {
  readonly family: ConstantFamily;
  /** Written before the member: 'HTTPStatus.', 'http.HTTPStatus.', 'S.', 'status.', 'Response::', ':'. */
  readonly prefix: string;
  /** The import to add when the file lacks it. */
  readonly importEdit?: LineEdit;
}

export interface StyleOptions {
  /** The project depends on `http-status-codes` (JavaScript/TypeScript only). */
  readonly httpStatusCodesDependency?: boolean;
}

/** Imports are looked for in the first lines only. */
const HEAD_LINES = 500;
const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte']);
const TS_LANGUAGES = new Set(['typescript', 'typescriptreact', 'vue', 'svelte']);

function fam(id: string): ConstantFamily {
  const f = getConstantFamily(id);
  if (!f) throw new Error(`unknown constant family ${id}`);
  return f;
}

/** The style for a file, or undefined when its ecosystem has none we write (or it would need a new dependency). */
export function constantStyleFor(lines: readonly string[], languageId: string, options: StyleOptions = {}): ConstantStyle | undefined {
  const head = lines.slice(0, HEAD_LINES);
  switch (languageId) {
    case 'python':
      return pythonStyle(head);
    case 'go':
      return goStyle(head);
    case 'java':
    case 'kotlin':
      return springStyle(head, languageId);
    case 'csharp':
      return csharpStyle(head);
    case 'php':
      return symfonyStyle(head);
    case 'ruby':
    case 'erb':
    case 'haml':
      return { family: fam('rails-symbols'), prefix: ':' };
    default:
      if (JS_LANGUAGES.has(languageId)) return jsStyle(head, languageId, options);
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Insertion helpers

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** Inserts `block` (lines) after line `after` (-1 = at the top), with blank lines around as asked. */
function insertAfter(lines: readonly string[], after: number, block: string, opts: { blankBefore?: boolean; blankAfter?: boolean } = {}): LineEdit {
  const next = lines[after + 1];
  const before = opts.blankBefore && after >= 0 && !blank(lines[after]) ? '\n' : '';
  const afterGap = opts.blankAfter && !blank(next) ? '\n' : '';
  if (after + 1 < lines.length) return { line: after + 1, start: 0, end: 0, text: `${before}${block}\n${afterGap}` };
  // After the last line: append (the file may not end with a newline).
  const last = Math.max(0, lines.length - 1);
  const len = (lines[last] ?? '').length;
  if (lines.length === 0 || (lines.length === 1 && len === 0)) return { line: 0, start: 0, end: 0, text: `${block}\n` };
  return { line: last, start: len, end: len, text: `\n${before}${block}` };
}

/** Index of the last line of a statement that starts at `i` and may continue with brackets or `\`. */
function statementEnd(lines: readonly string[], i: number, open = '(', close = ')'): number {
  let depth = 0;
  for (let k = i; k < lines.length && k < i + 200; k++) {
    const l = (lines[k] ?? '').replace(/#.*$|\/\/.*$/, '');
    for (const ch of l) {
      if (ch === open) depth++;
      else if (ch === close) depth--;
    }
    if (depth <= 0 && !l.trimEnd().endsWith('\\')) return k;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// Python

const PY_IMPORT_RE = /^(?:from\s+[\w.]+\s+import\b|import\s+[\w.])/;

/** The line after which a Python import goes, and whether the file already has imports there. */
export function pythonImportPoint(lines: readonly string[]): { after: number; hasImports: boolean; afterDocstring: boolean } {
  let i = 0;
  let header = -1;
  let afterDocstring = false;
  // Shebang, encoding and other leading comments.
  while (i < lines.length && /^\s*(?:#.*)?$/.test(lines[i] ?? '')) {
    if ((lines[i] ?? '').startsWith('#')) header = i;
    i++;
  }
  // Module docstring.
  const m = /^\s*[rRuU]?("""|''')/.exec(lines[i] ?? '');
  if (m && m[1]) {
    const q = m[1];
    const first = lines[i] ?? '';
    const rest = first.slice(first.indexOf(q) + 3);
    let end = i;
    if (!rest.includes(q)) {
      end = i + 1;
      while (end < lines.length && !(lines[end] ?? '').includes(q)) end++;
    }
    header = Math.min(end, lines.length - 1);
    afterDocstring = true;
    i = header + 1;
  } else if (/^\s*[rRuU]?(["'])/.test(lines[i] ?? '') && /^\s*[rRuU]?(["']).*\1\s*$/.test(lines[i] ?? '')) {
    header = i; // one-line "docstring"
    afterDocstring = true;
    i++;
  }
  let lastImport = -1;
  for (; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (/^\s*(?:#.*)?$/.test(l)) continue;
    if (PY_IMPORT_RE.test(l)) {
      i = statementEnd(lines, i);
      lastImport = i;
      continue;
    }
    break;
  }
  return lastImport >= 0 ? { after: lastImport, hasImports: true, afterDocstring: false } : { after: header, hasImports: false, afterDocstring };
}

function pythonImportEdit(lines: readonly string[], text: string): LineEdit {
  const p = pythonImportPoint(lines);
  if (p.hasImports) return insertAfter(lines, p.after, text);
  return insertAfter(lines, p.after, text, { blankBefore: p.afterDocstring, blankAfter: true });
}

/** Top-level Python import statements, each joined onto one line. */
function pythonImports(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (!PY_IMPORT_RE.test(l.trim())) continue;
    const end = statementEnd(lines, i);
    out.push(lines.slice(i, end + 1).map((s) => s.replace(/#.*$/, '').replace(/\\\s*$/, '')).join(' ').replace(/[()]/g, ' ').trim());
    i = end;
  }
  return out;
}

/** `from <module> import a, b as c` -> the local name of `name`, if imported. */
function pyFromImport(stmt: string, module: RegExp, name: string): string | undefined {
  const m = /^from\s+([\w.]+)\s+import\s+(.*)$/.exec(stmt);
  if (!m || !module.test(m[1] ?? '')) return undefined;
  for (const part of (m[2] ?? '').split(',')) {
    const p = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
    if (p && p[1] === name) return p[2] ?? p[1];
  }
  return undefined;
}

const PY_STATUS_FRAMEWORK_RE = /^(?:from|import)\s+(rest_framework|fastapi|starlette)\b/;

function pythonStyle(lines: readonly string[]): ConstantStyle {
  const imports = pythonImports(lines);
  const framework = imports.map((s) => PY_STATUS_FRAMEWORK_RE.exec(s)?.[1]).find((x) => x !== undefined);
  if (framework) {
    const family = fam('python-status-module');
    for (const s of imports) {
      const local = pyFromImport(s, /^(?:rest_framework|fastapi|starlette)$/, 'status');
      if (local) return { family, prefix: `${local}.` };
      const m = /^import\s+((?:rest_framework|starlette)\.status)(?:\s+as\s+(\w+))?$/.exec(s);
      if (m && m[1]) return { family, prefix: `${m[2] ?? m[1]}.` };
    }
    return { family, prefix: 'status.', importEdit: pythonImportEdit(lines, `from ${framework} import status`) };
  }
  const family = fam('python-httpstatus');
  for (const s of imports) {
    const local = pyFromImport(s, /^http$/, 'HTTPStatus');
    if (local) return { family, prefix: `${local}.` };
    const aliased = /^import\s+http\.HTTPStatus\s+as\s+(\w+)$/.exec(s);
    if (aliased) return { family, prefix: `${aliased[1]}.` };
    const mod = /^import\s+(.*)$/.exec(s);
    if (mod) {
      for (const part of (mod[1] ?? '').split(',')) {
        const p = /^\s*http(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (p) return { family, prefix: `${p[1] ?? 'http'}.HTTPStatus.` };
      }
    }
  }
  return { family, prefix: 'HTTPStatus.', importEdit: pythonImportEdit(lines, 'from http import HTTPStatus') };
}

// ---------------------------------------------------------------------------------------------
// Go

const GO_SPEC_RE = /^\s*(?:([\w.]+)\s+)?"([^"]+)"/;

function goStyle(lines: readonly string[]): ConstantStyle {
  const family = fam('go-net-http');
  let block: { open: number; close: number } | undefined;
  let lastSingle = -1;
  let pkg = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (pkg < 0 && /^package\s+\w+/.test(l)) pkg = i;
    if (/^import\s*\(/.test(l)) {
      let close = i + 1;
      while (close < lines.length && !/^\s*\)/.test(lines[close] ?? '')) {
        const m = GO_SPEC_RE.exec(lines[close] ?? '');
        if (m && m[2] === 'net/http' && m[1] !== '_' && m[1] !== '.') return { family, prefix: `${m[1] ?? 'http'}.` };
        close++;
      }
      block ??= { open: i, close };
      i = close;
      continue;
    }
    const single = /^import\s+(?:([\w.]+)\s+)?"([^"]+)"/.exec(l);
    if (single) {
      if (single[2] === 'net/http' && single[1] !== '_' && single[1] !== '.') return { family, prefix: `${single[1] ?? 'http'}.` };
      lastSingle = i;
      continue;
    }
    if (/^(?:func|type|var|const)\b/.test(l)) break;
  }
  if (block) {
    // Into the first group of the block, in gofmt's sorted place.
    let at = block.open + 1;
    let indent = '\t';
    for (let k = block.open + 1; k < block.close; k++) {
      const l = lines[k] ?? '';
      if (blank(l)) break;
      const m = GO_SPEC_RE.exec(l);
      if (!m) continue;
      indent = /^\s*/.exec(l)?.[0] ?? '\t';
      if ((m[2] ?? '') > 'net/http') break;
      at = k + 1;
    }
    return { family, prefix: 'http.', importEdit: { line: at, start: 0, end: 0, text: `${indent}"net/http"\n` } };
  }
  if (lastSingle >= 0) return { family, prefix: 'http.', importEdit: insertAfter(lines, lastSingle, 'import "net/http"') };
  return { family, prefix: 'http.', importEdit: insertAfter(lines, pkg, 'import "net/http"', { blankBefore: true, blankAfter: true }) };
}

// ---------------------------------------------------------------------------------------------
// Java / Kotlin (Spring), C# (ASP.NET Core), PHP (Symfony / Laravel)

/** After the last line matching `importRe` among the leading declarations, else after the `anchorRe` line, else the top. */
function declarationImportEdit(lines: readonly string[], text: string, importRe: RegExp, anchorRe: RegExp, stopRe: RegExp): LineEdit {
  let lastImport = -1;
  let anchor = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (importRe.test(l)) {
      lastImport = statementEnd(lines, i, '{', '}');
      i = lastImport;
      continue;
    }
    if (lastImport < 0 && anchorRe.test(l)) {
      anchor = i;
      continue;
    }
    if (stopRe.test(l)) break;
  }
  if (lastImport >= 0) return insertAfter(lines, lastImport, text);
  return insertAfter(lines, anchor, text, { blankBefore: true, blankAfter: true });
}

function springStyle(lines: readonly string[], languageId: string): ConstantStyle | undefined {
  if (!lines.some((l) => l.includes('org.springframework'))) return undefined;
  const family = fam('spring-httpstatus');
  if (lines.some((l) => /^\s*import\s+org\.springframework\.http\.(?:HttpStatus|\*)\s*;?\s*$/.test(l))) return { family, prefix: 'HttpStatus.' };
  const semi = languageId === 'java' ? ';' : '';
  const edit = declarationImportEdit(lines, `import org.springframework.http.HttpStatus${semi}`, /^\s*import\s+[\w.*]+\s*;?\s*$/, /^\s*package\s+[\w.]+\s*;?\s*$/, /^\s*(?:@|public\b|class\b|final\b|abstract\b|interface\b|enum\b|record\b|fun\b|object\b|data\b)/);
  return { family, prefix: 'HttpStatus.', importEdit: edit };
}

function csharpStyle(lines: readonly string[]): ConstantStyle {
  const family = fam('aspnetcore-statuscodes');
  for (const l of lines) {
    if (/^\s*(?:global\s+)?using\s+Microsoft\.AspNetCore\.Http\s*;/.test(l)) return { family, prefix: 'StatusCodes.' };
    const alias = /^\s*(?:global\s+)?using\s+(\w+)\s*=\s*Microsoft\.AspNetCore\.Http\.StatusCodes\s*;/.exec(l);
    if (alias) return { family, prefix: `${alias[1]}.` };
  }
  const edit = declarationImportEdit(lines, 'using Microsoft.AspNetCore.Http;', /^\s*(?:global\s+)?using\s+(?:static\s+)?[\w.]+(?:\s*=\s*[\w.<>]+)?\s*;\s*$/, /(?!)/, /^\s*(?:namespace|\[|public|internal|class|static|sealed|record|var|app|builder)\b/);
  return { family, prefix: 'StatusCodes.', importEdit: edit };
}

const PHP_RESPONSE_CLASSES = /^\\?(?:Symfony\\Component\\HttpFoundation\\(?:Response|JsonResponse)|Illuminate\\Http\\(?:Response|JsonResponse))$/;

function symfonyStyle(lines: readonly string[]): ConstantStyle | undefined {
  if (!lines.some((l) => /\b(?:Symfony|Illuminate)\\/.test(l))) return undefined;
  const family = fam('symfony-response');
  let taken = false; // another class is imported as `Response`
  for (const l of lines) {
    const m = /^\s*use\s+(\\?[\w\\]+)(?:\s+as\s+(\w+))?\s*;/.exec(l);
    if (m && m[1]) {
      const cls = m[1];
      const local = m[2] ?? cls.slice(cls.lastIndexOf('\\') + 1);
      if (PHP_RESPONSE_CLASSES.test(cls)) return { family, prefix: `${local}::` };
      if (local === 'Response') taken = true;
      continue;
    }
    const group = /^\s*use\s+\\?Symfony\\Component\\HttpFoundation\\\{([^}]*)\}/.exec(l);
    if (group) {
      for (const part of (group[1] ?? '').split(',')) {
        const p = /^\s*(Response|JsonResponse)(?:\s+as\s+(\w+))?\s*$/.exec(part);
        if (p && p[1]) return { family, prefix: `${p[2] ?? p[1]}::` };
      }
    }
  }
  const local = taken ? 'HttpResponse' : 'Response';
  const text = `use Symfony\\Component\\HttpFoundation\\Response${taken ? ' as HttpResponse' : ''};`;
  const edit = declarationImportEdit(lines, text, /^\s*use\s+\\?[\w\\]+(?:\s+as\s+\w+)?\s*;|^\s*use\s+\\?[\w\\]+\\\{/, /^\s*(?:namespace\s+[\w\\]+\s*;|declare\s*\(.*\)\s*;|<\?php\b)/, /^\s*(?:final\s+|abstract\s+)?(?:class|function|interface|trait|enum|return|\$|#\[|Route::)/);
  return { family, prefix: `${local}::`, importEdit: edit };
}

// ---------------------------------------------------------------------------------------------
// JavaScript / TypeScript

function jsStyle(lines: readonly string[], languageId: string, options: StyleOptions): ConstantStyle | undefined {
  const text = lines.join('\n');
  const codes = fam('node-http-status-codes');
  // ESM: import { StatusCodes [as X] } from 'http-status-codes' (one or several lines).
  for (const m of text.matchAll(/\bimport\s+(?:type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const clause = m[1] ?? '';
    const source = m[2] ?? '';
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    const names = named.split(',').map((p) => /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(p)).filter((p): p is RegExpExecArray => p !== null);
    if (source === 'http-status-codes') {
      const n = names.find((p) => p[1] === 'StatusCodes');
      if (n) return { family: codes, prefix: `${n[2] ?? 'StatusCodes'}.` };
      const ns = /\*\s+as\s+(\w+)/.exec(clause);
      if (ns) return { family: codes, prefix: `${ns[1]}.StatusCodes.` };
    }
    if (source === '@nestjs/common') {
      const n = names.find((p) => p[1] === 'HttpStatus');
      if (n) return { family: fam('nestjs-httpstatus'), prefix: `${n[2] ?? 'HttpStatus'}.` };
    }
  }
  // CommonJS: const { StatusCodes [: X] } = require('http-status-codes'), const hsc = require(...).
  for (const m of text.matchAll(/\b(?:const|let|var)\s+(\{[^}]*\}|\w+)\s*=\s*require\(\s*['"]http-status-codes['"]\s*\)/g)) {
    const target = m[1] ?? '';
    if (target.startsWith('{')) {
      const p = /\bStatusCodes\b(?:\s*:\s*(\w+))?/.exec(target);
      if (p) return { family: codes, prefix: `${p[1] ?? 'StatusCodes'}.` };
    } else {
      return { family: codes, prefix: `${target}.StatusCodes.` };
    }
  }
  const usesPackage = /['"]http-status-codes['"]/.test(text);
  if (!options.httpStatusCodesDependency && !usesPackage) return undefined;
  return { family: codes, prefix: 'StatusCodes.', importEdit: jsImportEdit(lines, languageId) };
}

const JS_IMPORT_START_RE = /^\s*import\b(?!\s*\()|^\s*(?:const|let|var)\s+[\w{][^=]*=\s*require\(/;

/** The module style of a JavaScript/TypeScript file. */
export function jsModuleStyle(lines: readonly string[], languageId: string): 'esm' | 'cjs' {
  let esm = false;
  let cjs = false;
  for (const l of lines) {
    if (/^\s*import\b(?!\s*\()|^\s*export\b/.test(l)) esm = true;
    else if (/\brequire\(\s*['"]/.test(l) || /^\s*module\.exports\b/.test(l)) cjs = true;
  }
  if (esm) return 'esm';
  if (cjs) return 'cjs';
  return TS_LANGUAGES.has(languageId) ? 'esm' : 'cjs';
}

function jsImportEdit(lines: readonly string[], languageId: string): LineEdit {
  const style = jsModuleStyle(lines, languageId);
  const text = style === 'esm' ? "import { StatusCodes } from 'http-status-codes';" : "const { StatusCodes } = require('http-status-codes');";
  let header = -1;
  let lastImport = -1;
  let i = 0;
  if ((lines[0] ?? '').startsWith('#!')) header = i++;
  for (; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (blank(l) || /^\s*\/\//.test(l)) continue;
    if (/^\s*\/\*/.test(l)) {
      while (i < lines.length && !(lines[i] ?? '').includes('*/')) i++;
      continue;
    }
    if (/^\s*(['"])use [\w ]+\1;?\s*$/.test(l)) {
      if (lastImport < 0) header = i;
      continue;
    }
    if (JS_IMPORT_START_RE.test(l)) {
      // Statement end: the line that closes the braces and ends with `;`, a quote or `)`.
      let k = i;
      while (k < lines.length - 1 && !/(?:from\s+['"][^'"]+['"]|\)|^\s*import\s+['"][^'"]+['"])\s*;?\s*$/.test(lines[k] ?? '')) k++;
      lastImport = k;
      i = k;
      continue;
    }
    break;
  }
  if (lastImport >= 0) return insertAfter(lines, lastImport, text);
  return insertAfter(lines, header, text, { blankBefore: false, blankAfter: true });
}
