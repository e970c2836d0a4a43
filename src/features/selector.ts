// Which documents the language features serve: any language, on the schemes where users edit or
// read code (REST Client shows responses in untitled documents), never output or debug consoles.
import type * as vscode from 'vscode';

const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-userdata', 'vsls', 'github', 'vscode-notebook-cell'];

export const STATUS_SELECTOR: vscode.DocumentSelector = [
  ...SCHEMES.map((scheme) => ({ scheme })),
  // .http/.rest files whatever language another extension gave them.
  { pattern: '**/*.{http,rest}' },
];
