import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, openFixture, positionOf, waitFor } from './helpers';

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

async function closeWebviews(): Promise<void> {
  const tabs = webviewTabs();
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  await waitFor('no webview tabs', () => (webviewTabs().length === 0 ? true : undefined));
}

suite('command "Explain HTTP status" (real extension host)', () => {
  suiteSetup(activate);
  setup(closeWebviews);
  suiteTeardown(closeWebviews);

  test('is contributed with the title "Explain HTTP status"', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('httpStatusLens.explain'));
    const ext = vscode.extensions.getExtension('http-status-lens.http-status-lens');
    const contributed = (ext?.packageJSON as { contributes: { commands: { command: string; title: string }[] } }).contributes.commands;
    assert.strictEqual(contributed.find((c) => c.command === 'httpStatusLens.explain')?.title, 'Explain HTTP status', 'the palette title, localised from package.nls.json');
  });

  test('with 412 opens one panel titled "HTTP 412 Precondition Failed", and reuses it', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('httpStatusLens.explain', 412), 412);
    const tab = await waitFor('the page tab', () => webviewTabs().find((t) => t.label === 'HTTP 412 Precondition Failed'));
    assert.ok(tab);
    assert.strictEqual(await vscode.commands.executeCommand('httpStatusLens.explain', { code: 404 }), 404);
    await waitFor('the page shows 404', () => webviewTabs().find((t) => t.label === 'HTTP 404 Not Found'));
    assert.strictEqual(webviewTabs().length, 1, 'the panel is reused');
  });

  test('explains the status under the cursor at once', async () => {
    const doc = await openFixture('flask', 'app.py');
    const editor = await vscode.window.showTextDocument(doc);
    const pos = positionOf(doc, '), 412', 3);
    editor.selection = new vscode.Selection(pos, pos);
    assert.strictEqual(await vscode.commands.executeCommand('httpStatusLens.explain'), 412);
    await waitFor('the page tab', () => webviewTabs().find((t) => t.label === 'HTTP 412 Precondition Failed'));
  });

  for (const bad of ['412', 99, 1000, Number.NaN, {}, { code: '412' }, [412], 299, 412.5]) {
    test(`a bad argument (${typeof bad === 'number' ? String(bad) : JSON.stringify(bad)}) opens no panel and does not throw`, async () => {
      const result = await vscode.commands.executeCommand('httpStatusLens.explain', bad);
      assert.strictEqual(result, undefined);
      assert.strictEqual(webviewTabs().length, 0);
    });
  }
});
