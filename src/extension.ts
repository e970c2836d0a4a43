// Entry point: only wires the features together. Every feature returns a Disposable that the
// extension context owns, so deactivation disposes everything.
import type * as vscode from 'vscode';
import { registerCodeActions } from './features/codeActions';
import { registerCodeCompletion } from './features/codeCompletion';
import { registerExplainCommand } from './features/explain';
import { registerHover } from './features/hover';
import { registerHttpCompletion } from './features/httpCompletion';
import { registerHttpDiagnostics } from './features/httpDiagnostics';
import { registerInlayHints } from './features/inlayHints';
import { registerMentionContext } from './features/mentionContext';
import { registerRefactors } from './features/refactors';
import { registerSnippetCommands } from './features/snippetCommands';
import { registerStatusPageSerializer } from './features/statusPanel';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerHover(),
    registerCodeActions(),
    registerExplainCommand(context.extensionUri),
    registerStatusPageSerializer(context.extensionUri),
    registerSnippetCommands(),
    registerMentionContext(),
    registerHttpDiagnostics(),
    registerHttpCompletion(),
    registerCodeCompletion(),
    registerInlayHints(),
    registerRefactors(),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
