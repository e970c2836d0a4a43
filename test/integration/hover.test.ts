import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, hoverText, hoversAt, openFixture, positionOf, waitFor } from './helpers';

/** [fixture, text to find, offset of the hover inside it, expected hover text, expected hovered range text] */
const HITS: readonly [string[], string, number, RegExp, string][] = [
  [['express', 'app.js'], 'res.status(412)', 11, /\*\*412 Precondition Failed\*\* · Client error/, '412'],
  [['express', 'app.js'], 'res.status(404)', 12, /404 Not Found/, '404'],
  [['flask', 'app.py'], '), 412', 3, /412 Precondition Failed/, '412'],
  [['flask', 'app.py'], 'abort(404)', 7, /404 Not Found/, '404'],
  [['php', 'index.php'], 'http_response_code(412)', 20, /412 Precondition Failed/, '412'],
  [['go', 'main.go'], 'http.StatusPreconditionRequired', 12, /428 Precondition Required/, 'http.StatusPreconditionRequired'],
  [['go', 'main.go'], 'changed", 412', 10, /412 Precondition Failed/, '412'],
  [['spring', 'DocumentController.java'], 'HttpStatus.PRECONDITION_FAILED', 0, /412 Precondition Failed/, 'HttpStatus.PRECONDITION_FAILED'],
  [['rails', 'documents_controller.rb'], ':precondition_failed', 5, /412 Precondition Failed/, ':precondition_failed'],
  [['rails', 'documents_controller.rb'], ':no_content', 1, /204 No Content/, ':no_content'],
  [['openapi', 'api.yaml'], "'412':", 2, /412 Precondition Failed/, '412'],
  [['text', 'notes.txt'], 'HTTP/1.1 413', 10, /413 Content Too Large/, '413'],
  [['rest', 'checks.http'], 'HTTP/1.1 412', 9, /412 Precondition Failed/, '412'],
  [['rest', 'checks.http'], 'HTTP/2 204', 8, /204 No Content/, '204'],
  [['rest', 'checks.http'], 'HTTP/1.1 499', 10, /Not an official status code: used by nginx/, '499'],
  [['go', 'client.go'], 'StatusCode > 299', 14, /\*\*299\*\* · The top of the 2xx class \(Success\)/, '299'],
  [['go', 'client.go'], 'StatusCode == 499', 15, /\*\*499 Client Closed Request\*\*/, '499'],
];

/** [fixture, text to find, offset]: numbers that are not status codes. */
const TRAPS: readonly [string[], string, number][] = [
  [['express', 'app.js'], "console.log('saved'), 500", 24],
  [['express', 'app.js'], 'app.listen(3000)', 12],
  [['flask', 'app.py'], 'time.sleep(500)', 12],
  [['php', 'index.php'], "'/tmp/upload', 644", 16],
  [['go', 'main.go'], 'time.Sleep(500', 12],
  [['spring', 'DocumentController.java'], 'retries = 404', 11],
  [['rails', 'documents_controller.rb'], 'sleep 500', 7],
  [['openapi', 'api.yaml'], 'x-timeout: 500', 12],
  [['text', 'notes.txt'], 'port 443', 6],
  [['text', 'notes.txt'], 'to 500 ms', 4],
];

function ours(text: string): boolean {
  return /Status Lens|IANA status code registry|· (Informational|Success|Redirection|Client error|Server error)|· The top of the/.test(text);
}

suite('hover (real extension host)', () => {
  suiteSetup(async () => {
    console.log(`vscode.version=${vscode.version} appName=${vscode.env.appName} uiKind=${vscode.UIKind[vscode.env.uiKind]} remoteName=${vscode.env.remoteName ?? '-'}`);
    await activate();
  });

  for (const [file, needle, offset, expected, rangeText] of HITS) {
    test(`hover on ${needle} in ${file.join('/')} explains it, over exactly "${rangeText}"`, async () => {
      const doc = await openFixture(...file);
      const pos = positionOf(doc, needle, offset);
      const hovers = await hoversAt(doc, pos);
      const text = hoverText(hovers);
      assert.match(text, expected);
      const range = hovers.find((h) => h.range && ours(hoverText([h])))?.range;
      assert.ok(range, 'our hover has a range');
      assert.strictEqual(doc.getText(range), rangeText);
      // One character past the end of the span: no hover from us.
      const after = await hoversAt(doc, range.end);
      assert.ok(!expected.test(hoverText(after)), `no hover one character after "${rangeText}"`);
    });
  }

  for (const [file, needle, offset] of TRAPS) {
    test(`no hover on ${needle} in ${file.join('/')}`, async () => {
      const doc = await openFixture(...file);
      const text = hoverText(await hoversAt(doc, positionOf(doc, needle, offset)));
      assert.ok(!ours(text), `unexpected status hover: ${text.slice(0, 200)}`);
    });
  }

  test('hover links trust only our commands', async () => {
    const doc = await openFixture('express', 'app.js');
    const hovers = await hoversAt(doc, positionOf(doc, 'res.status(412)', 11));
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && ours(c.value));
    assert.ok(md, 'our hover is a MarkdownString');
    assert.match(md.value, /command:httpStatusLens\.explain\?/);
    assert.notStrictEqual(md.isTrusted, true);
    const trusted = md.isTrusted as { enabledCommands: readonly string[] } | undefined;
    assert.deepStrictEqual([...(trusted?.enabledCommands ?? [])].sort(), ['httpStatusLens.explain', 'httpStatusLens.insertSnippet']);
  });

  test('the detection setting applies without a reload', async () => {
    const doc = await openFixture('express', 'app.js');
    const trap = positionOf(doc, "console.log('saved'), 500", 24);
    const config = vscode.workspace.getConfiguration('httpStatusLens');
    try {
      await config.update('detection', 'anyNumber', vscode.ConfigurationTarget.Global);
      await waitFor('anyNumber mode explains 500', async () => (/500 Internal Server Error/.test(hoverText(await hoversAt(doc, trap))) ? true : undefined));
    } finally {
      await config.update('detection', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('context mode ignores 500 again', async () => (ours(hoverText(await hoversAt(doc, trap))) ? undefined : true));
  });

  test('the verbosity setting changes what the hover shows', async () => {
    const doc = await openFixture('express', 'app.js');
    const pos = positionOf(doc, 'res.status(412)', 11);
    const config = vscode.workspace.getConfiguration('httpStatusLens');
    const compact = hoverText(await hoversAt(doc, pos));
    try {
      await config.update('hover.verbosity', 'full', vscode.ConfigurationTarget.Global);
      const full = await waitFor('full hover', async () => {
        const t = hoverText(await hoversAt(doc, pos));
        return t.length > compact.length ? t : undefined;
      });
      assert.match(full, /Fault: Client/);
    } finally {
      await config.update('hover.verbosity', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('an untitled http document (as REST Client shows responses) gets hovers', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 120\n' });
    const text = hoverText(await hoversAt(doc, new vscode.Position(0, 10)));
    assert.match(text, /503 Service Unavailable/);
  });

  test('a 1 MB minified line: the hover still finds the status at the cursor', async function () {
    this.timeout(120_000); // the built-in TypeScript hover on a 1 MB line is slow; ours is not
    const filler = 'var a=1,b=[2,3],c={d:4};'.repeat(Math.ceil(500_000 / 24));
    const content = `${filler}res.status(412).json({});${filler}`;
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content });
    assert.ok(doc.lineAt(0).text.length > 1_000_000);
    const hovers = await hoversAt(doc, new vscode.Position(0, content.indexOf('res.status(412)') + 11));
    assert.match(hoverText(hovers), /412 Precondition Failed/);
  });

  test('a 1 MB line of plain text: a status hovers, other numbers do not', async () => {
    const filler = 'lorem ipsum 500 dolor 404px sit amet '.repeat(Math.ceil(1_000_000 / 37));
    const content = `${filler} HTTP/1.1 503 Service Unavailable ${filler}`;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    const at = content.indexOf('HTTP/1.1 503') + 10;
    assert.match(hoverText(await hoversAt(doc, new vscode.Position(0, at))), /503 Service Unavailable/);
    assert.ok(!ours(hoverText(await hoversAt(doc, new vscode.Position(0, content.indexOf('500') + 1)))));
  });

  test('a malformed .http file gets hovers where they make sense and no errors', async () => {
    const doc = await openFixture('http', 'malformed.http');
    for (let line = 0; line < doc.lineCount; line++) {
      const text = doc.lineAt(line).text;
      for (const ch of [0, Math.floor(text.length / 2), Math.max(0, text.length - 1)]) {
        await hoversAt(doc, new vscode.Position(line, ch)); // must not throw
      }
    }
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'HTTP Status Lens');
    for (const d of diagnostics) assert.ok(d.range.end.line < doc.lineCount);
  });
});
