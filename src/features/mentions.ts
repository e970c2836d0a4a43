// Finding the status mention the user points at, shared by the features that act on one.
import type * as vscode from 'vscode';
import { type DetectionMode, type StatusMention, findStatusMentionAt, isClassBound } from '../core';
import { readConfig } from './config';

/** The mention under an editor's cursor (an empty selection only), with the user's detection mode. */
export function mentionUnderCursor(editor: vscode.TextEditor | undefined): StatusMention | undefined {
  if (!editor || !editor.selection.isEmpty) return undefined;
  const pos = editor.selection.active;
  const mode = readConfig(editor.document).detection;
  const line = editor.document.lineAt(pos.line).text;
  return oneStatus(line, findStatusMentionAt(line, editor.document.languageId, pos.character, { mode }));
}

/** A mention that names one status: not a class's top written as a bound (`status <= 299`), which names a class. */
function oneStatus(line: string, m: StatusMention | undefined): StatusMention | undefined {
  return m && !isClassBound(line, m) ? m : undefined;
}

/**
 * The mention at `position` or ending right before it (the cursor just after `412`), as code actions
 * see it. Only a window around the position is examined.
 */
export function mentionAtOrBefore(document: vscode.TextDocument, position: vscode.Position, mode: DetectionMode): StatusMention | undefined {
  const line = document.lineAt(position.line).text;
  const c = position.character;
  return oneStatus(line, findStatusMentionAt(line, document.languageId, c, { mode }) ?? (c > 0 ? findStatusMentionAt(line, document.languageId, c - 1, { mode }) : undefined));
}
