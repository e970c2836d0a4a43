// Which documents are .http/.rest files, whatever extension provides their language (ours, REST Client
// or httpYac all use the id `http`): by language id, and by file name for any other id.
import type * as vscode from 'vscode';

export const HTTP_SELECTOR: vscode.DocumentSelector = [
  { language: 'http' },
  { pattern: '**/*.{http,rest}' },
];

export function isHttpDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'http' || /\.(http|rest)$/i.test(document.uri.path);
}
