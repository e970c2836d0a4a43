// Where the page and the quick fixes get their code: the snippet generator in src/core, with the
// user's error-body setting applied.
import * as vscode from 'vscode';
import { type CodeExample, type HttpStatus, frameworks, snippetFor, snippetToPlainText } from '../core';

export type ErrorBody = 'json' | 'problemJson';

const FIRST = ['express', 'flask', 'php'];

export function snippetFrameworkIds(): string[] {
  return frameworks().map((f) => f.id);
}

export function exampleFor(code: number, framework: string, errorBody: ErrorBody, form: 'response' | 'handler' = 'handler', languageId?: string): { title: string; body: string } | undefined {
  return snippetFor(code, framework, form, { errorBody, ...(languageId ? { languageId } : {}) });
}

/** Express, Flask and PHP, then the frameworks that fit the languages open in the editors. */
export function pageExamplesFor(status: HttpStatus, errorBody: ErrorBody): CodeExample[] {
  const languages = new Set(vscode.window.visibleTextEditors.map((e) => e.document.languageId));
  const all = frameworks();
  const chosen = [
    ...FIRST.map((id) => all.find((f) => f.id === id)).filter((f) => f !== undefined),
    ...all.filter((f) => !FIRST.includes(f.id) && f.languageIds.some((l) => languages.has(l))),
  ];
  const out: CodeExample[] = [];
  for (const f of chosen) {
    const s = exampleFor(status.code, f.id, errorBody);
    if (s) out.push({ framework: f.id, label: f.label, language: f.languageIds[0] ?? 'plaintext', body: snippetToPlainText(s.body) });
  }
  return out;
}
