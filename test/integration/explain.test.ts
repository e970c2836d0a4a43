import * as assert from 'assert';
import * as vscode from 'vscode';
import { pickItems } from '../../src/features/explain';
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

  test('the pick list: labels, descriptions and details, ranked by searchStatuses', () => {
    const first = (q: string): string | undefined => pickItems(q)[0]?.label;
    assert.strictEqual(first('412'), '412 Precondition Failed');
    assert.strictEqual(first('precondition'), '412 Precondition Failed');
    assert.strictEqual(first('PRECONDITION_FAILED'), '412 Precondition Failed');
    assert.strictEqual(first('payload too large'), '413 Content Too Large');
    assert.strictEqual(first('too many'), '429 Too Many Requests');
    const fortyOne = pickItems('41').map((i) => i.label.slice(0, 3));
    assert.deepStrictEqual(fortyOne.slice(0, 4), ['410', '411', '412', '413'], 'codes starting with 41 first');
    assert.ok(pickItems('etag').some((i) => i.label === '412 Precondition Failed'));
    const item = pickItems('412')[0];
    assert.strictEqual(item?.description, 'Client error');
    assert.ok(item.detail && item.detail.length > 20, 'the summary as detail');
    assert.strictEqual(pickItems('499')[0]?.description, 'nginx · unofficial');
    assert.strictEqual(pickItems('')[0]?.label, '100 Continue');
  });

  test('the pick list says plainly when a number has no entry', () => {
    assert.deepStrictEqual(pickItems('299').map((i) => i.label), ['299 is not an assigned HTTP status code']);
    assert.strictEqual(pickItems('299')[0]?.status, undefined, 'nothing to open');
    assert.match(pickItems('zzzz-no-such-status')[0]?.label ?? '', /No HTTP status matches/);
  });
});
