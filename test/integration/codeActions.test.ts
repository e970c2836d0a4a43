import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, applyAndCompare, codeActionsAt, openFixture, positionOf, waitFor } from './helpers';

const QUICK_FIX = vscode.CodeActionKind.QuickFix;

function actionsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CodeAction[]> {
  return codeActionsAt(doc, pos, QUICK_FIX);
}

function insertAndCompare(file: string[], needle: string, offset: number, title: string, goldenName: string): Promise<void> {
  return applyAndCompare({ file, needle, offset, title, golden: ['golden', goldenName], kind: QUICK_FIX });
}

suite('quick fixes (real extension host)', () => {
  suiteSetup(activate);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Express file: Express first and preferred, then the other JS frameworks, handlers, and Explain', async () => {
    const doc = await openFixture('express', 'app.js');
    const actions = await actionsAt(doc, positionOf(doc, 'res.status(412)', 11));
    const ours = actions.filter((a) => /412 Precondition Failed/.test(a.title));
    assert.deepStrictEqual(ours.map((a) => a.title), [
      'Insert Express response for 412 Precondition Failed',
      'Insert Fastify response for 412 Precondition Failed',
      'Insert Koa response for 412 Precondition Failed',
      'Insert Express handler for 412 Precondition Failed',
      'Insert Fastify handler for 412 Precondition Failed',
      'Insert Koa handler for 412 Precondition Failed',
      'Explain 412 Precondition Failed',
    ]);
    assert.strictEqual(ours[0]?.isPreferred, true);
    assert.ok(ours.slice(1).every((a) => !a.isPreferred), 'only the imported framework is preferred');
    assert.ok(ours.every((a) => a.kind?.value === 'quickfix.httpStatusLens'));
  });

  test('no quick fix on a number that is not a status', async () => {
    const doc = await openFixture('express', 'app.js');
    const actions = await actionsAt(doc, positionOf(doc, "console.log('saved'), 500", 24));
    assert.ok(!actions.some((a) => /Insert .* for|Explain \d{3}/.test(a.title)));
  });

  test("no quick fix on a class's top written as a bound (`> 299` names the 2xx class); 499 compared for equality gets them", async () => {
    const doc = await openFixture('go', 'client.go');
    const bound = await actionsAt(doc, positionOf(doc, 'StatusCode > 299', 14));
    assert.ok(!bound.some((a) => /Insert .* for|Explain \d{3}/.test(a.title)), bound.map((a) => a.title).join(' | '));
    const code = await actionsAt(doc, positionOf(doc, 'StatusCode == 499', 15));
    assert.ok(code.some((a) => a.title === 'Explain 499 Client Closed Request'), code.map((a) => a.title).join(' | '));
  });

  test('Express response: inserted after the statement, indented like it (golden), one undo reverts', () =>
    insertAndCompare(['express', 'app.js'], 'res.status(412)', 11, 'Insert Express response for 412 Precondition Failed', 'express-412-response.js'));

  test('Express handler: inserted after the enclosing route (golden), one undo reverts', () =>
    insertAndCompare(['express', 'app.js'], 'res.status(412)', 11, 'Insert Express handler for 412 Precondition Failed', 'express-412-handler.js'));

  test('Flask response (golden)', () => insertAndCompare(['flask', 'app.py'], '), 412', 3, 'Insert Flask response for 412 Precondition Failed', 'flask-412-response.py'));

  test('PHP response (golden)', () => insertAndCompare(['php', 'index.php'], 'http_response_code(412)', 20, 'Insert PHP response for 412 Precondition Failed', 'php-412-response.php'));

  test('Go response keeps tab indentation (golden)', () => insertAndCompare(['go', 'main.go'], 'changed", 412', 10, 'Insert Go net/http response for 412 Precondition Failed', 'go-412-response.go'));

  test('.http file: copy Express, Flask and PHP snippets to the clipboard instead of inserting', async () => {
    const doc = await openFixture('rest', 'checks.http');
    const actions = await actionsAt(doc, positionOf(doc, 'HTTP/1.1 412', 10));
    const titles = actions.map((a) => a.title);
    for (const t of ['Copy Express snippet to clipboard', 'Copy Flask snippet to clipboard', 'Copy PHP snippet to clipboard', 'Explain 412 Precondition Failed']) {
      assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
    }
    assert.ok(!titles.some((t) => t.startsWith('Insert ')), 'no insertion into an .http file');
    const copy = actions.find((a) => a.title === 'Copy Express snippet to clipboard');
    assert.ok(copy?.command);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(copy.command.command, ...((copy.command.arguments ?? []) as unknown[]));
    const copied = await waitFor('the clipboard holds the snippet', async () => {
      const t = await vscode.env.clipboard.readText();
      return t.includes('res.status(412)') ? t : undefined;
    });
    assert.ok(!copied.includes('${'), 'plain text, no snippet syntax');
  });
});

suite('snippet commands behind hover links (real extension host)', () => {
  suiteSetup(activate);

  test('"Insert snippet…" puts the cursor on the mention before opening the quick-fix menu', async () => {
    const doc = await openFixture('flask', 'app.py');
    const pos = positionOf(doc, '), 412', 3);
    await vscode.commands.executeCommand('httpStatusLens.insertSnippet', { uri: doc.uri.toString(), line: pos.line, character: pos.character });
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), doc.uri.toString());
    assert.ok(editor.selection.active.isEqual(pos), 'cursor on the status');
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  for (const bad of [undefined, 'x', 42, {}, { uri: 'not a uri', line: 0, character: 0 }, { uri: 'file:///x', line: -1, character: 0 }, { uri: 'file:///x', line: 1.5, character: 0 }, { uri: 'file:///no/such/file.js', line: 0, character: 0 }]) {
    test(`"Insert snippet…" with a bad argument (${JSON.stringify(bad) ?? 'undefined'}) does not throw`, async () => {
      await vscode.commands.executeCommand('httpStatusLens.insertSnippet', bad);
    });
  }

  for (const bad of [undefined, { code: 299, framework: 'express' }, { code: 412, framework: 'cobol' }, { code: '412', framework: 'express' }]) {
    test(`"Copy snippet" with a bad argument (${JSON.stringify(bad) ?? 'undefined'}) leaves the clipboard alone`, async () => {
      await vscode.env.clipboard.writeText('untouched');
      await vscode.commands.executeCommand('httpStatusLens.copySnippet', bad);
      assert.strictEqual(await vscode.env.clipboard.readText(), 'untouched');
    });
  }
});
