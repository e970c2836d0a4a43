import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, executeProvider, expectOneUndoRestores, openFixture, positionOf, waitFor } from './helpers';

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'HTTP Status Lens');
}

suite('.http files (real extension host)', () => {
  suiteSetup(activate);

  test('the http language is registered for .http and .rest files', async () => {
    const doc = await openFixture('rest', 'checks.http');
    assert.strictEqual(doc.languageId, 'http');
  });

  test('status-line diagnostics: mismatched phrase, unassigned code, unofficial code', async () => {
    const doc = await openFixture('rest', 'checks.http');
    const diags = await waitFor('three diagnostics', () => {
      const d = ourDiagnostics(doc.uri);
      return d.length === 3 ? d.sort((a, b) => a.range.start.line - b.range.start.line) : undefined;
    });
    const [phrase, unassigned, unofficial] = diags;
    assert.ok(phrase && unassigned && unofficial);
    assert.strictEqual(doc.getText(phrase.range), 'OK');
    assert.strictEqual(phrase.range.start.line, positionOf(doc, 'HTTP/1.1 404 OK').line);
    assert.strictEqual(phrase.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(phrase.message, 'The reason phrase "OK" does not match 404: its registered phrase is "Not Found".');
    assert.strictEqual(doc.getText(unassigned.range), '299');
    assert.strictEqual(unassigned.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(unassigned.message, '299 is not an assigned HTTP status code.');
    assert.strictEqual(doc.getText(unofficial.range), '499');
    assert.strictEqual(unofficial.severity, vscode.DiagnosticSeverity.Information);
    assert.match(unofficial.message, /not an official HTTP status code: it is used by nginx/);
  });

  test('the reason-phrase quick fix writes the registered phrase, and one undo restores the line', async () => {
    const doc = await openFixture('rest', 'checks.http');
    const editor = await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const diag = await waitFor('the phrase diagnostic', () => ourDiagnostics(doc.uri).find((d) => d.code === 'reason-mismatch'));
    // The extension host knows the diagnostic before the workbench's marker service does, and the code action
    // context is filled from the markers: poll until the fix is offered, as the light bulb appears for a user.
    let titles: string[] = [];
    const fix = await waitFor('the reason-phrase quick fix', async () => {
      const actions = (await executeProvider<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      titles = actions.map((a) => a.title);
      return actions.find((a) => a.title === 'Change the reason phrase to "Not Found"');
    }).catch((e: unknown) => assert.fail(`${String(e)} (last offered: ${titles.join(' | ') || 'nothing'})`));
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.lineAt(diag.range.start.line).text, 'HTTP/1.1 404 Not Found');
    assert.strictEqual(doc.getText(), original.replace('HTTP/1.1 404 OK', 'HTTP/1.1 404 Not Found'), 'nothing else changed');
    await expectOneUndoRestores(editor, original);
  });

  test('completion after "HTTP/1.1 " offers common codes first, with names', async () => {
    const doc = await openFixture('rest', 'complete.http');
    const line = positionOf(doc, 'HTTP/1.1 ').line;
    const list = await executeProvider<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 'HTTP/1.1 '.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const ours = labels.filter((l) => /^\d{3} /.test(l));
    assert.deepStrictEqual(ours.slice(0, 3), ['200 OK', '201 Created', '204 No Content']);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '412 Precondition Failed');
    assert.strictEqual(item?.insertText, '412 Precondition Failed');
  });

  test("completion after httpYac's ?? status == inserts the bare code", async () => {
    const doc = await openFixture('rest', 'complete.http');
    const line = positionOf(doc, '?? status == ').line;
    const list = await executeProvider<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, '?? status == '.length));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '404 Not Found');
    assert.strictEqual(item?.insertText, '404');
  });

  test('coexistence: features work whatever extension declares the http language', async () => {
    const fake = vscode.extensions.getExtension('test.fake-rest-client');
    console.log(`fake REST Client loaded: ${fake ? 'yes' : 'no'}`);
    if (process.env.HSL_COEXIST) assert.ok(fake, 'the stand-in REST Client is loaded in this run');
    const doc = await openFixture('rest', 'checks.http');
    const hovers = await executeProvider<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'HTTP/1.1 412', 10));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /412 Precondition Failed/);
  });
});
