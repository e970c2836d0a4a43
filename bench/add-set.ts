// `npm run bench -- add-set <labelled file> <name> <source> <first contact> <misses>`: registers a fresh set of
// real lines once its rules are written. It copies the file into test/fixtures/corpus/<name>-set.txt under a header
// (how the repositories were found, the share of traps, the first-contact score and misses as given, the score
// now) and appends its entry to FRESH_SETS in bench/fresh-sets.ts, with thresholds derived from today's score.
// Score the file with `npm run bench -- score <file>` before writing any rule: that is the first contact.
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus, scoreCorpus } from './corpus';

export interface SetFacts {
  /** Labelled rows (not comments, not blank). */
  rows: number;
  /** Rows without a marker. */
  traps: number;
  languages: number;
  /** Distinct `owner/name` of the `# source:` lines. */
  repositories: number;
  /** The file from its first `# =====` repository line on (the helper's own header dropped). */
  body: string;
}

/** Counts a labelled file's rows, traps, languages and repositories. */
export function setFacts(text: string): SetFacts {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('# ====='));
  const body = (first < 0 ? lines : lines.slice(first)).join('\n').replace(/\n+$/, '') + '\n';
  let rows = 0;
  let traps = 0;
  const languages = new Set<string>();
  const repositories = new Set<string>();
  for (const l of body.split('\n')) {
    if (l.startsWith('# source: ')) {
      const repo = l.split(' ')[2];
      if (repo) repositories.add(repo);
      continue;
    }
    const tab = l.indexOf('\t');
    if (l.startsWith('#') || tab < 0) continue;
    rows++;
    languages.add(l.slice(0, tab));
    if (!l.includes('[[')) traps++;
  }
  return { rows, traps, languages: languages.size, repositories: repositories.size, body };
}

export interface SetScore {
  precision: number;
  recall: number;
  truePositives: number;
  expected: number;
}

/** The fixture's header: where the lines come from, the traps' share, the first contact and the score after the rules. */
export function setHeader(name: string, source: string, facts: SetFacts, first: string, misses: string, now: SetScore): string {
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return [
    `# ${title} set: real lines from ${facts.repositories} repositories found by ${source};`,
    `# ${Math.round((100 * facts.traps) / facts.rows)}% traps. Labelled by hand in a separate pass that never ran the detector (format: README.md).`,
    `# First contact: ${first}; the misses were ${misses}.`,
    `# After the rules written for them: P ${now.precision.toFixed(3)} / R ${now.recall.toFixed(3)} (${now.truePositives} of ${now.expected}).`,
  ].join('\n');
}

/**
 * The set's FRESH_SETS entry: the recall target (0.93), or today's recall rounded down with `recall below target`
 * in its name; a precision below 0.97 is held at today's, rounded down (its reason is written beside it by hand).
 */
export function freshSetEntry(name: string, source: string, facts: SetFacts, now: SetScore): string {
  const floor = (x: number, step: number): number => Math.floor(x * step + 1e-9) / step;
  const share = Math.round((100 * facts.traps) / facts.rows);
  const below = now.recall < 0.93;
  const kind = source.split(' (')[0] ?? source;
  const parts = [
    `name: '${name} set (${facts.repositories} repositories from ${kind}, ${facts.rows} lines, ${share}% traps${below ? '; recall below target' : ''})'`,
    `file: 'test/fixtures/corpus/${name}-set.txt'`,
    `minLanguages: ${Math.min(15, facts.languages)}`,
    `minLines: ${Math.floor(facts.rows / 10) * 10}`,
    `minTraps: ${floor(facts.traps / facts.rows, 10).toFixed(1)}`,
    `minRecall: ${below ? floor(now.recall, 100).toFixed(2) : '0.93'}`,
  ];
  if (now.precision < 0.97) parts.push(`minPrecision: ${floor(now.precision, 100).toFixed(2)}`);
  return `  { ${parts.join(', ')} },`;
}

/** Writes the fixture and appends the entry; returns what it did, and what is left to write by hand. */
export function addSet(file: string, name: string, source: string, first: string, misses: string, root = process.cwd()): string {
  if (!/^[a-z-]+$/.test(name)) throw new Error(`the set's name is its ordinal in words, such as 'two-hundred-and-fifty-third' (got '${name}')`);
  const facts = setFacts(fs.readFileSync(file, 'utf8'));
  const target = path.join('test', 'fixtures', 'corpus', `${name}-set.txt`);
  const registry = path.join(root, 'bench', 'fresh-sets.ts');
  const list = fs.readFileSync(registry, 'utf8');
  if (list.includes(`'${target.split(path.sep).join('/')}'`)) throw new Error(`${target} is already registered`);
  const s = scoreCorpus(loadCorpus(path.resolve(file), '/'));
  const now: SetScore = { precision: s.precision, recall: s.recall, truePositives: s.truePositives, expected: s.expected };
  fs.writeFileSync(path.join(root, target), `${setHeader(name, source, facts, first, misses, now)}\n${facts.body}`);
  const end = list.lastIndexOf('];');
  if (end < 0) throw new Error(`no FRESH_SETS list in ${registry}`);
  fs.writeFileSync(registry, `${list.slice(0, end)}${freshSetEntry(name, source, facts, now)}\n${list.slice(end)}`);
  const notes = [`wrote ${target} (${facts.rows} rows, ${facts.traps} traps, ${facts.repositories} repositories, ${facts.languages} languages; P ${now.precision.toFixed(3)} / R ${now.recall.toFixed(3)})`, 'appended its entry to bench/fresh-sets.ts'];
  if (now.precision < 0.97) notes.push('write beside its minPrecision which lines a line alone cannot tell from a status');
  return notes.join('\n');
}
