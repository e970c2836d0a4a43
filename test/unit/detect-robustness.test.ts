import * as assert from 'assert';
import { rng } from '../../bench/index'; // deterministic PRNG, so failures reproduce
import { bestOf } from '../../bench/timing';
import { findStatusMentions, findStatusMentionAt } from '../../src/core';


const LANGS = ['javascript', 'python', 'go', 'ruby', 'php', 'yaml', 'markdown', 'plaintext', 'shellscript', 'nginx', 'rust', 'csharp', 'whatever'];

function check(line: string, lang: string): void {
  const all = findStatusMentions(line, lang);
  const any = findStatusMentions(line, lang, { mode: 'anyNumber' });
  for (const list of [all, any]) {
    let last = -1;
    for (const m of list) {
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end && m.end <= line.length);
      assert.ok(m.start >= last, 'sorted, no overlap');
      last = m.end;
    }
  }
  // the hover path agrees at a few positions
  for (const m of all) assert.deepStrictEqual(findStatusMentionAt(line, lang, m.start), m);
}

/** Median time of `runs` calls of f, in ms. */
function time(f: () => void, runs = 5): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    f();
    t.push(performance.now() - a);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(runs / 2)] ?? 0;
}

/**
 * Asserts the work for 4N is roughly 4x the work for N (generous: < 12x plus a small constant). First a
 * quick check: one call on 4N (noise only makes it slower) against the fastest of three on N (the least
 * disturbed). When it fails, the medians of five calls each decide, as before; most inputs pass the quick
 * check, which keeps the suite fast.
 */
function assertLinear(make: (n: number) => string, n: number, lang = 'javascript'): void {
  const small = make(n);
  const big = make(4 * n);
  findStatusMentions(small, lang); // warm up
  const quick = bestOf(3, () => findStatusMentions(small, lang));
  if (bestOf(1, () => findStatusMentions(big, lang)) <= 12 * quick + 25) return;
  findStatusMentions(big, lang);
  const ts = time(() => findStatusMentions(small, lang));
  const tb = time(() => findStatusMentions(big, lang));
  assert.ok(tb <= 12 * ts + 25, `not linear: ${ts.toFixed(2)}ms for ${small.length} chars, ${tb.toFixed(2)}ms for ${big.length}`);
}

suite('detect: robustness', () => {
  test('random printable strings with HTTP-ish tokens never throw', () => {
    const r = rng(42);
    const atoms = ['404', '200', '500', ' ', '(', ')', '[', ']', '{', '}', ',', ':', '=', '==', '"', "'", '.', '::', 'status', 'code', 'res', 'HTTPStatus', 'NOT_FOUND', 'http', 'StatusOK', 'HTTP/1.1 ', ':not_found', 'head ', 'return ', 'error_page ', '-eq ', 'case ', '\t', '\r', '😀', '1,', '.5', '#', '-', '/', 'x'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const len = Math.floor(r() * 40);
      for (let k = 0; k < len; k++) s += atoms[Math.floor(r() * atoms.length)];
      check(s, LANGS[i % LANGS.length] ?? '');
    }
  });

  test('binary junk and lone surrogates never throw', () => {
    const r = rng(7);
    for (let i = 0; i < 500; i++) {
      let s = '';
      const len = Math.floor(r() * 200);
      for (let k = 0; k < len; k++) s += String.fromCharCode(Math.floor(r() * 0x10000));
      check(s, LANGS[i % LANGS.length] ?? '');
    }
    check('\ud800404\udc00 res.status(\ud83d404)', 'javascript');
    check('\u0000\u0001HTTP/1.1 404\u0000', 'http');
    check('\ufeffres.status(404)', 'javascript');
  });

  test('weird inputs: empty, non-string language, huge numbers', () => {
    assert.deepStrictEqual(findStatusMentions('', 'javascript'), []);
    assert.deepStrictEqual(findStatusMentions('res.status(404)', undefined as unknown as string).length, 1);
    assert.deepStrictEqual(findStatusMentions('9'.repeat(10000), 'javascript', { mode: 'anyNumber' }), []);
  });

  test('a 1 MB minified line: full scan finishes, hover stays fast', () => {
    const unit = 'function(a){return a.status(404)},x=[1,2,3],w=200,t=setTimeout(f,500);';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const all = findStatusMentions(line, 'javascript');
    const full = performance.now() - t0;
    assert.ok(all.length > 10000);
    assert.ok(full < 5000, `full scan ${full.toFixed(0)}ms`);
    const t1 = performance.now();
    let hits = 0;
    for (let c = 500_000; c < 500_000 + 2000; c++) if (findStatusMentionAt(line, 'javascript', c)) hits++;
    const per = (performance.now() - t1) / 2000;
    assert.ok(hits > 0);
    assert.ok(per < 1, `hover ${per.toFixed(3)}ms per call`);
  });

  test('deeply nested brackets', () => {
    const deep = '('.repeat(50000) + 'res.status(404)' + ')'.repeat(50000);
    const ms = findStatusMentions(deep, 'javascript');
    assert.strictEqual(ms.length, 1);
    assertLinear((n) => '['.repeat(n) + '404, 500' + ']'.repeat(n), 20000);
    assertLinear((n) => '{"a":'.repeat(n) + '"status": 404' + '}'.repeat(n), 10000, 'json');
  });

  test('inputs built to trigger backtracking grow linearly', () => {
    assertLinear((n) => ' '.repeat(n) + '404', 50000);
    assertLinear((n) => 'a.'.repeat(n) + 'StatusOK', 20000, 'go');
    assertLinear((n) => '404 '.repeat(n), 10000, 'nginx');
    assertLinear((n) => '404,'.repeat(n), 10000);
    assertLinear((n) => 'HTTP/1.1 '.repeat(n) + '200', 10000, 'http');
    assertLinear((n) => 'status: '.repeat(n) + ':not_found', 10000, 'ruby');
    assertLinear((n) => 'GET /' + 'x'.repeat(n) + ' 200', 50000, 'plaintext');
    assertLinear((n) => 'return '.repeat(n) + 'a, 404', 10000, 'python');
    assertLinear((n) => ('res.status(404) ' + '-'.repeat(30)).repeat(n), 2000);
    assertLinear((n) => '"'.repeat(n) + '404', 20000);
    assertLinear((n) => 'HTTP_404_'.repeat(n), 10000, 'python');
    // prose, comment, string and list rules (each reads a bounded window around its number)
    assertLinear((n) => '// ' + 'the request returns 404 and 500 '.repeat(n), 2000);
    assertLinear((n) => 'x = 1 ' + ' '.repeat(n) + '# 200 ' + 'a'.repeat(n), 20000, 'python');
    assertLinear((n) => "c.text('a 404 b', 404) ".repeat(n), 2000, 'typescript');
    assertLinear((n) => '/status/' + '204,'.repeat(n) + '500', 5000);
    assertLinear((n) => 'StatusNotFound HTTP_BAD_METHOD '.repeat(n), 5000, 'go');
    assertLinear((n) => 'x'.repeat(n) + ' 404 ' + 'y'.repeat(n), 50000, 'markdown');
    assertLinear((n) => "[301u16, 302, 303] 409 | 422) ".repeat(n), 2000, 'rust');
    assertLinear((n) => 'status = ok ? :created : :accepted '.repeat(n), 2000, 'ruby');
  });

  test('inputs built against the rules added for real lines met later grow linearly', () => {
    // Swift members, ternaries in calls, logs, tables, lint directives
    assertLinear((n) => 'XCTAssertEqual(res.status, .notFound) '.repeat(n), 2000, 'swift');
    assertLinear((n) => 'status: '.repeat(n) + '.ok', 10000, 'swift');
    assertLinear((n) => 'f(a ? '.repeat(n) + '404 : 500)', 10000, 'javascript');
    assertLinear((n) => '0.1 0.2 0.3 200 200 '.repeat(n) + '"GET / HTTP/1.1"', 5000, 'plaintext');
    assertLinear((n) => '| GET | 301 | 302 '.repeat(n) + '|', 5000, 'markdown');
    assertLinear((n) => '-- luacheck: ignore 431 QUIT '.repeat(n), 5000, 'lua');
    assertLinear((n) => "{ value: 404, label: '404 - Not Found' } ".repeat(n), 2000, 'typescript');
    assertLinear((n) => '@Success ' + 'x 404 '.repeat(n), 10000, 'go');
    assertLinear((n) => '[' + '200, '.repeat(n) + '404].each { |status| }', 10000, 'ruby');
    assertLinear((n) => '(' + '200|'.repeat(n) + '404)', 10000, 'php');
  });

  test('inputs built against the rules of the fourth session grow linearly', () => {
    assertLinear((n) => '// ' + '//404 # 409 '.repeat(n), 5000, 'python');
    assertLinear((n) => '// ' + '301/'.repeat(n) + '5xx', 10000, 'go');
    assertLinear((n) => 'report_error "' + '#{a}#'.repeat(n) + '", :not_found', 10000, 'ruby');
    assertLinear((n) => '{:error, '.repeat(n) + '409, h}', 10000, 'elixir');
    assertLinear((n) => 'proxy_next_upstream ' + 'http_502 '.repeat(n), 10000, 'nginx');
    assertLinear((n) => 'http_'.repeat(n) + '502', 10000, 'markdown');
    assertLinear((n) => 'codes ' + '201-'.repeat(n) + '204', 10000, 'markdown');
    assertLinear((n) => 'k404NotFound '.repeat(n), 10000, 'cpp');
    assertLinear((n) => '// ' + 'got a 429 despite '.repeat(n), 5000, 'go');
    assertLinear((n) => '// ' + '401s and 404s '.repeat(n), 5000, 'go');
    assertLinear((n) => 'x = json.dumps(' + '('.repeat(n) + '), 404', 10000, 'python');
    assertLinear((n) => 'f(' + 'a.'.repeat(n) + 'STATUS, "404")', 10000, 'java');
    assertLinear((n) => '# ' + 'http://x/y 200 '.repeat(n), 5000, 'python');
    assertLinear((n) => '"' + '返回404'.repeat(n) + '"', 5000, 'typescript');
    assertLinear((n) => '| ' + 'FooException | '.repeat(n) + '400 |', 5000, 'markdown');
    assertLinear((n) => 'f("' + 'a, '.repeat(n) + '", 400)', 10000, 'typescript');
    assertLinear((n) => '"GET /x?' + '200 '.repeat(n) + 'HTTP/1.1"', 10000, 'cpp');
  });

  test('inputs built against the rules of the seventh session grow linearly', () => {
    assertLinear((n) => '@app.get("/", responses={' + '200: {"m": 1}, '.repeat(n) + '})', 5000, 'python');
    assertLinear((n) => 'f(' + '":status", "200", '.repeat(n) + ')', 5000, 'java');
    assertLinear((n) => 'x ' + '200, reasonPhrase: "OK", '.repeat(n), 5000, 'swift');
    assertLinear((n) => '<tr>' + '<td>404</td><td>Not found</td>'.repeat(n) + '</tr>', 5000, 'html');
    assertLinear((n) => 's' + '[404] = "error"; s'.repeat(n), 5000, 'csharp');
    assertLinear((n) => '(' + '"http://a/", 503, None, '.repeat(n) + ')', 5000, 'python');
    assertLinear((n) => 'turn on ' + '452,406 '.repeat(n), 10000, 'plaintext');
    assertLinear((n) => '504 => ' + "'(+504)' ".repeat(n), 5000, 'php');
    assertLinear((n) => '500 | '.repeat(n) + '=> Self::ServerError', 5000, 'rust');
    assertLinear((n) => 'XX(' + '400, BAD_REQUEST, '.repeat(n) + ')', 5000, 'c');
    assertLinear((n) => 'status(' + 'NOT_FOUND, '.repeat(n) + ')', 5000, 'java');
    assertLinear((n) => '- ' + 'a -> '.repeat(n) + '**200**', 5000, 'markdown');
    assertLinear((n) => 'return {' + '404, "File not found.", '.repeat(n) + '};', 5000, 'cpp');
  });

  test('inputs built against the rules of the eighth session grow linearly (error text, test names, class bounds, bodies, pages)', () => {
    assertLinear((n) => 'if (' + "e.message?.contains('401') || ".repeat(n) + 'x) {', 5000, 'dart');
    assertLinear((n) => 'fun `' + 'should return 404 when '.repeat(n) + '`() {', 5000, 'kotlin');
    assertLinear((n) => 'const HTTP_' + 'SERVER_ERROR_'.repeat(n) + 'MIN = 500', 5000, 'javascript');
    assertLinear((n) => 'f(' + '200, "<html>", '.repeat(n) + ')', 5000, 'groovy');
    assertLinear((n) => 'new Page(' + 'url, 200, headers, '.repeat(n) + ')', 5000, 'java');
    assertLinear((n) => 'x = ' + 'Status500InternalServerError + HTTP_CODE_OK + '.repeat(n) + '1', 5000, 'csharp');
    assertLinear((n) => 'res.send(' + '404);res.send('.repeat(n) + '200);', 5000, 'javascript');
    assertLinear((n) => '# serve ' + '404.php and serve '.repeat(n) + '404.html', 5000, 'plaintext');
    assertLinear((n) => 'see ' + 'https://http.cat/401 and the-451-status-code '.repeat(n), 5000, 'markdown');
  });

  test('inputs built against the rules of the eighth session grow linearly (keys, tuples, lists, exceptions, apidoc)', () => {
    assertLinear((n) => '{ ' + 'code: :bad_request, '.repeat(n) + '}', 5000, 'ruby');
    assertLinear((n) => '    a=b' + ')'.repeat(n) + ', 404', 10000, 'python');
    assertLinear((n) => 'over ' + '200 page views, '.repeat(n), 2500, 'markdown');
    assertLinear((n) => 'throw ' + 'AppException(500, "x") + '.repeat(n) + '1', 5000, 'kotlin');
    assertLinear((n) => '[' + '200, 301, 404, '.repeat(n) + '500]', 1500, 'python');
    assertLinear((n) => '(' + '"200", "301", "404", '.repeat(n) + '"500")', 1500, 'python');
    assertLinear((n) => ' * @apiErrorExample {json} ' + 'Error '.repeat(n) + '-404:', 5000, 'javascript');
    assertLinear((n) => '"""' + '.format(e)'.repeat(n) + ', 500', 5000, 'python');
    assertLinear((n) => 'return 404, ' + 'throw(:response, [401, '.repeat(n) + '1', 5000, 'ruby');
  });

  test('inputs built against the rules of the eighth session grow linearly (Rack, switches, shell tests, actix helpers, swagger keys)', () => {
    assertLinear((n) => 'case 100: return "' + 'Continue '.repeat(n) + '";', 5000, 'java');
    assertLinear((n) => 'STATUS' + '_STATUS'.repeat(n) + '_TTL = 300', 5000, 'python');
    assertLinear((n) => 'if [ ' + '"$x_response" = "200" ] || [ '.repeat(n) + '1 ]', 5000, 'shellscript');
    assertLinear((n) => '{ ' + "'200-299': 1, '404': 1, ".repeat(n) + '}', 5000, 'typescript');
    assertLinear((n) => '    a=b), 404' + ' '.repeat(n * 20), 5000, 'python');
    assertLinear((n) => 'x(' + 'actix_web::error::ErrorBadRequest(e), ErrorNotFound(e), '.repeat(n) + ')', 5000, 'rust');
    assertLinear((n) => '//' + ' '.repeat(n) + "'200':", 5000, 'go');
    assertLinear((n) => 'StatusCreated' + ' '.repeat(n) + '= "created"', 5000, 'go');
  });

  test('inputs built against the rules of the ninth session grow linearly (keys numbered elsewhere, classes, ranges, results)', () => {
    // each accepted literal looks for its key elsewhere on the line: unique keys must not make that quadratic
    assertLinear((n) => '{ ' + Array.from({ length: n }, (_, i) => `status${i}: 404, `).join('') + '}', 1500, 'javascript');
    assertLinear((n) => 'x = { ' + 'code: 404, '.repeat(n) + 'code: 701 }', 2500, 'javascript');
    assertLinear((n) => 'when ' + 'Net::HTTPNotFound, class Net::HTTPOK.new, '.repeat(n) + '1', 2500, 'ruby');
    assertLinear((n) => 'case ' + '301...500, 405...599, '.repeat(n) + '1', 2500, 'swift');
    assertLinear((n) => 'public int StatusCode { get; set; } = 200; '.repeat(n), 2500, 'csharp');
    assertLinear((n) => 'x(' + 'ApiResult(500, errorBody(e)), (100 - status), '.repeat(n) + ')', 2500, 'kotlin');
    assertLinear((n) => 'expectThat(r)' + '.get { status }.isEqualTo(404)'.repeat(n), 2500, 'kotlin');
    assertLinear((n) => 'c.HTML(404, "404.html", nil); '.repeat(n), 2500, 'go');
  });
  test('inputs built against the rules of the tenth session grow linearly (tuples, error returns, descriptions)', () => {
    assertLinear((n) => 'response = (' + '({}, 404), (data, 200), '.repeat(n) + ')', 2500, 'python');
    assertLinear((n) => 'return 400, fmt.Errorf(' + '(x), ('.repeat(n) + ')', 2500, 'go');
    assertLinear((n) => '{ return 404, err } '.repeat(n), 2500, 'go');
    assertLinear((n) => '("404", "Returned when ' + '("404", "Returned when x"), '.repeat(n), 2500, 'rust');
    assertLinear((n) => 'successResponse(res, ' + 'new ErrorHandler("x", 404), '.repeat(n) + '201)', 2500, 'javascript');
    assertLinear((n) => 'json(404, ' + 'json(200, { a: respond(404) }, '.repeat(n) + ')', 2500, 'javascript');
    assertLinear((n) => '- 401' + '/403'.repeat(n) + ': failed', 2500, 'markdown');
    assertLinear((n) => '| GET | ' + '| 401 / 403 '.repeat(n) + '|', 2500, 'markdown');
  });
  test('inputs built against the rules of the eleventh session grow linearly (error bodies, codes as alternatives)', () => {
    assertLinear((n) => 'ErrorResponse(' + 'ErrorObject(400, "bad request"), '.repeat(n) + 'e)', 2500, 'kotlin');
    assertLinear((n) => '`401` or `403`'.repeat(n) + '.', 2500, 'markdown');
    assertLinear((n) => '`401`/'.repeat(n) + '`403`', 2500, 'markdown');
    assertLinear((n) => "<h1>{t('404.title')} ".repeat(n) + '</h1>', 2500, 'html');
    assertLinear((n) => 'ModifyDataState.Error("401", '.repeat(n) + 'e.message)', 2500, 'kotlin');
    assertLinear((n) => 'HTTP >= 500 and '.repeat(n), 2500, 'python');
    assertLinear((n) => '<Heading tag="h1">'.repeat(n) + '404</Heading>', 2500, 'astro');
    assertLinear((n) => 'respond(:not_found, 404, '.repeat(n) + 'x)', 2500, 'ruby');
    assertLinear((n) => '| `UNAUTHORIZED` | 401 '.repeat(n) + '|', 2500, 'markdown');
    assertLinear((n) => 'json_response 200, { a: '.repeat(n) + '1 }', 2500, 'ruby');
    assertLinear((n) => '_StatusCode_index_1 = {' + '204, '.repeat(n) + '}', 2500, 'go');
  });
  test('a labelled line repeated into a huge one grows linearly (whole-line searches per candidate, found by repeating every labelled line)', () => {
    // a call given a code first: the `Response::` path was searched over the whole line
    assertLinear((n) => 'MISSING_QUERY(400, "x"), '.repeat(n), 2500, 'java');
    // a comparison looks back for the name's binding (`ref = xhr.status`): that search was over the whole line
    assertLinear((n) => 'x === 307 || '.repeat(n), 2500, 'javascript');
    assertLinear((n) => '> Response 204 '.repeat(n), 2500, 'markdown');
    // a record's code and name: the HTTP words were looked for over the whole line
    assertLinear((n) => 'Add(new Market { Code = 200, Name = "Indexes" }); '.repeat(n), 1500, 'csharp');
    // the low bound of a range check: the other bound was looked for over the whole line
    assertLinear((n) => 'if code < 100: '.repeat(n), 2500, 'python');
  });
  test('inputs built against the rules of the fifteenth session grow linearly (factories, envelopes, own enums, Play constants)', () => {
    // a factory's state: the factory call was first looked for from the line's start, for every symbol
    assertLinear((n) => 'create(:x, status: :accepted) '.repeat(n), 2500, 'ruby');
    assertLinear((n) => 'status = ok ? :created : :accepted '.repeat(n), 2000, 'ruby');
    assertLinear((n) => 'send(404, x) '.repeat(n), 2500, 'lua');
    assertLinear((n) => '`404` if x. Rejects a with `401` '.repeat(n), 2000, 'markdown');
    assertLinear((n) => 'case NOT_FOUND => stubResponse(u, OK, "x") '.repeat(n), 2000, 'scala');
    assertLinear((n) => 'BackendResponseStatusCode.BAD_REQUEST '.repeat(n), 2500, 'typescript');
    assertLinear((n) => 'Response<List<Dto>>.Fail("x", 404); '.repeat(n), 2500, 'csharp');
    assertLinear((n) => "'message' => 'x', 500 200 döner başarı `200` ".repeat(n), 2000, 'php');
    assertLinear((n) => 'new ApiResponse { Message = "x", StatusCode = 404 } So(w.Code, ShouldEqual, 200) '.repeat(n), 1500, 'csharp');
    assertLinear((n) => ' *  200="x", GET   [200] / checkNotFound(r, 404) '.repeat(n), 1500, 'php');
    assertLinear((n) => ":ok -> 200 ['code' => 101, 'desc' => 'Switching Protocols'] it('404s for x') ".repeat(n), 1500, 'elixir');
    assertLinear((n) => 'ctx.sendJSON(.not_found, x); .status = .ok; redirect(loc, .found) '.repeat(n), 1500, 'zig');
    assertLinear((n) => 'error(stream, 403, "x"); $this->error(\'\', $m, 403); call.respond(BadRequest) '.repeat(n), 1500, 'kotlin');
    assertLinear((n) => 'server.route(.GET, "a") { .forbidden } HTTPResponse(.notFound) '.repeat(n), 1500, 'swift');
  });
  test('inputs built against the rules of the sixteenth session grow linearly (Ruby patterns, runs of numbers, titled rows, spec links)', () => {
    // a Ruby `in` branch: the pattern was read from the line's start for every code on it
    assertLinear((n) => 'in 404 | (500..) '.repeat(n), 2500, 'ruby');
    assertLinear((n) => '499, 503, 509, 521, 541, '.repeat(n), 2500, 'plaintext');
    assertLinear((n) => '{"422 Validation", 422, ErrValidation}, '.repeat(n), 2000, 'go');
    assertLinear((n) => '[404] = "https://www.rfc-editor.org/rfc/rfc9110", App\\NotFoundException: 404 '.repeat(n), 1500, 'lua');
    assertLinear((n) => 'correct_status: Literal[200, 400, 404] %w(200 201).include?(r.code) '.repeat(n), 1500, 'python');
    assertLinear((n) => 'super(401, :unauthorized, m) Response.new(200, "") errorReply(404) '.repeat(n), 1500, 'ruby');
  });

  test('inputs built against the rules of the seventeenth session grow linearly (tables, phrases, ignore keys, long code lists)', () => {
    // `ignore=` was looked for from the line's start, and an error page's closing quote to the line's end, for every code
    assertLinear((n) => 'es.delete(ignore=404) x = 500, '.repeat(n), 2000, 'python');
    assertLinear((n) => "404: 'errors/404.html ".repeat(n), 2000, 'python');
    assertLinear((n) => "->with($this->equalTo(404), $this->equalTo('Not Found')) ".repeat(n), 1500, 'php');
    assertLinear((n) => '"400 401 403 404 405 429 444" '.repeat(n), 2000, 'json');
    assertLinear((n) => '{"host not found", 404, ERROR}, '.repeat(n), 2000, 'go');
    assertLinear((n) => 'case .badRequest : return 400 '.repeat(n), 2000, 'swift');
    assertLinear((n) => 'custom-http-errors: ' + '400,401,402,403,404,405,'.repeat(n), 2500, 'yaml');
    assertLinear((n) => '* `HttpProblem.badRequest(...)` (400) [401, errorResponse401] '.repeat(n), 1500, 'markdown');
    // a commented-out return: the line without its marker was rebuilt for every code on it (found by the repeated-line probe)
    assertLinear((n) => '# return value is 500 ms'.repeat(n), 2500, 'python');
  });

  test('inputs built against the rules of the eighteenth session grow linearly (slashed runs, bars, table cells, arrows, lists, near status words)', () => {
    assertLinear((n) => 'or 401/403/404/405/409/410/429/500/502/503 '.repeat(n), 2000, 'markdown');
    assertLinear((n) => '/401/403/404/405/409/410/429/500/502/503'.repeat(n), 2000, 'markdown');
    assertLinear((n) => '200 | 203 | 204 | 206 | 300 | '.repeat(n), 2000, 'python');
    assertLinear((n) => '| Bad Request | 400 | Not Found | 404 '.repeat(n), 2000, 'markdown');
    assertLinear((n) => '| ' + 'x'.repeat(60) + ' | 404 '.repeat(n), 2000, 'markdown');
    assertLinear((n) => '→ 403 si invalide 60 → 120 → '.repeat(n), 2000, 'typescript');
    assertLinear((n) => '[200, 201] [200, 202, 204], '.repeat(n), 2000, 'kotlin');
    assertLinear((n) => 'r.status_code == requests.codes.ok and codes.NOT_FOUND '.repeat(n), 1500, 'python');
    assertLinear((n) => 'http_client.FORBIDDEN httplib.OK '.repeat(n), 2000, 'python');
    assertLinear((n) => 'TestCheckResourceAttr("x", "a.0.http_statuses.0", "200"), '.repeat(n), 1500, 'go');
    assertLinear((n) => 'self._http_client.get("/x", [200, 404]), '.repeat(n), 1500, 'python');
    assertLinear((n) => '{404, <<"not_found">>, R}, '.repeat(n), 2000, 'erlang');
  });
  test('inputs built against the rules of the nineteenth session grow linearly (code spans, bold bullets, lists of what codes are for, outer classes)', () => {
    assertLinear((n) => '(`401`), `1401` → `404` '.repeat(n), 2000, 'markdown');
    assertLinear((n) => '- **422**: x, 429 for rate limit, 400 for y, '.repeat(n), 2000, 'python');
    assertLinear((n) => 'might throw 400 instead of 404 or 429 rate limited, '.repeat(n), 2000, 'typescript');
    assertLinear((n) => 'next(new AppError(f(x)), 401), reportError(err, next, m, 500), '.repeat(n), 1500, 'javascript');
    assertLinear((n) => 'A.B.C.HttpConstants.HttpStatus.BAD_REQUEST HttpStatusCode.notFound '.repeat(n), 1500, 'java');
    assertLinear((n) => "%r{HTTP/1.[01] 200} '^HTTP/.* 400 ' x, 404, httplib.responses[404], ".repeat(n), 1500, 'ruby');
    assertLinear((n) => '({"a": 1}, 422), {"message": "x"}, 404) '.repeat(n), 1500, 'python');
    assertLinear((n) => "it('rejects x with 400 and fails with 500 file not found') ".repeat(n), 1500, 'typescript');
    assertLinear((n) => '"404 No job found", "500 Bytes", alt="404 Dog", - `400` — неверный, '.repeat(n), 1500, 'markdown');
  });
  test('inputs built against the rules of the twentieth session grow linearly (conditions, rows, comments after a code, keyed members, decorators)', () => {
    assertLinear((n) => '200 if x, 404 otherwise, 201 when y, otherwise 503, '.repeat(n), 1500, 'go');
    assertLinear((n) => "([(404, b\"\"), (400, '{\"error\": 1}', False)], 'https://a.b': (200, x), ".repeat(n), 1500, 'python');
    assertLinear((n) => '| 404 // not found | 503; // service unavailable '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '[403: A.B.forbidden], 404: .notFound, 301: true, '.repeat(n), 1500, 'swift');
    assertLinear((n) => '@StatusCode(c.CREATED) @HttpCode(x.y.NOT_FOUND) SOUP_STATUS_OK http.CONFLICT '.repeat(n), 1500, 'python');
    assertLinear((n) => 'E::A(x) | E::B { y } => 403, Code::NotFound => 404, '.repeat(n), 1500, 'rust');
    assertLinear((n) => "'message' => 'x'], 419); ['error' => [1, 2]], 403); ".repeat(n), 1500, 'php');
    assertLinear((n) => '❌ 401 → "x" ApiException 409: {} skip_codes=[404, 500] '.repeat(n), 1500, 'markdown');
    // (a Jest table row's message was looked for in the whole line at every `${404}`: quadratic, which the probe found)
    assertLinear((n) => '      .post(`/api/jobs/${444}`) | ${404} '.repeat(n), 2000, 'javascript');
  });

  test('inputs built against the rules of the twenty-first session grow linearly (mocks, helpers given the client or res, response maps, arms, pairs)', () => {
    assertLinear((n) => "            '404': \"List[" + '200, '.repeat(n) + ']",', 2000, 'python');
    assertLinear((n) => '    ' + '401..=403 | 407 | '.repeat(n) + '500 => ChorusError::Server,', 2000, 'rust');
    assertLinear((n) => 'responseData(res, ' + '"", '.repeat(n) + '401, false, "x")', 2000, 'javascript');
    assertLinear((n) => 'check(client.post("/x"), 401) attempt(res, 200, () => 1) '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'allow(r).to receive(:code).and_return(404) x[:status_code].should == 404 '.repeat(n), 1500, 'ruby');
    assertLinear((n) => '[NotFoundException, 404], (Error, 500), {404, dgettext("e", "x")} '.repeat(n), 1500, 'elixir');
    assertLinear((n) => 'Reply: { 200: User; 404: Err } _response_types_map = {201: "object", '.repeat(n), 1500, 'python');
    assertLinear((n) => "{ path: '404-not-found' } @section('title', '403') \"500 Go away\\r\\n\" ".repeat(n), 1500, 'php');
    assertLinear((n) => 'GET /a [200] HTTP::Status::FOUND _HTTP_NOT_FOUND 200 <> $a[\'status\'] '.repeat(n), 1500, 'crystal');
    assertLinear((n) => 'x: Promise<200' + ' | 404'.repeat(n) + '>', 3000, 'typescript');
  });

  test('inputs built against the rules of the twenty-fifth session grow linearly (failure messages, helpers, element text, schemas)', () => {
    assertLinear((n) => 't.Fatalf("x 200; got %d", resp.StatusCode, '.repeat(n) + ')', 1500, 'go');
    assertLinear((n) => "setJson(true, 'Berhasil', $user, 200, ".repeat(n) + ')', 1500, 'php');
    assertLinear((n) => '"valor é obrigatório.",' + '400, '.repeat(n) + '400);', 2000, 'java');
    assertLinear((n) => '// erros internos ' + '- 500 '.repeat(n), 2000, 'go');
    assertLinear((n) => '<li>It should return ' + 'the 400 and '.repeat(n) + '</li>', 2000, 'html');
    assertLinear((n) => 'response: { ' + '200: aSchema, '.repeat(n) + '}', 2000, 'typescript');
    assertLinear((n) => "adminSuccess('post', '/x', " + '$d, 302, '.repeat(n) + ')', 2000, 'php');
    assertLinear((n) => 'expect(spyOnResponseSend).toHaveBeenCalledWith(200, x) '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'self._ensure_status("x", r, {' + '200, '.repeat(n) + '302})', 2000, 'python');
    assertLinear((n) => '(handle (if ok? 200 404) ' + 'x 200 '.repeat(n), 2500, 'clojure');
    assertLinear((n) => '@LRDresponses 200|' + '400|'.repeat(n) + '401', 2500, 'php');
    assertLinear((n) => 'default=200 ' + '@SWG\\Property(property="status_code", type="integer", default=200, '.repeat(n), 1500, 'php');
  });

  test('inputs built against the rules of the twenty-sixth session grow linearly (lists joined by not, titles, continued arguments, helpers, error maps)', () => {
    assertLinear((n) => '// returns 201 ' + '(created) or 400 (bad) — NOT 403, not '.repeat(n), 1500, 'java');
    assertLinear((n) => "  it('/years (POST) " + '----> VALIDATE 400 '.repeat(n) + "', () => {", 1500, 'typescript');
    assertLinear((n) => '    "Aucune opération ' + 'dans la requête 400, '.repeat(n) + '", 400, id', 1500, 'python');
    assertLinear((n) => 'chk "Create ' + 'x 200 '.repeat(n) + '" "200" "$S', 1500, 'shellscript');
    assertLinear((n) => '    ErrorCode.TIMEOUT: ' + '504, ErrorCode.X: '.repeat(n), 1500, 'python');
    assertLinear((n) => "->push('Hello World', 200, " + '->push($this->getFakeResponse(), 200, '.repeat(n), 1500, 'php');
    assertLinear((n) => '// 400 INVALID_ARGUMENT ' + '429 RESOURCE_EXHAUSTED_ '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'console.log(`404 - ${req.method} ' + '`404 - ${req.url}` '.repeat(n), 1500, 'javascript');
    assertLinear((n) => '  "description": "200 - Login user", ' + '"400 - Invalid body": { '.repeat(n), 1500, 'json');
    assertLinear((n) => 'OK_X(HttpStatus.OK, "200", ' + 'HttpStatus.CREATED, "201", '.repeat(n), 1500, 'java');
    assertLinear((n) => 'return caster(message, 400); ' + 'throw new AppError(err.message, 409); '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '| Accès interdit | 403 | ' + 'autre user | 403 | '.repeat(n), 1500, 'markdown');
    assertLinear((n) => "{ code: '201', name: 'x y', type: 'KDV', " + "code: '201', name: 'x', ".repeat(n), 1500, 'typescript');
    assertLinear((n) => 'self::ValidationError => 422, ' + 'self::Conflict, self::X => 409, '.repeat(n), 1500, 'php');
    assertLinear((n) => '    422: "VALIDATION_ERROR", ' + '409: "X_Y", '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '"400 invalid userID": { ' + '"404 not found": { '.repeat(n), 1500, 'go');
    assertLinear((n) => "'ERROR_X_NOT_FOUND' => array ('text' => 'x', 'value' => 404, " + "'value' => 404, ".repeat(n), 1500, 'php');
    assertLinear((n) => 'return new self("Pengguna tidak dijumpai.", 404); ' + 'new static($message, 500); '.repeat(n), 1500, 'php');
  });
  test('inputs built against the rules of the twenty-seventh session grow linearly (alternatives, helpers, enums, failures, error tuples)', () => {
    assertLinear((n) => '// 200 ou 204 ' + '404 or 410 tai 409 oder '.repeat(n), 1500, 'java');
    assertLinear((n) => '// palautetaan lista ja 200 ' + 'statukset: 400, palauttaa 409-konfliktin '.repeat(n), 1500, 'java');
    assertLinear((n) => 'return $this->responseJson("x", 422); ' + 'APIStatusEnum::NOT_FOUND, '.repeat(n), 1500, 'php');
    assertLinear((n) => 'STATUS_CODES.OK ' + 'it.user.trucks.assertListFail(403, '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '    """Resource tidak ditemukan ' + 'tidak valid gagal no encontrado (404) '.repeat(n), 1500, 'python');
    assertLinear((n) => '    RESOURCE_NOT_FOUND = ("' + 'x tidak ditemukan '.repeat(n) + '", 404)', 1500, 'python');
    assertLinear((n) => '    RESOURCE_NOT_FOUND = ' + '("x", 404), '.repeat(n), 1500, 'python');
    assertLinear((n) => '<Seo title="404: Pagina ' + '404 - Seite 404: Página no '.repeat(n) + '" />', 1500, 'javascriptreact');
    assertLinear((n) => 'assert (reverse("x"), 302) == ' + '(302) redirect_chain, '.repeat(n), 1500, 'python');
    assertLinear((n) => '# Returnerer 400 dersom ' + 'retourneert 404 als moet 200 teruggeven '.repeat(n), 1500, 'python');
    assertLinear((n) => "  it('rifiuta JSON " + 'malformato con 400 '.repeat(n) + "', () => {", 1500, 'typescript');
    assertLinear((n) => '//     ' + "'invalidCredentials': 401, ".repeat(n), 1500, 'javascript');
    assertLinear((n) => 'return new Result(false, ' + '404, null, new Result(true, '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'RispondiToken(res, payload, ' + '`Errore`, 500, '.repeat(n) + ')', 1500, 'typescript');
    assertLinear((n) => '  response: { ' + '200: ticketResponseDto, 404: errorResponseDto[404], '.repeat(n) + '}', 1500, 'typescript');
    assertLinear((n) => '    [DataRow(HttpStatusCode.BadRequest, ' + '500, Json(view, 201, '.repeat(n) + ')]', 1500, 'csharp');
    assertLinear((n) => '{404, "404 Not Found", ' + '{200, "200 OK", '.repeat(n), 1500, 'cpp');
    assertLinear((n) => 'createSuccessResponse(data, ' + 'createSuccessResponse(data, 201, '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '    InvalidRegistration: 401, ' + 'AgentInUse: 409, '.repeat(n), 1500, 'python');
    // (found by the repeated-line probe: a redirect's code searched the whole line for `redirect_chain`, and a bare Spring
    // name after `new ResponseEntity<>(` read the line from its start)
    assertLinear((n) => 'self.assertEqual(response.status_code, 304) '.repeat(n), 1500, 'python');
    assertLinear((n) => '        return new ResponseEntity<>(roleService.getRoles(), FOUND); '.repeat(n), 1500, 'java');
  });

  test('inputs built against the rules of the twenty-eighth session grow linearly (fields, struct tags, schemas, helpers, messages)', () => {
    assertLinear((n) => '        ], 403)); '.repeat(n), 1500, 'php');
    assertLinear((n) => '// Recovery ' + 'переопределить статус на 500. '.repeat(n), 1500, 'go');
    assertLinear((n) => 'expected_status = models.IntegerField(' + 'x, default=200, '.repeat(n) + ')', 1500, 'python');
    assertLinear((n) => '\tCode int `json:"code" ' + 'x:"y" example:"200" '.repeat(n) + '`', 1500, 'go');
    assertLinear((n) => '@extend_schema(responses={' + '200}, responses={'.repeat(n), 1500, 'python');
    assertLinear((n) => '"non success status code received : 400 '.repeat(n), 1500, 'go');
    assertLinear((n) => 'testhelper.AssertAndLogErrors(t, w, 201, '.repeat(n), 1500, 'go');
    assertLinear((n) => 'super("Unable to send " + recipient, 500, '.repeat(n), 1500, 'java');
    assertLinear((n) => "statusCode: {type: 'number', " + 'example: 409, '.repeat(n) + '}', 1500, 'typescript');
    assertLinear((n) => "  @Max(400, { message: '" + 'no pueden ser mayores a 400 '.repeat(n) + "' })", 1500, 'typescript');
    assertLinear((n) => ' * answering 500 instead of 401, '.repeat(n), 1500, 'java');
    assertLinear((n) => '    assert_http "' + 'submit booking '.repeat(n) + '" "201"', 1500, 'shellscript');
    assertLinear((n) => 'success(res, 201)(success(res, '.repeat(n), 1500, 'javascript');
    assertLinear((n) => "define('HTTP_OK', 200); ".repeat(n), 1500, 'php');
    assertLinear((n) => "$r->method('getStatusCode')->willReturn(500); ".repeat(n), 1500, 'php');
    assertLinear((n) => 'address: "413 south Main", '.repeat(n), 1500, 'javascript');
    assertLinear((n) => 'new MailException("421 Service not available") getSmtpErrorCode '.repeat(n), 1500, 'java');
    assertLinear((n) => '        status: HttpStatusCode = BadRequest, status = UNPROCESSABLE_ENTITY, '.repeat(n), 1500, 'kotlin');
    assertLinear((n) => ' * Answers 200 if all three are up, ' + 'up, 503 if any are down, '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'if (!operation.Responses.ContainsKey("401")) '.repeat(n), 1500, 'csharp');
    assertLinear((n) => '{ 401: OpenApiTypes.OBJECT, '.repeat(n), 1500, 'python');
  });

  test('inputs built against the rules of the twenty-ninth session grow linearly (doc tags, generated types, constructors, responders)', () => {
    assertLinear((n) => '// @Header 200' + ',400'.repeat(n) + ' {string} Token', 1500, 'go');
    assertLinear((n) => '      400: components["responses"]["X"]; '.repeat(n), 1500, 'typescript');
    assertLinear((n) => "  summary: 'Invalid " + 'input '.repeat(n) + "422'", 1500, 'javascript');
    assertLinear((n) => '    super(500, name, message, { cause }); '.repeat(n), 1500, 'javascript');
    assertLinear((n) => "    super('LOBBY_FULL', '" + 'x '.repeat(n) + "', 409);", 1500, 'typescript');
    assertLinear((n) => "return Reply::error(trans('a.b'), 500); ".repeat(n), 1500, 'php');
    assertLinear((n) => 'ResponseManager.standardResponse("fail", 401, '.repeat(n), 1500, 'javascript');
    assertLinear((n) => '  error_response(' + 'e.message, (x), '.repeat(n) + ':not_found)', 1500, 'ruby');
    assertLinear((n) => '  render_' + 'cart'.repeat(n) + '(@cart, :created)', 1500, 'ruby');
    assertLinear((n) => 'return self::sendJson($data, 404, false); '.repeat(n), 1500, 'php');
    assertLinear((n) => 'public Api' + 'Error'.repeat(n) + 'Detail() : base(400)', 1500, 'csharp');
    assertLinear((n) => 'constants.HTTP_400_' + 'X_'.repeat(n) + 'DESCRIPTION, ', 1500, 'python');
    assertLinear((n) => 'echo "/cart blocked without token (401)" '.repeat(n), 1500, 'shellscript');
  });

  test('inputs built against the rules of the thirtieth session grow linearly (labels, pairs, error objects, computed keys)', () => {
    assertLinear((n) => '$film, 201); // HTTP Status code '.repeat(n), 1500, 'php');
    assertLinear((n) => '  - Resposta: 201 (sem corpo) '.repeat(n), 1500, 'markdown');
    assertLinear((n) => '    render_message(' + 'root, '.repeat(n) + 'message, 400)', 1500, 'ruby');
    assertLinear((n) => '    status, payload = 404, {"error": "not_found"} '.repeat(n), 1500, 'python');
    assertLinear((n) => "    return 200, " + 'result.'.repeat(n) + 'x', 1500, 'python');
    assertLinear((n) => "test('400 responds with err', () => {".repeat(n), 1500, 'javascript');
    assertLinear((n) => "    throw new ErrorMsg(404, 'Campain not found') ".repeat(n), 1500, 'javascript');
    assertLinear((n) => "factory('Login failed', 'LOGIN_" + 'FAILED_'.repeat(n) + "X', 401);", 1500, 'javascript');
    assertLinear((n) => "await expect(f()).rejects.toThrow('404'); ".repeat(n), 1500, 'typescript');
    assertLinear((n) => '        [404]?: NotFound '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '    error(403, m.access_denied()); '.repeat(n), 1500, 'typescript');
    assertLinear((n) => '$view = $this->view($results, 200); '.repeat(n), 1500, 'php');
    assertLinear((n) => 'x = [' + '420, '.repeat(n) + '420]', 1500, 'javascript');
    assertLinear((n) => 'assertThat(result.getStatusCode()).isEqualTo(CREATED); '.repeat(n), 1500, 'java');
  });

  test('inputs built against the rules of the thirty-first session grow linearly (titles, helpers, bare names, closed bodies)', () => {
    assertLinear((n) => '    @DisplayName("GET /users/{id} - ' + 'профиль - '.repeat(n) + '200")', 1500, 'java');
    assertLinear((n) => '        HttpStatus expectedStatus = BAD_REQUEST; '.repeat(n), 1500, 'java');
    assertLinear((n) => '    return json_message(200, "Subscribed successfully"); '.repeat(n), 1500, 'rust');
    assertLinear((n) => 'return failure(400, "' + 'URL_'.repeat(n) + 'INVALID", "Missing URL.");', 1500, 'typescript');
    assertLinear((n) => '            return Response::CREATED( '.repeat(n), 1500, 'php');
    assertLinear((n) => '    fun `WHEN wrong day format  THEN 400`() { '.repeat(n), 1500, 'kotlin');
    assertLinear((n) => 'if char_length(' + 'note, '.repeat(n) + 'x) > 500 then raise exception', 1500, 'sql');
    assertLinear((n) => 'Request finished in 305.4724ms 200 text/html '.repeat(n), 1500, 'plaintext');
    assertLinear((n) => '        return handleError(request, error, NOT_FOUND); '.repeat(n), 1500, 'java');
    assertLinear((n) => '      ' + '}'.repeat(n) + ', 403);', 1500, 'typescript');
    assertLinear((n) => '        ], 200, [], JSON_UNESCAPED_UNICODE '.repeat(n), 1500, 'php');
    assertLinear((n) => 'sendError(res, ' + 'http2.constants.'.repeat(n) + 'HTTP_STATUS_OK);', 1500, 'javascript');
    assertLinear((n) => '    HttpStatusCode::ERROR_BAD_REQUEST, '.repeat(n), 1500, 'php');
    assertLinear((n) => '        return new ResponseEntity<>(HttpStatus.CREATED);//201 '.repeat(n), 1500, 'java');
    assertLinear((n) => '      // Ném lỗi 500 chung chung '.repeat(n), 1500, 'typescript');
    assertLinear((n) => "[ " + "'50 Free', ".repeat(n) + "'500 Free' ]", 1500, 'javascript');
    assertLinear((n) => "'500 Free', '404 Missing', ".repeat(n), 1500, 'javascript');
    assertLinear((n) => '### 404 lambda function '.repeat(n), 1500, 'markdown');
    assertLinear((n) => 'x(a, 403) '.repeat(n), 1500, 'typescript');
    assertLinear((n) => 'import { ' + 'OK, '.repeat(n) + "CREATED } from 'http-status-codes'", 1500, 'javascript');
    assertLinear((n) => '    http.send(302); '.repeat(n), 1500, 'cpp');
  });
});
