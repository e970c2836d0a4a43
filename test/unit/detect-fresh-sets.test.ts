// The third, fourth and fifth sets of real lines (test/fixtures/corpus/*-set.txt). The third: 14 public repositories used by
// neither real-world.txt nor held-out.txt, labelled by hand in a pass that never ran the detector.
// Its first-contact score (recall 0.846) is recorded in the file's header; rules were added after it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FIFTH_SET_PATH, FOURTH_SET_PATH, SIXTH_SET_PATH, HELD_OUT_PATH, REAL_WORLD_PATH, THIRD_SET_PATH, loadCorpus, scoreCorpus, scoreDetail } from '../../bench/corpus';

function sources(file: string): Set<string> {
  const text = fs.readFileSync(path.resolve(process.cwd(), file), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((l) => l.startsWith('# source: '))
      .map((l) => l.slice('# source: '.length).split(' ')[0] ?? ''),
  );
}

suite('detect: third set (lines from repositories in neither real-world.txt nor held-out.txt)', () => {
  const rows = loadCorpus(THIRD_SET_PATH);

  test('corpus shape: 400+ lines, 15+ languages, 40%+ traps, no repository shared with the other sets', () => {
    assert.ok(rows.length >= 400, `${rows.length} lines`);
    const languages = new Set(rows.map((r) => r.lang));
    assert.ok(languages.size >= 15, `${languages.size} languages`);
    const traps = rows.filter((r) => r.expected.length === 0).length;
    assert.ok(traps / rows.length >= 0.4, `${traps} traps`);
    const third = sources(THIRD_SET_PATH);
    const shared = [...sources(REAL_WORLD_PATH), ...sources(HELD_OUT_PATH)].filter((r) => third.has(r));
    assert.deepStrictEqual(shared, [], `repositories also in the other sets: ${shared.join(', ')}`);
  });

  test('precision >= 0.97 and recall >= 0.93 (code and span must match)', () => {
    const s = scoreCorpus(rows);
    const detail = scoreDetail(s);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.93, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});

// The fourth set is the newest first contact with unseen code: its recall is below the target,
// and the test says so instead of hiding it. Precision is held to the target; recall is held to what
// the engine reaches today (a regression guard, not the goal), and the gap is in the file's header.
suite('detect: fourth set (16 more repositories, recall below target)', () => {
  const rows = loadCorpus(FOURTH_SET_PATH);

  test('corpus shape: 400+ lines, 20+ languages, 40%+ traps, no repository shared with the other sets', () => {
    assert.ok(rows.length >= 400, `${rows.length} lines`);
    assert.ok(new Set(rows.map((r) => r.lang)).size >= 20);
    assert.ok(rows.filter((r) => r.expected.length === 0).length / rows.length >= 0.4);
    const fourth = sources(FOURTH_SET_PATH);
    const shared = [...sources(REAL_WORLD_PATH), ...sources(HELD_OUT_PATH), ...sources(THIRD_SET_PATH)].filter((r) => fourth.has(r));
    assert.deepStrictEqual(shared, [], `repositories also in the other sets: ${shared.join(', ')}`);
  });

  test('precision >= 0.97; recall does not fall below today\'s 0.88 (the target, 0.93, is not reached here)', () => {
    const s = scoreCorpus(rows);
    const detail = scoreDetail(s);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.88, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});

suite('detect: fifth set (16 open-source applications)', () => {
  const rows = loadCorpus(FIFTH_SET_PATH);

  test('corpus shape: 400+ lines, 20+ languages, 40%+ traps, no repository shared with the other sets', () => {
    assert.ok(rows.length >= 400, `${rows.length} lines`);
    assert.ok(new Set(rows.map((r) => r.lang)).size >= 20);
    assert.ok(rows.filter((r) => r.expected.length === 0).length / rows.length >= 0.4);
    const fifth = sources(FIFTH_SET_PATH);
    const others = [REAL_WORLD_PATH, HELD_OUT_PATH, THIRD_SET_PATH, FOURTH_SET_PATH].flatMap((f) => [...sources(f)]);
    const shared = others.filter((r) => fifth.has(r));
    assert.deepStrictEqual(shared, [], `repositories also in the other sets: ${shared.join(', ')}`);
  });

  test('precision >= 0.97 and recall >= 0.93 (code and span must match)', () => {
    const s = scoreCorpus(rows);
    const detail = scoreDetail(s);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.93, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});

// Like the fourth set, the sixth stays below the recall target after its rules; its test holds
// precision to the target and recall to today's value, and the file header says what is missed.
suite('detect: sixth set (16 API clients, SDKs and DevOps/test tools, recall below target)', () => {
  const rows = loadCorpus(SIXTH_SET_PATH);

  test('corpus shape: 400+ lines, 20+ languages, 40%+ traps, no repository shared with the other sets', () => {
    assert.ok(rows.length >= 400, `${rows.length} lines`);
    assert.ok(new Set(rows.map((r) => r.lang)).size >= 20);
    assert.ok(rows.filter((r) => r.expected.length === 0).length / rows.length >= 0.4);
    const sixth = sources(SIXTH_SET_PATH);
    const others = [REAL_WORLD_PATH, HELD_OUT_PATH, THIRD_SET_PATH, FOURTH_SET_PATH, FIFTH_SET_PATH].flatMap((f) => [...sources(f)]);
    const shared = others.filter((r) => sixth.has(r));
    assert.deepStrictEqual(shared, [], `repositories also in the other sets: ${shared.join(', ')}`);
  });

  test('precision >= 0.97; recall does not fall below today\'s 0.85 (the target, 0.93, is not reached here)', () => {
    const s = scoreCorpus(rows);
    const detail = scoreDetail(s);
    assert.ok(s.precision >= 0.97, `precision ${s.precision.toFixed(3)}\n${detail}`);
    assert.ok(s.recall >= 0.85, `recall ${s.recall.toFixed(3)}\n${detail}`);
  });
});
