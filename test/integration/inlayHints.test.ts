import * as assert from 'assert';
import * as vscode from 'vscode';
import { provideStatusInlayHints } from '../../src/features/inlayHints';
import { activate, executeProvider, openFixture, positionOf, waitFor } from './helpers';

const SETTING = 'inlayHints.enabled';

async function hintsIn(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
  return (await executeProvider<vscode.InlayHint[] | undefined>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
}

const textOf = (h: vscode.InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

async function setEnabled(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('httpStatusLens').update(SETTING, value, vscode.ConfigurationTarget.Global);
}

suite('inlay hints (real extension host)', () => {
  suiteSetup(activate);
  teardown(async () => {
    await setEnabled(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('off by default: no hints', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    assert.deepStrictEqual((await hintsIn(doc, whole)).map(textOf), []);
  });

  test('on: the name after a literal, as a parameter hint that opens the explanation; only in the range asked for', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    await setEnabled(true);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await waitFor('hints once the setting is on', async () => {
      const h = await hintsIn(doc, whole);
      return h.length > 0 ? h : undefined;
    });
    assert.deepStrictEqual(hints.map(textOf), ['Not Found', 'Precondition Failed', 'Precondition Failed'], 'abort(404), "returns 412" in the comment, and the returned 412');
    const h404 = hints[0];
    assert.ok(h404);
    assert.ok(h404.position.isEqual(positionOf(doc, 'abort(404)', 9)), 'right after the number');
    assert.strictEqual(h404.kind, vscode.InlayHintKind.Parameter);
    assert.strictEqual(h404.paddingLeft, true);
    // The API command does not carry label-part commands back; ask the provider itself for those.
    const own = provideStatusInlayHints(doc, whole)[0];
    const part = own && typeof own.label !== 'string' ? own.label[0] : undefined;
    assert.strictEqual(part?.command?.command, 'httpStatusLens.explain');
    assert.deepStrictEqual(part.command.arguments, [404]);
    const line = positionOf(doc, 'abort(404)').line;
    assert.deepStrictEqual((await hintsIn(doc, new vscode.Range(line, 0, line, 200))).map(textOf), ['Not Found']);
  });

  test('on: the number after a named constant', async () => {
    await setEnabled(true);
    const doc = await openFixture('refactor', 'go', 'handler.go');
    const hints = await waitFor('hints', async () => {
      const h = await hintsIn(doc, new vscode.Range(0, 0, doc.lineCount, 0));
      return h.length > 0 ? h : undefined;
    });
    assert.deepStrictEqual(hints.map(textOf), ['Method Not Allowed', '204']);
    assert.ok(hints[1]?.position.isEqual(positionOf(doc, 'http.StatusNoContent', 'http.StatusNoContent'.length)));
  });

  test('turning the setting off again removes them', async () => {
    await setEnabled(true);
    const doc = await openFixture('refactor', 'go', 'handler.go');
    await waitFor('hints on', async () => ((await hintsIn(doc, new vscode.Range(0, 0, doc.lineCount, 0))).length > 0 ? true : undefined));
    await setEnabled(false);
    await waitFor('hints off', async () => ((await hintsIn(doc, new vscode.Range(0, 0, doc.lineCount, 0))).length === 0 ? true : undefined));
  });
});
