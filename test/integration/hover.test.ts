import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, hoversAt, openFixture, positionOf } from './helpers';

suite('hover (real extension host)', () => {
  suiteSetup(async () => {
    console.log(`vscode.version=${vscode.version} appName=${vscode.env.appName} uiKind=${vscode.UIKind[vscode.env.uiKind]} remoteName=${vscode.env.remoteName ?? '-'}`);
    await activate();
  });

  test('hovering 412 in res.status(412) shows 412 Precondition Failed with the exact range', async () => {
    const doc = await openFixture('express', 'app.js');
    const pos = positionOf(doc, 'res.status(412)', 'res.status('.length + 1);
    const hovers = await hoversAt(doc, pos);
    assert.match(hoverText(hovers), /412 Precondition Failed/);
    const range = hovers.find((h) => h.range)?.range;
    assert.ok(range, 'hover has a range');
    assert.strictEqual(doc.getText(range), '412');
  });
});
