// Hover: explains the status mention under the cursor. Detection and Markdown live in src/core;
// only the mention's own span gets the hover, and the Markdown trusts only our commands.
import * as vscode from 'vscode';
import { findStatusMentionAt, getStatus, renderHoverMarkdown } from '../core';
import { EXPLAIN_COMMAND, INSERT_SNIPPET_COMMAND, TRUSTED_COMMANDS, commandUri } from './commands';
import { readConfig } from './config';
import { hoverLabels } from './labels';
import { STATUS_SELECTOR } from './selector';

export function registerHover(): vscode.Disposable {
  return vscode.languages.registerHoverProvider(STATUS_SELECTOR, {
    provideHover(document, position) {
      const config = readConfig(document);
      const line = document.lineAt(position.line).text;
      const mention = findStatusMentionAt(line, document.languageId, position.character, { mode: config.detection });
      const status = mention && getStatus(mention.code);
      if (!mention || !status) return undefined;
      const range = new vscode.Range(position.line, mention.start, position.line, mention.end);
      const md = new vscode.MarkdownString(
        renderHoverMarkdown(status, {
          verbosity: config.hoverVerbosity,
          explainCommandUri: commandUri(EXPLAIN_COMMAND, [status.code]),
          snippetCommandUri: commandUri(INSERT_SNIPPET_COMMAND, [{ uri: document.uri.toString(), line: position.line, character: mention.start }]),
          labels: hoverLabels(),
        }),
      );
      md.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
      md.supportHtml = false;
      return new vscode.Hover(md, range);
    },
  });
}
