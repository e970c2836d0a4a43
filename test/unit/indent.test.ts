import * as assert from 'assert';
import { detectIndentUnit, findStatementEnd, handlerInsertionPoint, indentBody, leadingWhitespace } from '../../src/core';

suite('indent: fitting generated code into a document', () => {
  test('leadingWhitespace', () => {
    assert.strictEqual(leadingWhitespace('\t  x'), '\t  ');
    assert.strictEqual(leadingWhitespace('x'), '');
    assert.strictEqual(leadingWhitespace(''), '');
  });

  test('detectIndentUnit: spaces, tabs, editor hints, and an empty file', () => {
    assert.strictEqual(detectIndentUnit(['a {', '  b {', '    c', '  }', '}']), '  ');
    assert.strictEqual(detectIndentUnit(['def f():', '    return 1']), '    ');
    assert.strictEqual(detectIndentUnit(['func f() {', '\treturn', '}']), '\t');
    assert.strictEqual(detectIndentUnit(['x'], { insertSpaces: false }), '\t');
    assert.strictEqual(detectIndentUnit([], { insertSpaces: true, tabSize: 4 }), '    ');
    assert.strictEqual(detectIndentUnit([]), '  ');
  });

  test('indentBody turns one tab per level into the unit and adds the base', () => {
    assert.strictEqual(indentBody('a\n\tb\n\t\tc\n\nd', '    ', '  '), '    a\n      b\n        c\n\n    d');
    assert.strictEqual(indentBody('a\n\tb', '\t', '\t'), '\ta\n\t\tb');
  });

  test('findStatementEnd follows open brackets, ignoring those in strings', () => {
    const lines = ['res.status(412).json({', "  error: 'x)',", '});', 'next();'];
    assert.strictEqual(findStatementEnd(lines, 0), 2);
    assert.strictEqual(findStatementEnd(['return jsonify(x), 412', 'y'], 0), 0);
    assert.strictEqual(findStatementEnd(['f("(", 412)'], 0), 0);
    assert.strictEqual(findStatementEnd(['never(closed', 'a', 'b'], 0), 0, 'unclosed: the statement line itself');
  });

  test('handlerInsertionPoint: after the enclosing route in JS', () => {
    const lines = ["app.put('/x', (req, res) => {", '  if (a) {', '    return res.status(412).end();', '  }', '});', '', 'app.listen(3000);'];
    assert.deepStrictEqual(handlerInsertionPoint(lines, 2), { afterLine: 4, indent: '' });
  });

  test('handlerInsertionPoint: after the function in Python (indentation blocks)', () => {
    const lines = ['@app.route("/x")', 'def f():', '    if a:', '        return "", 412', '    return "", 204', '', '', 'def g():', '    pass'];
    assert.deepStrictEqual(handlerInsertionPoint(lines, 3), { afterLine: 4, indent: '' });
  });

  test('handlerInsertionPoint: after the method, inside the class, in Java and Ruby', () => {
    const java = ['class C {', '    ResponseEntity<?> f() {', '        return ResponseEntity.status(412).build();', '    }', '', '    void g() {}', '}'];
    assert.deepStrictEqual(handlerInsertionPoint(java, 2), { afterLine: 3, indent: '    ' });
    const ruby = ['class DocumentsController < ApplicationController', '  def update', '    head :precondition_failed', '  end', 'end'];
    assert.deepStrictEqual(handlerInsertionPoint(ruby, 2), { afterLine: 3, indent: '  ' });
  });

  test('handlerInsertionPoint: a top-level mention stays where it is', () => {
    assert.deepStrictEqual(handlerInsertionPoint(['http_response_code(412);', 'exit;'], 0), { afterLine: 0, indent: '' });
  });

  test('huge and odd input does not throw', () => {
    const big = ['x'.repeat(1_000_000)];
    assert.strictEqual(findStatementEnd(big, 0), 0);
    assert.deepStrictEqual(handlerInsertionPoint(big, 0), { afterLine: 0, indent: '' });
    assert.strictEqual(typeof detectIndentUnit(Array.from({ length: 100_000 }, (_, i) => ' '.repeat(i % 9) + 'x')), 'string');
  });
});
