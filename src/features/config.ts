// Typed access to the `httpStatusLens.*` settings. Values are read fresh on every call, never cached,
// so a change applies at once; features that hold derived state listen to `onDidChangeConfig`.
import * as vscode from 'vscode';
import type { DetectionMode, HoverVerbosity } from '../core';

export const SECTION = 'httpStatusLens';

export interface Config {
  readonly detection: DetectionMode;
  readonly hoverVerbosity: HoverVerbosity;
  /** Framework ids pinned by the user, in order; empty means "decide from the file". */
  readonly snippetFrameworks: readonly string[];
  readonly errorBody: 'json' | 'problemJson';
  /** Inlay hints after status literals (the name) and constants (the number). */
  readonly inlayHints: boolean;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readConfig(scope?: vscode.ConfigurationScope): Config {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const frameworks = c.get<unknown>('snippets.frameworks');
  return {
    detection: pick(c.get('detection'), ['context', 'anyNumber'], 'context'),
    hoverVerbosity: pick(c.get('hover.verbosity'), ['compact', 'full'], 'compact'),
    snippetFrameworks: Array.isArray(frameworks) ? frameworks.filter((f): f is string => typeof f === 'string') : [],
    errorBody: pick(c.get('snippets.errorBody'), ['json', 'problemJson'], 'json'),
    inlayHints: c.get('inlayHints.enabled') === true,
  };
}

/** Fires when any `httpStatusLens.*` setting changes. */
export function onDidChangeConfig(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
}
