// Shared helpers for tests that run inside the real extension host.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'http-status-lens.http-status-lens';

/** The workspace folder (a fresh copy of test/fixtures made by the harness). */
export function fixtureUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  await ext.activate();
}

export async function openFixture(...segments: string[]): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Position of the `nth` occurrence of `needle` in the document, plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" (#${nth}) found in ${path.basename(doc.uri.path)}`);
  }
  return doc.positionAt(i + offset);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n---\n');
}

export async function hoversAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover[]> {
  return (await executeProvider<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs an `executeXProvider` command, retrying while VS Code cancels it: right after a document opens,
 * the workbench may cancel the first request (for example when the language server attaches).
 */
export async function executeProvider<T>(command: string, ...args: unknown[]): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await vscode.commands.executeCommand<T>(command, ...args);
    } catch (e) {
      if (!(e instanceof Error) || e.name !== 'Canceled' || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The code actions of `kind` (and its subkinds) at `pos`. */
export async function codeActionsAt(doc: vscode.TextDocument, pos: vscode.Position, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const all = (await executeProvider<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos), kind.value)) ?? [];
  return all.filter((a) => a.kind && kind.contains(a.kind));
}

/** A fixture file's text, or a marker naming it when it does not exist (so a failing comparison shows the actual text). */
export async function readFixture(...segments: string[]): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(...segments)));
  } catch {
    return `(fixture ${segments.join('/')} is missing)`;
  }
}

/**
 * Applies the code action titled `title` at `needle`+`offset` in the fixture `file`, compares the
 * document with the golden fixture, then checks that one undo restores the original text.
 */
export async function applyAndCompare(opts: { file: string[]; needle: string; offset: number; title: string; golden: string[]; kind: vscode.CodeActionKind }): Promise<void> {
  const doc = await openFixture(...opts.file);
  const editor = await vscode.window.showTextDocument(doc);
  const original = doc.getText();
  const actions = await codeActionsAt(doc, positionOf(doc, opts.needle, opts.offset), opts.kind);
  const action = actions.find((a) => a.title === opts.title);
  assert.ok(action?.edit, `"${opts.title}" offered; got:\n${actions.map((a) => a.title).join('\n')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  const expected = await readFixture(...opts.golden);
  assert.strictEqual(doc.getText(), expected, `golden ${opts.golden.join('/')} differs; actual:\n${doc.getText()}`);
  await expectOneUndoRestores(editor, original);
}

/**
 * Runs the workbench's `undo` once in `editor` and waits until the document reads `original` again.
 * The undo runs in the workbench; the extension host learns of the change by a later message, so the
 * text is polled rather than read at once (reading at once failed on a slow CI machine).
 */
export async function expectOneUndoRestores(editor: vscode.TextEditor, original: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  await waitFor('one undo restores the file', () => (editor.document.getText() === original ? true : undefined), 5000);
}
