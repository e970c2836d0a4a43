// Typed access to the `httpStatusLens.*` settings. Values are read fresh on every call, never cached,
// so a change applies at once; features that hold derived state listen to `onDidChangeConfig`.
import * as vscode from 'vscode';
import type { DetectionMode, HoverVerbosity } from '../core';

export const SECTION = 'httpStatusLens';

export interface Config {
  readonly detection: DetectionMode;
  readonly hoverVerbosity: HoverVerbosity;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readConfig(scope?: vscode.ConfigurationScope): Config {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    detection: pick(c.get('detection'), ['context', 'anyNumber'], 'context'),
    hoverVerbosity: pick(c.get('hover.verbosity'), ['compact', 'full'], 'compact'),
  };
}

/** Fires when any `httpStatusLens.*` setting changes. */
export function onDidChangeConfig(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
