// `npm run bench -- add-set`: the header and the FRESH_SETS entry it writes for a new set.
import * as assert from 'assert';
import { freshSetEntry, setFacts, setHeader } from '../../bench/add-set';

const LABELLED = [
  '# Two-hundred-and-ninety-ninth set: the helper\'s own header,',
  '# dropped when the set is registered.',
  '# ===== alice/shop @ 0123456789abcdef0123456789abcdef01234567',
  '# source: alice/shop src/app.js',
  'javascript\tres.status([[404]]).send()',
  'javascript\tsetTimeout(f, 500)',
  '# source: alice/shop README.md',
  'markdown\tReturns [[201]] on success',
  '# ===== bob/tool @ 89abcdef0123456789abcdef0123456789abcdef',
  '# source: bob/tool main.go',
  'go\tw.WriteHeader([[http.StatusNoContent|204]])',
  'go\ttime.Sleep(300 * time.Millisecond)',
  '',
].join('\n');

suite('bench add-set: registering a fresh set', () => {
  test('counts rows, traps, languages and repositories, and keeps the file from its first repository line', () => {
    const facts = setFacts(LABELLED);
    assert.deepStrictEqual({ ...facts, body: undefined }, { rows: 5, traps: 2, languages: 3, repositories: 2, body: undefined });
    assert.ok(facts.body.startsWith('# ===== alice/shop @'));
    assert.ok(facts.body.endsWith('time.Millisecond)\n'));
  });

  test('the header gives the source, the traps, both scores and the misses', () => {
    const header = setHeader('two-hundred-and-ninety-ninth', "everyday code searches ('shops')", setFacts(LABELLED), 'P 1.000 / R 0.667 (2 of 3)', 'a Go constant', { precision: 1, recall: 1, truePositives: 3, expected: 3 });
    assert.strictEqual(
      header,
      [
        "# Two-hundred-and-ninety-ninth set: real lines from 2 repositories found by everyday code searches ('shops');",
        '# 40% traps. Labelled by hand in a separate pass that never ran the detector (format: README.md).',
        '# First contact: P 1.000 / R 0.667 (2 of 3); the misses were a Go constant.',
        '# After the rules written for them: P 1.000 / R 1.000 (3 of 3).',
      ].join('\n'),
    );
  });

  test('the entry holds the targets, or today\'s scores rounded down and says so', () => {
    const facts = setFacts(LABELLED);
    assert.strictEqual(
      freshSetEntry('two-hundred-and-ninety-ninth', "everyday code searches ('shops')", facts, { precision: 1, recall: 0.95, truePositives: 19, expected: 20 }),
      "  { name: 'two-hundred-and-ninety-ninth set (2 repositories from everyday code searches, 5 lines, 40% traps)', file: 'test/fixtures/corpus/two-hundred-and-ninety-ninth-set.txt', minLanguages: 3, minLines: 0, minTraps: 0.4, minRecall: 0.93 },",
    );
    const below = freshSetEntry('two-hundred-and-ninety-ninth', 'a crawl', facts, { precision: 0.95, recall: 0.905, truePositives: 19, expected: 21 });
    assert.match(below, /40% traps; recall below target\)'/);
    assert.match(below, /minRecall: 0\.90, minPrecision: 0\.95 \},$/);
  });
});
