// Completion of status codes in source files: in an HTTP status context (`res.status(|`, `abort(|`,
// `status_code=|`, `w.WriteHeader(|`, `render status: |`, ...) the codes, labelled "412 Precondition
// Failed", most used first; after a constants prefix (`HTTPStatus.`, `http.Status`, `status.HTTP_`,
// `StatusCodes.`, `HttpStatus.`, `Response::HTTP_`, Rails `status: :`) the family's constants.
// The contexts are decided in src/core/completion.ts; .http files have their own provider.
import * as vscode from 'vscode';
import { completionContextAt, completionEntries, getStatus } from '../core';
import { isHttpDocument } from './httpFiles';
import { STATUS_SELECTOR } from './selector';

const MAX_PREFIX = 2000;

export function provideStatusCompletions(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
  if (isHttpDocument(document)) return undefined;
  const text = document.lineAt(position.line).text;
  if (position.character > MAX_PREFIX) return undefined;
  const ctx = completionContextAt(text.slice(0, position.character), document.languageId);
  if (!ctx) return undefined;
  const range = new vscode.Range(position.translate(0, -ctx.typed.length), position);
  return completionEntries(ctx).map((e) => {
    const literal = ctx.kind === 'literal';
    const item = new vscode.CompletionItem(e.label, literal ? vscode.CompletionItemKind.Value : vscode.CompletionItemKind.Constant);
    item.insertText = e.insertText;
    item.filterText = literal ? e.label : e.insertText;
    item.range = range;
    item.sortText = String(e.rank).padStart(4, '0');
    if (e.detail) item.detail = e.detail;
    else if (!e.official) item.detail = getStatus(e.code)?.vendor;
    item.documentation = new vscode.MarkdownString().appendText(e.documentation);
    return item;
  });
}

export function registerCodeCompletion(): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    STATUS_SELECTOR,
    { provideCompletionItems: (document, position) => provideStatusCompletions(document, position) },
    '(', ' ', '=', ':', '.', ',',
  );
}
