// Real lines from public GitHub repositories (test/fixtures/corpus/real-world.txt), labelled by hand.
// bench/corpus.ts's loadCorpus() reads only the fixed CORPUS_PATH, so this file is parsed here with the
// same marker rules (parseMarked) and scored with the same scorer (scoreCorpus).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseMarked, scoreCorpus, type CorpusLine } from '../../bench/corpus';

export const REAL_WORLD_PATH = 'test/fixtures/corpus/real-world.txt';

function loadRealWorld(root = process.cwd()): CorpusLine[] {
  const text = fs.readFileSync(path.resolve(root, REAL_WORLD_PATH), 'utf8');
  const rows: CorpusLine[] = [];
  text.split('\n').forEach((raw, idx) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`real-world corpus line ${idx + 1}: missing language`);
    const { line, expected } = parseMarked(raw.slice(tab + 1));
    rows.push({ lang: raw.slice(0, tab), line, expected, source: idx + 1 });
  });
  return rows;
}

suite('detect: real-world corpus (lines from public repositories)', () => {
  const rows = loadRealWorld();

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
    const detail = [
      `lines ${s.lines}, traps ${s.traps}, expected ${s.expected}, found ${s.found}, true positives ${s.truePositives}`,
      `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
      ...s.falsePositives.map(
        (f) => `FP line ${f.source}: ${f.mention.code} [${f.mention.start},${f.mention.end}) in ${f.line}`,
      ),
      ...s.falseNegatives.map((f) => `FN line ${f.source}: ${f.mention.code} [${f.mention.start},${f.mention.end}) in ${f.line}`),
    ].join('\n');
    console.log(detail);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.93, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});
