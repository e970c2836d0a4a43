// The catalog against its sources: the IANA registry (test/fixtures/iana-status-codes.csv),
// RFC 9110 rules that the data must respect, Node's http.STATUS_CODES, and content rules
// (completeness, no copy-pasted sentences). See docs/catalog-sources.md.
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { allStatuses, getStatus } from '../../src/core/catalog';
import type { HttpStatus } from '../../src/core/types';

interface IanaRow {
  readonly code: number;
  readonly name: string;
  readonly reference: string;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function readIana(): IanaRow[] {
  const file = path.resolve(process.cwd(), 'test/fixtures/iana-status-codes.csv');
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  assert.deepStrictEqual(parseCsvLine(lines[0] ?? ''), ['code', 'name', 'reference']);
  return lines.slice(1).map((l) => {
    const [code, name, reference] = parseCsvLine(l);
    return { code: Number(code), name: name ?? '', reference: reference ?? '' };
  });
}

/** "[RFC9110, Section 15.5.13]" → { rfc: 9110, section: '15.5.13' }; "[RFC6585]" → { rfc: 6585 }. */
function parseReference(reference: string): { rfc: number; section: string | undefined } {
  const m = /^\[RFC(\d+)(?:, Section ([0-9.]+))?\]/.exec(reference);
  assert.ok(m && m[1], `unparseable reference ${reference}`);
  return { rfc: Number(m[1]), section: m[2] };
}

const IANA = readIana();
const ALL = allStatuses();
const OFFICIAL = ALL.filter((s) => s.official);
const UNOFFICIAL = ALL.filter((s) => !s.official);

/** Codes we deliberately carry although IANA does not assign them. Keep in sync with docs/catalog-sources.md. */
const EXPECTED_UNOFFICIAL = [
  419, 420, 430, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523, 524, 525, 526,
  527, 529, 530, 561, 598, 599,
];

/**
 * Where Node's http.STATUS_CODES differs from the IANA registry (Node 20). `iana: null` means IANA does
 * not assign the code; `node: null` means Node does not list it. We follow IANA for names and keep
 * Node's wording as an alias. Keep in sync with docs/catalog-sources.md.
 */
const NODE_DIFFERENCES: readonly { code: number; node: string | null; iana: string | null }[] = [
  { code: 306, node: null, iana: '(Unused)' },
  { code: 413, node: 'Payload Too Large', iana: 'Content Too Large' },
  { code: 418, node: "I'm a Teapot", iana: '(Unused)' },
  { code: 422, node: 'Unprocessable Entity', iana: 'Unprocessable Content' },
  { code: 509, node: 'Bandwidth Limit Exceeded', iana: null },
  { code: 510, node: 'Not Extended', iana: 'Not Extended (OBSOLETED)' },
];

/** RFC 9110 §15.1 heuristically cacheable codes, plus 451 (RFC 7725 §3: "cacheable by default"). */
const CACHEABLE_BY_DEFAULT = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/** Official codes whose responses cannot carry content: all 1xx, 204, 205 (RFC 9110 §15.3.6), 304. */
function bodyForbidden(code: number): boolean {
  return (code >= 100 && code < 200) || code === 204 || code === 205 || code === 304;
}

function looseName(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").toLowerCase().trim();
}

function list(codes: readonly number[]): string {
  return codes.join(', ');
}

suite('catalog: IANA registry fixture', () => {
  test('fixture is well formed: unique three-digit codes in ascending order', () => {
    const codes = IANA.map((r) => r.code);
    assert.ok(codes.length >= 60, `only ${codes.length} rows`);
    for (const c of codes) assert.ok(Number.isInteger(c) && c >= 100 && c <= 599, `bad code ${c}`);
    assert.deepStrictEqual(codes, [...new Set(codes)].sort((a, b) => a - b));
  });

  for (const row of IANA) {
    test(`${row.code} ${row.name}: name and reference match`, () => {
      const s = getStatus(row.code);
      assert.ok(s, `${row.code} missing from the catalog`);
      assert.strictEqual(s.official, true, `${row.code} must be official`);
      assert.strictEqual(s.name, row.name);
      assert.ok(s.spec, `${row.code} has no spec`);
      const ref = parseReference(row.reference);
      assert.strictEqual(s.spec.rfc, ref.rfc, `${row.code}: RFC number`);
      if (ref.section !== undefined) assert.strictEqual(s.spec.section, ref.section, `${row.code}: section`);
    });
  }

  test('nothing official is missing or extra', () => {
    const ours = OFFICIAL.map((s) => s.code);
    const theirs = IANA.map((r) => r.code);
    assert.deepStrictEqual(
      { extra: ours.filter((c) => !theirs.includes(c)), missing: theirs.filter((c) => !ours.includes(c)) },
      { extra: [], missing: [] },
    );
  });
});

suite('catalog: Node http.STATUS_CODES cross-check', () => {
  test('the differences are exactly the documented ones', () => {
    const node = http.STATUS_CODES;
    const codes = new Set<number>([...Object.keys(node).map(Number), ...IANA.map((r) => r.code)]);
    const found: { code: number; node: string | null; iana: string | null }[] = [];
    for (const code of [...codes].sort((a, b) => a - b)) {
      const n = node[code] ?? null;
      const i = IANA.find((r) => r.code === code)?.name ?? null;
      if (n !== i) found.push({ code, node: n, iana: i });
    }
    assert.deepStrictEqual(found, NODE_DIFFERENCES);
  });

  test("every Node name is our name or one of our aliases", () => {
    const bad: string[] = [];
    for (const [code, name] of Object.entries(http.STATUS_CODES)) {
      if (!name) continue;
      const s = getStatus(Number(code));
      const ok = s && [s.name, ...s.aliases].some((n) => looseName(n) === looseName(name));
      if (!ok) bad.push(`${code} "${name}"`);
    }
    assert.deepStrictEqual(bad, []);
  });
});

suite('catalog: structure', () => {
  test('allStatuses is sorted by code with unique codes', () => {
    const codes = ALL.map((s) => s.code);
    assert.deepStrictEqual(codes, [...new Set(codes)].sort((a, b) => a - b));
  });

  test('every code is a three-digit integer in 100-599 and its category matches the first digit', () => {
    const byDigit: Record<string, string> = {
      '1': 'informational',
      '2': 'success',
      '3': 'redirection',
      '4': 'client-error',
      '5': 'server-error',
    };
    const bad = ALL.filter((s) => !Number.isInteger(s.code) || s.code < 100 || s.code > 599 || byDigit[String(s.code)[0] ?? ''] !== s.category);
    assert.deepStrictEqual(bad.map((s) => s.code), []);
  });

  test('official <=> spec defined <=> vendor undefined', () => {
    const bad = ALL.filter((s) => s.official !== (s.spec !== undefined) || s.official !== (s.vendor === undefined));
    assert.deepStrictEqual(bad.map((s) => s.code), []);
  });

  test('spec URLs have the form https://www.rfc-editor.org/rfc/rfc<N>#section-<S>', () => {
    const bad: string[] = [];
    for (const s of OFFICIAL) {
      if (!s.spec) continue;
      const want = `https://www.rfc-editor.org/rfc/rfc${s.spec.rfc}#section-${s.spec.section}`;
      if (s.spec.url !== want || !/^\d+(\.\d+)*$/.test(s.spec.section)) bad.push(`${s.code}: ${s.spec.url}`);
      for (const h of s.headers) {
        const hw = `https://www.rfc-editor.org/rfc/rfc${h.spec.rfc}#section-${h.spec.section}`;
        if (h.spec.url !== hw) bad.push(`${s.code} header ${h.name}: ${h.spec.url}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  test('related codes exist, are not the entry itself, are not repeated, and explain the difference', () => {
    const bad: string[] = [];
    for (const s of ALL) {
      const seen = new Set<number>();
      for (const r of s.related) {
        if (r.code === s.code) bad.push(`${s.code} relates to itself`);
        else if (!getStatus(r.code)) bad.push(`${s.code} -> ${r.code} does not exist`);
        if (seen.has(r.code)) bad.push(`${s.code} -> ${r.code} repeated`);
        seen.add(r.code);
        if (r.difference.trim() === '') bad.push(`${s.code} -> ${r.code} has no difference text`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  test('the expected unofficial codes are present, and nothing else is unofficial', () => {
    assert.deepStrictEqual(UNOFFICIAL.map((s) => s.code), EXPECTED_UNOFFICIAL);
  });

  test('unofficial entries name a vendor, and sources are https links', () => {
    const bad: string[] = [];
    for (const s of UNOFFICIAL) {
      if (!s.vendor || s.vendor.trim() === '') bad.push(`${s.code}: no vendor`);
      if (s.source && (!/^https:\/\//.test(s.source.url) || s.source.title.trim() === '')) bad.push(`${s.code}: bad source`);
    }
    assert.deepStrictEqual(bad, []);
  });
});

suite('catalog: getStatus edge cases', () => {
  const inputs: [string, unknown][] = [
    ['299 (unassigned)', 299],
    ['432 (unassigned)', 432],
    ['NaN', NaN],
    ['-1', -1],
    ['412.5', 412.5],
    ['Infinity', Infinity],
    ["'412' (a string)", '412'],
    ['1e9', 1e9],
    ['undefined', undefined],
    ['null', null],
  ];
  for (const [label, value] of inputs) {
    test(`getStatus(${label}) is undefined and does not throw`, () => {
      assert.strictEqual(getStatus(value as number), undefined);
    });
  }
});

suite('catalog: RFC 9110 rules', () => {
  function headerOf(s: HttpStatus | undefined, name: string) {
    return s?.headers.find((h) => h.name.toLowerCase() === name.toLowerCase());
  }

  const MUST_HEADERS: [number, string][] = [
    [401, 'WWW-Authenticate'],
    [405, 'Allow'],
    [407, 'Proxy-Authenticate'],
    [426, 'Upgrade'],
  ];
  for (const [code, name] of MUST_HEADERS) {
    test(`${code} lists ${name} as MUST`, () => {
      const h = headerOf(getStatus(code), name);
      assert.ok(h, `${code} has no ${name} header rule`);
      assert.strictEqual(h.requirement, 'MUST');
    });
  }

  const PRESENT_HEADERS: [number, string][] = [
    [201, 'Location'],
    [301, 'Location'],
    [302, 'Location'],
    [303, 'Location'],
    [307, 'Location'],
    [308, 'Location'],
    [206, 'Content-Range'],
    [416, 'Content-Range'],
    [429, 'Retry-After'],
    [503, 'Retry-After'],
  ];
  for (const [code, name] of PRESENT_HEADERS) {
    test(`${code} lists ${name}`, () => {
      assert.ok(headerOf(getStatus(code), name), `${code} has no ${name} header rule`);
    });
  }

  test('bodyAllowed is false exactly for 1xx, 204, 205 and 304 (unofficial entries: always true)', () => {
    const bad = ALL.filter((s) => s.bodyAllowed !== (s.official ? !bodyForbidden(s.code) : true));
    assert.deepStrictEqual(bad.map((s) => s.code), []);
  });

  test('cacheableByDefault is true exactly for RFC 9110 §15.1 codes plus 451', () => {
    assert.deepStrictEqual(
      ALL.filter((s) => s.cacheableByDefault).map((s) => s.code),
      CACHEABLE_BY_DEFAULT,
    );
  });
});

suite('catalog: content completeness', () => {
  // Minimums: official ≥3 causes, ≥2 visitor fixes, ≥3 developer fixes, ≥3 FAQ;
  // unofficial ≥2 causes, ≥1 visitor fix, ≥2 developer fixes, ≥3 FAQ.
  function problems(s: HttpStatus): string[] {
    const p: string[] = [];
    const min = s.official ? { causes: 3, visitors: 2, devs: 3, faq: 3 } : { causes: 2, visitors: 1, devs: 2, faq: 3 };
    const texts: [string, string][] = [
      ['name', s.name],
      ['summary', s.summary],
      ['meaning', s.meaning],
      ...s.causes.map((t, i): [string, string] => [`causes[${i}]`, t]),
      ...s.fixesForVisitors.map((t, i): [string, string] => [`fixesForVisitors[${i}]`, t]),
      ...s.fixesForDevelopers.map((t, i): [string, string] => [`fixesForDevelopers[${i}]`, t]),
      ...s.faq.flatMap((f, i): [string, string][] => [
        [`faq[${i}].question`, f.question],
        [`faq[${i}].answer`, f.answer],
      ]),
      ...s.headers.map((h, i): [string, string] => [`headers[${i}].note`, h.note]),
    ];
    for (const [field, text] of texts) {
      if (text.trim() === '') p.push(`${field} empty`);
      else if (/\bTODO\b/.test(text)) p.push(`${field} is TODO`);
    }
    if (s.causes.length < min.causes) p.push(`${s.causes.length} causes`);
    if (s.fixesForVisitors.length < min.visitors) p.push(`${s.fixesForVisitors.length} visitor fixes`);
    if (s.fixesForDevelopers.length < min.devs) p.push(`${s.fixesForDevelopers.length} developer fixes`);
    if (s.faq.length < min.faq) p.push(`${s.faq.length} FAQ entries`);
    if (s.related.length < 1) p.push('no related codes');
    return p;
  }

  test('unofficial entries are complete', () => {
    const bad = UNOFFICIAL.map((s) => ({ code: s.code, problems: problems(s) })).filter((x) => x.problems.length > 0);
    assert.deepStrictEqual(bad, []);
  });

  test('official entries are complete', () => {
    const bad = OFFICIAL.map((s) => ({ code: s.code, problems: problems(s) })).filter((x) => x.problems.length > 0);
    assert.deepStrictEqual(bad, [], `incomplete official entries: ${list(bad.map((b) => b.code))}`);
  });

  test('no sentence is repeated across different codes', () => {
    // Sentences from summaries, causes, fixes and FAQ questions and answers, normalised for case and
    // whitespace. Sentences under four words ("No.", "Yes, usually.") are too generic to count.
    const owners = new Map<string, Set<number>>();
    for (const s of ALL) {
      const texts = [s.summary, ...s.causes, ...s.fixesForVisitors, ...s.fixesForDevelopers, ...s.faq.flatMap((f) => [f.question, f.answer])];
      for (const text of texts) {
        for (const raw of text.split(/(?<=[.!?])\s+/)) {
          const sentence = raw.replace(/\s+/g, ' ').trim().toLowerCase();
          if (sentence.split(' ').length < 4 || /\bTODO\b/i.test(sentence)) continue;
          const set = owners.get(sentence) ?? new Set<number>();
          set.add(s.code);
          owners.set(sentence, set);
        }
      }
    }
    const dups = [...owners].filter(([, codes]) => codes.size > 1).map(([sentence, codes]) => `${[...codes].join('/')}: "${sentence}"`);
    assert.deepStrictEqual(dups, []);
  });
});
