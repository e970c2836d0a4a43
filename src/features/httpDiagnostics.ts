// Diagnostics on status lines of .http/.rest files: a reason phrase that does not match its code, an
// unassigned code, an unofficial code (information); plus the quick fix to the registered phrase.
import * as vscode from 'vscode';
import { type StatusLineProblem, checkStatusLine, getStatus } from '../core';
import { HTTP_SELECTOR, isHttpDocument } from './httpFiles';

const SOURCE = 'HTTP Status Lens';
const MAX_LINES = 20_000;

interface PhraseDiagnostic extends vscode.Diagnostic {
  replacement?: string;
}

function message(problem: StatusLineProblem, text: string): string {
  const status = getStatus(problem.code);
  switch (problem.kind) {
    case 'reason-mismatch':
      return vscode.l10n.t('The reason phrase "{0}" does not match {1}: its registered phrase is "{2}".', text.slice(0, 60), problem.code, problem.replacement ?? '');
    case 'unassigned':
      return vscode.l10n.t('{0} is not an assigned HTTP status code.', problem.code);
    case 'unofficial':
      return vscode.l10n.t('{0} {1} is not an official HTTP status code: it is used by {2}.', problem.code, status?.name ?? '', status?.vendor ?? '');
  }
}

function diagnose(document: vscode.TextDocument): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (let i = 0; i < Math.min(document.lineCount, MAX_LINES); i++) {
    const problem = checkStatusLine(document.lineAt(i).text);
    if (!problem) continue;
    const severity = problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
    const range = new vscode.Range(i, problem.start, i, problem.end);
    const d: PhraseDiagnostic = new vscode.Diagnostic(range, message(problem, document.getText(range)), severity);
    d.source = SOURCE;
    d.code = problem.kind;
    if (problem.replacement) d.replacement = problem.replacement;
    out.push(d);
  }
  return out;
}

export function registerHttpDiagnostics(): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('httpStatusLens');
  const refresh = (document: vscode.TextDocument): void => {
    if (isHttpDocument(document)) collection.set(document.uri, diagnose(document));
  };
  vscode.workspace.textDocuments.forEach(refresh);
  const fix = vscode.languages.registerCodeActionsProvider(
    HTTP_SELECTOR,
    {
      provideCodeActions(document, _range, context) {
        return context.diagnostics
          .filter((d): d is PhraseDiagnostic => d.source === SOURCE && d.code === 'reason-mismatch')
          .map((d) => {
            const replacement = d.replacement ?? checkStatusLine(document.lineAt(d.range.start.line).text)?.replacement;
            if (!replacement) return undefined;
            const action = new vscode.CodeAction(vscode.l10n.t('Change the reason phrase to "{0}"', replacement), vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            action.edit.replace(document.uri, d.range, replacement);
            action.diagnostics = [d];
            action.isPreferred = true;
            return action;
          })
          .filter((a): a is vscode.CodeAction => a !== undefined);
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
  return vscode.Disposable.from(
    collection,
    fix,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
}
