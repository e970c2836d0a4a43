// Quick fixes on a status mention: insert a response (or a whole handler) for that status in the
// frameworks that fit the file, the one the file imports first and preferred; explain the code; and
// in .http/Markdown files, where code cannot go, copy a snippet to the clipboard instead.
import * as vscode from 'vscode';
import { type HttpStatus, detectFramework, frameworks, frameworksForLanguage, getStatus } from '../core';
import { COPY_SNIPPET_COMMAND, EXPLAIN_COMMAND } from './commands';
import { readConfig } from './config';
import { type InsertForm, type Placement, indentUnitFor, placedSnippet, placementFor } from './insert';
import { isHttpDocument } from './httpFiles';
import { mentionAtOrBefore } from './mentions';
import { exampleFor } from './snippetSource';
import { STATUS_SELECTOR } from './selector';

export const SNIPPET_KIND = vscode.CodeActionKind.QuickFix.append('httpStatusLens');
const COPY_ONLY_LANGUAGES = new Set(['markdown', 'plaintext']); // and .http files (isHttpDocument)
const COPY_FRAMEWORKS = ['express', 'flask', 'php'];
const HEAD_LINES = 300;

/** Framework ids for this document, best first: the user's pinned list, else the imported one, then the rest. */
export function frameworksFor(document: vscode.TextDocument): { ids: string[]; preferred: string | undefined } {
  const known = new Set(frameworks().map((f) => f.id));
  const pinned = readConfig(document).snippetFrameworks.filter((id) => known.has(id));
  const fitting = frameworksForLanguage(document.languageId).map((f) => f.id);
  if (pinned.length > 0) {
    const ids = pinned.filter((id) => fitting.includes(id));
    return { ids, preferred: ids[0] };
  }
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, HEAD_LINES), 0));
  const detected = detectFramework(head, document.languageId);
  const ids = detected && fitting.includes(detected) ? [detected, ...fitting.filter((id) => id !== detected)] : fitting;
  return { ids, preferred: detected && fitting.includes(detected) ? detected : undefined };
}

function insertAction(document: vscode.TextDocument, place: Placement, status: HttpStatus, framework: string, form: InsertForm, preferred: boolean): vscode.CodeAction | undefined {
  const snippet = exampleFor(status.code, framework, readConfig(document).errorBody, form, document.languageId);
  if (!snippet) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Insert {0}', snippet.title), SNIPPET_KIND);
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, [vscode.SnippetTextEdit.insert(place.position, placedSnippet(place, snippet.body))]);
  action.edit = edit;
  action.isPreferred = preferred;
  return action;
}

function copyAction(status: HttpStatus, framework: string): vscode.CodeAction | undefined {
  const label = frameworks().find((f) => f.id === framework)?.label ?? framework;
  const action = new vscode.CodeAction(vscode.l10n.t('Copy {0} snippet to clipboard', label), SNIPPET_KIND);
  action.command = { command: COPY_SNIPPET_COMMAND, title: action.title, arguments: [{ code: status.code, framework }] };
  return action;
}

function explainAction(status: HttpStatus): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Explain {0} {1}', status.code, status.name), SNIPPET_KIND);
  action.command = { command: EXPLAIN_COMMAND, title: action.title, arguments: [status.code] };
  return action;
}

export function provideStatusCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
  const mention = mentionAtOrBefore(document, range.start, readConfig(document).detection);
  const status = mention && getStatus(mention.code);
  if (!mention || !status) return [];
  const position = new vscode.Position(range.start.line, mention.start);
  const actions: vscode.CodeAction[] = [];
  if (COPY_ONLY_LANGUAGES.has(document.languageId) || isHttpDocument(document)) {
    for (const id of COPY_FRAMEWORKS) {
      const a = copyAction(status, id);
      if (a) actions.push(a);
    }
  } else {
    const { ids, preferred } = frameworksFor(document);
    const unit = ids.length > 0 ? indentUnitFor(document) : '';
    for (const form of ids.length > 0 ? (['response', 'handler'] as const) : []) {
      const place = placementFor(document, position, form, unit); // once per form, not per framework
      for (const id of ids) {
        const a = insertAction(document, place, status, id, form, form === 'response' && id === preferred);
        if (a) actions.push(a);
      }
    }
  }
  actions.push(explainAction(status));
  return actions;
}

export function registerCodeActions(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    STATUS_SELECTOR,
    { provideCodeActions: (document, range) => provideStatusCodeActions(document, range) },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}
