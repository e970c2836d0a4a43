import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, applyAndCompare, codeActionsAt, openFixture, positionOf } from './helpers';

const KIND = vscode.CodeActionKind.RefactorRewrite;

function refactorsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CodeAction[]> {
  return codeActionsAt(doc, pos, KIND);
}

/** No "Replace ..." rewrite is offered at `pos`. */
async function expectNoReplaceAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<void> {
  const titles = (await refactorsAt(doc, pos)).map((a) => a.title);
  assert.ok(!titles.some((t) => t.startsWith('Replace ')), titles.join(' | '));
}

function rewriteAndCompare(file: string[], needle: string, offset: number, title: string, goldenName: string): Promise<void> {
  return applyAndCompare({ file: ['refactor', ...file], needle, offset, title, golden: ['refactor', 'golden', goldenName], kind: KIND });
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
    rewriteAndCompare(['python', 'app.py'], 'abort(404)', 7, 'Replace 404 with HTTPStatus.NOT_FOUND', 'python-app-404.py'));
  test('Python: fix all in file, one edit (golden)', () => rewriteAndCompare(['python', 'app.py'], 'abort(404)', 7, ALL_LITERALS, 'python-app-all.py'));
  test('Python DRF: `status.HTTP_...` and `from rest_framework import status` (golden)', () =>
    rewriteAndCompare(['python', 'drf_views.py'], 'status=400', 8, ALL_LITERALS, 'python-drf-all.py'));
  test('Python: constant -> literal (golden)', () =>
    rewriteAndCompare(['python', 'constants.py'], 'abort(HTTPStatus.NOT_FOUND)', 8, 'Replace HTTPStatus.NOT_FOUND with 404', 'python-constants-404.py'));
  test('Python: all constants -> literals; comments and `.phrase` left alone (golden)', () =>
    rewriteAndCompare(['python', 'constants.py'], 'abort(HTTPStatus.NOT_FOUND)', 8, ALL_CONSTANTS, 'python-constants-all.py'));
  test('Go: `http.StatusX`, "net/http" added to the import block (golden)', () =>
    rewriteAndCompare(['go', 'main.go'], 'c.JSON(412', 8, 'Replace 412 with http.StatusPreconditionFailed', 'go-main-412.go'));
  test('Go: constant -> literal (golden)', () =>
    rewriteAndCompare(['go', 'handler.go'], 'http.StatusNoContent', 6, 'Replace http.StatusNoContent with 204', 'go-handler-204.go'));
  test('Java Spring: `HttpStatus.X` and its import (golden)', () =>
    rewriteAndCompare(['java', 'DocumentController.java'], 'status(412', 8, 'Replace 412 with HttpStatus.PRECONDITION_FAILED', 'java-412.java'));
  test('Java Spring: where the call takes a number, the enum with `.value()` (golden)', () =>
    rewriteAndCompare(['java', 'ErrorController.java'], 'setStatus(404', 10, 'Replace 404 with HttpStatus.NOT_FOUND.value()', 'java-error-404.java'));
  test('Java Spring: `HttpStatus.GONE.value()` -> 410 as one piece; not where the call takes the enum (golden)', async () => {
    const doc = await openFixture('refactor', 'java', 'ErrorController.java');
    await expectNoReplaceAt(doc, positionOf(doc, 'ResponseEntity<>(HttpStatus.GONE', 28));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await rewriteAndCompare(['java', 'ErrorController.java'], 'HttpStatus.GONE.value', 12, 'Replace HttpStatus.GONE.value() with 410', 'java-error-410.java');
  });
  test('C#: `StatusCodes.StatusXxx` and `using Microsoft.AspNetCore.Http;` (golden)', () =>
    rewriteAndCompare(['csharp', 'DocumentsController.cs'], 'StatusCode(412', 12, 'Replace 412 with StatusCodes.Status412PreconditionFailed', 'csharp-412.cs'));
  test('Symfony: the imported JsonResponse is reused (golden)', () =>
    rewriteAndCompare(['php', 'DocumentController.php'], '], 412', 4, 'Replace 412 with JsonResponse::HTTP_PRECONDITION_FAILED', 'php-412.php'));
  test('Symfony: `use ...\\Response;` added after the uses (golden)', () =>
    rewriteAndCompare(['php', 'plain.php'], '], 503', 4, 'Replace 503 with Response::HTTP_SERVICE_UNAVAILABLE', 'php-plain-503.php'));
  test('Rails: symbols, fix all (golden)', () => rewriteAndCompare(['ruby', 'documents_controller.rb'], 'status: 412', 9, ALL_LITERALS, 'ruby-all.rb'));
  test('TypeScript with http-status-codes in package.json: ESM import, object keys left alone (golden)', () =>
    rewriteAndCompare(['ts', 'server.ts'], 'res.status(412)', 12, ALL_LITERALS, 'ts-server-all.ts'));
  test('JavaScript (CommonJS, shebang, "use strict") with the dependency: require added (golden)', () =>
    rewriteAndCompare(['ts', 'app.js'], 'sendStatus(204', 12, 'Replace 204 with StatusCodes.NO_CONTENT', 'ts-app-204.js'));

  test('JavaScript without http-status-codes in package.json: no literal -> constant refactor', async () => {
    const doc = await openFixture('refactor', 'js-nodep', 'app.js');
    await expectNoReplaceAt(doc, positionOf(doc, 'sendStatus(204', 12));
  });
});
