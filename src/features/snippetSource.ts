// Where the page and the quick fixes get their code: the snippet generator in src/core, with the
// user's error-body setting applied.
import * as vscode from 'vscode';
import { type ExampleSource, frameworks, snippetFor } from '../core';

export type ErrorBody = 'json' | 'problemJson';

const FIRST = ['express', 'flask', 'php'];

export function snippetFrameworkIds(): string[] {
  return frameworks().map((f) => f.id);
}

export function exampleFor(code: number, framework: string, errorBody: ErrorBody, form: 'response' | 'handler', languageId?: string): { title: string; body: string } | undefined {
  return snippetFor(code, framework, form, { errorBody, ...(languageId ? { languageId } : {}) });
}

/** The snippet generator as the page's example source, with the error-body setting. */
export function pageSource(errorBody: ErrorBody): ExampleSource {
  return (code, framework, form) => exampleFor(code, framework, errorBody, form ?? 'handler');
}

/** Frameworks after Express, Flask and PHP that fit the languages open in the editors. */
export function workspaceFrameworks(): string[] {
  const languages = new Set(vscode.window.visibleTextEditors.map((e) => e.document.languageId));
  return frameworks()
    .filter((f) => !FIRST.includes(f.id) && f.languageIds.some((l) => languages.has(l)))
    .map((f) => f.id);
}
