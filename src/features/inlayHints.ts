// Inlay hints (opt-in, `httpStatusLens.inlayHints.enabled`): after a status literal its name
// (`res.status(412 Precondition Failed)`), after a named constant its number. Styled as parameter
// hints; clicking one opens the explanation. Only the visible range is computed.
import * as vscode from 'vscode';
import { findStatusMentions, getStatus, isClassBound } from '../core';
import { EXPLAIN_COMMAND } from './commands';
import { onDidChangeConfig, readConfig } from './config';
import { STATUS_SELECTOR } from './selector';

/** Lines longer than this (minified code) get no hints. */
const MAX_LINE = 10_000;
/** At most this many lines per request, whatever range is asked for. */
const MAX_LINES = 5_000;

function nameFollows(line: string, end: number, name: string): boolean {
  const after = line.slice(end, end + name.length + 8).replace(/^[\s"'`:=>(|*-]+/, '');
  return after.toLowerCase().startsWith(name.toLowerCase());
}

export function provideStatusInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
  const config = readConfig(document);
  if (!config.inlayHints) return [];
  const hints: vscode.InlayHint[] = [];
  const last = Math.min(range.end.line, document.lineCount - 1, range.start.line + MAX_LINES);
  for (let l = range.start.line; l <= last; l++) {
    const line = document.lineAt(l).text;
    if (line.length > MAX_LINE) continue;
    for (const m of findStatusMentions(line, document.languageId, { mode: config.detection })) {
      if (m.kind === 'status-line' || isClassBound(line, m)) continue;
      const status = getStatus(m.code);
      if (!status) continue;
      if (m.kind === 'literal' && nameFollows(line, m.end, status.name)) continue;
      const part = new vscode.InlayHintLabelPart(m.kind === 'literal' ? status.name : String(status.code));
      part.tooltip = status.summary;
      part.command = { command: EXPLAIN_COMMAND, title: vscode.l10n.t('Explain {0} {1}', status.code, status.name), arguments: [status.code] };
      const hint = new vscode.InlayHint(new vscode.Position(l, m.end), [part], vscode.InlayHintKind.Parameter);
      hint.paddingLeft = true;
      hints.push(hint);
    }
  }
  return hints;
}

export function registerInlayHints(): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider(STATUS_SELECTOR, {
      onDidChangeInlayHints: changed.event,
      provideInlayHints: (document, range) => provideStatusInlayHints(document, range),
    }),
    onDidChangeConfig(() => changed.fire()),
  );
}
