// Finding the status mention the user points at, shared by the features that act on one.
import type * as vscode from 'vscode';
import { type DetectionMode, type StatusMention, findStatusMentionAt } from '../core';
import { readConfig } from './config';

/** The mention under an editor's cursor (an empty selection only), with the user's detection mode. */
export function mentionUnderCursor(editor: vscode.TextEditor | undefined): StatusMention | undefined {
  if (!editor || !editor.selection.isEmpty) return undefined;
  const pos = editor.selection.active;
  const mode = readConfig(editor.document).detection;
  return findStatusMentionAt(editor.document.lineAt(pos.line).text, editor.document.languageId, pos.character, { mode });
}

/**
 * The mention at `position` or ending right before it (the cursor just after `412`), as code actions
 * see it. Only a window around the position is examined.
 */
export function mentionAtOrBefore(document: vscode.TextDocument, position: vscode.Position, mode: DetectionMode): StatusMention | undefined {
  const line = document.lineAt(position.line).text;
  const c = position.character;
  return findStatusMentionAt(line, document.languageId, c, { mode }) ?? (c > 0 ? findStatusMentionAt(line, document.languageId, c - 1, { mode }) : undefined);
}
