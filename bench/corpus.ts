// Labelled detection corpus: parsing and scoring. Node-only (reads the fixture file).
import * as fs from 'fs';
import * as path from 'path';
import { findStatusMentions, getStatus, type StatusMention } from '../src/core';

export interface ExpectedMention {
  code: number;
  start: number;
  end: number;
}

export interface CorpusLine {
  lang: string;
  line: string;
  expected: ExpectedMention[];
  /** 1-based line number in the fixture file. */
  source: number;
}

export const CORPUS_PATH = 'test/fixtures/corpus/mentions.txt';

/** Strips `[[404]]` / `[[HTTPStatus.NOT_FOUND|404]]` markers and records their spans. */
export function parseMarked(marked: string): { line: string; expected: ExpectedMention[] } {
  let out = '';
  const expected: ExpectedMention[] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf('[[', i);
    // `[[[200]], ...]` : an array that starts with a marker; the marker is the last `[[` of the run
    if (open < 0) {
      out += marked.slice(i);
      break;
    }
    let o = open;
    while (marked.charAt(o + 2) === '[') o++;
    if (/\s/.test(marked.charAt(o + 2))) {
      // shell `[[ ... ]]`, not a marker
      out += marked.slice(i, o + 2);
      i = o + 2;
      continue;
    }
    const close = marked.indexOf(']]', o + 2);
    if (close < 0) throw new Error(`unclosed marker in: ${marked}`);
    out += marked.slice(i, o);
    const body = marked.slice(o + 2, close);
    const bar = body.lastIndexOf('|');
    const text = bar >= 0 ? body.slice(0, bar) : body;
    const code = Number(bar >= 0 ? body.slice(bar + 1) : (/\d{3}/.exec(body)?.[0] ?? 'NaN'));
    const start = out.length;
    out += text;
    // a literal marker around a reason phrase (`404 Not Found|404`) spans only the digits
    if (bar >= 0 && /^\d{3}\b/.test(text) && !/^\d{3}$/.test(text)) {
      expected.push({ code, start, end: start + 3 });
    } else {
      expected.push({ code, start, end: start + text.length });
    }
    i = close + 2;
  }
  return { line: out, expected };
}

/** Real lines from public repositories, labelled by hand (`# source:` comments name each one). */
export const REAL_WORLD_PATH = 'test/fixtures/corpus/real-world.txt';

/** A second set of real lines, from repositories not in REAL_WORLD_PATH. */
export const HELD_OUT_PATH = 'test/fixtures/corpus/held-out.txt';

/** The repositories a real-line corpus file names in its `# source: owner/repo path` comments. */
export function corpusSources(file: string, root = process.cwd()): Set<string> {
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((l) => l.startsWith('# source: '))
      .map((l) => l.slice('# source: '.length).split(' ')[0] ?? ''),
  );
}

/** A labelled corpus file (by default our own `mentions.txt`). */
export function loadCorpus(file = CORPUS_PATH, root = process.cwd()): CorpusLine[] {
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  const rows: CorpusLine[] = [];
  text.split('\n').forEach((raw, idx) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`${file} line ${idx + 1}: missing language`);
    const { line, expected } = parseMarked(raw.slice(tab + 1));
    rows.push({ lang: raw.slice(0, tab), line, expected, source: idx + 1 });
  });
  return rows;
}

export interface Score {
  lines: number;
  traps: number;
  expected: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  falsePositives: { source: number; line: string; mention: StatusMention }[];
  falseNegatives: { source: number; line: string; mention: ExpectedMention }[];
}

/**
 * Whether a marked code can be found: codes without a catalog entry (unofficial ones not added yet) cannot, except a
 * status class's top written as a bound (`status <= 299`, `200-299`), which the engine reports.
 */
export function findable(code: number): boolean {
  return getStatus(code) !== undefined || (code % 100 === 99 && code >= 199 && code <= 599);
}

/** Scores `detect` on the corpus: a hit needs the same code and the same span. */
export function scoreCorpus(
  rows: readonly CorpusLine[],
  detect: (line: string, lang: string) => readonly StatusMention[] = (l, lang) => findStatusMentions(l, lang),
): Score {
  let expectedCount = 0;
  let found = 0;
  let tp = 0;
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  let traps = 0;
  for (const row of rows) {
    const exp = row.expected.filter((m) => findable(m.code));
    if (row.expected.length === 0) traps++;
    const got = detect(row.line, row.lang);
    expectedCount += exp.length;
    found += got.length;
    const matched = new Set<number>();
    for (const g of got) {
      const k = exp.findIndex((x, idx) => !matched.has(idx) && x.code === g.code && x.start === g.start && x.end === g.end);
      if (k >= 0) {
        matched.add(k);
        tp++;
      } else {
        falsePositives.push({ source: row.source, line: row.line, mention: g });
      }
    }
    exp.forEach((x, idx) => {
      if (!matched.has(idx)) falseNegatives.push({ source: row.source, line: row.line, mention: x });
    });
  }
  return {
    lines: rows.length,
    traps,
    expected: expectedCount,
    found,
    truePositives: tp,
    precision: found === 0 ? 1 : tp / found,
    recall: expectedCount === 0 ? 1 : tp / expectedCount,
    falsePositives,
    falseNegatives,
  };
}

/** Every figure of a score, then each false positive and false negative with its corpus line and span. */
export function scoreDetail(s: Score): string {
  const where = (f: { source: number; mention: { code: number; start: number; end: number }; line: string }): string =>
    `line ${f.source}: ${f.mention.code} [${f.mention.start},${f.mention.end}) in ${f.line}`;
  return [
    `lines ${s.lines}, traps ${s.traps}, expected ${s.expected}, found ${s.found}, true positives ${s.truePositives}`,
    `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
    ...s.falsePositives.map((f) => `FP ${where(f)}`),
    ...s.falseNegatives.map((f) => `FN ${where(f)}`),
  ].join('\n');
}
