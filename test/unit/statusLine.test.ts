import * as assert from 'assert';
import { checkStatusLine, statusCompletionContext, statusesByUse } from '../../src/core';

suite('status lines in .http files', () => {
  test('a matching line has no problem, in either HTTP version form', () => {
    for (const line of ['HTTP/1.1 412 Precondition Failed', 'HTTP/2 412', 'HTTP/1.1 413 Payload Too Large', 'HTTP/1.1 404 not found', 'HTTP/1.1 418 I\u2019m a teapot', 'HTTP/2 204\r']) {
      assert.strictEqual(checkStatusLine(line), undefined, line);
    }
  });

  test('a mismatched phrase: warning on the phrase, with the registered one', () => {
    const p = checkStatusLine('HTTP/1.1 404 OK');
    assert.deepStrictEqual(p && { kind: p.kind, severity: p.severity, start: p.start, end: p.end, replacement: p.replacement }, {
      kind: 'reason-mismatch', severity: 'warning', start: 13, end: 15, replacement: 'Not Found',
    });
  });

  test('an unassigned code is a warning on the code; an unofficial one is information naming the vendor', () => {
    const u = checkStatusLine('HTTP/2 299 Whatever');
    assert.strictEqual(u?.kind, 'unassigned');
    assert.deepStrictEqual([u.start, u.end], [7, 10]);
    const n = checkStatusLine('HTTP/1.1 499 Client Closed Request');
    assert.strictEqual(n?.kind, 'unofficial');
    assert.strictEqual(n.severity, 'information');
    assert.match(n.message, /nginx/);
  });

  test('other lines and bad input are ignored', () => {
    for (const line of ['GET https://x HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1 41', 'HTTP/1.1 4121 x', '', 'x'.repeat(1_000_000), '\ud800HTTP/1.1 404 OK', null as unknown as string]) {
      assert.strictEqual(checkStatusLine(line), undefined);
    }
  });

  test('completion contexts', () => {
    assert.deepStrictEqual(statusCompletionContext('HTTP/1.1 '), { kind: 'status-line', typed: '' });
    assert.deepStrictEqual(statusCompletionContext('HTTP/2 4'), { kind: 'status-line', typed: '4' });
    assert.deepStrictEqual(statusCompletionContext('?? status == '), { kind: 'assertion', typed: '' });
    assert.deepStrictEqual(statusCompletionContext('?? status >= 40'), { kind: 'assertion', typed: '40' });
    assert.strictEqual(statusCompletionContext('GET /x HTTP/1.1 '), undefined);
    assert.strictEqual(statusCompletionContext('x'.repeat(100_000)), undefined);
  });

  test('statusesByUse puts the common codes first and keeps every code', () => {
    const all = statusesByUse();
    assert.deepStrictEqual(all.slice(0, 4).map((s) => s.code), [200, 201, 204, 400]);
    assert.strictEqual(new Set(all.map((s) => s.code)).size, all.length);
  });
});
