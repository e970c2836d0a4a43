// The "Explain HTTP status" command: explains the status under the cursor, the one given as an
// argument (412 or { code: 412 }), or one picked from a searchable list of every code.
import * as vscode from 'vscode';
import { type HttpStatus, type Refusal, allStatuses, getStatus, parseStatusArgument, searchStatuses } from '../core';
import { mentionUnderCursor } from './mentions';
import { StatusPanel } from './statusPanel';

import { EXPLAIN_COMMAND } from './commands';

interface StatusItem extends vscode.QuickPickItem {
  readonly status?: HttpStatus;
}

function categoryLabel(status: HttpStatus): string {
  switch (status.category) {
    case 'informational': return vscode.l10n.t('Informational');
    case 'success': return vscode.l10n.t('Success');
    case 'redirection': return vscode.l10n.t('Redirection');
    case 'client-error': return vscode.l10n.t('Client error');
    case 'server-error': return vscode.l10n.t('Server error');
  }
}

function itemFor(status: HttpStatus): StatusItem {
  return {
    label: `${status.code} ${status.name}`,
    description: status.official ? categoryLabel(status) : vscode.l10n.t('{0} · unofficial', status.vendor ?? ''),
    detail: status.summary,
    alwaysShow: true, // our own ranking (searchStatuses) decides what matches, not the label filter
    status,
  };
}

/** QuickPick items for what the user typed. */
export function pickItems(query: string): StatusItem[] {
  const q = query.trim();
  if (q === '') return allStatuses().map(itemFor);
  const found = searchStatuses(q);
  if (found.length > 0) return found.map(itemFor);
  const label = /^\d+$/.test(q)
    ? vscode.l10n.t('{0} is not an assigned HTTP status code', q)
    : vscode.l10n.t('No HTTP status matches "{0}"', q.slice(0, 80));
  return [{ label, alwaysShow: true }];
}

async function pickStatus(): Promise<HttpStatus | undefined> {
  const qp = vscode.window.createQuickPick<StatusItem>();
  qp.title = vscode.l10n.t('Explain HTTP status');
  qp.placeholder = vscode.l10n.t('Type a code, a name, a constant or a word (412, precondition, etag, too many)');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  qp.items = pickItems('');
  try {
    return await new Promise<HttpStatus | undefined>((resolve) => {
      qp.onDidChangeValue((v) => (qp.items = pickItems(v)));
      qp.onDidAccept(() => {
        const status = (qp.selectedItems[0] ?? qp.activeItems[0])?.status;
        if (status) resolve(status);
      });
      qp.onDidHide(() => resolve(undefined));
      qp.show();
    });
  } finally {
    qp.dispose();
  }
}

function statusAtCursor(): HttpStatus | undefined {
  const mention = mentionUnderCursor(vscode.window.activeTextEditor);
  return mention ? getStatus(mention.code) : undefined;
}

function refusalMessage(r: Refusal): string {
  switch (r.reason) {
    case 'not-a-code':
      return vscode.l10n.t('Explain HTTP status: expected an HTTP status code such as 412 or { code: 412 }, got {0}.', r.shown);
    case 'out-of-range':
      return vscode.l10n.t('Explain HTTP status: {0} is not an HTTP status code; status codes run from 100 to 599.', r.code);
    case 'unassigned':
      return vscode.l10n.t('Explain HTTP status: {0} is not an assigned HTTP status code.', r.code);
  }
}

/**
 * Runs the command. Returns the code shown, or undefined when nothing was shown (cancelled or a bad
 * argument, which gets an error message instead of an exception).
 */
async function explain(extensionUri: vscode.Uri, arg: unknown): Promise<number | undefined> {
  let status: HttpStatus | undefined;
  if (arg !== undefined && !(arg instanceof vscode.Uri)) {
    const parsed = parseStatusArgument(arg);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(refusalMessage(parsed));
      return undefined;
    }
    status = parsed.value;
  } else {
    status = statusAtCursor() ?? (await pickStatus());
  }
  if (!status) return undefined;
  StatusPanel.createOrShow(extensionUri, status);
  return status.code;
}

export function registerExplainCommand(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(EXPLAIN_COMMAND, (arg: unknown) => explain(extensionUri, arg));
}
