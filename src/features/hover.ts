// Hover: explains the status mention under the cursor. Detection and Markdown live in src/core;
// only the mention's own span gets the hover, and the Markdown trusts only our commands.
import * as vscode from 'vscode';
import { findStatusMentionAt, getStatus, isClassBound, renderClassBoundMarkdown, renderHoverMarkdown } from '../core';
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
      if (!mention) return undefined;
      const range = new vscode.Range(position.line, mention.start, position.line, mention.end);
      // (`status <= 299`, `500-599`: the class, not a code)
      const bound = isClassBound(line, mention) ? renderClassBoundMarkdown(mention.code, { labels: hoverLabels() }) : undefined;
      if (bound) return new vscode.Hover(trusted(bound), range);
      const status = getStatus(mention.code);
      if (!status) return undefined;
      const md = renderHoverMarkdown(status, {
        verbosity: config.hoverVerbosity,
        explainCommandUri: commandUri(EXPLAIN_COMMAND, [status.code]),
        snippetCommandUri: commandUri(INSERT_SNIPPET_COMMAND, [{ uri: document.uri.toString(), line: position.line, character: mention.start }]),
        labels: hoverLabels(),
      });
      return new vscode.Hover(trusted(md), range);
    },
  });
}

/** Markdown that runs only our commands and renders no HTML. */
function trusted(md: string): vscode.MarkdownString {
  const out = new vscode.MarkdownString(md);
  out.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
  out.supportHtml = false;
  return out;
}
