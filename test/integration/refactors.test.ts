import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, executeProvider, fixtureUri, openFixture, positionOf, waitFor } from './helpers';

const KIND = vscode.CodeActionKind.RefactorRewrite;

async function refactorsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CodeAction[]> {
  const all = (await executeProvider<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos), KIND.value)) ?? [];
  return all.filter((a) => a.kind && KIND.contains(a.kind));
}

async function golden(name: string): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('refactor', 'golden', name)));
  } catch {
    return `(golden file ${name} is missing)`;
  }
}

/** Applies the refactor titled `title` at `needle`+`offset`, compares with the golden file, then checks that one undo restores the file. */
async function applyAndCompare(file: string[], needle: string, offset: number, title: string, goldenName: string): Promise<void> {
  const doc = await openFixture('refactor', ...file);
  const editor = await vscode.window.showTextDocument(doc);
  const original = doc.getText();
  const actions = await refactorsAt(doc, positionOf(doc, needle, offset));
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `"${title}" offered; got:\n${actions.map((a) => a.title).join('\n')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  const expected = await golden(goldenName);
  assert.strictEqual(doc.getText(), expected, `golden ${goldenName} differs; actual:\n${doc.getText()}`);
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  await waitFor('one undo restores the file', () => (doc.getText() === original ? true : undefined), 5000);
}

const ALL_LITERALS = 'Replace all status literals in this file with named constants';
const ALL_CONSTANTS = 'Replace all named status constants in this file with literals';

suite('refactors: literal <-> named constant (real extension host)', () => {
  suiteSetup(activate);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('on a literal: the rewrite and "fix all", as refactor.rewrite actions', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    const actions = await refactorsAt(doc, positionOf(doc, 'abort(404)', 7));
    assert.deepStrictEqual(actions.map((a) => a.title), ['Replace 404 with HTTPStatus.NOT_FOUND', ALL_LITERALS]);
    assert.ok(actions.every((a) => a.kind?.value === 'refactor.rewrite'));
  });

  test('nothing on a number in a comment, or on one that is not a status', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    assert.deepStrictEqual(await refactorsAt(doc, positionOf(doc, 'returns 412', 9)), []);
    assert.deepStrictEqual(await refactorsAt(doc, positionOf(doc, 'DOCS = {}', 2)), []);
  });

  test('Python: shebang, docstring and imports kept; `from http import HTTPStatus` added (golden)', () =>
    applyAndCompare(['python', 'app.py'], 'abort(404)', 7, 'Replace 404 with HTTPStatus.NOT_FOUND', 'python-app-404.py'));
  test('Python: fix all in file, one edit (golden)', () => applyAndCompare(['python', 'app.py'], 'abort(404)', 7, ALL_LITERALS, 'python-app-all.py'));
  test('Python DRF: `status.HTTP_...` and `from rest_framework import status` (golden)', () =>
    applyAndCompare(['python', 'drf_views.py'], 'status=400', 8, ALL_LITERALS, 'python-drf-all.py'));
  test('Python: constant -> literal (golden)', () =>
    applyAndCompare(['python', 'constants.py'], 'abort(HTTPStatus.NOT_FOUND)', 8, 'Replace HTTPStatus.NOT_FOUND with 404', 'python-constants-404.py'));
  test('Python: all constants -> literals; comments and `.phrase` left alone (golden)', () =>
    applyAndCompare(['python', 'constants.py'], 'abort(HTTPStatus.NOT_FOUND)', 8, ALL_CONSTANTS, 'python-constants-all.py'));
  test('Go: `http.StatusX`, "net/http" added to the import block (golden)', () =>
    applyAndCompare(['go', 'main.go'], 'c.JSON(412', 8, 'Replace 412 with http.StatusPreconditionFailed', 'go-main-412.go'));
  test('Go: constant -> literal (golden)', () =>
    applyAndCompare(['go', 'handler.go'], 'http.StatusNoContent', 6, 'Replace http.StatusNoContent with 204', 'go-handler-204.go'));
  test('Java Spring: `HttpStatus.X` and its import (golden)', () =>
    applyAndCompare(['java', 'DocumentController.java'], 'status(412', 8, 'Replace 412 with HttpStatus.PRECONDITION_FAILED', 'java-412.java'));
  test('C#: `StatusCodes.StatusXxx` and `using Microsoft.AspNetCore.Http;` (golden)', () =>
    applyAndCompare(['csharp', 'DocumentsController.cs'], 'StatusCode(412', 12, 'Replace 412 with StatusCodes.Status412PreconditionFailed', 'csharp-412.cs'));
  test('Symfony: the imported JsonResponse is reused (golden)', () =>
    applyAndCompare(['php', 'DocumentController.php'], '], 412', 4, 'Replace 412 with JsonResponse::HTTP_PRECONDITION_FAILED', 'php-412.php'));
  test('Symfony: `use ...\\Response;` added after the uses (golden)', () =>
    applyAndCompare(['php', 'plain.php'], '], 503', 4, 'Replace 503 with Response::HTTP_SERVICE_UNAVAILABLE', 'php-plain-503.php'));
  test('Rails: symbols, fix all (golden)', () => applyAndCompare(['ruby', 'documents_controller.rb'], 'status: 412', 9, ALL_LITERALS, 'ruby-all.rb'));
  test('TypeScript with http-status-codes in package.json: ESM import, object keys left alone (golden)', () =>
    applyAndCompare(['ts', 'server.ts'], 'res.status(412)', 12, ALL_LITERALS, 'ts-server-all.ts'));
  test('JavaScript (CommonJS, shebang, "use strict") with the dependency: require added (golden)', () =>
    applyAndCompare(['ts', 'app.js'], 'sendStatus(204', 12, 'Replace 204 with StatusCodes.NO_CONTENT', 'ts-app-204.js'));

  test('JavaScript without http-status-codes in package.json: no literal -> constant refactor', async () => {
    const doc = await openFixture('refactor', 'js-nodep', 'app.js');
    const titles = (await refactorsAt(doc, positionOf(doc, 'sendStatus(204', 12))).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Replace ')), titles.join(' | '));
  });
});
