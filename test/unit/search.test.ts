import * as assert from 'assert';
import { createSearcher, searchStatuses } from '../../src/core/search';
import { allStatuses } from '../../src/core/catalog';
import type { HttpStatus } from '../../src/core/types';

function codes(query: string): number[] {
  return searchStatuses(query).map((s) => s.code);
}

function first(query: string): number | undefined {
  return codes(query)[0];
}

suite('search: codes and classes', () => {
  test('"412" puts 412 first', () => {
    assert.strictEqual(first('412'), 412);
  });

  test('"  499 " trims and finds 499', () => {
    assert.strictEqual(first('  499 '), 499);
  });

  test('"41" lists every code starting with 41 first, in code order', () => {
    const want = allStatuses()
      .filter((s) => String(s.code).startsWith('41'))
      .map((s) => s.code);
    assert.ok(want.length >= 9);
    assert.deepStrictEqual(codes('41').slice(0, want.length), want);
  });

  for (const [q, digit] of [
    ['4xx', '4'],
    ['5XX', '5'],
    ['2**', '2'],
  ] as const) {
    test(`"${q}" returns exactly the ${digit}xx codes, official first`, () => {
      const got = searchStatuses(q);
      const want = allStatuses().filter((s) => String(s.code)[0] === digit);
      assert.strictEqual(got.length, want.length);
      assert.ok(got.every((s) => String(s.code)[0] === digit));
      const firstUnofficial = got.findIndex((s) => !s.official);
      if (firstUnofficial >= 0) assert.ok(got.slice(firstUnofficial).every((s) => !s.official));
    });
  }

  test('"52x" narrows to 520-529', () => {
    const got = codes('52x');
    assert.ok(got.length > 0);
    assert.ok(got.every((c) => c >= 520 && c <= 529));
  });
});

suite('search: names, constants and aliases', () => {
  test('"precondition" returns 412 then 428 first', () => {
    assert.deepStrictEqual(codes('precondition').slice(0, 2), [412, 428]);
  });

  for (const q of ['PRECONDITION_FAILED', 'precondition-failed', 'PreconditionFailed', 'preconditionFailed', 'Precondition Failed', 'HTTP_PRECONDITION_FAILED', 'SC_PRECONDITION_FAILED', 'HTTP_412_PRECONDITION_FAILED']) {
    test(`constant spelling "${q}" finds 412 first`, () => {
      assert.strictEqual(first(q), 412);
    });
  }

  for (const [q, code] of [
    ['payload too large', 413],
    ['unprocessable entity', 422],
    ['moved temporarily', 302],
    ['teapot', 418],
    ['rate limit', 429],
    ['too many', 429],
    ['TOO_MANY_REQUESTS', 429],
    ['not found', 404],
    ['internal server error', 500],
    ['gateway timeout', 504],
    ['client closed request', 499],
    ['page expired', 419],
    ['enhance your calm', 420],
    ['web server is down', 521],
  ] as const) {
    test(`"${q}" puts ${code} first`, () => {
      assert.strictEqual(first(q), code);
    });
  }

  test('official beats unofficial on a tie ("unauthorized": 401 before 561)', () => {
    const got = codes('unauthorized');
    assert.ok(got.indexOf(401) >= 0 && got.indexOf(561) > got.indexOf(401));
  });

  test('multi-word queries need every word ("precondition zebra" finds nothing)', () => {
    assert.deepStrictEqual(codes('precondition zebra'), []);
  });

  test('text matches rank below name matches ("railgun": 527 by name, nothing unrelated first)', () => {
    assert.strictEqual(first('railgun'), 527);
  });
});

suite('search: ranking tiers on a hand-made catalog', () => {
  function entry(code: number, name: string, extra: Partial<HttpStatus> = {}): HttpStatus {
    return {
      code,
      name,
      aliases: [],
      category: 'client-error',
      fault: 'client',
      summary: '',
      meaning: '',
      causes: [],
      fixesForVisitors: [],
      fixesForDevelopers: [],
      faq: [],
      spec: undefined,
      headers: [],
      bodyAllowed: true,
      cacheableByDefault: false,
      related: [],
      official: true,
      vendor: undefined,
      ...extra,
    };
  }
  const search = createSearcher([
    entry(401, 'Alpha Beta', { meaning: 'Mentions the etag validator.' }),
    entry(402, 'Gamma', { summary: 'About an etag mismatch.' }),
    entry(403, 'Etag Problems'),
    entry(404, 'Delta', { aliases: ['Etag Alias'] }),
    entry(405, 'Epsilon', { causes: ['An ETag was stale.'] }),
    entry(406, 'Etag Problems', { official: false, vendor: 'Someone' }),
  ]);

  test('name > alias > summary > other text, official before unofficial on ties, then code', () => {
    assert.deepStrictEqual(
      search('etag').map((s) => s.code),
      [403, 406, 404, 402, 401, 405],
    );
  });

  test('"etag" text matches are found in meaning, causes and summary', () => {
    const got = search('etag').map((s) => s.code);
    for (const c of [401, 402, 405]) assert.ok(got.includes(c), `${c} missing`);
  });
});

suite('search: bad input never throws', () => {
  const inputs: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 412],
    ['an object', { toString: () => '412' }],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate mixed in', 'pre\uDC00condition'],
    ['emoji', '🙂 412'],
    ['a 1 MB string', 'a'.repeat(1024 * 1024)],
    ['a 1 MB string of spaces and words', 'not found '.repeat(100_000)],
    ['only punctuation', '!!!---___'],
    ['NUL bytes', '\u0000412\u0000'],
  ];
  for (const [label, value] of inputs) {
    test(`${label}`, () => {
      const got = searchStatuses(value as string);
      assert.ok(Array.isArray(got));
    });
  }

  test('non-strings give []', () => {
    assert.deepStrictEqual(searchStatuses(null as unknown as string), []);
    assert.deepStrictEqual(searchStatuses(412 as unknown as string), []);
  });

  test('empty or whitespace query gives every status in code order', () => {
    const all = allStatuses().map((s) => s.code);
    assert.deepStrictEqual(codes(''), all);
    assert.deepStrictEqual(codes('   \t\n'), all);
  });

  test('a query with nothing searchable gives []', () => {
    assert.deepStrictEqual(codes('!!!'), []);
  });

  test('a 1 MB query is fast', () => {
    const t0 = Date.now();
    searchStatuses('x'.repeat(1024 * 1024));
    assert.ok(Date.now() - t0 < 500);
  });
});
