// Inserting generated code: after the statement (or the function) that holds a position, indented in
// the document's own style, as one undoable snippet edit.
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

export type InsertForm = 'response' | 'handler';

/** Where generated code goes and how it is indented; it does not depend on the code, so compute it once. */
export interface Placement {
  readonly position: vscode.Position;
  /** Indentation of the first level, and of one more level. */
  readonly base: string;
  readonly unit: string;
  /** Line breaks around the code. */
  readonly before: string;
  readonly after: string;
}

/**
 * `'response'`: on new lines after the statement at `position`, indented like it. The text goes at the
 * start of the following line, where the editor's own whitespace adjustment adds nothing, so the
 * indentation is exactly ours; at the end of the document a line break is appended instead and the
 * editor indents like the last line.
 * `'handler'`: after the function holding `position`, at its indentation, set off by a blank line.
 */
export function placementFor(document: vscode.TextDocument, position: vscode.Position, form: InsertForm, unit = indentUnitFor(document)): Placement {
  if (form === 'handler') {
    const { afterLine, indent } = handlerInsertionPoint(documentLines(document, 0, document.lineCount), position.line);
    return { position: document.lineAt(afterLine).range.end, base: indent, unit, before: '\n\n', after: '' };
  }
  const end = position.line + findStatementEnd(documentLines(document, position.line, 201), 0);
  if (end + 1 < document.lineCount) {
    return { position: new vscode.Position(end + 1, 0), base: leadingWhitespace(document.lineAt(position.line).text), unit, before: '', after: '\n' };
  }
  return { position: document.lineAt(end).range.end, base: '', unit, before: '\n', after: '' };
}

/** `body` (snippet syntax, one `\t` per level) as it is inserted at `place`. */
export function placedSnippet(place: Placement, body: string): vscode.SnippetString {
  return new vscode.SnippetString(place.before + indentBody(body, place.base, place.unit) + place.after);
}

/** The text editor an "Insert into editor" button means: the active one, else the visible one beside the page. */
function targetEditor(): vscode.TextEditor | undefined {
  const usable = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => !!e && e.document.uri.scheme !== 'output';
  const active = vscode.window.activeTextEditor;
  if (usable(active)) return active;
  return vscode.window.visibleTextEditors.find(usable);
}

/** Inserts `body` near the cursor of the target editor (see `placementFor`), as one undo step. */
export async function insertSnippetIntoEditor(body: string, form: InsertForm): Promise<boolean> {
  const editor = targetEditor();
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a file in an editor to insert the example into.'));
    return false;
  }
  const place = placementFor(editor.document, editor.selection.active, form);
  await vscode.window.showTextDocument(editor.document, editor.viewColumn, false);
  return editor.insertSnippet(placedSnippet(place, body), place.position, { undoStopBefore: true, undoStopAfter: true });
}
