import * as assert from 'assert';
import { getStatus } from '../../src/core';

suite('foundation: getStatus', () => {
  test('412 is Precondition Failed', () => {
    const s = getStatus(412);
    assert.ok(s, '412 has an entry');
    assert.strictEqual(s.code, 412);
    assert.strictEqual(s.name, 'Precondition Failed');
  });

  test('an unassigned number has no entry', () => {
    assert.strictEqual(getStatus(299), undefined);
  });
});
