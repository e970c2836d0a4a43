// Refactors between status literals and named constants, in the idiom of the file's ecosystem:
//   literal -> constant   `res.status(412)` -> `res.status(StatusCodes.PRECONDITION_FAILED)`, adding the import
//   constant -> literal   `HTTPStatus.PRECONDITION_FAILED` -> `412`
// and "fix all in file" for both. Pure: works on the lines of a file and returns line edits; the VS Code
// adapter (src/features/refactors.ts) turns them into one WorkspaceEdit.
import { findStatusMentions, type StatusMention } from '../detect';
import { constantName, memberForNumber, numberSwapSpan } from '../detect/constants';
import { constantStyleFor, type ConstantStyle, type LineEdit, type StyleOptions } from './imports';
import { inCode, nonCodeRanges, type NonCode } from './lexer';

export { constantStyleFor, pythonImportPoint, jsModuleStyle } from './imports';
export type { ConstantStyle, LineEdit, StyleOptions } from './imports';
export { nonCodeRanges } from './lexer';

export interface Replacement {
  readonly code: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The text replaced ('412', 'HTTPStatus.PRECONDITION_FAILED'). */
  readonly from: string;
  /** The text put instead. */
  readonly to: string;
}

export interface RefactorPlan {
  /** The replacements, in document order. */
  readonly replacements: readonly Replacement[];
  /** Every edit to apply at once: the replacements, plus the import when one is added. */
  readonly edits: readonly LineEdit[];
}

/** Longest line refactors read (minified files are left alone). */
const MAX_LINE = 10_000;
const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte']);
const RUBY_LANGUAGES = new Set(['ruby', 'erb', 'haml']);
/** Where a Ruby status may be a symbol: `status: 404`, `head 404`, `have_http_status(404)`. */
const RUBY_SYMBOL_LEFT_RE = /(?:\bstatus['"]?\s*(?::|=>)|\bhead\b\s*\(?|have_http_status\s*\(?|assert_response\s*\(?|respond_with\s*\(?|\bstatus\s*\(?)\s*$/;
const IMPORT_LINE_RE = /^\s*(?:import|from|use|using|package|#include|require(?:_once)?)\b/;

function mentions(line: string, languageId: string): StatusMention[] {
  if (line.length > MAX_LINE) return [];
  return findStatusMentions(line, languageId, { mode: 'context' });
}

function literalReplacement(lines: readonly string[], li: number, m: StatusMention, languageId: string, style: ConstantStyle, mask: NonCode | undefined): Replacement | undefined {
  if (m.kind !== 'literal' || !inCode(mask, m.start, m.end)) return undefined;
  const line = lines[li] ?? '';
  const member = constantName(style.family, m.code);
  if (member === undefined) return undefined;
  const left = line.slice(Math.max(0, m.start - 60), m.start);
  const right = line.slice(m.end, m.end + 8);
  if (RUBY_LANGUAGES.has(languageId) && !RUBY_SYMBOL_LEFT_RE.test(left)) return undefined;
  // An object key (`{ 404: 'Not found' }`) cannot become a dotted name in JavaScript.
  if (JS_LANGUAGES.has(languageId) && /^\s*:(?!:)/.test(right) && !/\bcase\s+$/.test(left)) return undefined;
  // (a typed member where the code needs a number: Spring's `response.setStatus(HttpStatus.NOT_FOUND.value())`)
  const to = memberForNumber(style.family, style.prefix + member, left);
  if (to === undefined) return undefined;
  return { code: m.code, line: li, start: m.start, end: m.end, from: line.slice(m.start, m.end), to };
}

function constantReplacement(lines: readonly string[], li: number, m: StatusMention, languageId: string, mask: NonCode | undefined): Replacement | undefined {
  if (m.kind !== 'constant' || !inCode(mask, m.start, m.end)) return undefined;
  const line = lines[li] ?? '';
  if (IMPORT_LINE_RE.test(line)) return undefined; // `from rest_framework.status import HTTP_404_NOT_FOUND`
  // (with a typed member's conversion: `HttpStatus.NOT_FOUND.value()`, `(int)HttpStatusCode.NotFound`)
  const span = numberSwapSpan(line, m.start, m.end, languageId);
  if (!span || !inCode(mask, span.start, span.end)) return undefined;
  const right = line.slice(span.end, span.end + 8);
  if (/^(?:\.\w|\(|\[|::\w)/.test(right)) return undefined; // `HttpStatus.NOT_FOUND.getReasonPhrase()`: a member of the constant
  if (/^\s*=(?!=)/.test(right)) return undefined; // the definition of the constant itself
  const left = line.slice(0, span.start);
  if (/(?:\b(?:const|let|var|val|final|static|def|fun|public|private|protected)\s+|\bcase\s+\w+\s*=\s*)$/.test(left) && /^\s*[=:]/.test(right)) return undefined;
  return { code: m.code, line: li, start: span.start, end: span.end, from: line.slice(span.start, span.end), to: String(m.code) };
}

function mentionAt(lines: readonly string[], languageId: string, line: number, character: number): StatusMention | undefined {
  const text = lines[line];
  if (text === undefined) return undefined;
  return mentions(text, languageId).find((m) => m.start <= character && character <= m.end);
}

function plan(replacements: Replacement[], importEdit: LineEdit | undefined): RefactorPlan | undefined {
  if (replacements.length === 0) return undefined;
  const edits: LineEdit[] = replacements.map((r) => ({ line: r.line, start: r.start, end: r.end, text: r.to }));
  if (importEdit) edits.unshift(importEdit);
  return { replacements, edits };
}

/** Literal at (line, character) -> named constant, with the import when missing. */
export function literalToConstant(lines: readonly string[], languageId: string, line: number, character: number, options: StyleOptions = {}): RefactorPlan | undefined {
  const m = mentionAt(lines, languageId, line, character);
  if (!m || m.kind !== 'literal') return undefined;
  const style = constantStyleFor(lines, languageId, options);
  if (!style) return undefined;
  const mask = nonCodeRanges(lines, languageId, line + 1)[line];
  const r = literalReplacement(lines, line, m, languageId, style, mask);
  return r ? plan([r], style.importEdit) : undefined;
}

/** Named constant at (line, character) -> its number. */
export function constantToLiteral(lines: readonly string[], languageId: string, line: number, character: number): RefactorPlan | undefined {
  const m = mentionAt(lines, languageId, line, character);
  if (!m || m.kind !== 'constant') return undefined;
  const mask = nonCodeRanges(lines, languageId, line + 1)[line];
  const r = constantReplacement(lines, line, m, languageId, mask);
  return r ? plan([r], undefined) : undefined;
}

/** Every status literal of the file -> named constants, with one import when missing. */
export function allLiteralsToConstants(lines: readonly string[], languageId: string, options: StyleOptions = {}): RefactorPlan | undefined {
  const style = constantStyleFor(lines, languageId, options);
  if (!style) return undefined;
  const masks = nonCodeRanges(lines, languageId);
  const out: Replacement[] = [];
  lines.forEach((text, li) => {
    for (const m of mentions(text, languageId)) {
      const r = literalReplacement(lines, li, m, languageId, style, masks[li]);
      if (r) out.push(r);
    }
  });
  return plan(out, style.importEdit);
}

/** Every named status constant of the file -> numbers. */
export function allConstantsToLiterals(lines: readonly string[], languageId: string): RefactorPlan | undefined {
  const masks = nonCodeRanges(lines, languageId);
  const out: Replacement[] = [];
  lines.forEach((text, li) => {
    for (const m of mentions(text, languageId)) {
      const r = constantReplacement(lines, li, m, languageId, masks[li]);
      if (r) out.push(r);
    }
  });
  return plan(out, undefined);
}

/** Applies line edits to lines (for tests and previews); edits must not overlap. */
export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let o = 0;
  for (const l of lines) {
    offsets.push(o);
    o += l.length + 1;
  }
  const abs = edits.map((e) => ({ at: (offsets[e.line] ?? text.length) + e.start, end: (offsets[e.line] ?? text.length) + e.end, text: e.text }));
  abs.sort((a, b) => b.at - a.at || b.end - a.end);
  let out = text;
  for (const e of abs) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}
