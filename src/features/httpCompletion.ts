// Completion of status codes in .http/.rest files: after `HTTP/1.1 ` or `HTTP/2 `, and after httpYac's
// `?? status ==`. Common codes first; the summary is the documentation.
import * as vscode from 'vscode';
import { statusCompletionContext, statusesByUse } from '../core';
import { HTTP_SELECTOR } from './httpFiles';

export function registerHttpCompletion(): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    HTTP_SELECTOR,
    {
      provideCompletionItems(document, position) {
        const prefix = document.lineAt(position.line).text.slice(0, position.character);
        const ctx = statusCompletionContext(prefix);
        if (!ctx) return undefined;
        const replace = new vscode.Range(position.translate(0, -ctx.typed.length), position);
        return statusesByUse().map((s, i) => {
          const item = new vscode.CompletionItem({ label: `${s.code} ${s.name}`, description: s.official ? undefined : s.vendor }, vscode.CompletionItemKind.EnumMember);
          item.insertText = ctx.kind === 'status-line' ? `${s.code} ${s.name}` : String(s.code);
          item.filterText = `${s.code} ${s.name}`;
          item.sortText = String(i).padStart(4, '0');
          item.range = replace;
          item.documentation = new vscode.MarkdownString().appendText(s.summary);
          return item;
        });
      },
    },
    ' ',
    '=',
  );
}
