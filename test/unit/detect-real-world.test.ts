// Real lines from public GitHub repositories (test/fixtures/corpus/real-world.txt), labelled by hand,
// scored like our own corpus (bench/corpus.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REAL_WORLD_PATH, loadCorpus, scoreCorpus, scoreDetail } from '../../bench/corpus';

suite('detect: real-world corpus (lines from public repositories)', () => {
  const rows = loadCorpus(REAL_WORLD_PATH);

  test('corpus shape: at least 400 lines, 12+ languages, every group attributed', () => {
    assert.ok(rows.length >= 400, `${rows.length} lines`);
    const languages = new Set(rows.map((r) => r.lang));
    assert.ok(languages.size >= 12, `${languages.size} languages`);
    const text = fs.readFileSync(path.resolve(process.cwd(), REAL_WORLD_PATH), 'utf8').split('\n');
    const firstData = text.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
    assert.ok(firstData > 0 && text.slice(0, firstData).some((l) => l.startsWith('# source: ')), 'first group has no # source: line');
  });

  test('precision >= 0.97 and recall >= 0.93 (code and span must match)', () => {
    const s = scoreCorpus(rows);
    const detail = scoreDetail(s);
    console.log(detail);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.93, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});
