// Free-text search over the catalog: codes ("412", "41", "4xx"), names, constant spellings
// ("PRECONDITION_FAILED", "precondition-failed", "PreconditionFailed"), aliases and, with a lower
// weight, the explanation text. Pure TypeScript: no Node-only APIs, no `vscode`.
//
// Contract:
// - Never throws. Anything that is not a string gives []; an empty or whitespace-only query
//   gives every status in code order (handy for pickers); a query with no letters or digits
//   left after normalising (e.g. "!!!") gives [].
// - Only the first MAX_QUERY_CHARS characters and MAX_WORDS words of a query are read, so a
//   huge input costs no more than a short one.
// - Ranking, best first: exact code > code prefix ("41") > class ("4xx") > name exact >
//   name prefix > alias exact > alias prefix > every word found (name words weigh most, then
//   aliases, then the summary, then any other text). Ties: official before unofficial, then code.
import type { HttpStatus } from './types';
import { allStatuses } from './catalog';

const MAX_QUERY_CHARS = 256;
const MAX_WORDS = 12;

const TIER_CODE_EXACT = 1000;
const TIER_CODE_PREFIX = 900;
const TIER_CLASS = 800;
const TIER_NAME_EXACT = 700;
const TIER_NAME_PREFIX = 600;
const TIER_ALIAS_EXACT = 550;
const TIER_ALIAS_PREFIX = 500;
const TIER_WORDS = 100; // plus the mean field weight of the words, below 200

const WEIGHT_CODE = 60;
const WEIGHT_NAME = 50;
const WEIGHT_ALIAS = 40;
const WEIGHT_SUMMARY = 20;
const WEIGHT_OTHER = 10;

/** Words that often lead a constant name (HTTP_..., SC_..., STATUS_...) and carry no meaning. */
const NOISE_WORDS: ReadonlySet<string> = new Set(['http', 'https', 'status', 'statuses', 'sc', 'code', 'codes', 'response']);

/**
 * Words people type for a status that are not names of it (the catalog's `aliases` hold the former
 * names, such as "Payload Too Large"). They rank like aliases.
 */
const SEARCH_SYNONYMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [418, ['Teapot']],
  [429, ['Rate Limit', 'Rate Limited', 'Rate Limiting', 'Throttled', 'Throttling']],
];

export interface IndexedStatus {
  readonly status: HttpStatus;
  readonly codeText: string;
  readonly nameCompact: string;
  readonly aliasCompacts: readonly string[];
  readonly nameWords: readonly string[];
  readonly aliasWords: readonly string[];
  readonly summaryWords: readonly string[];
  readonly otherWords: readonly string[];
}

interface QueryVariant {
  readonly compact: string;
  readonly words: readonly string[];
}

let defaultSearch: ((query: string) => HttpStatus[]) | undefined;

/** Lower-case words of `text`; also the parts of camelCase words, so "ETag" gives "etag", "e", "tag". */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  const plain = text.toLowerCase().split(/[^a-z0-9]+/);
  for (const w of plain) if (w) out.push(w);
  const split = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const w of split) if (w) out.push(w);
  return out;
}

function compactOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function uniqueSorted(words: Iterable<string>): string[] {
  return [...new Set(words)].sort();
}

function buildEntry(status: HttpStatus, extraAliases: readonly string[]): IndexedStatus {
  const aliases = [...status.aliases, ...extraAliases];
  const other: string[] = [status.meaning];
  other.push(...status.causes, ...status.fixesForVisitors, ...status.fixesForDevelopers);
  for (const f of status.faq) other.push(f.question, f.answer);
  for (const h of status.headers) other.push(h.name, h.note);
  for (const r of status.related) other.push(r.difference);
  if (status.faultNote) other.push(status.faultNote);
  if (status.vendor) other.push(status.vendor);
  return {
    status,
    codeText: String(status.code),
    nameCompact: compactOf(status.name),
    aliasCompacts: aliases.map(compactOf).filter((a) => a.length > 0),
    nameWords: uniqueSorted(wordsOf(status.name)),
    aliasWords: uniqueSorted(aliases.flatMap(wordsOf)),
    summaryWords: uniqueSorted(wordsOf(status.summary)),
    otherWords: uniqueSorted(other.flatMap(wordsOf)),
  };
}

/** Builds the normalised index over `entries` (exported for tests; `searchStatuses` uses the catalog). */
export function buildSearchIndex(entries: readonly HttpStatus[]): readonly IndexedStatus[] {
  const extra = new Map<number, readonly string[]>(SEARCH_SYNONYMS);
  return entries.map((s) => buildEntry(s, extra.get(s.code) ?? []));
}


/** True when some word in the sorted list `words` starts with `prefix`. */
function hasWordWithPrefix(words: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const w = words[lo];
  return w !== undefined && w.startsWith(prefix);
}

function classPrefix(word: string): string | undefined {
  const m = /^([1-5]\d?)(?:x{1,2}|\*{1,2})$/.exec(word);
  if (!m || !m[1]) return undefined;
  return m[0].length === 3 ? m[1] : undefined;
}

function wordWeight(entry: IndexedStatus, word: string): number {
  if (/^\d+$/.test(word)) {
    if (word.length <= 3 && entry.codeText.startsWith(word)) return WEIGHT_CODE;
  } else {
    const cls = classPrefix(word);
    if (cls !== undefined && entry.codeText.startsWith(cls)) return WEIGHT_CODE;
  }
  if (hasWordWithPrefix(entry.nameWords, word)) return WEIGHT_NAME;
  if (hasWordWithPrefix(entry.aliasWords, word)) return WEIGHT_ALIAS;
  if (hasWordWithPrefix(entry.summaryWords, word)) return WEIGHT_SUMMARY;
  if (hasWordWithPrefix(entry.otherWords, word)) return WEIGHT_OTHER;
  return 0;
}

function scoreVariant(entry: IndexedStatus, q: QueryVariant): number {
  const { compact, words } = q;
  if (compact.length === 0) return 0;
  if (/^\d{1,3}$/.test(compact) && words.length === 1) {
    if (entry.codeText === compact) return TIER_CODE_EXACT;
    if (entry.codeText.startsWith(compact)) return TIER_CODE_PREFIX;
  }
  if (words.length === 1) {
    const cls = classPrefix(words[0] as string);
    if (cls !== undefined) return entry.codeText.startsWith(cls) ? TIER_CLASS : 0;
  }
  // A code anywhere in a constant spelling: HTTP_412_PRECONDITION_FAILED.
  if (words.length > 1 && words.includes(entry.codeText)) return TIER_CODE_EXACT - 1;
  if (entry.nameCompact === compact) return TIER_NAME_EXACT;
  if (entry.nameCompact.startsWith(compact)) return TIER_NAME_PREFIX;
  let aliasTier = 0;
  for (const a of entry.aliasCompacts) {
    if (a === compact) return TIER_ALIAS_EXACT;
    if (a.startsWith(compact)) aliasTier = TIER_ALIAS_PREFIX;
  }
  if (aliasTier) return aliasTier;
  let total = 0;
  let counted = 0;
  for (const word of words) {
    const w = wordWeight(entry, word);
    if (w === 0) {
      if (NOISE_WORDS.has(word)) continue; // optional filler such as "http" or "status"
      return 0;
    }
    total += w;
    counted++;
  }
  if (counted === 0) return 0;
  return TIER_WORDS + total / counted;
}

function variantsOf(query: string): QueryVariant[] {
  const seen = new Set<string>();
  const out: QueryVariant[] = [];
  const add = (words: string[]): void => {
    const limited = words.slice(0, MAX_WORDS);
    const key = limited.join(' ');
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ compact: limited.join(''), words: limited });
  };
  const plain = query.toLowerCase().split(/[^a-z0-9*]+/).filter(Boolean);
  const split = query
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean);
  for (const words of [plain, split]) {
    add(words);
    let start = 0;
    while (start < words.length - 1 && NOISE_WORDS.has(words[start] as string)) start++;
    if (start > 0) add(words.slice(start));
  }
  // "*" only has a meaning inside a class such as "4**"; elsewhere it is dropped.
  return out.map((v) => {
    if (v.words.length === 1 && classPrefix(v.words[0] as string) !== undefined) return v;
    const words = v.words.map((w) => w.replace(/\*/g, '')).filter(Boolean);
    return { compact: words.join(''), words };
  });
}

/**
 * A search function over `entries` (the index is built once, here). Exported so tests can rank a
 * small hand-made catalog; the extension uses `searchStatuses`.
 */
export function createSearcher(entries: readonly HttpStatus[]): (query: string) => HttpStatus[] {
  const indexed = buildSearchIndex(entries);
  return (query: string): HttpStatus[] => {
    try {
      if (typeof query !== 'string') return [];
      const text = query.slice(0, MAX_QUERY_CHARS);
      if (text.trim() === '') return [...indexed].map((e) => e.status).sort((a, b) => a.code - b.code);
      const variants = variantsOf(text).filter((v) => v.compact.length > 0);
      if (variants.length === 0) return [];
      const hits: { status: HttpStatus; score: number }[] = [];
      for (const entry of indexed) {
        let best = 0;
        for (const v of variants) {
          const s = scoreVariant(entry, v);
          if (s > best) best = s;
        }
        if (best > 0) hits.push({ status: entry.status, score: best });
      }
      hits.sort(
        (a, b) =>
          b.score - a.score ||
          Number(b.status.official) - Number(a.status.official) ||
          a.status.code - b.status.code,
      );
      return hits.map((h) => h.status);
    } catch {
      return [];
    }
  };
}

/**
 * Statuses in the catalog matching `query`, best first. See the contract at the top of this file.
 * The index is built lazily on the first call.
 */
export function searchStatuses(query: string): HttpStatus[] {
  try {
    if (!defaultSearch) defaultSearch = createSearcher(allStatuses());
    return defaultSearch(query);
  } catch {
    return [];
  }
}
