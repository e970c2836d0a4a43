// Benchmarks, run by `npm run bench` (esbuild transpiles this to out/bench/index.js).
// Add a bench by pushing a { name, run } entry to BENCHES; `runBenches()` runs them all.
import { findStatusMentions, findStatusMentionAt } from '../src/core';
import { CORPUS_PATH, HELD_OUT_PATH, REAL_WORLD_PATH, loadCorpus, scoreCorpus, scoreDetail, type CorpusLine, type Score } from './corpus';
import { FRESH_SETS } from './fresh-sets';
import { spawnSync } from 'child_process';
import { formatFilesBench } from './files';
import { addSet } from './add-set';
import { formatProbe, runProbe } from './probe';
import { asExtensionHostLines, timeIt } from './timing';

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

// ---------------------------------------------------------------------------------------------
// The generated document
//
// The engine mostly sees ordinary source code: identifiers, strings, comments, imports, braces and
// numbers that are not statuses (indexes, sizes, ports, timeouts). The generated document mixes
// per language, with a fixed seed:
//   - ordinary code lines, produced from per-language templates with random identifiers, strings,
//     comments and numbers (small indexes, sizes like 256/1024, ports, timeouts such as 300 or
//     500 ms, CSS widths), indentation and blank lines;
//   - lines drawn from the labelled corpus for that language (both status mentions and traps, in
//     the corpus proportion), so the engine meets real candidates too.
// Lines come in per-language blocks of 30-200 lines, like files concatenated together.
//
// How many corpus lines? As many as real code has: MEASURED_DENSITY below comes from 17 public
// web applications (docs/benchmark.md). The realistic document takes the densest measured kind of
// file, HTTP handler files (controllers, routes, views), and draws enough corpus lines that its
// share of lines with a status mention matches theirs. The ordinary templates add status-range
// numbers of their own (timeouts, sizes, ports) on about 2.7% of their lines, more than real code
// has, so the document holds more candidates than the handler files it is calibrated on.
// Two denser documents are printed beside it: 13% corpus lines (about six times the handler-file
// density) and corpus lines only (the worst case: nearly every line has a status-like number).

/**
 * Status density of real web applications, measured on 17 public repositories (RealWorld back ends
 * for Express, Koa, NestJS, Flask, Django, FastAPI, Rails, Laravel (2), Gin, Spring Boot, Kotlin
 * Spring, ASP.NET Core and Actix, plus spring-petclinic, eShopOnWeb and full-stack-fastapi-template;
 * 77,215 lines; commits in docs/benchmark.md). Shares of non-blank lines.
 */
export const MEASURED_DENSITY = {
  /** Files whose path names a controller, route, handler, view, API, endpoint or resource. */
  handlerFiles: { statusNumberLines: 0.02, mentionLines: 0.0237 },
  allFiles: { statusNumberLines: 0.0145, mentionLines: 0.0097 },
} as const;

/** Corpus share of the dense document (the default of earlier versions of this bench). */
export const DENSE_CORPUS_SHARE = 0.13;

/**
 * The corpus rows the generated documents draw from: the first GENERATOR_CORPUS_ROWS rows of
 * `mentions.txt`. Rows are appended as rules are added; without this cap every new test line moved
 * the generated documents (their share of corpus lines and which lines were drawn), so figures from
 * different days measured different documents. Frozen at the 1,049 rows of 2026-11-25.
 */
export const GENERATOR_CORPUS_ROWS = 1049;
function generatorCorpus(): CorpusLine[] {
  return loadCorpus().slice(0, GENERATOR_CORPUS_ROWS);
}

/** The corpus share at which the document's mention-line share matches handler files. */
export function realisticCorpusShare(): number {
  const corpus = generatorCorpus();
  const withMentions = corpus.filter((row) => row.expected.length > 0).length / corpus.length;
  return MEASURED_DENSITY.handlerFiles.mentionLines / withMentions;
}

type Template = string;

/**
 * Ordinary code lines per language. Slots: $id/$id2 (camelCase), $Type (PascalCase), $snake,
 * $CONST, $str (a short string literal body), $words (comment text), $n (a number from a realistic
 * code distribution), $i (a small index), $ms (a timeout), $port, $size, $path.
 */
const ORDINARY: Readonly<Record<string, readonly Template[]>> = {
  javascript: [
    "import { $id, $id2 } from './$id';",
    "import $Type from '$path';",
    "const $id = require('$id2');",
    'const $id = await $id2($id, { limit: $n });',
    '  const [$id, set$Type] = useState($i);',
    '    setTimeout(() => $id($id2), $ms);',
    '  return $id.filter((x) => x.$id2 > $n).map((x) => x.$id);',
    '  if (!$id || $id.length === $i) return null;',
    '  for (let i = $i; i < $id.length; i++) {',
    "    $id.push({ $id2: $id[i], label: '$str' });",
    '  }',
    '}',
    '});',
    '',
    '// $words',
    '  // $words',
    "    console.log('$str', $id);",
    "  throw new Error('$str');",
    '  const $id = $id2?.$id ?? $n;',
    '  module.exports = { $id, $id2 };',
    'export default function $Type({ $id, $id2 }) {',
    '    <div className="$id-$id2" style={{ width: $n }}>{$id}</div>',
    "  app.listen($port, () => console.log('listening on $port'));",
    '  const buf = Buffer.alloc($size);',
    '      $id = $id2.slice($i, $n);',
    "  if (typeof $id !== 'string') return $id2;",
    '  $id.on(\'$id2\', ($id) => $id2.emit(\'$str\', $id));',
    '    } else {',
    '  } catch (err) {',
  ],
  typescript: [
    "import type { $Type, $Type } from './$id';",
    "import { $id } from '$path';",
    'export interface $Type { $id: string; $id2?: number; items: $Type[] }',
    'export type $Type = Record<string, $Type>;',
    '  private readonly $id = new Map<string, number>();',
    '  constructor(private readonly $id: $Type) {}',
    '    for (let i = $i; i < $id.length; i++) total += $id[i] ?? $i;',
    '  async $id($id2: string): Promise<$Type | undefined> {',
    '    const $id = await this.$id2.get($id, { timeout: $ms });',
    '    return this.$id.has($id2) ? this.$id.get($id2) : undefined;',
    '  }',
    '}',
    '',
    '  /** $words */',
    '    // $words',
    "    this.logger.debug('$str', { $id });",
    '    if ($id.length > $n) $id.length = $n;',
    '  readonly $id = $n;',
    'export const $CONST = $n;',
    'export const $CONST = { $id: $n, $id2: $n };',
    '    const $id = Math.min($id2, $n);',
    '    const $id: $Type[] = [];',
    '      .pipe(map((x) => x.$id), take($i))',
  ],
  python: [
    'import $snake',
    'from $snake import $Type, $snake',
    'from $snake.$snake import $snake',
    'class $Type($Type):',
    'def $snake(self, $snake, $snake=None):',
    '    """$words."""',
    '    $snake = $snake.get("$snake", $n)',
    '    for $snake in $snake[:$n]:',
    '        logger.debug("$str %s", $snake)',
    '        if not $snake:',
    '            continue',
    '    return [x for x in $snake if x.$snake > $n]',
    '    $snake = json.loads($snake["$snake"])',
    '',
    '    # $words',
    '        $snake.append(($snake, $i))',
    '    with open($snake, "rb") as f:',
    '        data = f.read($size)',
    '    except $Type as exc:',
    '        raise $Type("$str") from exc',
    '    $CONST = $n',
    '    time.sleep($i)',
    '    @property',
    '    $snake: int = $n',
    '    return {"$snake": $snake, "$snake": $n}',
    '    else:',
    '    pass',
  ],
  go: [
    'package $snake',
    'import (',
    '\t"$path"',
    ')',
    'func (s *$Type) $Type(ctx context.Context, $id string) (*$Type, error) {',
    'func $Type($id []byte) ($Type, error) {',
    '\tif err != nil {',
    '\t\treturn nil, fmt.Errorf("$str: %w", err)',
    '\t}',
    '}',
    '',
    '\t// $words',
    '\tmux.HandleFunc("/$path", s.$id)',
    '\tfor i := $i; i < len($id); i++ {',
    '\t\t$id = append($id, $id2[i])',
    '\tctx, cancel := context.WithTimeout(ctx, $ms*time.Millisecond)',
    '\tdefer cancel()',
    '\tbuf := make([]byte, $size)',
    '\t$id := &$Type{$Type: $id2, $Type: $n}',
    '\ttype $Type struct {',
    '\t\t$Type string `json:"$snake"`',
    '\tlog.Printf("$str %d", $id)',
    '\taddr := fmt.Sprintf(":%d", $port)',
  ],
  java: [
    'package com.$snake.$snake;',
    'import java.util.$Type;',
    'import org.$snake.$Type;',
    'public class $Type implements $Type {',
    '    private final $Type $id;',
    '    private static final int $CONST = $n;',
    '    public List<$Type> $id(int page, int size) {',
    '        return $id.$id2(PageRequest.of(page, size)).getContent();',
    '        for (int i = $i; i < $id.size(); i++) {',
    '            $id.add($id2.get(i));',
    '        }',
    '    }',
    '}',
    '',
    '    // $words',
    '    /** $words */',
    '    @Override',
    '        log.info("$str {}", $id);',
    '        if ($id == null) throw new IllegalArgumentException("$str");',
    '        Thread.sleep($ms);',
    '        byte[] buf = new byte[$size];',
  ],
  csharp: [
    'using System.$Type;',
    'namespace $Type.$Type;',
    'public class $Type : $Type',
    '{',
    '}',
    '    public async Task<IActionResult> $Type(int id)',
    '        var $id = await _$id.$Type(id);',
    '        if ($id == null) return null;',
    '        foreach (var $id in $id2) { total += $id.$Type; }',
    '    private readonly $Type _$id;',
    '    public const int $Type = $n;',
    '',
    '    // $words',
    '        _logger.LogInformation("$str {Id}", id);',
    '        await Task.Delay($ms);',
  ],
  ruby: [
    "require '$snake'",
    'class $Type < $Type',
    '  def $snake',
    '    @$snake = $Type.find(params[:id])',
    '    $snake.each { |x| x.$snake += $i }',
    '  end',
    'end',
    '',
    '  # $words',
    "    $snake = $snake.fetch(:$snake, $n)",
    '    return if $snake.nil?',
    '  attr_reader :$snake, :$snake',
    '  has_many :$snake',
    "    Rails.logger.info(\"$str #{$snake}\")",
  ],
  php: [
    '<?php',
    'namespace App\\$Type;',
    'use App\\$Type\\$Type;',
    'class $Type extends $Type',
    '{',
    '}',
    '    public function $id(Request $request)',
    '        $$id = $this->$id->find($request->input(\'$snake\'));',
    '        foreach ($$id as $$id2) {',
    '            $$id2->$id = $n;',
    '        return view(\'$snake\', compact(\'$id\'));',
    '',
    '    // $words',
    '    private int $$id = $n;',
  ],
  rust: [
    'use std::$snake::$Type;',
    'use crate::$snake::{$Type, $Type};',
    'pub struct $Type {',
    '    pub $snake: $Type,',
    '}',
    'impl $Type {',
    '    pub fn $snake(&self, $snake: &str) -> Result<$Type, Error> {',
    '    let mut buf = String::with_capacity($size);',
    '        for i in $i..$snake.len() {',
    '        let $snake = $snake.get($i).unwrap_or(&$n);',
    '',
    '    // $words',
    '    Ok(())',
    '    #[derive(Debug, Clone)]',
  ],
  kotlin: [
    'import $snake.$snake.$Type',
    'class $Type(private val $id: $Type) {',
    '    fun $id($id2: String): $Type? {',
    '        val $id = $id2.take($n)',
    '        return $id.firstOrNull { it.$id > $n }',
    '    }',
    '}',
    '',
    '    // $words',
  ],
  yaml: [
    '$snake:',
    '  $snake: $n',
    '  replicas: $i',
    '  image: $snake:1.$i',
    '    - name: $snake',
    '      containerPort: $port',
    '      memory: "$sizeMi"',
    '  timeoutSeconds: $i',
    '',
    '# $words',
  ],
  json: [
    '{',
    '}',
    '  "$snake": "$str",',
    '  "$snake": $n,',
    '  "$snake": [$i, $i, $i],',
    '  "$snake": { "$snake": true },',
  ],
  shellscript: [
    'echo "$str $VERSION"',
    'if [ -z "$$CONST" ]; then',
    'fi',
    'for f in $snake/*.$snake; do',
    'done',
    'sleep $i',
    'export $CONST=$port',
    '',
    '# $words',
    'curl -sS --max-time $i "https://$path" -o /tmp/$snake',
  ],
  markdown: [
    '# $Type',
    '## $Type $Type',
    '$words.',
    '- $words',
    '',
    '```',
    'Run `$snake` to $words.',
    '| $snake | $snake |',
  ],
  css: [
    '.$snake { padding: $ipx; border-radius: $ipx; width: $npx; }',
    '.$snake-$snake {',
    '  margin: $i $ipx;',
    '  font-weight: $n;',
    '}',
    '',
  ],
};

const WORDS = ('the of to and a in is it you that he was for on are with as his they be at one have this from or had by word but ' +
  'what some we can out other were all there when up use your how said an each she which do their time if will way about many then ' +
  'them write would like so these her long make thing see him two has look more day could go come did number sound no most people my ' +
  'over know water than call first who may down side been now find any new work part take get place made live where after back little ' +
  'only round man year came show every good me give our under name very through just form sentence great think say help low line differ ' +
  'turn cause much mean before move right boy old too same tell does set three want air well also play small end put home read hand port ' +
  'large spell add even land here must big high such follow act why ask men change went light kind off need house picture try us again ' +
  'animal point mother world near build self earth father head stand own page should country found answer school grow study still learn ' +
  'user item order cache config client server request handler value result index buffer parse render load save update delete create').split(' ');

/** Realistic numbers in code: mostly small; some sizes, ports, widths and timeouts. */
const SIZES = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 65536];
const TIMEOUTS = [50, 100, 150, 200, 250, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 30000];
const PORTS = [80, 443, 3000, 3001, 5000, 5432, 6379, 8000, 8080, 8443, 9000, 9090, 27017];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}
function word(r: () => number): string {
  return pick(r, WORDS);
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function codeNumber(r: () => number): number {
  const x = r();
  if (x < 0.45) return Math.floor(r() * 10);
  if (x < 0.7) return 10 + Math.floor(r() * 90);
  if (x < 0.85) return 100 + Math.floor(r() * 900);
  return pick(r, [1000, 1024, 2048, 4096, 10000, 65535, 100000, 1000000]);
}

function fill(r: () => number, t: Template): string {
  return t.replace(/\$(id2|id|Type|snake|CONST|str|words|n|i|ms|port|size|path)/g, (_, slot: string) => {
    switch (slot) {
      case 'id': case 'id2': return word(r) + (r() < 0.6 ? cap(word(r)) : '');
      case 'Type': return cap(word(r)) + (r() < 0.6 ? cap(word(r)) : '');
      case 'snake': return word(r) + (r() < 0.5 ? '_' + word(r) : '');
      case 'CONST': return (word(r) + '_' + word(r)).toUpperCase();
      case 'str': return cap(word(r)) + ' ' + word(r) + (r() < 0.5 ? ' ' + word(r) : '');
      case 'words': {
        const k = 3 + Math.floor(r() * 9);
        const ws: string[] = [];
        for (let j = 0; j < k; j++) ws.push(word(r));
        return cap(ws.join(' '));
      }
      case 'n': return String(codeNumber(r));
      case 'i': return String(Math.floor(r() * 10));
      case 'ms': return String(pick(r, TIMEOUTS));
      case 'port': return String(pick(r, PORTS));
      case 'size': return String(pick(r, SIZES));
      default: return word(r) + '/' + word(r) + (r() < 0.4 ? '/' + word(r) : '');
    }
  });
}

/** Languages of the realistic document, by weight (roughly what a web team's repository holds). */
const LANGUAGE_WEIGHTS: readonly [string, number][] = [
  ['javascript', 18], ['typescript', 16], ['python', 15], ['go', 9], ['java', 8], ['csharp', 6], ['ruby', 5],
  ['php', 5], ['rust', 4], ['kotlin', 3], ['yaml', 4], ['json', 2], ['shellscript', 2], ['markdown', 2], ['css', 1],
];

export interface DocumentMix {
  description: string;
  ordinary: number;
  corpusMentions: number;
  corpusTraps: number;
  /** Lines that are not blank. */
  nonBlank: number;
  /** Lines where the bare regex \b[1-5]\d\d\b finds something. */
  bareCandidateLines: number;
  bareCandidates: number;
}

export interface MixedDocument {
  lines: string[];
  langs: string[];
  mix: DocumentMix;
}

function describe(lines: readonly string[], kinds: readonly number[], description: string): DocumentMix {
  let bareCandidateLines = 0;
  let bareCandidates = 0;
  const re = /\b[1-5]\d\d\b/g;
  for (const l of lines) {
    const k = (l.match(re) ?? []).length;
    bareCandidates += k;
    if (k) bareCandidateLines++;
  }
  return {
    description,
    ordinary: kinds.filter((k) => k === 0).length,
    corpusMentions: kinds.filter((k) => k === 1).length,
    corpusTraps: kinds.filter((k) => k === 2).length,
    nonBlank: lines.filter((l) => l.trim() !== '').length,
    bareCandidateLines,
    bareCandidates,
  };
}

/**
 * The 10,000-line mixed-language document (same every run): per-language blocks of ordinary code
 * with `corpusShare` of the lines drawn from the labelled corpus for that language (by default the
 * realistic share, calibrated on real handler files).
 */
export function generateMixedDocument(lineCount = 10_000, seed = 1234, corpusShare = realisticCorpusShare()): MixedDocument {
  const r = rng(seed);
  const corpus = generatorCorpus();
  const byLang = new Map<string, CorpusLine[]>();
  for (const row of corpus) {
    const list = byLang.get(row.lang) ?? [];
    list.push(row);
    byLang.set(row.lang, list);
  }
  const totalWeight = LANGUAGE_WEIGHTS.reduce((a, [, w]) => a + w, 0);
  const lines: string[] = [];
  const langs: string[] = [];
  const kinds: number[] = [];
  while (lines.length < lineCount) {
    let x = r() * totalWeight;
    let lang = 'javascript';
    for (const [l, w] of LANGUAGE_WEIGHTS) {
      if ((x -= w) < 0) {
        lang = l;
        break;
      }
    }
    const templates = ORDINARY[lang] ?? [];
    const rows = byLang.get(lang) ?? corpus;
    const block = 30 + Math.floor(r() * 170);
    for (let b = 0; b < block && lines.length < lineCount; b++) {
      if (r() < corpusShare) {
        const row = pick(r, rows);
        lines.push(row.line);
        langs.push(lang);
        kinds.push(row.expected.length ? 1 : 2);
      } else {
        lines.push(fill(r, pick(r, templates)));
        langs.push(lang);
        kinds.push(0);
      }
    }
  }
  const languages = LANGUAGE_WEIGHTS.map(([l]) => l).join(', ');
  return {
    lines,
    langs,
    mix: describe(lines, kinds, `${(corpusShare * 100).toFixed(1)}% corpus lines, the rest ordinary code, blocks of 30-200 lines in ${languages}`),
  };
}

/** The worst case: every line drawn from the labelled corpus (nearly all hold a status-like number). */
export function generateCorpusDocument(lineCount = 10_000, seed = 1234): MixedDocument {
  const r = rng(seed);
  const corpus = generatorCorpus();
  const lines: string[] = [];
  const langs: string[] = [];
  const kinds: number[] = [];
  for (let i = 0; i < lineCount; i++) {
    const row = pick(r, corpus);
    lines.push(row.line);
    langs.push(row.lang);
    kinds.push(row.expected.length ? 1 : 2);
  }
  return { lines, langs, mix: describe(lines, kinds, 'corpus only (worst case): every line from the labelled corpus') };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface DetectBenchResult {
  lines: number;
  mix: DocumentMix;
  /** Mentions the engine reports over the whole document. */
  mentions: number;
  /** Lines with at least one of them. */
  mentionLines: number;
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
  const lines = asExtensionHostLines(doc.lines);
  const langs = doc.langs;
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
  let mentions = 0;
  let mentionLines = 0;
  for (let i = 0; i < n; i++) {
    const k = findStatusMentions(lines[i] as string, langs[i] as string).length;
    mentions += k;
    if (k) mentionLines++;
  }
  return {
    lines: n,
    mix: doc.mix,
    mentions,
    mentionLines,
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
  const m = r.mix;
  const pc = (x: number): string => `${((100 * x) / m.nonBlank).toFixed(1)}%`;
  const h = MEASURED_DENSITY.handlerFiles;
  return [
    `detection on a ${k(r.lines)}-line mixed-language document: ${m.description}`,
    `  mix: ${k(m.ordinary)} ordinary code lines, ${k(m.corpusMentions)} corpus lines with mentions, ${k(m.corpusTraps)} corpus traps; ` +
      `bare regex candidates ${k(m.bareCandidates)} on ${k(m.bareCandidateLines)} lines; engine reports ${k(r.mentions)} mentions on ${k(r.mentionLines)} lines`,
    `  of non-blank lines: ${pc(m.bareCandidateLines)} hold a status-range number, ${pc(r.mentionLines)} a mention ` +
      `(real HTTP handler files: ${(h.statusNumberLines * 100).toFixed(1)}% and ${(h.mentionLines * 100).toFixed(1)}%)`,
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

function formatCorpusScore(name: string, file: string): string {
  const s = scoreCorpus(loadCorpus(file));
  return `  ${name.padEnd(34)} ${s.lines} lines (${s.traps} traps), ${s.expected} expected, ${s.found} found, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`;
}

export const BENCHES: Bench[] = [
  {
    name: 'corpora',
    run: () =>
      console.log(
        ['detection accuracy (code and span must match; targets precision >= 0.97, recall >= 0.93)',
          formatCorpusScore('our labelled corpus', CORPUS_PATH),
          formatCorpusScore('real lines from public repositories', REAL_WORLD_PATH),
          formatCorpusScore('real lines, second set (45 repos)', HELD_OUT_PATH),
          ...FRESH_SETS.map((set) => formatCorpusScore(`real lines, ${set.name}`, set.file))].join('\n'),
      ),
  },
  // the target applies to the realistic document (calibrated on real handler files); the denser
  // ones are printed beside it
  { name: 'detect', run: () => console.log(formatDetectBench(runDetectBench(generateMixedDocument()))) },
  { name: 'detect-dense', run: () => console.log(formatDetectBench(runDetectBench(generateMixedDocument(10_000, 1234, DENSE_CORPUS_SHARE)))) },
  { name: 'detect-corpus-only', run: () => console.log(formatDetectBench(runDetectBench(generateCorpusDocument()))) },
];

/**
 * Runs the benches whose name is `filter` (or contains it; all without a filter). Several run one
 * process each: V8 optimises the engine for the strings and code paths it has already met, so a
 * bench timed after another would inherit the other one's type feedback (the corpus scoring, for
 * one, feeds it strings of shapes the extension host never passes).
 */
export function runBenches(filter?: string): void {
  const exact = BENCHES.filter((b) => b.name === filter);
  const selected = exact.length ? exact : BENCHES.filter((b) => !filter || b.name.includes(filter));
  const only = selected[0];
  if (selected.length === 1 && only) {
    only.run();
    return;
  }
  for (const b of selected) {
    const r = spawnSync(process.execPath, [process.argv[1] ?? __filename, b.name], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}

// Run when started as out/bench/index.js or out/bench/bundle.js (a bundle that merely includes this
// module is also `require.main`, so the entry file's name decides).
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module && /bench[\\/](?:index|bundle)\.js$/.test(process.argv[1] ?? '')) {
  // `npm run bench -- files <dir>...` measures real source files instead of the generated documents
  if (process.argv[2] === 'files') console.log(formatFilesBench(process.argv.slice(3)));
  // `npm run bench -- probe [step]` looks for rules whose cost grows faster than the line (every labelled line: about a minute)
  else if (process.argv[2] === 'probe') console.log(formatProbe(runProbe(Number(process.argv[3] ?? 1) || 1)));
  // `npm run bench -- add-set <file> <name> <source> <first contact> <misses>` registers a set once its rules are written
  else if (process.argv[2] === 'add-set') {
    const [file, name, source, first, misses] = process.argv.slice(3);
    if (!file || !name || !source || !first || !misses) console.error('usage: npm run bench -- add-set <labelled file> <name, e.g. two-hundred-and-fifty-third> <how the repositories were found> <first-contact score> <what the misses were>');
    else console.log(addSet(file, name, source, first, misses));
  }
  // `npm run bench -- score <labelled file>...` scores any file in the corpus format, each miss and false positive listed
  else if (process.argv[2] === 'score') console.log(process.argv.slice(3).map((f) => `${f}\n${scoreDetail(scoreCorpus(loadCorpus(f)))}`).join('\n\n'));
  else runBenches(process.argv[2]);
}
