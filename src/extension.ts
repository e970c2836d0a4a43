// Entry point: only wires the features together. Every feature returns a Disposable owned by the context.
import type * as vscode from 'vscode';
import { registerHover } from './features/hover';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(registerHover());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
