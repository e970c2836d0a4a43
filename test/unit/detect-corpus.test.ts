import * as assert from 'assert';
import { loadCorpus, scoreCorpus } from '../../bench/corpus';

suite('detect: labelled corpus', () => {
  const rows = loadCorpus();

  test('corpus shape: at least 300 lines, about 40% traps, more than ten languages', () => {
    assert.ok(rows.length >= 300, `${rows.length} lines`);
    const traps = rows.filter((r) => r.expected.length === 0).length;
    const share = traps / rows.length;
    assert.ok(share >= 0.35 && share <= 0.5, `trap share ${share.toFixed(2)}`);
    const languages = new Set(rows.map((r) => r.lang));
    assert.ok(languages.size > 10, `${languages.size} languages`);
  });

  test('precision >= 0.97 and recall >= 0.93 (code and span must match)', () => {
    const s = scoreCorpus(rows);
    const detail = [
      ...s.falsePositives.map((f) => `FP line ${f.source}: ${f.mention.code} in ${f.line}`),
      ...s.falseNegatives.map((f) => `FN line ${f.source}: ${f.mention.code} in ${f.line}`),
    ].join('\n');
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.93, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});
