// Benchmarks, run by `npm run bench` (esbuild transpiles this to out/bench/index.js).
// Add a bench by pushing a { name, run } entry to BENCHES; `runBenches()` runs them all.
import { findStatusMentions, findStatusMentionAt } from '../src/core';
import { loadCorpus, scoreCorpus, type Score } from './corpus';

export interface Bench {
  name: string;
  run: () => void;
}

/** Deterministic PRNG (xorshift32). */
export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const FILLER: readonly [string, string][] = [
  ['javascript', "import { useEffect, useState } from 'react';"],
  ['javascript', '  const [items, setItems] = useState([]);'],
  ['javascript', '    setTimeout(() => setVisible(false), 300);'],
  ['javascript', '  return items.filter((x) => x.price > 100).map((x) => x.id);'],
  ['javascript', '}'],
  ['javascript', ''],
  ['typescript', 'export interface User { id: string; name: string; age?: number }'],
  ['typescript', '  private readonly cache = new Map<string, number>();'],
  ['typescript', '    for (let i = 0; i < list.length; i++) total += list[i] ?? 0;'],
  ['python', 'def handler(event, context):'],
  ['python', '    data = json.loads(event["body"])'],
  ['python', '    for row in rows[:200]:'],
  ['python', '        logger.debug("processing %s", row.id)'],
  ['go', 'func (s *Server) routes() {'],
  ['go', '\tmux.HandleFunc("/api/users", s.handleUsers)'],
  ['go', '\tif err != nil {'],
  ['go', '\t\treturn nil, fmt.Errorf("open: %w", err)'],
  ['java', '    public List<Order> findAll(int page, int size) {'],
  ['java', '        return repository.findAll(PageRequest.of(page, size)).getContent();'],
  ['csharp', '        public async Task<IActionResult> Get(int id)'],
  ['ruby', '  def show'],
  ['ruby', '    @post = Post.find(params[:id])'],
  ['rust', '    let mut buf = String::with_capacity(1024);'],
  ['php', '    public function index(Request $request)'],
  ['yaml', '  replicas: 3'],
  ['yaml', '  image: nginx:1.25'],
  ['markdown', 'This section explains how to configure the client.'],
  ['css', '.card { padding: 16px; border-radius: 4px; width: 300px; }'],
  ['shellscript', 'echo "deploying $VERSION to $ENV"'],
];

export interface MixedDocument {
  lines: string[];
  langs: string[];
}

/** The same 10,000-line mixed-language document every run: corpus lines interleaved with filler. */
export function generateMixedDocument(lineCount = 10_000, seed = 1234): MixedDocument {
  const r = rng(seed);
  const corpus = loadCorpus();
  const lines: string[] = [];
  const langs: string[] = [];
  for (let i = 0; i < lineCount; i++) {
    if (r() < 0.35) {
      const row = corpus[Math.floor(r() * corpus.length)];
      if (row) {
        lines.push(row.line);
        langs.push(row.lang);
        continue;
      }
    }
    const f = FILLER[Math.floor(r() * FILLER.length)] ?? ['plaintext', ''];
    lines.push(f[1]);
    langs.push(f[0]);
  }
  return { lines, langs };
}

/**
 * ms per run of f: the minimum over repeated runs. The machine may be shared (other processes,
 * GC), and the minimum is the steadiest estimate of the uncontended cost.
 */
function timeIt(f: () => void, minMs = 400): number {
  f();
  let best = Infinity;
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 5) {
    const a = performance.now();
    f();
    best = Math.min(best, performance.now() - a);
    runs++;
  }
  return best;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface DetectBenchResult {
  lines: number;
  engineMsPerPass: number;
  bareRegexMsPerPass: number;
  engineLinesPerSec: number;
  bareRegexLinesPerSec: number;
  /** engine time / bare regex time (target <= 3). */
  engineVsBareRatio: number;
  hoverP50Ms: number;
  hoverP99Ms: number;
  hoverMeanMs: number;
  rescanPerHoverMs: number;
  /** rescan time per hover / our hover time (target >= 20). */
  hoverSpeedup: number;
  corpus: Pick<Score, 'lines' | 'traps' | 'expected' | 'found' | 'truePositives' | 'precision' | 'recall'>;
}

/** Side-by-side figures for the detection engine. */
export function runDetectBench(doc: MixedDocument = generateMixedDocument(), hovers = 20_000): DetectBenchResult {
  const { lines, langs } = doc;
  const n = lines.length;

  let sink = 0;
  const engine = (): void => {
    for (let i = 0; i < n; i++) sink += findStatusMentions(lines[i] as string, langs[i] as string).length;
  };
  const bare = (): void => {
    const re = /\b[1-5]\d\d\b/g;
    for (let i = 0; i < n; i++) {
      const line = lines[i] as string;
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) sink++;
    }
  };
  const engineMs = timeIt(engine);
  const bareMs = timeIt(bare);

  // Hover positions: random lines, random characters (biased to digits half of the time).
  const r = rng(99);
  const positions: [number, number][] = [];
  while (positions.length < hovers) {
    const li = Math.floor(r() * n);
    const line = lines[li] as string;
    if (!line.length) continue;
    let c = Math.floor(r() * line.length);
    if (r() < 0.5) {
      const d = line.search(/\d/);
      if (d >= 0) c = d;
    }
    positions.push([li, c]);
  }
  const times: number[] = [];
  for (const [li, c] of positions.slice(0, 1000)) findStatusMentionAt(lines[li] as string, langs[li] as string, c); // warm up
  for (const [li, c] of positions) {
    const a = performance.now();
    const m = findStatusMentionAt(lines[li] as string, langs[li] as string, c);
    times.push(performance.now() - a);
    if (m) sink++;
  }
  times.sort((a, b) => a - b);
  const hoverMean = times.reduce((a, b) => a + b, 0) / times.length;

  // What an existing extension does: on every hover, rescan the whole document for numbers.
  const text = lines.join('\n');
  const lineStarts: number[] = [];
  {
    let off = 0;
    for (const l of lines) {
      lineStarts.push(off);
      off += l.length + 1;
    }
  }
  const rescanSample = positions.slice(0, 200);
  const rescanMs =
    timeIt(() => {
      for (const [li, c] of rescanSample) {
        const offset = (lineStarts[li] ?? 0) + c;
        const re = /\b[1-5]\d\d\b/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m.index <= offset && offset < m.index + 3) sink++;
        }
      }
    }) / rescanSample.length;

  const score = scoreCorpus(loadCorpus());
  if (sink === -1) console.log('');
  return {
    lines: n,
    engineMsPerPass: engineMs,
    bareRegexMsPerPass: bareMs,
    engineLinesPerSec: n / (engineMs / 1000),
    bareRegexLinesPerSec: n / (bareMs / 1000),
    engineVsBareRatio: engineMs / bareMs,
    hoverP50Ms: percentile(times, 50),
    hoverP99Ms: percentile(times, 99),
    hoverMeanMs: hoverMean,
    rescanPerHoverMs: rescanMs,
    hoverSpeedup: rescanMs / hoverMean,
    corpus: {
      lines: score.lines,
      traps: score.traps,
      expected: score.expected,
      found: score.found,
      truePositives: score.truePositives,
      precision: score.precision,
      recall: score.recall,
    },
  };
}

export function formatDetectBench(r: DetectBenchResult): string {
  const f = (x: number, d = 1): string => x.toFixed(d);
  const k = (x: number): string => Math.round(x).toLocaleString('en-US');
  return [
    `detection on a ${k(r.lines)}-line mixed-language document`,
    `  findStatusMentions (all lines)   ${f(r.engineMsPerPass, 2)} ms/pass   ${k(r.engineLinesPerSec)} lines/s`,
    `  bare regex \\b[1-5]\\d\\d\\b          ${f(r.bareRegexMsPerPass, 2)} ms/pass   ${k(r.bareRegexLinesPerSec)} lines/s`,
    `  engine / bare regex              ${f(r.engineVsBareRatio, 2)}x   (target <= 3x)`,
    `  hover findStatusMentionAt        p50 ${f(r.hoverP50Ms * 1000, 1)} us   p99 ${f(r.hoverP99Ms * 1000, 1)} us   mean ${f(r.hoverMeanMs * 1000, 1)} us   (target p99 <= 1 ms)`,
    `  whole-document rescan per hover  ${f(r.rescanPerHoverMs, 3)} ms/hover`,
    `  hover speed-up vs rescan         ${f(r.hoverSpeedup, 0)}x   (target >= 20x)`,
    `  corpus: ${r.corpus.lines} lines (${r.corpus.traps} traps), ${r.corpus.expected} expected, ${r.corpus.found} found, ` +
      `precision ${f(r.corpus.precision, 3)}, recall ${f(r.corpus.recall, 3)}   (targets >= 0.97 / >= 0.93)`,
  ].join('\n');
}

export const BENCHES: Bench[] = [{ name: 'detect', run: () => console.log(formatDetectBench(runDetectBench())) }];

export function runBenches(filter?: string): void {
  for (const b of BENCHES) {
    if (filter && !b.name.includes(filter)) continue;
    b.run();
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  runBenches(process.argv[2]);
}
