// Refactors (`refactor.rewrite`) between status literals and named constants, in the idiom of the
// file's ecosystem, plus "fix all in file" for both directions as one undoable edit. The logic (styles,
// imports, which numbers are code) is pure, in src/core/refactor/; this adapter reads the document,
// asks the workspace whether the project depends on `http-status-codes`, and builds WorkspaceEdits.
import * as vscode from 'vscode';
import { type LineEdit, type RefactorPlan, allConstantsToLiterals, allLiteralsToConstants, constantToLiteral, literalToConstant } from '../core';
import { mentionAtOrBefore } from './mentions';
import { STATUS_SELECTOR } from './selector';

export const REFACTOR_KIND = vscode.CodeActionKind.RefactorRewrite;
const JS_LANGUAGES = new Set(['javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'vue', 'svelte']);
const DEPENDENCY = 'http-status-codes';
/** Files longer than this get no "fix all" (it reads every line). */
const MAX_FIX_ALL_LINES = 20_000;

/** Whether a package.json between the document and its workspace folder depends on http-status-codes. */
class DependencyLookup implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<boolean>>();
  private readonly watcher: vscode.FileSystemWatcher;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/package.json');
    const clear = (): void => this.cache.clear();
    this.watcher.onDidChange(clear);
    this.watcher.onDidCreate(clear);
    this.watcher.onDidDelete(clear);
  }

  dispose(): void {
    this.watcher.dispose();
    this.cache.clear();
  }

  async dependsOn(document: vscode.TextDocument): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return false;
    let dir = vscode.Uri.joinPath(document.uri, '..');
    for (let guard = 0; guard < 32; guard++) {
      if (await this.lists(vscode.Uri.joinPath(dir, 'package.json'))) return true;
      if (dir.path === folder.uri.path || !dir.path.startsWith(folder.uri.path)) break;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) break;
      dir = parent;
    }
    return false;
  }

  private lists(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = readDependencies(uri);
      this.cache.set(key, p);
    }
    return p;
  }
}

async function readDependencies(uri: vscode.Uri): Promise<boolean> {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    if (!json || typeof json !== 'object') return false;
    const pkg = json as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].some((k) => {
      const deps = pkg[k];
      return !!deps && typeof deps === 'object' && Object.prototype.hasOwnProperty.call(deps, DEPENDENCY);
    });
  } catch {
    return false; // no package.json here, or not JSON
  }
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly LineEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    edits.map((e) => new vscode.TextEdit(new vscode.Range(e.line, e.start, e.line, e.end), e.text)),
  );
  return edit;
}

function action(document: vscode.TextDocument, title: string, plan: RefactorPlan): vscode.CodeAction {
  const a = new vscode.CodeAction(title, REFACTOR_KIND);
  a.edit = workspaceEdit(document, plan.edits);
  return a;
}

export async function provideRefactors(
  document: vscode.TextDocument,
  range: vscode.Range,
  context: vscode.CodeActionContext,
  dependencies: DependencyLookup,
): Promise<vscode.CodeAction[]> {
  if (context.only && !context.only.contains(REFACTOR_KIND)) return [];
  const position = range.start;
  // Cheap first: nothing to do unless the cursor is on a status mention.
  const probe = mentionAtOrBefore(document, position, 'context');
  if (!probe || probe.kind === 'status-line') return [];
  const lines = document.getText().split(/\r?\n/);
  const fixAll = lines.length <= MAX_FIX_ALL_LINES;
  const actions: vscode.CodeAction[] = [];
  if (probe.kind === 'literal') {
    const options = { httpStatusCodesDependency: JS_LANGUAGES.has(document.languageId) && (await dependencies.dependsOn(document)) };
    const one = literalToConstant(lines, document.languageId, position.line, position.character, options);
    const r = one?.replacements[0];
    if (!one || !r) return [];
    actions.push(action(document, vscode.l10n.t('Replace {0} with {1}', r.from, r.to), one));
    const all = fixAll ? allLiteralsToConstants(lines, document.languageId, options) : undefined;
    if (all && all.replacements.length > 1) actions.push(action(document, vscode.l10n.t('Replace all status literals in this file with named constants'), all));
  } else {
    const one = constantToLiteral(lines, document.languageId, position.line, position.character);
    const r = one?.replacements[0];
    if (!one || !r) return [];
    actions.push(action(document, vscode.l10n.t('Replace {0} with {1}', r.from, r.to), one));
    const all = fixAll ? allConstantsToLiterals(lines, document.languageId) : undefined;
    if (all && all.replacements.length > 1) actions.push(action(document, vscode.l10n.t('Replace all named status constants in this file with literals'), all));
  }
  return actions;
}

export function registerRefactors(): vscode.Disposable {
  const dependencies = new DependencyLookup();
  return vscode.Disposable.from(
    dependencies,
    vscode.languages.registerCodeActionsProvider(
      STATUS_SELECTOR,
      { provideCodeActions: (document, range, context) => provideRefactors(document, range, context, dependencies) },
      { providedCodeActionKinds: [REFACTOR_KIND] },
    ),
  );
}
