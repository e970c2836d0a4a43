import * as assert from 'assert';
import { describeValue, parsePageMessage, parseStatusArgument } from '../../src/core';

suite('validate: command arguments', () => {
  test('a number or { code } with a catalog entry is accepted', () => {
    const a = parseStatusArgument(412);
    assert.ok(a.ok && a.value.code === 412);
    const b = parseStatusArgument({ code: 404 });
    assert.ok(b.ok && b.value.name === 'Not Found');
  });

  const bad: [unknown, RegExp][] = [
    ['412', /Expected an HTTP status code such as 412/],
    [99, /99 is not an HTTP status code: status codes run from 100 to 599/],
    [1000, /1000 is not an HTTP status code/],
    [Number.NaN, /Expected an HTTP status code/],
    [Number.POSITIVE_INFINITY, /Expected an HTTP status code/],
    [412.5, /Expected an HTTP status code/],
    [{}, /Expected an HTTP status code .* got \{\}/],
    [{ code: '412' }, /Expected an HTTP status code/],
    [[412], /Expected an HTTP status code/],
    [null, /got null/],
    [299, /299 is not an assigned HTTP status code/],
    [-412, /not an HTTP status code/],
  ];
  for (const [arg, message] of bad) {
    test(`rejects ${describeValue(arg)} with a clear message`, () => {
      const r = parseStatusArgument(arg);
      assert.ok(!r.ok);
      assert.match(r.message, message);
    });
  }

  test('describeValue keeps error messages short and printable', () => {
    const huge = 'x'.repeat(1_000_000);
    assert.ok(describeValue(huge).length <= 41);
    assert.ok([...describeValue('a\u0000b\nc')].every((ch) => ch.charCodeAt(0) >= 0x20), 'no raw control characters');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.strictEqual(describeValue(cyclic), '[object Object]');
    assert.strictEqual(describeValue(Symbol('s')), 'Symbol(s)');
    assert.strictEqual(describeValue(undefined), 'undefined');
  });
});

suite('validate: webview messages', () => {
  test('accepts the three known shapes', () => {
    assert.deepStrictEqual(parsePageMessage({ command: 'open', code: 428 }), { command: 'open', code: 428 });
    assert.deepStrictEqual(parsePageMessage({ command: 'copy', code: 412, framework: 'express' }), { command: 'copy', code: 412, framework: 'express' });
    assert.deepStrictEqual(parsePageMessage({ command: 'insert', code: 412, framework: 'flask' }, ['flask']), { command: 'insert', code: 412, framework: 'flask' });
  });

  test('drops the text of a message: the host looks the snippet up itself', () => {
    const m = parsePageMessage({ command: 'insert', code: 412, framework: 'php', text: 'rm -rf /' });
    assert.deepStrictEqual(m, { command: 'insert', code: 412, framework: 'php' });
  });

  const hostile: unknown[] = [
    undefined,
    null,
    'open',
    42,
    { command: 'eval', code: 412 },
    { command: 'open', code: '412' },
    { command: 'open', code: 299 },
    { command: 'open', code: 412.1 },
    { command: 'open', code: Number.NaN },
    { command: 'copy', code: 412 },
    { command: 'copy', code: 412, framework: '<script>alert(1)</script>' },
    { command: 'copy', code: 412, framework: 'express"; rm -rf /' },
    { command: 'copy', code: 412, framework: 'x'.repeat(1_000_000) },
    { command: 'insert', code: 412, framework: 'unknown-framework' },
    { command: '__proto__', code: 412 },
    JSON.parse('{"__proto__": {"command": "open"}, "code": 412}'),
  ];
  for (const m of hostile) {
    test(`drops ${describeValue(m)}`, () => {
      assert.strictEqual(parsePageMessage(m, ['express', 'flask', 'php']), undefined);
    });
  }
});
