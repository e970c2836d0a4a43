// `npm run bench -- probe [step]`: looks for rules whose cost grows faster than the line. Every labelled line
// (every file the tests score; every `step`-th one, all unless given) is repeated into a long line, timed at two
// lengths, and re-timed at two larger ones when the first pair grows much faster than its length; a line whose
// time still does is printed. A rule that searches the whole line once per candidate shows up here long before
// any user meets a generated file full of candidates. Node-only (reads the fixtures).
import { findStatusMentions } from '../src/core';
import { CORPUS_PATH, HELD_OUT_PATH, REAL_WORLD_PATH, loadCorpus } from './corpus';
import { FRESH_SETS } from './fresh-sets';
import { bestOf } from './timing';

export interface ProbeSuspect {
  lang: string;
  line: string;
  /** Best-of-three milliseconds at the two confirming lengths. */
  shortMs: number;
  longMs: number;
}

export interface ProbeResult {
  probed: number;
  rechecked: number;
  suspects: ProbeSuspect[];
}

/** Distinct labelled lines (language and text) of every corpus file the tests score, in file order. */
function labelledLines(root: string): { lang: string; line: string }[] {
  const seen = new Set<string>();
  const out: { lang: string; line: string }[] = [];
  for (const file of [CORPUS_PATH, REAL_WORLD_PATH, HELD_OUT_PATH, ...FRESH_SETS.map((s) => s.file)]) {
    for (const r of loadCorpus(file, root)) {
      const key = `${r.lang}\t${r.line}`;
      if (r.line.length < 8 || seen.has(key)) continue;
      seen.add(key);
      out.push({ lang: r.lang, line: r.line });
    }
  }
  return out;
}

function repeated(line: string, length: number): string {
  const unit = line + ' ';
  return unit.repeat(Math.ceil(length / unit.length));
}

/**
 * Four times the length may cost up to `limit` times the time (linear work is about 4×; quadratic, 16×). A
 * first pass at 8k and 32k characters flags lines; each flagged one is re-timed at 40k and 160k.
 */
export function runProbe(step = 1, root = process.cwd(), limit = 8): ProbeResult {
  const rows = labelledLines(root);
  const flagged: { lang: string; line: string }[] = [];
  let probed = 0;
  for (let i = 0; i < rows.length; i += step) {
    const { lang, line } = rows[i] as { lang: string; line: string };
    probed++;
    const a = repeated(line, 8000);
    const b = repeated(line, 32000);
    const ta = bestOf(1, () => findStatusMentions(a, lang));
    if (ta < 1) continue; // (too fast to tell anything)
    const tb = bestOf(1, () => findStatusMentions(b, lang));
    if (tb > limit * ta && tb > 10) flagged.push({ lang, line });
  }
  const suspects: ProbeSuspect[] = [];
  for (const { lang, line } of flagged) {
    const a = repeated(line, 40000);
    const b = repeated(line, 160000);
    findStatusMentions(a, lang); // warm up
    const shortMs = bestOf(3, () => findStatusMentions(a, lang));
    const longMs = bestOf(3, () => findStatusMentions(b, lang));
    if (longMs > 6 * shortMs && longMs > 30) suspects.push({ lang, line, shortMs, longMs });
  }
  return { probed, rechecked: flagged.length, suspects };
}

export function formatProbe(r: ProbeResult): string {
  return [
    `repeated-line probe: ${r.probed} labelled lines repeated to 8k and 32k characters; ${r.rechecked} re-timed at 40k and 160k; ` +
      `${r.suspects.length} grow faster than their length`,
    ...r.suspects.map((s) => `  ${(s.longMs / s.shortMs).toFixed(1)}x  ${s.shortMs.toFixed(1)} -> ${s.longMs.toFixed(1)} ms  ${s.lang}\t${s.line.slice(0, 120)}`),
  ].join('\n');
}
