// Commands behind links and code actions: "Insert snippet…" from the hover (opens the quick-fix menu
// at the mention) and "Copy <framework> snippet to clipboard" (for .http and Markdown files).
import * as vscode from 'vscode';
import { describeValue, getStatus, snippetToPlainText } from '../core';
import { COPY_SNIPPET_COMMAND, INSERT_SNIPPET_COMMAND } from './commands';
import { readConfig } from './config';
import { exampleFor, snippetFrameworkIds } from './snippetSource';

function record(arg: unknown): Record<string, unknown> | undefined {
  return typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? (arg as Record<string, unknown>) : undefined;
}

async function insertSnippetAt(arg: unknown): Promise<void> {
  const a = record(arg);
  const line = a?.line;
  const character = a?.character;
  let uri: vscode.Uri | undefined;
  try {
    uri = typeof a?.uri === 'string' ? vscode.Uri.parse(a.uri, true) : undefined;
  } catch {
    uri = undefined;
  }
  if (!uri || typeof line !== 'number' || typeof character !== 'number' || !Number.isInteger(line) || !Number.isInteger(character) || line < 0 || character < 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Insert snippet: expected a position in a document, got {0}.', describeValue(arg)));
    return;
  }
  let document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  try {
    document ??= await vscode.workspace.openTextDocument(uri);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('Insert snippet: cannot open {0}.', describeValue(a?.uri)));
    return;
  }
  const editor = await vscode.window.showTextDocument(document);
  const pos = document.validatePosition(new vscode.Position(line, character));
  editor.selection = new vscode.Selection(pos, pos);
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix.httpStatusLens', apply: 'never' });
}

async function copySnippet(arg: unknown): Promise<void> {
  const a = record(arg);
  const code = a?.code;
  const framework = a?.framework;
  const status = typeof code === 'number' ? getStatus(code) : undefined;
  if (!status || typeof framework !== 'string' || !snippetFrameworkIds().includes(framework)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Copy snippet: expected a status code and a framework, got {0}.', describeValue(arg)));
    return;
  }
  const snippet = exampleFor(status.code, framework, readConfig().errorBody, 'response');
  if (!snippet) return;
  await vscode.env.clipboard.writeText(snippetToPlainText(snippet.body));
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied: {0}', snippet.title), 3000);
}

export function registerSnippetCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(INSERT_SNIPPET_COMMAND, insertSnippetAt),
    vscode.commands.registerCommand(COPY_SNIPPET_COMMAND, copySnippet),
  );
}
