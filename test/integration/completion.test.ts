import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, executeProvider, openFixture, positionOf } from './helpers';

async function completionsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await executeProvider<vscode.CompletionList | undefined>('vscode.executeCompletionItemProvider', doc.uri, pos);
  return list?.items ?? [];
}

const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
const byRank = (a: vscode.CompletionItem, b: vscode.CompletionItem): number => (a.sortText ?? '').localeCompare(b.sortText ?? '');
const insertOf = (i: vscode.CompletionItem): string => (typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? ''));

/** Our status-code items: labelled "NNN Name", most used first. */
async function statusItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await completionsAt(doc, pos)).filter((i) => /^\d{3} /.test(labelOf(i))).sort(byRank);
}

/** Our constant items: the detail says "NNN Name". */
async function constantItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await completionsAt(doc, pos)).filter((i) => /^\d{3} /.test(i.detail ?? '') && i.kind === vscode.CompletionItemKind.Constant).sort(byRank);
}

const FIRST = ['200 OK', '201 Created', '204 No Content', '400 Bad Request', '401 Unauthorized', '403 Forbidden', '404 Not Found', '409 Conflict', '422 Unprocessable Content', '429 Too Many Requests', '500 Internal Server Error'];

suite('completion of status codes in code (real extension host)', () => {
  suiteSetup(activate);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('`res.status(|` in TypeScript: the common codes first, labelled with their names, inserting the number', async () => {
    const doc = await openFixture('refactor', 'ts', 'server.ts');
    const items = await statusItems(doc, positionOf(doc, 'res.status(412)', 11));
    assert.deepStrictEqual(items.slice(0, FIRST.length).map(labelOf), FIRST);
    const i412 = items.find((i) => labelOf(i) === '412 Precondition Failed');
    assert.ok(i412, 'all codes are offered');
    assert.strictEqual(insertOf(i412), '412');
    const doc412 = i412.documentation;
    assert.ok(doc412 instanceof vscode.MarkdownString ? doc412.value.length > 20 : typeof doc412 === 'string' && doc412.length > 20, 'the summary is the documentation');
  });

  test('typed digits are replaced: `abort(4|`', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    const pos = positionOf(doc, 'abort(404)', 7);
    const items = await statusItems(doc, pos);
    assert.strictEqual(labelOf(items[0] ?? new vscode.CompletionItem('none')), '200 OK');
    const range = items[0]?.range;
    const r = range instanceof vscode.Range ? range : range?.replacing;
    assert.ok(r && r.start.character === pos.character - 1 && r.end.isEqual(pos), 'the typed "4" is replaced');
  });

  test('Go `w.WriteHeader(|`, Rails `status: |`: literal contexts too', async () => {
    const go = await openFixture('refactor', 'go', 'handler.go');
    assert.deepStrictEqual((await statusItems(go, positionOf(go, 'WriteHeader(405', 12))).slice(0, 3).map(labelOf), FIRST.slice(0, 3));
    const rb = await openFixture('refactor', 'ruby', 'documents_controller.rb');
    assert.deepStrictEqual((await statusItems(rb, positionOf(rb, 'status: 412', 8))).slice(0, 3).map(labelOf), FIRST.slice(0, 3));
  });

  test('no status items where a number is not a status', async () => {
    const doc = await openFixture('refactor', 'python', 'app.py');
    assert.deepStrictEqual(await statusItems(doc, positionOf(doc, 'DOCS = {}', 7)), []);
  });

  test('after `HTTPStatus.` (Python) and `http.Status` (Go): the family\'s constants with codes and summaries', async () => {
    const py = await openFixture('refactor', 'python', 'constants.py');
    const items = await constantItems(py, positionOf(py, 'abort(HTTPStatus.NOT_FOUND)', 17));
    assert.deepStrictEqual(items.slice(0, 4).map((i) => [labelOf(i), i.detail]), [['OK', '200 OK'], ['CREATED', '201 Created'], ['NO_CONTENT', '204 No Content'], ['BAD_REQUEST', '400 Bad Request']]);
    assert.ok(items.some((i) => labelOf(i) === 'PRECONDITION_FAILED' && i.documentation));
    const go = await openFixture('refactor', 'go', 'handler.go');
    const goItems = await constantItems(go, positionOf(go, 'http.StatusNoContent', 11));
    assert.deepStrictEqual(goItems.slice(0, 3).map(labelOf), ['StatusOK', 'StatusCreated', 'StatusNoContent']);
  });
});
