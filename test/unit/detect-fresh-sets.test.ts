// The fresh sets of real lines (bench/fresh-sets.ts lists them, with the thresholds each one holds and why):
// each set's shape, and its precision and recall, scored line by line (code and span must match).
import * as assert from 'assert';
import { HELD_OUT_PATH, REAL_WORLD_PATH, corpusSources, loadCorpus, scoreCorpus, scoreDetail } from '../../bench/corpus';
import { FRESH_SETS as SETS } from '../../bench/fresh-sets';

SETS.forEach((set, index) => {
  suite(`detect: ${set.name}`, () => {
    const rows = loadCorpus(set.file);

    test(`corpus shape: ${set.minLines ?? 400}+ lines, ${set.minLanguages}+ languages, ${Math.round((set.minTraps ?? 0.4) * 100)}%+ traps, no repository shared with an earlier set`, () => {
      assert.ok(rows.length >= (set.minLines ?? 400), `${rows.length} lines`);
      const languages = new Set(rows.map((r) => r.lang)).size;
      assert.ok(languages >= set.minLanguages, `${languages} languages`);
      const traps = rows.filter((r) => r.expected.length === 0).length;
      assert.ok(traps / rows.length >= (set.minTraps ?? 0.4), `${traps} traps`);
      const mine = corpusSources(set.file);
      const earlier = [REAL_WORLD_PATH, HELD_OUT_PATH, ...SETS.slice(0, index).map((s) => s.file)];
      const shared = earlier.flatMap((f) => [...corpusSources(f)]).filter((r) => mine.has(r));
      assert.deepStrictEqual(shared, [], `repositories also in an earlier set: ${shared.join(', ')}`);
    });

    test(`precision >= ${set.minPrecision ?? 0.97} and recall >= ${set.minRecall} (code and span must match)`, () => {
      const s = scoreCorpus(rows);
      const detail = scoreDetail(s);
      assert.ok(s.precision >= (set.minPrecision ?? 0.97), `precision ${s.precision.toFixed(3)}\n${detail}`);
      assert.ok(s.recall >= set.minRecall, `recall ${s.recall.toFixed(3)}\n${detail}`);
    });
  });
});
