// The context key `httpStatusLens.onMention`: true while the cursor is on a status mention, so the
// editor context menu offers "Explain HTTP status" only there.
import * as vscode from 'vscode';
import { mentionUnderCursor } from './mentions';

export const ON_MENTION_KEY = 'httpStatusLens.onMention';

export function registerMentionContext(): vscode.Disposable {
  let last: boolean | undefined;
  const update = (editor: vscode.TextEditor | undefined): void => {
    const on = mentionUnderCursor(editor) !== undefined;
    if (on !== last) {
      last = on;
      void vscode.commands.executeCommand('setContext', ON_MENTION_KEY, on);
    }
  };
  update(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((e) => update(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
