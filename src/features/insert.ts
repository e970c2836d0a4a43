// Inserting generated code: on a new line after the statement that holds a position, indented like
// that statement in the document's own style, as one undoable snippet edit.
import * as vscode from 'vscode';
import { detectIndentUnit, findStatementEnd, handlerInsertionPoint, indentBody, leadingWhitespace } from '../core';

function documentLines(document: vscode.TextDocument, from: number, count: number): string[] {
  const out: string[] = [];
  for (let i = from; i < Math.min(document.lineCount, from + count); i++) out.push(document.lineAt(i).text);
  return out;
}

export function indentUnitFor(document: vscode.TextDocument): string {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const opts = editor?.options;
  const hint = opts
    ? { insertSpaces: opts.insertSpaces === true ? true : opts.insertSpaces === false ? false : undefined, tabSize: typeof opts.tabSize === 'number' ? opts.tabSize : undefined }
    : undefined;
  return detectIndentUnit(documentLines(document, 0, 2000), hint);
}

/**
 * The position and text (snippet syntax) that put `body` on new lines after the statement at
 * `position`, indented like that statement. The text goes at the start of the following line, where
 * the editor's own whitespace adjustment adds nothing, so the indentation is exactly ours.
 */
export function snippetAfterStatement(document: vscode.TextDocument, position: vscode.Position, body: string): { position: vscode.Position; snippet: vscode.SnippetString } {
  const lines = documentLines(document, position.line, 201);
  const end = position.line + findStatementEnd(lines, 0);
  const unit = indentUnitFor(document);
  if (end + 1 < document.lineCount) {
    const base = leadingWhitespace(document.lineAt(position.line).text);
    return { position: new vscode.Position(end + 1, 0), snippet: new vscode.SnippetString(indentBody(body, base, unit) + '\n') };
  }
  // The statement ends the document: append a line break; the editor indents like the last line.
  return { position: document.lineAt(end).range.end, snippet: new vscode.SnippetString('\n' + indentBody(body, '', unit)) };
}

/** The position and text that put a whole handler after the function holding `position`, set off by a blank line. */
export function handlerAfterBlock(document: vscode.TextDocument, position: vscode.Position, body: string): { position: vscode.Position; snippet: vscode.SnippetString } {
  const lines = documentLines(document, 0, document.lineCount);
  const { afterLine, indent } = handlerInsertionPoint(lines, position.line);
  return { position: document.lineAt(afterLine).range.end, snippet: new vscode.SnippetString('\n\n' + indentBody(body, indent, indentUnitFor(document))) };
}

export type InsertForm = 'response' | 'handler';

export function insertion(document: vscode.TextDocument, position: vscode.Position, body: string, form: InsertForm): { position: vscode.Position; snippet: vscode.SnippetString } {
  return form === 'response' ? snippetAfterStatement(document, position, body) : handlerAfterBlock(document, position, body);
}

/** The text editor an "Insert into editor" button means: the active one, else the visible one beside the page. */
function targetEditor(): vscode.TextEditor | undefined {
  const usable = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => !!e && e.document.uri.scheme !== 'output';
  const active = vscode.window.activeTextEditor;
  if (usable(active)) return active;
  return vscode.window.visibleTextEditors.find(usable);
}

/** Inserts `body` near the cursor of the target editor (see `insertion`), as one undo step. */
export async function insertSnippetIntoEditor(body: string, form: InsertForm): Promise<boolean> {
  const editor = targetEditor();
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a file in an editor to insert the example into.'));
    return false;
  }
  const { position, snippet } = insertion(editor.document, editor.selection.active, body, form);
  await vscode.window.showTextDocument(editor.document, editor.viewColumn, false);
  return editor.insertSnippet(snippet, position, { undoStopBefore: true, undoStopAfter: true });
}
