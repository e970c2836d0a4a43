// Hover: explains the status mention under the cursor. The detection and the Markdown live in src/core.
import * as vscode from 'vscode';
import { findStatusMentionAt, getStatus, renderHoverMarkdown } from '../core';
import { readConfig } from './config';
import { STATUS_SELECTOR } from './selector';

export function registerHover(): vscode.Disposable {
  return vscode.languages.registerHoverProvider(STATUS_SELECTOR, {
    provideHover(document, position) {
      const config = readConfig(document);
      const line = document.lineAt(position.line).text;
      const mention = findStatusMentionAt(line, document.languageId, position.character, { mode: config.detection });
      const status = mention && getStatus(mention.code);
      if (!mention || !status) return undefined;
      const md = new vscode.MarkdownString(renderHoverMarkdown(status, { verbosity: config.hoverVerbosity }));
      return new vscode.Hover(md, new vscode.Range(position.line, mention.start, position.line, mention.end));
    },
  });
}
