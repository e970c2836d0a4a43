import * as assert from 'assert';
import { findStatusMentions, findStatusMentionAt, getStatus, isClassBound, type StatusMention } from '../../src/core';
import { constantFamilies, constantName, constantText, codeOfMember, constantFamiliesFor } from '../../src/core/detect/constants';
import { findable, loadCorpus, parseMarked } from '../../bench/corpus';

/** Asserts that `marked` (with [[...]] markers) yields exactly the marked mentions. */
function expectMarked(lang: string, marked: string): void {
  const { line, expected } = parseMarked(marked);
  const got = findStatusMentions(line, lang).map((m) => ({ code: m.code, start: m.start, end: m.end }));
  assert.deepStrictEqual(got, expected.filter((x) => findable(x.code)), `${lang}: ${line}`);
}

suite('detect: issue examples (context mode)', () => {
  const cases: [string, string][] = [
    ['javascript', 'res.status([[404]])'],
    ['javascript', 'res.sendStatus([[204]])'],
    ['javascript', 'reply.code([[201]])'],
    ['javascript', 'ctx.status = [[204]]'],
    ['javascript', "res.writeHead([[302]], { Location: '/' })"],
    ['javascript', 'statusCode: [[500]]'],
    ['python', 'status_code=[[201]]'],
    ['python', 'response.status_code == [[200]]'],
    ['typescript', 'expect(res.status).toBe([[401]])'],
    ['javascript', '  .expect([[200]])'],
    ['python', '    return jsonify(error="x"), [[412]]'],
    ['python', 'abort([[404]])'],
    ['python', 'raise HTTPException(status_code=[[422]])'],
    ['php', 'http_response_code([[412]]);'],
    ['php', "header('HTTP/1.1 [[404]] Not Found');"],
    ['php', 'return response()->json($x, [[422]]);'],
    ['go', 'http.Error(w, msg, [[500]])'],
    ['go', 'c.JSON([[200]], gin.H{})'],
    ['go', 'w.WriteHeader([[404]])'],
    ['csharp', 'return StatusCode([[500]]);'],
    ['csharp', 'return Results.StatusCode([[412]]);'],
    ['ruby', 'render status: [[404]]'],
    ['nginx', 'return [[301]] https://$host$request_uri;'],
    ['nginx', 'error_page [[404]] /404.html;'],
    ['yaml', "        '[[404]]':"],
    ['javascript', 'if (status >= [[500]] && status !== [[503]]) {}'],
    ['plaintext', 'got [[404]] Not Found'],
    ['shellscript', 'if [ "$code" -ne [[200]] ]; then'],
    ['json', '  "statusCode": [[404]],'],
    ['markdown', 'Returns [[404]] when the item is missing.'],
    ['kotlin', 'return ResponseEntity.status([[409]]).build()'],
    ['java', 'response.setStatus([[404]]);'],
    ['rust', 'assert_eq!(res.status(), [[200]]);'],
    ['typescript', 'export enum HttpCodes { OK = [[200]], NotFound = [[404]] }'],
    ['javascript', 'const [[HTTP_BAD_REQUEST|400]] = [[400]];'],
    ['markdown', 'Retry when the server answers HTTP [[503]] or [[429]].'],
    ['python', 'if resp.status_code in ([[200]], [[201]], [[204]]):'],
    ['php', "header('HTTP/1.1 [[503]] Service Unavailable', true, [[503]]);"],
    ['csharp', '[ProducesResponseType(typeof(Error), [[404]])]'],
  ];
  for (const [lang, marked] of cases) test(`${lang}: ${marked}`, () => expectMarked(lang, marked));
});

suite('detect: status lines', () => {
  test('HTTP/1.1 with reason phrase, span is the code', () => expectMarked('http', 'HTTP/1.1 [[412]] Precondition Failed'));
  test('HTTP/2 without reason phrase', () => expectMarked('http', 'HTTP/2 [[412]]'));
  test('in a comment and in markdown', () => {
    expectMarked('javascript', '// server answers HTTP/1.1 [[503]] Service Unavailable during deploys');
    expectMarked('markdown', '    HTTP/1.0 [[200]] OK');
  });
  test('kind is status-line', () => {
    const [m] = findStatusMentions('HTTP/1.1 404 Not Found', 'http');
    assert.strictEqual(m?.kind, 'status-line');
  });
});

suite('detect: constants (every family)', () => {
  test('every family: every non-deprecated member maps to its code through the preferred qualifier', () => {
    for (const f of constantFamilies) {
      for (const [name, code] of f.names) {
        if (!getStatus(code)) continue;
        // (a family read only near a status word is tried beside one: `r.status_code == requests.codes.ok`)
        const text = f.separator === ':' ? `render json: x, status: :${name}` : `${f.onlyNearStatus ? 'r.status_code' : 'x'} = ${f.qualifiers.length > 0 ? f.preferredQualifier + f.separator : ''}${name};`;
        const found = findStatusMentions(text, f.languageIds[0] ?? '');
        const m = found.find((x) => x.kind === 'constant');
        assert.ok(m, `${f.id}: ${text}`);
        assert.strictEqual(m.code, code, `${f.id}: ${text}`);
        const spanText = text.slice(m.start, m.end);
        assert.ok(spanText.endsWith(name), `${f.id}: span ${spanText}`);
      }
    }
  });
  const cases: [string, string][] = [
    ['python', 'if r.status_code == [[HTTPStatus.PRECONDITION_FAILED|412]]:'],
    ['python', 'if r.status == [[http.HTTPStatus.NOT_FOUND|404]]:'],
    ['python', 'return Response(status=[[status.HTTP_412_PRECONDITION_FAILED|412]])'],
    ['python', 'from rest_framework.status import [[HTTP_404_NOT_FOUND|404]]'],
    ['go', 'w.WriteHeader([[http.StatusPreconditionFailed|412]])'],
    ['go', 'w.WriteHeader([[http.StatusRequestEntityTooLarge|413]])'],
    ['typescript', 'res.status([[StatusCodes.PRECONDITION_FAILED|412]])'],
    ['typescript', 'res.status([[StatusCodes.MOVED_TEMPORARILY|302]])'],
    ['typescript', 'throw new HttpException(msg, [[HttpStatus.FORBIDDEN|403]])'],
    ['java', 'return new ResponseEntity<>([[HttpStatus.NOT_FOUND|404]]);'],
    ['java', 'resp.setStatus([[HttpServletResponse.SC_PRECONDITION_FAILED|412]]);'],
    ['java', 'if (c.getResponseCode() == [[HttpURLConnection.HTTP_PRECON_FAILED|412]])'],
    ['java', 'response.setStatus([[HttpStatus.Code.PRECONDITION_FAILED|412]].getCode());'],
    ['java', 'public static final int [[PRECONDITION_FAILED_412|412]] = [[412]];'],
    ['csharp', 'if (r.StatusCode == [[HttpStatusCode.PreconditionFailed|412]])'],
    ['csharp', 'return StatusCode([[StatusCodes.Status412PreconditionFailed|412]]);'],
    ['php', 'return new Response("", [[Response::HTTP_NOT_FOUND|404]]);'],
    ['php', 'return new Response("", [[\\Symfony\\Component\\HttpFoundation\\Response::HTTP_NOT_FOUND|404]]);'],
    ['rust', 'Err([[StatusCode::PRECONDITION_FAILED|412]])'],
    ['rust', 'let s = [[http::StatusCode::NOT_FOUND|404]];'],
    ['ruby', 'render json: x, status: [[:unprocessable_entity|422]]'],
    ['ruby', 'head [[:no_content|204]]'],
    ['ruby', 'render json: x, :status => [[:not_found|404]]'],
    ['kotlin', 'call.respond([[HttpStatusCode.NotFound|404]])'],
    ['java', 'return Response.status([[Response.Status.NOT_FOUND|404]]).build();'],
  ];
  for (const [lang, marked] of cases) test(`${lang}: ${marked}`, () => expectMarked(lang, marked));

  test('hovering any character of a constant finds it', () => {
    const line = 'raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)';
    const start = line.indexOf('status.HTTP');
    const end = line.indexOf(')', start);
    for (let c = start; c < end; c++) {
      const m = findStatusMentionAt(line, 'python', c);
      assert.deepStrictEqual(m, { code: 404, start, end, kind: 'constant' }, `char ${c}`);
    }
    assert.strictEqual(findStatusMentionAt(line, 'python', end), undefined);
  });

  test('unknown members and lookalikes are not constants', () => {
    for (const [lang, line] of [
      ['python', 'HTTPStatus.NOT_A_STATUS'],
      ['go', 'resp.StatusCode'],
      ['go', 'http.StatusText'],
      ['ruby', 'x = :not_found_yet'],
      ['ruby', 'validates :ok, presence: true'],
      ['typescript', 'OrderStatus.CREATED'],
    ] as const) {
      assert.deepStrictEqual(findStatusMentions(line, lang), [], line);
    }
  });

  test('table helpers: preferred names, deprecated names, code in name', () => {
    const py = constantFamilies.find((f) => f.id === 'python-httpstatus');
    assert.ok(py);
    assert.strictEqual(constantName(py, 413), 'REQUEST_ENTITY_TOO_LARGE', 'portable: CONTENT_TOO_LARGE needs Python 3.13');
    assert.strictEqual(codeOfMember(py, 'CONTENT_TOO_LARGE'), 413);
    const aspnet = constantFamilies.find((f) => f.id === 'aspnetcore-statuscodes');
    assert.ok(aspnet);
    assert.strictEqual(constantName(aspnet, 499), 'Status499ClientClosedRequest', 'an unofficial code whose constant names it');
    assert.strictEqual(constantName(aspnet, 419), undefined, "ASP.NET's 419 is an authentication timeout, not Laravel's Page Expired");
    const spring = constantFamilies.find((f) => f.id === 'spring-httpstatus');
    assert.ok(spring);
    assert.strictEqual(constantName(spring, 421), undefined, 'DESTINATION_LOCKED is deprecated and means something else');
    assert.strictEqual(codeOfMember(spring, 'DESTINATION_LOCKED'), 421, 'still recognised in old code');
    assert.strictEqual(codeOfMember(py, 'REQUEST_ENTITY_TOO_LARGE'), 413);
    assert.ok(py.deprecated.has('REQUEST_ENTITY_TOO_LARGE'));
    assert.strictEqual(constantText(py, 412), 'HTTPStatus.PRECONDITION_FAILED');
    const go = constantFamilies.find((f) => f.id === 'go-net-http');
    assert.ok(go);
    assert.strictEqual(constantText(go, 413), 'http.StatusRequestEntityTooLarge');
    const rails = constantFamilies.find((f) => f.id === 'rails-symbols');
    assert.ok(rails);
    assert.strictEqual(constantText(rails, 422), ':unprocessable_content');
    const drf = constantFamilies.find((f) => f.id === 'python-status-module');
    assert.ok(drf);
    assert.strictEqual(codeOfMember(drf, 'HTTP_499_SOMETHING_NEW'), 499);
    assert.ok(constantFamiliesFor('csharp').some((f) => f.id === 'aspnetcore-statuscodes'));
    for (const f of constantFamilies) {
      for (const [name, code] of f.names) {
        assert.ok(code >= 100 && code <= 599, `${f.id}.${name}`);
        if (f.codeInName) {
          const m = f.codeInName.exec(name);
          assert.ok(m && Number(m[1]) === code, `${f.id}.${name} carries its code`);
        }
      }
    }
  });
});

suite('detect: traps (context mode finds nothing)', () => {
  const traps: [string, string][] = [
    ['javascript', 'setTimeout(done, 500);'],
    ['javascript', 'await sleep(200)'],
    ['css', '  width: 200px; font-weight: 500;'],
    ['css', '.title { font-size: 100%; }'],
    ['nginx', '    listen 443 ssl;'],
    ['javascript', 'const bytes = 404 * 1024;'],
    ['python', 'for i in range(100):'],
    ['python', 'version = "1.200.3"'],
    ['javascript', 'const x = items[404];'],
    ['shellscript', 'chmod 644 file.txt'],
    ['javascript', 'const port = 8080;'],
    ['python', 'x = 404.5'],
    ['javascript', 'const mask = 0x200;'],
    ['javascript', 'const id = user404;'],
    ['plaintext', 'fixed in #404'],
    ['plaintext', 'phone 555-404-1234'],
    ['javascript', "const colors = { 100: '#f7fafc', 200: '#edf2f7' };"],
    ['javascript', 'ctx.fillRect(100, 200, 300, 400);'],
    ['python', 'model.fit(X, y, epochs=200)'],
    ['markdown', 'We have 500 users and 404 open tickets.'],
    ['javascript', 'res.json({ count: 404 });'],
    ['go', 'time.Sleep(500 * time.Millisecond)'],
    ['yaml', 'timeout: 500'],
    ['plaintext', 'took 200 ms'],
    ['plaintext', 'Total: 1,200 items'],
  ];
  for (const [lang, line] of traps) {
    test(`${lang}: ${line}`, () => assert.deepStrictEqual(findStatusMentions(line, lang), []));
  }
  test('numbers next to a real status are still not statuses', () => {
    expectMarked('javascript', 'res.status([[404]]).json({ retryAfter: 500, items: [100, 200] });');
  });
});

suite('detect: anyNumber mode', () => {
  test('every standalone known code, but not parts of bigger numbers, decimals, hex or identifiers', () => {
    const line = 'sleep(500); x = 404.5; y = 0x200; z = a404; w = 1200; v = 201';
    const got = findStatusMentions(line, 'javascript', { mode: 'anyNumber' }).map((m) => [m.code, line.slice(m.start, m.end)]);
    assert.deepStrictEqual(got, [[500, '500'], [201, '201']]);
  });
  test('still finds constants and status lines', () => {
    const line = 'HTTP/1.1 200 OK and HTTPStatus.NOT_FOUND';
    const got = findStatusMentions(line, 'plaintext', { mode: 'anyNumber' }).map((m) => m.kind);
    assert.deepStrictEqual(got, ['status-line', 'constant']);
  });
  test('unknown codes are never reported', () => {
    assert.deepStrictEqual(findStatusMentions('x = 299; y = 600', 'javascript', { mode: 'anyNumber' }), []);
  });
  test('finds everything context mode finds: pairs, `non-200`, nginx upstream conditions', () => {
    for (const [lang, line, codes] of [
      ['python', '# retry on 502/503, give up on 401/403', [502, 503, 401, 403]],
      ['typescript', '// treat any non-200 answer as a failure', [200]],
      ['nginx', 'proxy_next_upstream error timeout http_502 http_504;', [502, 504]],
    ] as const) {
      const context = findStatusMentions(line, lang).map((m) => m.code);
      assert.deepStrictEqual(context, codes, `context: ${line}`);
      assert.deepStrictEqual(findStatusMentions(line, lang, { mode: 'anyNumber' }).map((m) => m.code), codes, `anyNumber: ${line}`);
      for (const m of findStatusMentions(line, lang)) assert.deepStrictEqual(findStatusMentionAt(line, lang, m.start, { mode: 'anyNumber' }), m, `hover: ${line}`);
    }
  });
  test('on every labelled line, anyNumber mode reports each context-mode mention, and one mention per span', () => {
    for (const row of loadCorpus()) {
      const any = findStatusMentions(row.line, row.lang, { mode: 'anyNumber' });
      for (const m of findStatusMentions(row.line, row.lang)) {
        assert.ok(any.some((a) => a.start === m.start && a.end === m.end && a.code === m.code), `line ${row.source}: ${m.code} at ${m.start} in ${row.line}`);
      }
      for (let i = 1; i < any.length; i++) assert.ok((any[i]?.start ?? 0) >= (any[i - 1]?.end ?? 0), `overlap on line ${row.source}`);
    }
  });
});

suite('detect: offsets and line endings', () => {
  test('UTF-16 offsets with emoji before the number', () => {
    const line = '😀👍 res.status(404) 🎉';
    const [m] = findStatusMentions(line, 'javascript');
    assert.ok(m);
    assert.strictEqual(line.slice(m.start, m.end), '404');
    assert.strictEqual(m.start, line.indexOf('404'));
    assert.deepStrictEqual(findStatusMentionAt(line, 'javascript', m.start + 1), m);
  });
  test('CRLF: a trailing \\r does not change the result', () => {
    for (const [lang, line] of [
      ['http', 'HTTP/1.1 404 Not Found'],
      ['yaml', "      '200':"],
      ['python', '    return jsonify(x), 404'],
      ['nginx', '    error_page 500 502 /50x.html;'],
      ['ruby', 'head :no_content'],
    ] as const) {
      const a = findStatusMentions(line, lang);
      const b = findStatusMentions(line + '\r', lang);
      assert.ok(a.length > 0, line);
      assert.deepStrictEqual(b, a, line);
    }
  });
  test('mentions are sorted by start and do not overlap', () => {
    const line = 'if (r.status === 200 || r.status === HTTPStatus.CREATED) return [200, 201].includes(code) && "HTTP/1.1 204"';
    const ms = findStatusMentions(line, 'javascript');
    assert.ok(ms.length >= 4);
    for (let i = 1; i < ms.length; i++) assert.ok((ms[i - 1] as StatusMention).end <= (ms[i] as StatusMention).start);
  });
  test('unknown languageId gets the generic treatment', () => {
    expectMarked('some-unknown-language', 'res.status([[404]]) and [[HTTPStatus.GONE|410]] and status: [[:not_found|404]]');
  });
});

suite('detect: findStatusMentionAt', () => {
  test('same answer as findStatusMentions at every position of the corpus lines', () => {
    for (const row of loadCorpus()) {
      const all = findStatusMentions(row.line, row.lang);
      for (let c = 0; c <= row.line.length; c++) {
        const want = all.find((m) => m.start <= c && c < m.end);
        assert.deepStrictEqual(findStatusMentionAt(row.line, row.lang, c), want, `${row.source}@${c}: ${row.line}`);
      }
    }
  });
  /** The hover path (a window around the cursor) agrees with the whole-line scan at every `step`-th position. */
  function assertWindowAgrees(line: string, lang: string, mentions: number, step: number): void {
    const all = findStatusMentions(line, lang);
    assert.strictEqual(all.length, mentions);
    for (let c = 0; c < line.length; c += step) {
      const want = all.find((m) => m.start <= c && c < m.end);
      assert.deepStrictEqual(findStatusMentionAt(line, lang, c), want, `@${c}`);
    }
  }
  test('same answer on a long line (window around the cursor)', () => {
    assertWindowAgrees('a=1;res.status(404);b=HTTPStatus.NOT_FOUND;sleep(500);x="HTTP/1.1 200 OK";'.repeat(2000), 'javascript', 2000 * 3, 7);
  });
  test('same answer on a long C++ line (bare Drogon names cut by the window)', () => {
    assertWindowAgrees('f(' + 'k404NotFound, xk200OK, k503ServiceUnavailable, '.repeat(800) + ');', 'cpp', 1600, 3);
  });
  test('same answer on a long nginx line (upstream tokens cut by the window)', () => {
    assertWindowAgrees('proxy_next_upstream error ' + 'http_502 http_503 timeout '.repeat(1500) + ';', 'nginx', 3000, 3);
  });
  test('out-of-range and odd positions', () => {
    assert.strictEqual(findStatusMentionAt('res.status(404)', 'javascript', -1), undefined);
    assert.strictEqual(findStatusMentionAt('res.status(404)', 'javascript', 99), undefined);
    assert.strictEqual(findStatusMentionAt('res.status(404)', 'javascript', 1.5), undefined);
    assert.strictEqual(findStatusMentionAt('', 'javascript', 0), undefined);
  });
});

suite('detect: held-out recall rules (lists, error pages, typed keys, registries, doubles, path tables, curl)', () => {
  const positives: [string, string][] = [
    ['typescript', ' * The numerical response code, example: [[200]], [[201]], [[404]], etc.'],
    ['markdown', '- Added [[201]] and [[204]] as valid POST responses'],
    ['csharp', '/// mapping <see cref="ValidationException"/> → [[400]], <see cref="NotFoundException"/> → [[404]],'],
    ['html', '<title>The page you were looking for doesn\'t exist ([[404]])</title>'],
    ['handlebars', '<h1>[[404]]: Hey! There\'s nothing here.</h1>'],
    ['html', '<a href="x.html">x.html</a> A [[404]] test, the requested file does not exist<br>'],
    ['typescript', '[[200]]: UserPublic;'],
    ['typescript', '[[422]]: HTTPValidationError;'],
    ['csharp', 'operation.Responses.TryAdd("[[401]]", new OpenApiResponse { Description = "Unauthorized" });'],
    ['php', '$responseProphecy->getStatusCode()->willReturn([[200]]);'],
    ['php', "$this->setNextResponse([[304]], [], '', null);"],
    ['rust', '([[404]], "/a"), ([[404]], "/a"),'],
    ['python', '("/1%2C3/hello", "/1%2C3/hello", [[404]]),'],
    ['shellscript', 'until [[ $(curl -s -w %{http_code} $url) -eq [[200]] ]]'],
    ['shellscript', "printf 'not [[200]]'"],
    ['restructuredtext', 'with string like `[[404]]: NotFound`'],
  ];
  const traps: [string, string][] = [
    ['markdown', 'Image sizes: 200, 400 and 800 px wide.'],
    ['markdown', 'Thumbnails come in 200, 401 and 404 px variants for the error gallery.'],
    ['typescript', '// keep up to 200, 201 or 404 items in the response cache'],
    ['html', '<h1>Room 404</h1>'],
    ['html', '<title>Flight 503 to Paris</title>'],
    ['html', '<p>Order 404 items before the error deadline.</p>'],
    ['typescript', '  400: Regular,'],
    ['php', '$config->getTimeout()->willReturn(300);'],
    ['javascript', 'const r = setResponseTimeout(500);'],
    ['javascript', 'headers.add("401", value);'],
    ['python', 'thumbs = [(640, "/thumb"), (1280, "/large")]'],
    ['python', 'icons = [(415, "/img/logo.png")]'],
    ['javascript', 'drawIcon(416, "/icons/a");'],
    ['shellscript', '[ "$count" -eq 200 ] && echo done'],
    ['shellscript', "echo 'not 500 times'"],
    ['plaintext', 'line 404: Notes for the chapter'],
  ];
  markedCases(positives, traps);
});

/**
 * One test per positive and per trap (each line must yield exactly its marked mentions), and the hover
 * path's agreement with the whole-line scan when they all sit far into a long line.
 */
function markedCases(positives: readonly [string, string][], traps: readonly [string, string][]): void {
  for (const [lang, marked] of positives) test(`${lang}: ${marked}`, () => expectMarked(lang, marked));
  for (const [lang, line] of traps) test(`trap ${lang}: ${line}`, () => expectMarked(lang, line));
  farIntoLongLine([...positives, ...traps]);
}

/** The hover path agrees with the whole-line scan when each case sits far into a long line. */
function farIntoLongLine(cases: readonly [string, string][]): void {
  test('findStatusMentionAt agrees with findStatusMentions when these lines sit far into a long line', () => {
    const pad = 'x = compute(1, 2); '.repeat(30);
    for (const [lang, marked] of cases) {
      const line = pad + parseMarked(marked).line + ' ' + pad;
      const all = findStatusMentions(line, lang);
      for (let c = 0; c < line.length; c++) {
        const want = all.find((m) => m.start <= c && c < m.end);
        assert.deepStrictEqual(findStatusMentionAt(line, lang, c), want, `${lang}@${c}: ${line}`);
      }
    }
  });
}

suite('detect: rules from the thirty-sixth to thirty-eighth sets (full C++ names, Ktor Companion, status.value, HTTP_OK, palettes, HTML tags, `if 404` in comments)', () => {
  const positives: [string, string][] = [
    ['cpp', 'if ([[Poco::Net::HTTPResponse::HTTPStatus::HTTP_OK|200]] != status)'],
    ['cpp', 'response.setStatus([[Poco::Net::HTTPResponse::HTTP_NOT_FOUND|404]]);'],
    ['kotlin', 'import io.ktor.http.[[HttpStatusCode.Companion.Created|201]]'],
    ['kotlin', 'call.respond([[HttpStatusCode.Companion.NotFound|404]])'],
    ['kotlin', 'assert(client.get("/").status.value == [[404]])'],
    ['java', 'assertThat(response.getStatusLine().getStatusCode(), is([[HTTP_OK|200]]));'],
    ['python', '[[HTTP_OK|200]] = \'[[200]] OK\''],
    ['markdown', '<summary> [[404]] Error Page'],
    ['markdown', '<li><tt>status</tt> - the HTTP status code used when a request is blocked (defaults to <tt>[[403]]</tt>)</li>'],
    ['cpp', '// If [[404]] or empty, reset'],
    ['python', '# on [[403]], skip this mirror'],
  ];
  const traps: [string, string][] = [
    ['cpp', 'std::this_thread::sleep_for(std::chrono::milliseconds(500));'],
    ['kotlin', 'if (slider.value == 200) reset()'],
    ['java', 'private static final int HTTP_OK_COUNT = 200;'],
    ['scss', '100: #fff0b3,'],
    ['scss', '$palette: (50: #e3f2fd, 100: #bbdefb, 200: #90caf9);'],
    ['yaml', '  "404": #fff'],
    ['html', '<div class="stats"> 500 items'],
    ['javascript', 'if (a < b && count > 404) {'],
    ['markdown', 'In HTML mode if `404.html` exists it is served.'],
    ['javascript', '// tested on 405 devices'],
    ['javascript', '// if 200 items are loaded, stop'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the thirty-ninth to forty-first sets (outcome strings, http() stubs, notes listing codes, React not-found pages, result codes named for their outcome, media types and HTTP methods beside the code)', () => {
  const positives: [string, string][] = [
    ['java', 'return new Result([[200]], "success", data);'],
    ['java', 'return ResultUtil.result([[400]], "fail");'],
    ['java', 'return new Result([[500]], "服务错误");'],
    ['javascript', 'callback( [[200]], "success" );'],
    ['swift', 'self.stub(http(.get, uri: "test.download"), http([[200]], download: .content(original)))'],
    ['markdown', '- [[201]] successfully created an object/resource'],
    ['markdown', '- [[405]] method not permitted for this endpoint'],
    ['markdown', '- [[500]] server errors'],
    ['javascriptreact', '<h2 className="not-found__sub-title">[[404]] - Page not found</h2>'],
    ['typescriptreact', '<h1>[[404]]</h1>'],
    ['java', 'public static final int RESULT_CODE_SUCCESS = [[200]];  // success request'],
    ['java', 'int CODE_NOT_LOGIN = [[401]];'],
    ['swift', 'static let unauthorizeCode: Int = [[401]]'],
    ['cpp', 'request->send([[200]], "application/json", json);'],
    ['cpp', 'send([[200]], contentType, emptyString);'],
    ['cpp', 'req->send([[200]], F("text/html"), page);'],
    ['javascript', "const response = await fetchApi('/api/auth/signin', 'POST', payload, [[200]]);"],
    ['python', '("nginx-proxy.tld", "DELETE", [[308]]),'],
  ];
  const traps: [string, string][] = [
    ['javascript', 'foo(100, "success")'],
    ['javascript', 'progress(300, "error")'],
    ['javascript', 'retry(500, "ok")'],
    ['markdown', '- 300 grams of flour'],
    ['markdown', '- 401 students enrolled'],
    ['markdown', '- 304 euro'],
    ['markdown', '- 200 words essay'],
    ['typescriptreact', '<h1>Room 404</h1>'],
    ['typescriptreact', '<title>Flight 503 to Paris</title>'],
    ['astro', "<h1 class=\"sr-only\">{t('404.title')}</h1>"],
    ['vue', '<h1>{{ $t("404.title") }}</h1>'],
    ['javascript', 'const CODE_EDITOR_WIDTH = 400;'],
    ['java', 'int CODE_LENGTH_MAX = 500;'],
    ['cpp', 'buffer.reserve(512, contentType);'],
    ['cpp', 'foo(300, "text/plain");'],
    ['javascript', "callApi('GET', '/x', { limit: 200 });"],
    ['javascript', "doThing('POST', 300);"],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the forty-second to fifty-ninth sets (aliases and closures, doc keys, shell arrays, coded messages, OpenWeatherMap cod, http-types, bulleted codes, Russian prose)', () => {
  const positives: [string, string][] = [
    ['go', 'if c := r.StatusCode; [[200]] <= c && c <= [[299]] {'],
    ['coffeescript', 'if ((ref = xhr.status) === 0 || ref === [[200]]) {'],
    ['javascript', 'const s = res.status; if (s === [[404]]) return null;'],
    ['markdown', '[[401]]: no hay credenciales validas, el token expiró.'],
    ['shellscript', '"[[500]]" "[[502]]" "[[503]]")'],
    ['go', 'w.Write([]byte("[[422]] - Please supply course information in JSON format"))'],
    ['javascript', '[[200]], {'],
    ['json', '"cod": [[200]]'],
    ['javascript', 'if (data.cod === "[[404]]") {'],
    ['ruby', 'json_response({ message: e.message }, [[:not_found|404]])'],
    ['markdown', '这个当请求头过长时，nginx buffer过小会导致[[502]]且静态文件加载过慢'],
    ['perl', "return [[[404]], ['Content-Type' => 'text/plain'], ['Not Found']];"],
    ['yaml', 'while [ $$(curl -s -o /dev/null -w %{http_code} http://$$HOST:$$PORT/connectors) -ne [[200]] ] ; do'],
    ['dockerfile', 'HEALTHCHECK CMD [ "$(curl -s -o /dev/null -w %{http_code} localhost:8080/health)" = "[[200]]" ]'],
    ['rust', 'Poll::Ready(Err(tide::Error::new([[tide::StatusCode::BadRequest|400]], err)))'],
    ['rust', 'let res = Response::builder([[StatusCode::TooManyRequests|429]])'],
    ['rust', 'Ok(tide::Response::builder([[200]])'],
    ['markdown', '- `[[200]]` / `[[201]]` Success.'],
    ['markdown', '- `[[403]]` Token does not have permission (e.g. write with a read-only token).'],
    ['yaml', 'custom_http_errors: [[500]],[[502]],[[503]],[[504]]'],
    ['javascript', 'retryOn: [[[500]],[[502]],[[503]],[[504]]]'],
    ['javascript', "title: '[[404]] | MongoDB Starter Kit',"],
    ['php', "$this->view->render(['error' => 'Invalid request'], [[400]]);"],
    ['javascript', "respond({ message: 'gone' }, [[410]])"],
    ['php', '$view->render([], [[204]]);'],
    ['cpp', 'if (res.result_int() != [[200]] && res.result_int() != [[204]]) {'],
    ['python', '# If we get [[401]], try refreshing token once'],
    ['markdown', 'Si recibes un [[404]] es que la ruta no existe'],
    ['markdown', '### `[[403]]`'],
    ['cpp', 'if (response && response->getStatusCode() == [[drogon::k200OK|200]]) {'],
    ['shellscript', 'if [ "$code2" != "[[200]]" ] && [ "$code2" != "[[201]]" ]; then'],
    ['c', 'error([[404]]);'],
    ['ruby', "error([[404]]) { 'not found...' }"],
    ['go', 'want{[[307]], "", false},'],
    ['go', 'name: "Проверим что хендлер возвратит [[404]]",'],
    ['python', '#Если код ответа не равен [[200]] - возвращаем сообщение об ошибке'],
    ['shellscript', 'EXPECT_CODE=[[200]]'],
    ['shellscript', 'curl -I http://127.0.0.1 2>/dev/null|head -1|egrep "[[200]]|[[302]]|[[301]]"|wc -l'],
    ['markdown', '# Prevents URIs that include the front controller. This will [[404]]:'],
    ['rust', 'Err(e) if e.status().is_some_and(|s| s == [[429]]) => Err('],
    ['javascript', 'res.status.map(s => s == [[404]])'],
    ['csharp', 'public const int SUCCESS = [[200]];'],
    ['python', '# Assert [[404]]'],
  ];
  const traps: [string, string][] = [
    ['go', 'if n := len(buf); n > 200 {'],
    ['javascript', 'const s = res.status + 1; if (s === 404) return null;'],
    ['markdown', '  100: "#fff"'],
    ['shellscript', 'sizes=("100" "200" "300")'],
    ['javascript', 'label: "250 - Great value",'],
    ['javascript', '100, {'],
    ['javascript', 'const fees = { cod: 100 };'],
    ['perl', "my @a = [300, ['x'], 1];"],
    ['go', 'var PINGRESP byte = 0xD0    //208'],
    ['rust', 'let b = Request::builder(200);'],
    ['markdown', '- `100` items per page'],
    ['markdown', '- 250 ml milk'],
    ['javascript', 'const n = 1,500,502;'],
    ['markdown', 'Population: 1,404,500 people'],
    ['markdown', 'Revenue 12,404,503'],
    ['javascript', 'setTimeout({ error: 1 }, 500)'],
    ['javascript', 'array_pad([], 204)'],
    ['markdown', 'You get 200 points for each answer.'],
    ['markdown', 'Standardmäßig wird, wenn eine `404.html`-Datei gefunden wird, diese verwendet.'],
    ['markdown', 'compré una 500 gramos'],
    ['markdown', '## 500'],
    ['markdown', 'COMMUNITY MOVEMENT BUILDERS is a 501(c)(3) member-based collective'],
    ['markdown', 'Contribute to your 401(k) plan before the error deadline.'],
    ['c', 'error(200);'],
    ['go', 'want{100, 5},'],
    ['go', 'sizes{200, 300}'],
    ['markdown', 'Я купил 300 яблок'],
    ['markdown', 'x равно 200'],
    ['javascript', 'const s = "100|200|300";'],
    ['markdown', 'It would 200 times'],
    ['javascript', 'items.map(s => s == 404)'],
    ['php', 'LogLevel::ERROR => 400,'],
    ['csharp', 'public const int SUCCESS = 100;'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the sixtieth to sixty-fourth sets (Jetty HttpStatus, status-code objects, sendResponseHeaders, pairs, message maps, http-assert, slices)', () => {
  const positives: [string, string][] = [
    ['java', 'response.status([[HttpStatus.CREATED_201|201]])'],
    ['kotlin', 'assertEquals([[HttpStatus.NOT_FOUND_404|404]], response.status)'],
    ['javascript', 'if (response.status === [[httpStatusCode.OK|200]]) {'],
    ['javascript', 'err.message = String([[httpStatusCode.BAD_REQUEST|400]]);'],
    ['typescript', 'throw new ApiError([[HTTP_STATUS_CODES.NOT_FOUND|404]], "missing");'],
    ['java', 't.sendResponseHeaders([[200]], response.length);'],
    ['java', 'exchange.sendResponseHeaders([[404]], -1);'],
    ['go', '// Handle [[100]] and [[101]] responses internally by restarting the read again'],
    ['php', '// fails with [[401]]/[[403]]'],
    ['python', '"""Test consumed async iterable body raises on [[301]]/[[302]] for non-POST methods."""'],
    ['php', 'die(err("Invalid API key", [[403]]));'],
    ['javascript', '// retorna [[404]] se o usuário não existir'],
    ['python', '# renvoie [[403]] si interdit'],
    ['javascript', '[[401]]: "Sesi Anda telah berakhir", // Update pesan'],
    ['go', '     Meta: map[status:[[400]]]'],
    ['php', "'[[404]]' => 'Seite nicht gefunden',"],
    ['javascript', "assert(user, [[422]], '用户不存在！')"],
    ['javascript', "assert(req.user, [[401]], 'login first')"],
  ];
  const traps: [string, string][] = [
    ['java', 'int x = HttpStatus.FOO_999;'],
    ['javascript', 'httpStatusCode.DATA_NOT_VALID'],
    ['go', '// between 100 and 101 items'],
    ['go', '// pick 100 and 101 users'],
    ['javascript', '// retorna 100 itens'],
    ['javascript', '404: "a4"'],
    ['php', 'echo "      Response: " . substr($response, 0, 200) . "...\\n";'],
    ['python', '"Webhook returned %s: %s", response.status_code, response.text[:200]'],
    ['python', 'log(response.status_code, response.text[:200])'],
    ['javascript', 'return err(res, 404, "missing")'],
    ['php', '$x->err("x", 404)'],
    ['c', 'assert(x == 404);'],
    ['javascript', 'assert(x, 404)'],
    ['python', 'assert (x, 500, "x")'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the sixty-fifth to seventy-first sets (Flask tuples in parentheses, glued comments, CJK clauses, error texts, retryOn, reason phrase then colon)', () => {
  const positives: [string, string][] = [
    ['python', 'return (body, [[200]], {'],
    ['python', "return (\"JSON Decode failed\", [[400]], {'Content-Type':'text/plain'})"],
    ['python', 'return (jsonify(x), [[404]])'],
    ['python', '#create a [[402]] request with the server payout address'],
    ['ruby', "it 'is expected to return [[:created|201]] ([[201]]) HTTP status code' do"],
    ['plaintext', 'RewriteRule .* https://www.example.com%{REQUEST_URI} [r=[[301]],L,N]'],
    ['php', 'return response()->stream($callback, [[200]], $headers);'],
    ['javascript', "message = '拒绝访问([[403]])';"],
    ['javascript', "message = '请求错误([[400]])';"],
    ['rust', '/// 是否为 [[429]]（配额/限流）错误。'],
    ['rust', '/// 所有 key 均返回 [[429]] 时，首次等待 4 秒再重试，'],
    ['go', 'if !strings.Contains(err.Error(), "[[404]]") {'],
    ['javascript', 'if (err.message.includes("[[404]]")) {'],
    ['python', 'if "[[404]]" in str(e):'],
    ['yaml', 'retryOn: connect-failure,refused-stream,[[503]]'],
    ['yaml', 'retry_on: 5xx,[[503]]'],
    ['elixir', 'test "sends [[401]] resp with {error, reason} json as body" do'],
    ['elixir', 'test "will return [[400]] if secret is nil", ctx do'],
    ['swift', '/// Gateway Timeout: [[504]]'],
    ['java', 'configureResponseWithCode([[200]], response)'],
  ];
  const traps: [string, string][] = [
    ['python', 'return (a, 200)'],
    ['python', 'return (width, 200)'],
    ['shellscript', '#!/bin/bash 404'],
    ['python', '#sleep 500 ms'],
    ['ruby', 'puts :ok (404)'],
    ['javascript', "label = '数量(500)';"],
    ['javascript', '// 返回 500 条数据'],
    ['go', 'strings.Contains(line, "404")'],
    ['javascript', 'setTimeout(reject, 500, "error")'],
    ['javascript', 'setTimeout(() => { x(); }, 404)'],
    ['html', '<img class="pic-404__parent" src="@/assets/404_images/404.png" alt="404" />'],
    ['ruby', 'test "renders 404.html" do'],
    ['ruby', 'it "creates 200 users" do'],
    ['yaml', 'timeout: 504'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the seventy-second to seventy-seventh sets (range checks from 100, docstrings, "403 Error", Akka and Play names in Scala, mixed-case enum members, Hebrew, slash runs, flask.abort)', () => {
  const positives: [string, string][] = [
    ['lua', 'if code >= [[100]] and code < [[200]] then return nil end'],
    ['javascript', 'if (code < [[100]] || code > [[599]]) {'],
    ['python', '"""Raise a standard [[404]] HTTPException.'],
    ['python', '"""Any time you need to return a [[401]] you should return this'],
    ['properties', 'error-403.title = [[403]] Error'],
    ['properties', '404.title=[[404]] error'],
    ['php', '// Se houver qualquer inconsistência, encerra com erro [[400]]'],
    ['scala', 'complete([[NoContent|204]], ItemsService.delete(method, skus))'],
    ['scala', 'val r = HttpResponse(status = [[Created|201]])'],
    ['scala', 'status(home) must equalTo([[OK|200]])'],
    ['scala', 'status(result) must_== [[SEE_OTHER|303]]'],
    ['typescript', 'statusCode = [[StatusCode.Not_Found|404]]'],
    ['csharp', 'return NotFound(); // מחזיר [[404]] אם המשתמש לא נמצא'],
    ['elixir', 'assert_error_sent [[404]], fn ->'],
    ['php', "$this->di->exception('controller class does not exist:'.$fullClassName, [[500]]);"],
    ['xml', '<failureDefinitions statusCodes="[[200]]-999" />'],
    ['go', '// Example: treat [[502]]/[[503]]/[[504]] as failures:'],
    ['python', 'flask.abort([[400]])'],
    ['javascript', '{ code: [[404]], name: "Not Found" }'],
    ['javascript', 'res.json({ code: [[404]], name: "user" })'],
  ];
  const traps: [string, string][] = [
    ['javascript', 'if (code >= 100) {'],
    ['go', 'CodeSuccess = 100 + iota'],
    ['python', '"""Wait 500 ms before retrying the request.'],
    ['javascript', 'log("500 errors so far")'],
    ['python', "self.push('503 Error: need MAIL command')"],
    ['scala', 'case NotFound => x'],
    ['typescript', 'x = StatusCode.Foo_Bar'],
    ['typescript', 'x = Color.Not_Found'],
    ['javascript', 'const r = 200-999;'],
    ['markdown', 'sizes 100/200/300 px'],
    ['python', 'self.abort(400)'],
    ['csharp', '_context.Markets.Add(new Market { Code = 200, Name = "Indexes" });'],
    ['javascript', '{ code: 404, name: "Resource missing" }'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the seventy-eighth to eighty-third sets (ternaries of two codes, match arms, doc-comment bullets, commented list items, concatenated status lines, response keys, Plug resp)', () => {
  const positives: [string, string][] = [
    ['javascript', 'complete( evt.type === "error" ? [[404]] : [[200]], evt.type );'],
    ['php', '$this->isProduction ? [[404]] : [[403]]'],
    ['fsharp', '| "[[404]]" -> Failure [ ApiResponseException.NotFound ]'],
    ['rust', '/// * `[[422]]` - HTTPResponse with JSON object indicating that the payload was incomplete.'],
    ['python', '# - [[404]]: Not found when the id is unknown'],
    ['python', '[[304]],  # Not Modified'],
    ['java', 'os.write(("HTTP/1.1 " + "[[500]]").getBytes());'],
    ['php', "header($_SERVER['SERVER_PROTOCOL'] . ' [[404]] Not Found');"],
    ['markdown', 'response: [[200]]'],
    ['ruby', 'should include("response" => [[304]] )'],
    ['markdown', '[[400]]: **invalidate arguments**'],
    ['json', '"//valido que el api responda con el codigo [[200]]\\r",'],
    ['kotlin', 'import org.http4k.core.[[Status.Companion.NOT_FOUND|404]]'],
    ['php', '], [[401]])->withCors();'],
    ['elixir', '|> resp([[200]], "response")'],
  ];
  const traps: [string, string][] = [
    ['dart', '500,'],
    ['css', '400,'],
    ['javascript', 'const w = big ? 400 : 200;'],
    ['fsharp', '| "100" -> x'],
    ['rust', '/// * `100` - items per page'],
    ['java', ' * - 500 - the number of retries'],
    ['python', '500,  # five hundred items'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the eighty-fourth to eighty-ninth sets (SDK matchers, media-type table rows, jQuery success map, HAProxy errorfile, health-check matchers, grep alternations, Deno STATUS_CODE, Kotlin ranges)', () => {
  const positives: [string, string][] = [
    ['typescript', 'M.json([[200]], components.Brain$inboundSchema),'],
    ['markdown', '| errors.UploadDocumentResponseBody | [[400]] | application/json |'],
    ['javascript', '0: [[200]],'],
    ['javascript', '1223: [[204]]'],
    ['plaintext', '#errorfile [[503]] /etc/haproxy/haproxy.cfg'],
    ['terraform', 'matcher             = "[[200]]"'],
    ['shellscript', 'curl -Is "$1" | grep -w "[[200]]\\|[[301]]\\|[[302]]" >/dev/null 2>&1'],
    ['shellscript', 'curl -Is "$1" | grep -w "[[200]]\\|[[301]]" >/dev/null 2>&1'],
    ['typescript', 'assertEquals([[STATUS_CODE.NotFound|404]], [[404]]);'],
    ['kotlin', 'in [[500]]..[[599]] -> Result.Error(ApiError.ServerError("Server error"))'],
    ['markdown', '- [[500]] -> "Our servers are having trouble."'],
  ];
  const traps: [string, string][] = [
    ['javascript', '0: 100,'],
    ['markdown', '| MAX_CACHED_EVENTS | 100 | text/plain |'],
    ['javascript', 'const matcher = /200/'],
    ['kotlin', 'for (i in 100..199) println(i)'],
    ['shellscript', 'echo "200\\|301"'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the ninetieth to ninety-fifth sets (Netty names after the protocol version, library definitions of status names)', () => {
  const positives: [string, string][] = [
    ['java', 'FullHttpResponse response = new DefaultFullHttpResponse(HTTP_1_1, [[NOT_MODIFIED|304]], Unpooled.EMPTY_BUFFER);'],
    ['java', 'HttpResponse response = new DefaultHttpResponse(HTTP_1_1, [[OK|200]]);'],
    ['java', 'public static final HttpResponseStatus [[CONTINUE|100]] = newStatus([[100]], "Continue");'],
    ['php', 'const [[STATUS_NOT_FOUND|404]] = [[404]];'],
    ['scala', 'val [[NotFound|404]]: StatusCode = StatusCode([[404]])'],
    ['java', 'public static final int [[SC_NOT_FOUND|404]] = [[404]];'],
    ['go', '[[StatusOK|200]]                   = [[200]] // RFC 9110, 15.3.1'],
  ];
  const traps: [string, string][] = [
    ['java', 'new DefaultFullHttpResponse(HTTP_1_1, FOO_BAR)'],
    ['javascript', 'const MY_ERR = 404;'],
    // (an application's own enum sharing a library's spelling: only the number is marked)
    ['cpp', 'CODE_100 = [[100]],   // Continue'],
    ['swift', 'case created = [[201]]'],
    ['csharp', 'Continue = [[100]],'],
    ['scala', 'val StatusCode: StatusCode = StatusCode([[100]])'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from a label-free probe of unused crawl snapshots (names in words after a code, labelled phrases, :status pairs, sibling phrases)', () => {
  const positives: [string, string][] = [
    ['c', 'XX([[500]], INTERNAL_SERVER_ERROR, INTERNAL_SERVER_ERROR) \\'],
    ['swift', 'public static var ok: Self { .init(uncheckedCode: [[200]], reasonPhrase: "OK") }'],
    ['python', 'Response([[404]], reason="Not Found")'],
    ['swift', '["name": ":status", "value": "[[204]]"]'],
    ['swift', 'HTTPField(name: HTTPField.Name(parsed: ":status")!, value: "[[200]]"),'],
    ['php', 'if ($httpReturnCode >= [[400]]) {'],
    ['c', 'if (http_return_code == [[404]])'],
    ['php', '$x = \'[[503]] Bad Gateway\';'],
  ];
  const traps: [string, string][] = [
    ['java', 'submit(500, MAX_RETRIES);'],
    ['python', 'foo(200, name="Not Found")'],
    ['python', 'foo(200, name="hello")'],
    ['go', '{Name: ":path", Value: "200"},'],
    ['php', 'if ($returnCode >= 400) {'],
    ['php', '$x = \'402 Bad Gateway\';'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the ninety-sixth to hundred-and-first sets (Jooby StatusCode, bare Spring names, Rust error arms, Netlify redirects, status-keyed maps and keys)', () => {
  const positives: [string, string][] = [
    ['kotlin', 'ctx.responseCode = [[StatusCode.OK|200]]'],
    ['java', '.status([[StatusCode.SERVER_ERROR|500]].value())'],
    ['java', 'return handleDomainException(ex, request, [[NOT_FOUND|404]]);'],
    ['java', 'response.statusCode == [[UNPROCESSABLE_ENTITY|422]]'],
    ['kotlin', 'assertEquals([[CREATED|201]].value(), response.statusCode)'],
    ['groovy', 'render status: [[NOT_FOUND|404]]'],
    ['kotlin', 'message: String = [[HTTP_VERSION_NOT_SUPPORTED|505]].message,'],
    ['rust', 'HandlerError::ValidationError(_) => [[400]],'],
    ['rust', 'Self::Forbidden { .. } => [[403]],'],
    ['plaintext', '/old-page /new-page [[301]]'],
    ['rust', 'let number_tmp = codes["[[500]]"].as_i64().unwrap();'],
    ['javascript', 'message: translate(\'service.default-message.response-status-[[403]]\'),'],
    ['html', '<span>[[404]]</span>'],
    ['php', 'echo "Erreur [[404]]";'],
    ['javascript', 'redirect(\'/error/[[500]]\')'],
  ];
  const traps: [string, string][] = [
    ['java', 'span.setStatus(StatusCode.OK);'],
    ['kotlin', 'ctx.session.close(StatusCode.SERVER_ERROR, exception.message, Callback.NOOP)'],
    ['java', 'throw new BusinessException(ErrorCode.NOT_FOUND);'],
    ['java', 'if (order.status == CREATED) {'],
    ['java', 'log.error(createLog(request, INTERNAL_SERVER_ERROR, UNEXPECTED_ERROR, ex.getMessage()), ex);'],
    ['rust', 'Some(x) => 404,'],
    ['rust', 'Color::Red(x) => 400,'],
    ['plaintext', '/a /b 500'],
    ['rust', 'let x = opcodes["200"];'],
    ['css', '.status-200 { color: green; }'],
    ['html', '<td>404</td>'],
    ['javascript', 'path: \'/error/500\','],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the hundred-and-second to hundred-and-seventh sets (status handler maps, error classes\' super calls, error views, WordPress redirects)', () => {
  const positives: [string, string][] = [
    ['javascript', '[[200]]: function(data) {'],
    ['javascript', '[[500]]: (res) => res.json(),'],
    ['typescript', 'super(message, \'VALIDATION_ERROR\', [[400]], meta);'],
    ['python', 'return ErrorView("timeout", "a timeout occured", [[500]]).to_response()'],
    ['php', 'wp_safe_redirect( $url, [[302]] );'],
    ['markdown', '# [[500]] — Something went wrong'],
  ];
  const traps: [string, string][] = [
    ['javascript', '100: function(x) {'],
    ['php', 'wp_safe_redirect(get_permalink(200));'],
    ['typescript', 'super(name, 400);'],
    ['markdown', 'We have 404 items - all found'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the hundred-and-eighth to hundred-and-thirteenth sets (akka complete, status-keyed lookups, cmp_ok, Response.bytes, HTML tag names)', () => {
  const positives: [string, string][] = [
    ['scala', 'complete([[400]], "not found")'],
    ['typescript', 'let statusName: string = HttpStatus[[[200]]]; // "OK"'],
    ['rust', 'let n = status_counts[[[503]]];'],
    ['perl', 'cmp_ok($res->code, \'==\', [[404]]);'],
    ['dart', 'return http.Response.bytes(body, [[201]]);'],
    ['markdown', '响应状态码: [[404]]'],
    ['markdown', 'The server answers <code>[[404]]</code> when the user is missing'],
    ['typescript', 'expectTypeOf<ExtractSchemaForStatusCode<typeof route, [[201]]>>().toEqualTypeOf<{'],
  ];
  const traps: [string, string][] = [
    ['markdown', '<code>100-relationship_states_cities.py</code>'],
    ['javascript', 'res.set("Cache-Control", "max-age=300")'],
    ['javascript', 'headers.set("stale-while-revalidate", 500)'],
    ['javascript', 'task.complete(200);'],
    ['javascript', 'const x = items[404];'],
    ['markdown', 'The quota (404 per day) was reached.'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the hundred-and-fourteenth to hundred-and-nineteenth sets (other libraries\' upper-case names, response-first renders, synth/reply/send_text, 1xx body codes)', () => {
  const positives: [string, string][] = [
    ['typescript', '.status([[StatusCode.RANGE_NOT_SATISFIABLE|416]])'],
    ['rust', 'Ok([[Status::NOT_FOUND|404]].into())'],
    ['python', '(body, type, status) = process_text_response(msg, \'text/html\', [[500]])'],
    ['javascript', 'nock(\'https://api.example.com\').get(\'/users\').reply([[404]], { error: \'missing\' })'],
    ['csharp', '.ProducesValidationProblem([[404]]);'],
    ['php', '<div class=" number font-red"> [[404]] </div>'],
    ['markdown', 'incoming requests are rejected with an HTTP Server Timeout ([[503]]) response.'],
    ['markdown', '- Login Failure -> **[[400]]**'],
  ];
  const traps: [string, string][] = [
    ['java', 'span.setStatus(StatusCode.OK);'],
    ['rust', 'Status::PENDING'],
    ['javascript', 'message.reply(100)'],
    ['coffeescript', 'fn { status: 102, message: "can\'t reply other\'s service" } if fn'],
    ['markdown', '{:ok, _pid} = :cowboy.start_http(:http, 100, opts, [env: env])'],
    ['markdown', '- width -> 300px'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from the hundred-and-twentieth to hundred-and-twenty-fifth sets (code/message brace pairs, arms of several codes, ids)', () => {
  const positives: [string, string][] = [
    ['cpp', 'return {[[201]], "File uploaded successfully."};'],
    ['rust', '[[400]] | [[404]] => Error::Client,'],
    ['markdown', '| [[404]] | [[404]] | `NotFoundException` |'],
  ];
  const traps: [string, string][] = [
    ['java', 'int statusId = 404;'],
    ['cpp', '{200, "Widget"},'],
    ['rust', '100 | 200 => 5,'],
  ];
  markedCases(positives, traps);
});

suite('detect: rules from a second label-free probe (IXR_Error, Rust Response constructors, streamed responses, Mockito stubs, :status arguments)', () => {
  const positives: [string, string][] = [
    ['php', 'return new IXR_Error( [[403]], __( \'The role specified is not valid\' ) );'],
    ['rust', 'Self::json([[403]], serde_json::json!({"error": message.into()}))'],
    ['rust', '/// Response::json([[201]], json!({"id": "new-id"}))'],
    ['dart', 'ResponseBody(source.stream, [[200]]),'],
    ['ruby', 'allow(c).to receive(:get).and_return(ActionDispatch::Response.new([[200]], {}, body, {}))'],
    ['dart', 'when(response.statusCode).thenReturn([[200]]);'],
    ['kotlin', 'Header(":status", "[[404]]"),'],
    ['markdown', '* BadRequestHttpException: код состояния [[400]].'],
  ];
  const traps: [string, string][] = [
    ['java', 'when(list.size()).thenReturn(200);'],
    ['java', 'add(":path", "200");'],
    ['rust', 'let x = Self::new(200);'],
  ];
  markedCases(positives, traps);
});

suite('detect: more from the second probe (keyed message tables, OpenAPI responses by index, Kong exit, HttpCore, dio, parenthesised codes after error words)', () => {
  const positives: [string, string][] = [
    ['lua', '[[[400]]] = "Bad Request",'],
    ['csharp', 'var responseSchema = operation["responses"]!["[[200]]"]!["content"];'],
    ['html', 'Response::new([[301]]).with_header("Location", "/new-path")'],
    ['kotlin', 'BasicHttpResponse([[200]]),'],
    ['dart', 'return ResponseBody.fromString(\'Welcome to pub.dev\', [[200]]);'],
    ['dart', 'RedirectRecord([[301]], \'GET\', Uri.parse(\'https://flutter.dev/x\')),'],
    ['python', 'HTTPException: [[404]] if version not found.'],
  ];
  const traps: [string, string][] = [
    ['lua', '[100] = "apple",'],
    ['java', 'int x = arr[200];'],
    ['rust', 'let x = Self::new(200);'],
  ];
  markedCases(positives, traps);
});

suite('detect: traps from a precision probe (coordinates, country codes, SMTP reply texts, names holding "rc")', () => {
  const positives: [string, string][] = [
    ['shellscript', 'if [ $rc -eq [[200]] ]; then'],
    ['markdown', 'codes: [[200]],[[201]],[[204]]'],
  ];
  const traps: [string, string][] = [
    ['plaintext', '906,413 -> 906,776'],
    ['php', '598 => \'Uruguay (+598)\','],
    ['markdown', '[[ "$percentage" -eq 100 ]] && break'],
    ['markdown', '| 503 | Bad sequence of commands |'],
  ];
  markedCases(positives, traps);
});

suite('detect: HTML table rows, keyed message tables after a name, ESP8266 send_P, FastEndpoints', () => {
  const positives: [string, string][] = [
    ['html', '<tr><td><code>created(body)</code></td><td>[[201]]</td><td>Successful POST</td></tr>'],
    ['csharp', '=> ctx.Response.SendStringAsync("Bearer token has been revoked!", [[401]], cancellation: ct);'],
    ['csharp', '=> Send.ResponseAsync(new() { Message = "failure" }, [[500]], ct);'],
  ];
  const traps: [string, string][] = [
    ['html', '<tr><td>Widget</td><td>404</td><td>12.50</td></tr>'],
    ['csharp', 'prices[200] = "cheap";'],
  ];
  markedCases(positives, traps);
});

suite('detect: FastAPI responses dicts, URL test tables, a code and its own string, handlers named for a code, Rocket catchers', () => {
  const positives: [string, string][] = [
    ['python', '@app.get("/responses", responses={[[200]]: {"model": Rectangle}})'],
    ['go', '{"GET", "http://example.com/", [[404]], "", ""},'],
    ['python', '[[404]]: handle_404,'],
    ['rust', 'let catcher = Catcher::new([[500]], handle_500);'],
  ];
  const traps: [string, string][] = [
    ['python', 'resize("http://x/img.png", 200, 300)'],
    ['python', '300: item_300,'],
    ['ruby', 'x = Rack::Response.new(\'test\', 2040)'],
  ];
  markedCases(positives, traps);
});

suite('detect: C++ CHECK macros, assert*Request helpers, PHPUnit status mocks, HTTP-code enum names', () => {
  const positives: [string, string][] = [
    ['cpp', 'CHECK([[200]] == response("Hello there").code);'],
    ['go', 's.assertHeaderRequest("X-Gotify-Key", "clienttoken", s.auth.RequireAdmin, [[403]])'],
    ['php', '$r->expects($this->once())->method(\'statusCode\')->with([[500]]);'],
    ['typescript', 'MyHttpStatusCodeForbidden = [[403]],'],
  ];
  const traps: [string, string][] = [
    ['c', 'FIRInstallationsHTTPCodeSomething = 404,'],
    ['php', '$r->expects($this->once())->method(\'count\')->with(500);'],
  ];
  markedCases(positives, traps);
});

suite('detect: packed tables of generated numbers and row indexes in comments are not statuses', () => {
  const positives: [string, string][] = [
    ['javascript', 'const codes = [[[[200]],[[201]],[[202]],[[204]],[[301]],[[302]],[[404]]];'],
    ['javascript', '/* [[404]] */'],
  ];
  const traps: [string, string][] = [
    ['c', '497,497,497,497,497,497,497,497,497,497,497,497,497,497,497,497,'],
    ['c', '203,204,205,206,207,139,208,209, 71,210,211,212,213,214,215,216, /* U+1F000 */'],
    ['c', '{    73,     12,      3,      0,      0, }, /* 525 */'],
  ];
  markedCases(positives, traps);
});

suite('detect: docstring asserts, a code paired with its constant, mocked fetches, switch arms with a phrase', () => {
  const positives: [string, string][] = [
    ['python', 'Assert: status_code = [[200]]'],
    ['java', '([[200]], [[HttpStatus.OK|200]])'],
    ['kotlin', 'server1.enqueue(MockResponse([[200]]))'],
    ['powershell', '[[404]] { return \'Not Found\' }'],
  ];
  const traps: [string, string][] = [
    ['c', '500 { x = 1; }'],
    ['python', '(300, foo.bar)'],
  ];
  markedCases(positives, traps);
});


suite('detect: error text searched with optional chaining, Kotlin test names, HTTP class bounds, HTML bodies, headers arguments, bare ASP.NET names', () => {
  const positives: [string, string][] = [
    ['dart', '} else if (e.message?.contains(\'[[401]]\') ?? false) {'],
    ['dart', 'if (errorMsg.contains(\'[[400]]\')) {'],
    ['kotlin', 'fun `should return [[404]] when short code not found`() {'],
    ['kotlin', '@Test fun `returns [[400]] for a bad body`() = runTest {'],
    ['javascript', 'const HTTP_SERVER_ERROR_MIN = [[500]]'],
    ['go', 'const httpClientErrorMin = [[400]]'],
    ['groovy', '1 * get("/") >> new Pair([[200]], "<html></html>")'],
    ['java', 'return new Page(request.getUrl(), [[200]], headers, resource);'],
    ['python', '- [[404]] if the User ID doesn\'t exist'],
    ['csharp', 'return StatusCode([[Status500InternalServerError|500]]);'],
  ];
  const traps: [string, string][] = [
    ['javascript', 'if (items.includes("500")) {'],
    ['kotlin', 'fun `takes 200 items`() {'],
    ['javascript', 'const HTTP_CLIENT_ERROR_MIN = 500'],
    ['javascript', 'draw(200, "<div>")'],
    ['plaintext', '# if the file does not exist, serve 404.php'],
    ['python', '- 200 rows at most'],
    ['csharp', 'var x = MyStatus404Thing;'],
  ];
  markedCases(positives, traps);
});

suite('detect: status pages named by the code, slugs naming a status, error bodies keyed `code:`, page views, Flask return tuples closing a call, exceptions built from a status, retry policies', () => {
  const positives: [string, string][] = [
    ['csharp', 'client.BaseAddress = new Uri("https://http.cat/[[401]]");'],
    ['markdown', 'See https://httpstatuses.com/[[422]] for details'],
    ['javascript', '// See https://developer.github.com/changes/2016-03-17-the-[[451]]-status-code-is-now-supported/'],
    ['ruby', 'code: [[:bad_request|400]], message: \'Token invalido\'}, status: [[:bad_request|400]] and return'],
    ['ruby', 'x = { :code => [[:forbidden|403]] }'],
    ['python', '    language=LANGUAGE), [[404]]'],
    ['python', '}), [[201]]  # created'],
    ['kotlin', '?: throw OpenAIException([[500]], "No choices in response")'],
    ['java', 'assertThat(policy.isRetryable([[429]])).isTrue();'],
  ];
  const traps: [string, string][] = [
    ['markdown', 'see http.cat/500 for'],
    ['css', '.row-404-status { color: red }'],
    ['ruby', 'render_error(status_code: x, error_code: :bad_request)'],
    ['ruby', '{ code: :ok }'],
    ['markdown', 'and over 200 page views in 10 different countries'],
    ['python', '    b), 300'],
    ['python', 'x = (foo(a), 200)'],
    ['typescript', "throw new RangeError(404, 'index out of range');"],
    ['java', 'throw new IllegalStateException(500, "x")'],
  ];
  markedCases(positives, traps);
});

suite('detect: mixed lists of statuses, CS50 apology, Laravel redirector, error strings, triple-quoted Flask bodies, apidoc example titles', () => {
  const positives: [string, string][] = [
    ['python', 'random.choice([[[200]], [[301]], [[400]], [[401]], [[403]], [[404]], [[405]], [[500]]]),'],
    ['python', 'all_stats = ("[[200]]", "[[301]]", "[[400]]", "[[401]]", "[[403]]", "[[404]]", "[[405]]", "[[500]]")'],
    ['python', 'return apology("must provide username", [[403]])'],
    ['php', "return redirect()->route('topics.show', [$topic->category, $topic], [[301]]);"],
    ['php', 'return Redirect::to($url, [[302]]);'],
    ['dart', "} else if (errorString.contains('[[401]]') || errorString.contains('unauthorized')) {"],
    ['python', '""".format(e), [[500]]'],
    ['javascript', ' * @apiErrorExample {json} Error-[[404]]:'],
    ['javascript', "if (apiError.message.includes('[[429]]') ||"],
  ];
  const traps: [string, string][] = [
    ['python', 'sizes = [100, 200, 300, 400, 500]'],
    ['javascript', 'const xs = [200, 301, 404, 17, 500]'],
    ['python', 'return apology("TODO")'],
    ['php', "return route('topics.show', [$topic], 301);"],
    ['javascript', ' * @example Sheet-200:'],
    ['javascript', 'if (mirror.message.includes("404")) {'],
  ];
  markedCases(positives, traps);
});

suite('detect: Rack-style returns and thrown responses, error page helpers, switch arms returning a reason phrase, durations named after statuses', () => {
  const positives: [string, string][] = [
    ['ruby', 'return [[400]], error.message'],
    ['ruby', 'throw(:response, [[[404]], \'No poll found\'])'],
    ['ruby', 'throw :halt, [[[401]], "x"]'],
    ['php', 'errorPage("Extension gd is not loaded.", [[500]]);'],
    ['java', 'case [[100]]:\treturn\t"Continue";'],
    ['java', 'case [[101]]: msg = "Switching Protocols"; break;'],
  ];
  const traps: [string, string][] = [
    ['ruby', 'return 200, 300'],
    ['ruby', 'x = [404, "y"]'],
    ['java', 'case 100: return "Hello";'],
    ['shellscript', 'GITTAB_MERGE_REQUEST_STATUSES_TTL=300'],
    ['typescript', "ttl = this.configService.get('GITTAB_MERGE_REQUEST_STATUSES_TTL', 300);"],
    ['javascript', 'const statusPollInterval = 500;'],
  ];
  markedCases(positives, traps);
});

suite('detect: shell tests of response variables, base controllers\' jsonResponse, response message tables, objects keyed by status classes', () => {
  const positives: [string, string][] = [
    ['shellscript', 'if [ "$csrf_response" = "[[200]]" ] || [ "$csrf_response" = "[[201]]" ]; then'],
    ['shellscript', 'if [[ ${http_code} != [[404]] ]]; then'],
    ['javascript', "return BaseController.jsonResponse(this.res, [[404]], message ? message : 'Not found');"],
    ['swift', 'print(responseMessages[[[200]]])'],
    ['typescript', " * (e.g. { '[[200]]-[[299]]': 86400, '[[404]]': 1, '[[500]]-[[599]]': 0 })"],
  ];
  const traps: [string, string][] = [
    ['shellscript', 'if [ "$percentage" = "200" ]; then'],
    ['javascript', "const x = { '404': 1 }"],
    ['swift', 'print(messages[200])'],
  ];
  markedCases(positives, traps);
});

suite('detect: actix-web error helpers, go-swagger response keys, exception classes mapped to codes, own string constants spelt like a library', () => {
  const positives: [string, string][] = [
    ['rust', 'return Err([[actix_web::error::ErrorBadRequest|400]]("Username or email already exists"));'],
    ['rust', '.map_err([[error::ErrorInternalServerError|500]])?;'],
    ['rust', 'data.validate().map_err([[ErrorBadRequest|400]])?;'],
    ['go', "//   '[[200]]':"],
    ['php', "[[404]] => 'ResourceNotFoundException',"],
    ['python', '"email" : new_user.email}), [[201]]'],
    ['python', "[[HTTP_OK|200]] = '[[200]] OK'"],
  ];
  const traps: [string, string][] = [
    ['rust', 'let x = MyErrorNotFound(1);'],
    ['go', "x := 1 // '200':"],
    ['php', "500 => 'Honduras'"],
    ['go', 'StatusCreated       = "created"'],
  ];
  markedCases(positives, traps);
});

suite("detect: Starlette responses with the status second, wrapped reason phrases, a project's own status enum, bullets `201 = success`, Portuguese prose", () => {
  const positives: [string, string][] = [
    ['python', 'return JSONResponse({"success": False},[[400]])'],
    ['python', 'return HTMLResponse(page, [[404]])'],
    ['dart', "/// Update a thread's settings. Returns a channel on success, and a [[400]] BAD"],
    ['rust', '/// If the extension is missing it will reject the request with a `[[500]] Internal'],
    ['typescript', 'res.status([[HttpResponseCodes.NotFound|404]]).send({error: e.message});'],
    ['typescript', 'code: number = [[HTTP_CODE.NOT_FOUND|404]];'],
    ['csharp', 'return new StatusCodeResult([[HttpCodes.BAD_REQUEST|400]]);'],
    ['markdown', '- [[201]] = success'],
    ['markdown', '- [[500]] = failed'],
    ['markdown', 'Se a mesma for enviada novamente, a API retorna o link existente ([[200]]) ao invés de criar um novo.'],
    ['markdown', 'Entonces los paths frontend faltantes devuelven el `[[404]]` normal.'],
  ];
  const traps: [string, string][] = [
    ['python', 'return JSONResponse(rows[:200])'],
    ['dart', '/// Returns at most 200 Bad'],
    ['typescript', 'const x = 400 // Bad'],
    ['typescript', 'res.status(HttpResponseCodes.Teapot)'],
    ['markdown', '- 300 = width'],
    ['markdown', 'A API retorna 200 registros por página.'],
  ];
  markedCases(positives, traps);
});

suite("detect: Ruby's Net::HTTP response classes, Strikt status assertions, retry delays, Rust's Option::expect, fixture file names, keys numbered beyond statuses", () => {
  const positives: [string, string][] = [
    ['ruby', 'if response.is_a?([[Net::HTTPPartialContent|206]])'],
    ['ruby', 'when [[Net::HTTPForbidden|403]], [[Net::HTTPNotFound|404]]'],
    ['ruby', 'when [[Net::HTTPRequestEntityTooLarge|413]]'],
    ['ruby', 'unless [[Net::HTTPOK|200]] === response then'],
    ['ruby', "allow(http).to receive(:request).and_return(Net::HTTPForbidden.new('1.1', [[403]], 'Forbidden'))"],
    ['kotlin', 'expectThat(response).get { status }.isEqualTo([[404]])'],
    ['markdown', '- `[[200]]` means success.'],
    ['javascript', ' * rejected with [[403]] `email_unconfirmed` on Bearer-protected requests'],
    ['javascript', 'res.status([[404]]).json({ code: [[404]], code: 1001 })'],
  ];
  const traps: [string, string][] = [
    ['ruby', 'class Net::HTTPNotFound < Net::HTTPClientError'],
    ['ruby', 'when Net::HTTPSuccess'],
    ['java', 'calls.retryException(exceptionMethod, 3, 500);'],
    ['rust', 'best_fitness = Some(best_fitness_gen.expect("417"));'],
    ['ruby', "@test_data_path = Pathname(File.join(@tmp_dir, '200-ok.json'))"],
    ['ruby', "# [AcctAmount code: '101', amount: -5.79, AcctAmount code: '701', 1.23]"],
    ['markdown', '- 300 means the width'],
  ];
  markedCases(positives, traps);
});

suite('detect: products beside status words, lone unofficial codes in comments, ranges of other numberings, C# auto-properties, defaults in prose', () => {
  const positives: [string, string][] = [
    ['markdown', '**head** [[404]]'],
    ['markdown', 'status: **[[404]]**'],
    ['c', '    ngx_null_string,   /* [[499]], client has closed connection */'],
    ['swift', 'case [[402]], [[405]]...599: return .serverError(code: statusCode)'],
    ['swift', 'case [[401]]..<500:'],
    ['csharp', 'public int StatusCode { get; set; } = [[200]];'],
    ['csharp', 'public int HttpStatus { get; private set; } = [[404]];'],
    ['javascript', ' * defaulting to [[302]].'],
    ['markdown', '(as it used to work showing a [[404]] website)'],
    ['markdown', '**Problem:** GitHub Pages shows [[404]]'],
  ];
  const traps: [string, string][] = [
    ['csharp', 'Console.WriteLine($"The percentage of Head is : {(double)head * 100 / n}");'],
    ['csharp', 'var p = status * 100;'],
    ['ruby', '# 420'],
    ['dart', 'late num? epoch;          //425,'],
    ['swift', 'case 301...500 :'],
    ['swift', 'case 501...600 :'],
    ['csharp', 'public int Timeout { get; set; } = 200;'],
    ['javascript', '// timeout defaults to 300 seconds'],
    ['typescript', '// TODO: improve default 404/500 pages with a styled HTML response'],
    ['markdown', 'The list shows 404 items'],
  ];
  markedCases(positives, traps);
});

suite('detect: result types built from a status and an error body, sums in parentheses, tables of numbers, adverbs in test titles, page file names', () => {
  const positives: [string, string][] = [
    ['kotlin', 'return LLMNonStreamResult([[429]], errorJson("rate_limited", "too many"))'],
    ['kotlin', 'return ApiResult([[500]], errorBody(e))'],
    ['typescript', "test('should handle [[404]] gracefully', async ({ page }) => {"],
    ['go', 'c.HTML([[404]], "404.html", nil)'],
    ['rust', '[[404]] => [[StatusCode::NOT_FOUND|404]],'],
  ];
  const traps: [string, string][] = [
    ['kotlin', 'return SearchResult(100, errorCount(x))'],
    ['ruby', 'usage = (100 - status[12].to_f).round(2)'],
    ['ruby', 'usage = (100 + status)'],
    ['php', '200 => 200 ,'],
    ['typescript', "test('should send 500 daily emails', async () => {"],
    ['javascript', 'res.render("404.html")'],
    ['markdown', 'If there is a `404.html` file in the frontend directory'],
  ];
  markedCases(positives, traps);
});

suite('detect: quoted code-and-noun texts, API Blueprint sections with the media type glued on, match arms to error tuples, shell case patterns, document numbers', () => {
  const positives: [string, string][] = [
    ['yaml', '      description: "[[400]] response"'],
    ['javascript', 'const label = "[[500]] error";'],
    ['markdown', '> Response [[200]](application/json)'],
    ['markdown', '+ Response [[404]]'],
    ['rust', 'LedgerError::Validation(_) => ([[400]], "validation_error", error.to_string()),'],
    ['scala', 'case NotFound => ([[404]], "missing")'],
    ['shellscript', '  [[200]]|[[201]])'],
    ['shellscript', '    [[404]]) echo missing ;;'],
  ];
  const traps: [string, string][] = [
    ['javascript', 'const label = "500 errors";'],
    ['javascript', 'const limit = "500 requests";'],
    ['javascript', 'Response 200 bytes'],
    ['rust', 'Some(x) => (300, "abc"),'],
    ['shellscript', 'width = (300, 400)'],
    ['markdown', 'To discover the rate ingredients for this API, look at Publication 205.'],
    ['markdown', 'See Lesson 404 in the course'],
  ];
  markedCases(positives, traps);
});

suite('detect: error codes named for their outcome', () => {
  const positives: [string, string][] = [
    ['kotlin', 'val ERROR_CODE_AUTH = [[401]]'],
    ['java', 'public static final int ERROR_CODE_SUCCESS = [[200]];'],
  ];
  const traps: [string, string][] = [
    ['java', 'public static final int ERROR_CODE_MAX = 500;'],
    ['kotlin', 'val ERROR_CODE_LIMIT = 404'],
  ];
  markedCases(positives, traps);
});

suite('detect: tuples kept for a later return, the ErrorHandler class, response helpers given the response first, Go status-and-error returns, "Returned when" descriptions, lone unofficial codes', () => {
  const positives: [string, string][] = [
    ['python', 'response = ({}, [[404]])'],
    ['python', "resp = ({'error': 'gone'}, [[410]])"],
    ['python', 'return (result, [[400]])'],
    ['javascript', 'next(new ErrorHandler("User not found", [[404]]));'],
    ['typescript', 'throw new ErrorHandler([[400]], "Please fill all details");'],
    ['javascript', "return successResponse(res, rows, 'Hostel retrieved successfully', [[200]]);"],
    ['go', 'return [[500]], fmt.Errorf("create post: %w", err)'],
    ['go', 'if err != nil { return [[404]], err }'],
    ['rust', '("[[422]]", "Returned when the page size is invalid"),'],
  ];
  const traps: [string, string][] = [
    ['python', 'point = (x, 200)'],
    ['python', 'result = (total, 400)'],
    ['javascript', 'app.use(ErrorHandler);'],
    ['javascript', 'parseResponse(data, 200)'],
    ['go', 'return 256, nil'],
    ['go', 'return 500, "", "", "", err'],
    ['rust', '("404", "Returned by the scanner"),'],
    ['json', '530,'],
    ['markdown', '524'],
  ];
  markedCases(positives, traps);
});

suite("detect: Rocket's Status is never called, the status before the body, a responder given the status alone, bullets led by a pair of codes", () => {
  const positives: [string, string][] = [
    ['rust', 'None => Err([[Status::NotFound|404]])'],
    ['javascript', "return json([[404]], { error: 'not_found' }, headers);"],
    ['javascript', 'res.json([[201]], created);'],
    ['rust', 'Self::respond([[400]])'],
    ['markdown', '- [[401]]/[[403]] → `Authentication failed. Check your API token.`'],
  ];
  const traps: [string, string][] = [
    ['rust', 'status: Status::Created(String::from("CREATED")),'],
    ['javascript', 'json(200, 300)'],
    ['markdown', '- 100/200: weights'],
  ];
  markedCases(positives, traps);
});

suite('detect: JVM enum constants built from an error status and its message, route tables with a method cell', () => {
  const positives: [string, string][] = [
    ['java', 'NOT_CONNECTED([[500]], "Not connected."),'],
    ['kotlin', 'INVALID_TOKEN([[401]], "The token has expired"),'],
    ['markdown', '| DELETE | /api/users/:id | [[204]] | Remove a user |'],
  ];
  const traps: [string, string][] = [
    ['kotlin', 'MAPS_LAYER(420),'],
    ['java', 'MEDIUM(300, "Medium"),'],
    ['typescript', 'NOT_CONNECTED(500, "Not connected."),'],
    ['markdown', '| GET | /items | 500 items max |'],
    ['markdown', '| 2 | 200 | 400 |'],
  ];
  markedCases(positives, traps);
});

suite('detect: ranges over several classes beside a status, error codes used as verbs', () => {
  const positives: [string, string][] = [
    ['swift', 'guard ([[200]]..<[[500]]).contains(response.statusCode) else { return }'],
    // (499 is the top of 4xx, a class bound: a mention since the twelfth session's convention)
    ['ruby', 'when [[200]]..[[499]] then :ok # the status is not an error'],
    ['markdown', "The build [[404]]'d on every asset path."],
    ['markdown', 'the upload [[500]]’d twice'],
  ];
  const traps: [string, string][] = [
    ['swift', 'for i in 200..<500 {'],
    ['markdown', "we had 200'd"],
    ['javascript', "x = '404'd"],
  ];
  markedCases(positives, traps);
});

suite('detect: error bodies and error states built from a status and a message, two error codes in code spans as alternatives, HTTP compared with a code, heading components', () => {
  const positives: [string, string][] = [
    ['kotlin', 'ErrorResponse(ErrorObject([[400]], "malformed request sent"), e)'],
    ['kotlin', '_modifyState.value = ModifyDataState.Error("[[401]]", "No auth token found")'],
    ['kotlin', '_dataState.value = Resource.Error("[[500]]", e.message ?: "Unknown error")'],
    ['python', '"""HTTP >= [[500]] server side error."""'],
    ['astro', '<Heading tag="h1" align="center">[[404]]</Heading>'],
    ['java', 'return new ErrorDto([[404]], message);'],
    ['markdown', '`[[401]]` or `[[403]]`.'],
    ['markdown', 'Requests without a token get `[[401]]`/`[[403]]`.'],
  ];
  const traps: [string, string][] = [
    ['java', 'new ErrorMessage(300, "x")'],
    ['java', 'new ErrorInfo(500)'],
    ['markdown', 'Rooms 401 or 403 are free'],
    ['markdown', 'values `400` or `500`'],
    ['markdown', '`1401` or `403`'],
    ['kotlin', 'Log.Error("500", "ms")'],
    ['kotlin', 'state.Error("500", "x")'],
    ['kotlin', 'UiState.Error("300", "x")'],
    ['astro', '<Heading>Room 404</Heading>'],
  ];
  markedCases(positives, traps);
});

suite('detect: a responder given a symbol and its code, Ruby JSON helpers without parentheses, tables of error names, "in case of", Go stringer tables, headings in script files', () => {
  const positives: [string, string][] = [
    ['ruby', 'respond([[:not_found|404]], [[404]], error.to_s)'],
    ['ruby', 'json_response [[200]], { :data => sun.parse }'],
    ['markdown', '| `UNAUTHORIZED` | [[401]] | Missing or invalid auth token |'],
    ['markdown', '| `INSUFFICIENT_CREDITS` | [[400]] | Not enough credits |'],
    ['objective-c', '//In case of [[304]] we need just cancel the operation'],
    ['markdown', 'or `[[307]]`/`[[308]]` for non-rewritable requests'],
    ['javascript', 'res.end(`<h1>[[403]] Restricted</h1>`)'],
    ['javascript', 'return <h1>[[404]]</h1>;'],
  ];
  const traps: [string, string][] = [
    ['ruby', 'foo(:ok, 201)'],
    ['ruby', 'render_page 300, { a: 1 }'],
    ['markdown', '| `RATE_LIMIT` | 500 | per minute |'],
    ['markdown', '| `MAX_ITEMS` | 500 | Maximum items |'],
    ['typescript', '* - Auto top-up: $5 = 100 AI sessions OR 200 non-AI sessions'],
    ['go', '_StatusCode_index_1 = [...]uint8{0, 12, 41, 128, 204}'],
    ['javascript', '// Draw 404 particles when the error screen shows'],
    ['javascript', 'res.end(`<h1>Room 404</h1>`)'],
  ];
  markedCases(positives, traps);
});

suite('detect: Haskell http-types and Nim httpcore constants, written bare', () => {
  const positives: [string, string][] = [
    ['haskell', 'status [[status413|413]]'],
    ['haskell', 'redirect308 = redirectStatus [[status308|308]]'],
    ['haskell', 'responseLBS HTTP.[[notFound404|404]] [] "nope"'],
    ['haskell', 'app _ respond = respond $ responseLBS [[ok200|200]] [("Content-Type", "text/plain")] "Hello"'],
    ['nim', 'return [[Http403|403]]'],
    ['nim', 'if status == [[Http200|200]]:'],
    ['nim', 'await req.respond([[Http404|404]], "Not found")'],
    ['nim', 'result.code = [[httpcore.Http502|502]]'],
  ];
  const traps: [string, string][] = [
    ['python', 'x = Http404'],
    ['python', 'pygments.token.Number.HTTP.OK: PYGMENTS_BOLD,'],
    ['haskell', 'let statusBar = 5'],
    ['nim', 'const HttpVer11 = 11'],
  ];
  markedCases(positives, traps);
});

suite("detect: Play's results and Giraffe's handlers, response envelopes, error classes given their own name", () => {
  const positives: [string, string][] = [
    ['scala', 'def index = Action { [[Ok|200]](views.html.index()) }'],
    ['scala', 'case None => [[NotFound|404]](Json.obj("error" -> "missing"))'],
    ['scala', 'Future.successful([[BadRequest|400]](form.errorsAsJson))'],
    ['scala', 'val r = [[Results.Conflict|409]]("taken")'],
    ['fsharp', 'GET >=> route "/" >=> [[Successful.OK|200]] "hello"'],
    ['fsharp', '| None -> [[RequestErrors.NOT_FOUND|404]] "Not found" next ctx'],
    ['fsharp', '[[ServerErrors.internalError|500]] (text ex.Message)'],
    ['java', 'return ApiResponse.error(message, "[[400]]");'],
    ['java', 'return R.error([[401]], "expired");'],
    ['typescript', 'super("NOT_FOUND", message, [[404]]);'],
    ['python', 'if response.status_code not in {[[307]], [[308]]}:'],
    ['ruby', '!result.key?(:status) || ([[200]]...[[300]]) === result[:status].to_i'],
    ['erlang', 'post("https://api.example.com/hooks", Payload, [[202]]).'],
    ['shellscript', 'test_url "$ROOT_URL/missing.png" [[404]]'],
    ['haskell', 'respond (responseBuilder (toEnum [[405]]) [] mempty)'],
    ['go', '//  - Caller is not authorized: [[403]]'],
  ];
  const traps: [string, string][] = [
    ['scala', 'case NotFound => retry()'],
    ['scala', 'case class Created(id: String)'],
    ['csharp', 'var x = Successful.OK;'],
    ['go', '\treturn errors.NotFound("user")'],
    ['typescript', 'const page = PageResult.of(rows, 300, 1);'],
    ['java', 'FLUSH(500, "Flush"),'],
    ['ruby', "get '404', to: 'errors#not_found'"],
    ['zig', 'return 440 * std.math.pow(f64, 2, (n - 69) / 12);'],
    ['markdown', '| 306 | Aggron | 306 | 21 | 3600 | 265 |'],
    ['shellscript', 'if [ "$VERSION_CODE" -lt 100 ]; then'],
    ['java', 'throw new IllegalArgumentException("Seat code must be between 1 and 400");'],
    ['javascript', 'return json(200, 300);'],
  ];
  markedCases(positives, traps);
});

suite("detect: a status class's top written as a bound (199, 299 ... 599)", () => {
  const positives: [string, string][] = [
    ['go', 'if c := r.StatusCode; [[200]] <= c && c <= [[299]] {'],
    ['dart', 'if (res.statusCode < [[200]] || res.statusCode > [[299]]) {'],
    ['swift', 'case [[200]]...[[299]]:'],
    ['kotlin', 'val isSuccess = responseCode in [[200]]..[[399]]'],
    ['rust', '[[100]]..=[[199]] => "1xx",'],
    ['ruby', 'status.between? [[200]], [[299]]'],
    ['markdown', 'An HTTP status in the [[500]]-[[599]] range represents a server error'],
    ['markdown', '* Codes from [[200]] to [[299]] are considered to be successful.'],
    ['python', 'if [[300]] <= http_status <= [[399]] and not follow:'],
  ];
  const traps: [string, string][] = [
    ['javascript', 'const price = 299;'],
    ['javascript', 'if (count > 299) return'],
    ['javascript', 'const sizes = [100, 199]'],
    ['markdown', 'sleep between 100 and 199 ms'],
  ];
  markedCases(positives, traps);

  test('isClassBound: a bound or a range names the class; an equality names the code (nginx 499)', () => {
    const at = (line: string, code: number): StatusMention | undefined => findStatusMentions(line, 'javascript').find((m) => m.code === code);
    const bound = (line: string, code: number): boolean => {
      const m = at(line, code);
      assert.ok(m, line);
      return isClassBound(line, m);
    };
    assert.strictEqual(bound('if (res.status <= 299) ok()', 299), true);
    assert.strictEqual(bound("const retry = { '500-599': true }", 599), true);
    assert.strictEqual(bound('if (res.status >= 400 && res.status <= 499) warn()', 499), true);
    assert.strictEqual(bound('if (res.status === 499) return', 499), false);
    assert.strictEqual(bound('res.status(404)', 404), false);
    assert.strictEqual(isClassBound('', { code: 299, start: 0, end: 3, kind: 'constant' }), false);
  });
});

suite('detect: error texts in tests, http4k matchers, converted statuses, phrase-suffixed names, shell checks, comment arrows', () => {
  const positives: [string, string][] = [
    ['go', 'assert.Contains(t, err.Error(), "[[500]]")'],
    ['go', 'require.ErrorContains(t, err, "[[401]]")'],
    ['typescript', 'expect(err.message).toContain("[[404]]")'],
    ['python', 'self.assertIn("[[403]]", str(ctx.exception))'],
    ['kotlin', 'in [[400]]..[[599]] -> HttpStatusException(message, code, request.url.toString())'],
    ['kotlin', 'assertThat(response, hasStatus([[BAD_REQUEST|400]]))'],
    ['kotlin', 'val isFromWarmUp = hasEmptyBody and hasStatus([[OK|200]]) and hasHeader(WARMUP_HEADER, "true")'],
    ['ruby', "if response.code.to_s != '[[200]]'"],
    ['ruby', 'response.status.to_i == [[404]]'],
    ['python', 'PAGE_NOT_FOUND = [[404]]'],
    ['javascript', 'const errConflict = [[409]];'],
    ['shellscript', 'check "CSS loads (HTTP $CSS_CODE)" "[[200]]" "$CSS_CODE"'],
    ['shellscript', 'check "Location update #1" [[201]] "${LOC1_CODE}"'],
    ['shellscript', '# No token \u2192 [[401]]'],
    ['shellscript', '# Bad token -> [[401]]'],
    ['markdown', '### Issue 2: Authentication Required ([[401]])'],
    ['markdown', '### CreatedAtRoute ([[201]])'],
    ['python', "#     return jsonify({'error_message': 'you have been logged out'}), [[408]]"],
    ['python', '#        }), [[404]]'],
    ['python', '([[401]], "Request failed: Authentication required"),'],
    ['go', 'return fmt.Errorf("invalid API validation status code (%d != [[200]])", response.StatusCode)'],
    ['ruby', 'last_response.status.should == [[404]]'],
    ['swift', 'case [[400]]...[[451]]:'],
    ['go', 'rh := http.RedirectHandler("/room", [[301]])'],
    ['swift', 'notFoundError = [[404]],'],
    ['c', 'httpSendReply(http, [[413]], "Header too big", NO_MSG);'],
    ['markdown', '| [[401]] | `/pair/finish` | HMAC mismatch (wrong PIN) |'],
    ['go', 'c.HTTPRedirect("/", [[302]])'],
    ['python', 'raise cherrypy.HTTPRedirect("/login", [[303]])'],
    ['php', '], [[406]], false);'],
    ['php', "], [[401]], 'Invalid API key');"],
    ['java', '@ResponseStatus(value = [[HttpStatus.OK|200]]) // OK=[[200]] (well handled); bad request=[[400]]'],
    ['typescript', "createMockResponse({ token: 'abc123' }, [[200]], 'http://auth-service/api/auth/login')"],
    ['csharp', 'response.ErrorCode = "[[404]]";'],
    ['php', "$this->redirectCodes[[[301]]]['switch'] = false;"],
    ['javascript', "console.warn('Token expired or invalid ([[401]]). Redirecting to login...');"],
    ['php', ']), [[403]]);'],
    ['javascript', 'console.log(`Successful ([[200]]): ${successful}`);'],
    ['javascript', 'console.log(`Rate Limited ([[429]]): ${rateLimited}`);'],
    ['java', 'return new BaseResponse("[[500]]", ex.getLocalizedMessage());'],
    ['java', 'return new R([[200]], msg, data);'],
    ['ruby', 'render json: [[422]], status: [[:unprocessable_entity|422]]'],
    ['ruby', 'render :edit, [[:unprocessable_entity|422]]'],
    ['go', '// OptionRetry enables HTTP retries for rate limit ([[429]]) only; 5xx and connection errors are not retried.'],
  ];
  const traps: [string, string][] = [
    ['python', 'foo("404", str(e))'],
    ['python', 'IS_OK = 200'],
    ['markdown', '400'],
    ['plaintext', '200'],
    ['markdown', '|420|The withdraw was successful.|'],
    ['typescript', '// retries -> 500'],
    ['typescript', '// width -> 300'],
    ['yaml', '# {1} -> 100'],
    ['shellscript', 'printf "%s" 200 "$rc" foo'],
    ['markdown', '## Comments (200)'],
    ['markdown', '## Chapter 3 (100)'],
    ['python', '# return value is 500 ms'],
    ['python', '# we want a 200 b/c we have content'],
    ['python', '(300, "Medium"),'],
    ['python', '(200, "Alice"),'],
    ['go', 'fmt.Printf("%d != 200", n)'],
    ['swift', 'case 200 ... 232:'],
    ['swift', 'case 500..<532:'],
    ['markdown', '| 250 | `/docs` | pages |'],
    ['php', '], 300, 5);'],
    ['csharp', 'response.ErrorCode = "100";'],
    ['javascript', 'debounce({ a: 1 }, 300, true)'],
    ['javascript', '}catch(t){console.error(t)}}(),e.exports=n(463)},374:function(e,t,n){'],
    ['markdown', '- Success (100)'],
    ['java', 'new Rect(200, 300, w, h)'],
    ['java', 'new Result(100, "x")'],
    ['ruby', 'render partial: "x", locals: { ok: :ok }'],
    ['markdown', 'rate limit (100 requests per minute)'],
  ];
  markedCases(positives, traps);
});

suite('detect: Akka responses of bare statuses, .NET envelopes, bare send(), Turkish and Korean texts, tsoa decorators (the 368th-375th sets)', () => {
  const positives: [string, string][] = [
    ['scala', '        complete(HttpResponse([[NotFound|404]], entity = s"Post ${e.postId} not found"))'],
    ['scala', '          complete(ToResponseMarshallable([[OK|200]] → fridge))'],
    ['scala', 'val r = HttpResponse(status = [[Created|201]])'],
    ['ruby', "        render_error [[:unauthorized|401]], message: 'Unauthorized API key' unless api_key"],
    ['ruby', '        response_code = status || [[:ok|200]]'],
    ['csharp', '            return Response<string>.Fail("error.device.notfound", [[404]]);'],
    ['csharp', '        return Response<NoContent>.Success([[204]]);'],
    ['csharp', '        return Response<List<GetAllDevicesResponse>>.Success(devices,[[200]]);'],
    ['csharp', 'return CustomResponseDto<NoContentDto>.Fail([[404]], "not found");'],
    ['lua', '    return send([[405]])'],
    ['lua', '      return send([[400]], { error = E, ["content-type"] = ctype })'],
    ['csharp', '                context.Response.StatusCode = [[401]]; // Token geçersizse [[401]] döner'],
    ['markdown', '100 VU load testlerinde global rate limiter (varsayılan 200 istek/dk/IP) [[429]] üretir.'],
    ['markdown', '- `GET /api/v1/examinations/{id}` → `Examinations.Read`, başarı `[[200]]` + `ExaminationDetailDto`.'],
    ['markdown', '**Başarı ([[200]]):** Tüm token üreten uçlar aynı gövde şemasını kullanır'],
    ['markdown', '- FluentValidation/model state hataları `[[400]] ValidationProblemDetails`.'],
    ['json', '    "[[400]]": "입력값이 없습니다. 다시 확인해주세요.",'],
    ['json', '    "[[400]]": "수업 시작 4시간 전부터는 수업을 취소할 수 없습니다",'],
    ['markdown', '- `[[401]]` -- authentication/authorization failed'],
    ['javascript', '    // 3. bad signature -> [[401]]'],
    ['javascript', ' *   - bad signature -> [[401]]; duplicate delivery -> no-op'],
    ['php', "            [[[400]], 'application/problem+json'],"],
    ['php', "            return response()->json(['message'=> 'update address success', [[200]]]);"],
    ['php', "                'message'=> 'Server error while get list Ward ', [[500]]"],
    ['typescript', '\t@SuccessResponse([[204]])'],
    ['typescript', '@Response<ErrorResponse>([[404]])'],
  ];
  const traps: [string, string][] = [
    ['ruby', 'render_error :missing_template'],
    ['ruby', '  x = state || :ok'],
    ['javascript', 'socket.send(200)'],
    ['markdown', '300 adet döner'],
    ['json', '    "400": "서울",'],
    ['markdown', '- 300 -- items'],
    ['javascript', '// 2. count -> 500'],
    ['php', "  ['message' => 'x', 300, 4]"],
    ['ruby', 'GIFT_CAT = { 100 => "Admin", 101 => "AdmRegift", 150 => "AdmCamp", 200 => "Merchant", 201 => "MerchantRegift", 250 => "MerchCamp", 300 => "Standard" }'],
  ];
  markedCases(positives, traps);
});

suite("detect: backticked codes in API notes, TypeBox schemas, projects' own status enums, mock HTTP clients, Play's Status constants (the 376th-383rd sets)", () => {
  const positives: [string, string][] = [
    ['markdown', '`[[409]]` if a pending counteroffer already exists, or an approved one is waiting for the customer to accept.'],
    ['markdown', 'status becomes `CANCELLED`. `[[400]]` once the job is `IN_PROGRESS` or later.'],
    ['markdown', '- Rejects inactive accounts (not yet verified) with `[[401]]`.'],
    ['markdown', '  wrong field is rejected with `[[400]]` instead of being stored.'],
    ['typescript', '    [[200]]: Type.Object({'],
    ['typescript', '    [[404]]: z.object({ message: z.string() }),'],
    ['typescript', '          code: [[BackendResponseStatusCode.BAD_REQUEST|400]],'],
    ['typescript', '      return res.status([[ApiStatusCode.NotFound|404]])'],
    ['typescript', '          getTestLayer(makeMockHttpClient(mockSolcastResponse, [[429]], callTracker)).pipe('],
    ['typescript', 'createMockFetch(body, [[500]])'],
    ['python', '    #   1. POST /exec → [[302]] Location: script.googleusercontent.com/macros/echo...'],
    ['cpp', '  request->send([[200]], "plain/text", readLogBuffer());'],
    ['scala', 'import play.api.http.Status.{[[ACCEPTED|202]], [[BAD_REQUEST|400]], [[INTERNAL_SERVER_ERROR|500]], [[NOT_FOUND|404]]}'],
    ['scala', '          case [[NOT_FOUND|404]]   => logger.warn("The template cannot be found within the email service")'],
    ['scala', '        stubResponse(addressLookupUrl, [[METHOD_NOT_ALLOWED|405]], "Some error")'],
    ['markdown', '| 1.1 | **Аутентифікація (Login)** | Integration | Негативний | Відхилення логіну з невалідними credentials, повертає [[401]] | Artur |'],
    ['php', "            ], [[201]])->header('Location', $location);"],
    ['ruby', '    render json: x, status: [[:accepted|202]]'],
  ];
  const traps: [string, string][] = [
    ['markdown', 'set `width` to `300` if the screen is small'],
    ['typescript', '  x = OrderStatusCode.ACCEPTED'],
    ['markdown', '300 Locations'],
    ['scala', '   case NotFound => 1'],
    ['ruby', '      before { create(:comment, user: user, debate: debate, status: :accepted) }'],
    ['ruby', '      let!(:comments) { create_list(:comment, all_count, user: user, debate: debate, status: :accepted) }'],
    ['elixir', '    assert render_to_string(ErrorHTML, "404", "html", []) == "Not Found"'],
  ];
  markedCases(positives, traps);
});

suite("detect: shelf's request log, NelmioApiDoc status codes, checks named for a status, response initializers, GoConvey, CodeIgniter's setJSON (the 384th-391st sets)", () => {
  const positives: [string, string][] = [
    ['plaintext', '2021-05-06T15:47:04.620417  0:00:00.000158 GET     [[[200]]] /'],
    ['php', '     *         [[201]]="New band was created. Link to new resource provided in header \'Location\'",'],
    ['php', '     *     statusCodes={[[200]]="Returned when successful", [[404]]="Returned when not found"}'],
    ['typescript', '      checkUnauthorised(await client.get({ path: plainUserPath, token: user1Token }), [[403]]);'],
    ['typescript', '      checkNotFound(await userClient.get(2500), [[404]]);'],
    ['csharp', '                return new MagicResponse { Result = [[401]] };'],
    ['csharp', '  var r = new ApiResponse { Message = "x", StatusCode = [[404]] };'],
    ['go', '\t\t\tSo(w.Code, ShouldEqual, [[200]])'],
    ['php', '            return $this->response->setJSON($data, [[200]]);'],
  ];
  const traps: [string, string][] = [
    ['plaintext', 'GET [300] items'],
    ['typescript', 'checkLength(x, 400)'],
    ['go', '\t\tSo(len(x), ShouldEqual, 200)'],
  ];
  markedCases(positives, traps);
});

suite("detect: Elixir arms from an outcome's atom, informational codes beside their phrase, tests named for the error as a verb (the 392nd-398th sets)", () => {
  const positives: [string, string][] = [
    ['elixir', '        :not_found         -> [[404]]'],
    ['elixir', '        :malformed_data    -> [[400]]'],
    ['elixir', '        :ok                -> [[200]]'],
    ['php', "        ['code' => [[101]], 'desc' => 'Switching Protocols'],"],
    ['javascript', "  it('[[404]]s for an unknown join code', async () => {"],
  ];
  const traps: [string, string][] = [
    ['elixir', '   :small -> 200'],
    ['python', "   (100, 'items'),"],
    ['javascript', "  it('300s for x', () => {"],
  ];
  markedCases(positives, traps);
});

suite("detect: error-code enums given a Spring status imported bare, response-header builders, backticked error codes with their case, a project's HTTP_404 defined (the 399th-406th sets)", () => {
  const positives: [string, string][] = [
    ['java', '    TOKEN_EXPIRED([[UNAUTHORIZED|401]], "AUTH401_1", "인증 토큰이 만료 되었습니다."),'],
    ['java', '    SERVER_ERROR([[INTERNAL_SERVER_ERROR|500]], "GLOBAL500_1", "서버 에러"),'],
    ['javascript', '    cb(null, generateResponseHeader([[200]], JSON.stringify(posts)));'],
    // (the 404 too since the nineteenth session, as the set's own label has it: a registered code alone in a code span)
    ['markdown', '- `[[401]]` on auth failures, `[[403]]` on ownership/role failures, `[[404]]` unknown ids, `[[400]]` for rule violations.'],
    ['python', 'HTTP_404 = b"HTTP/1.1 [[404]] Not Found\\r\\n"'],
    ['yaml', '      StatusCode: [[HTTP_301|301]]'],
  ];
  const traps: [string, string][] = [
    ['java', '    POLL(OK, 3),'],
    ['markdown', '`300` for small screens'],
  ];
  markedCases(positives, traps);
});

suite("detect: Zig's std.http.Status, qualified and as enum literals (the 403rd set)", () => {
  const positives: [string, string][] = [
    ['zig', '            return try ctx.sendJSON([[.not_found|404]], [0]Repo{});'],
    ['zig', '    return f.sendDefaultErrorPage([[.internal_server_error|500]]);'],
    ['zig', '    } else return f.sendHTML([[.ok|200]], "plz no 502");'],
    ['zig', '            ctx.redirect(loc, [[.found|302]]) catch unreachable;'],
    ['zig', '    vrs.status = [[.not_found|404]];'],
    ['zig', '    const s = [[std.http.Status.not_found|404]];'],
    ['zig', '    try request.respond(body, .{ .status = [[.bad_request|400]] });'],
    ['zig', '    if (res.status == [[404]]) return;'],
  ];
  const traps: [string, string][] = [
    ['zig', '    const x = .ok;'],
    ['zig', '    switch (state) { .found => 1 }'],
    ['zig', '    try list.append(.not_found);'],
    ['swift', '    vrs.status = .not_found'],
  ];
  markedCases(positives, traps);
});

suite("detect: error helpers given the code, PHP API traits, C# interpolated messages, Telegraph's responses, Ktor's statuses imported bare (the 407th-412th sets)", () => {
  const positives: [string, string][] = [
    ['rust', '        return error(stream, [[503]], "手机遥控已关闭。");'],
    ['php', "            return $this->error('', $th->getMessage(), [[403]]);"],
    ['php', "   return $this->success($data, 'ok', [[200]]);"],
    ['csharp', '                    return new ResponseObject([[400]], $"Category not found with id {id}", null);'],
    ['swift', 'server.route(.GET, "secret/*") { [[.forbidden|403]] }'],
    ['swift', '    return HTTPResponse([[.forbidden|403]], content: "Only GET requests are allowed")'],
    ['kotlin', '                call.respond([[Conflict|409]], cause.reasons.joinToString())'],
    ['kotlin', '                if (chats.isNotEmpty()) call.respond([[OK|200]], chats)'],
    ['javascript', "      return ctx.throw('cannot find requested resource', [[404]]);"],
  ];
  const traps: [string, string][] = [
    ['javascript', '  console.error(x, 500, "ms")'],
    ['swift', '  list.map { .ok }'],
    ['kotlin', '   if (state == Created) x()'],
  ];
  markedCases(positives, traps);
});

suite("detect: nose's eq_, Go test rows naming a method, accepted responses, ws handshake refusals, response helpers given the code last, backticked S3 errors, mixed-set membership, error-page title blocks (the 416th-423rd sets)", () => {
  const positives: [string, string][] = [
    ['python', '        eq_([[200]], r.status_code)'],
    ['python', 'AllowedResponses = [[[200]], [[401]], [[403]], [[429]]]'],
    ['javascript', '                statCode: [[400]],'],
    ['go', '	tt.Get("/foo", nil).Expect([[301]]).ExpectHeader("Location", "/foo/")'],
    ['go', '		{"etag", "GET", "If-None-Match", "\\"version-1\\"", [[304]], "", ""},'],
    ['go', '	{http.MethodPost, "/x", [[201]]},'],
    ['javascript', "          cb(false, [[404]], 'No websocket server at this endpoint.', {});"],
    ['php', "    return helper_response_main(null,null,$message,[[409]]);"],
    ['php', "		$this->responses->setResponse('[[200]]', new Response(self::S200_DESCRIPTION));"],
    ['java', '            throw new RedirectionException([[303]],'],
    ['markdown', 'When the budget is in use, the upload fails with `[[503]] SlowDown`, which S3'],
    ['markdown', '`[[400]] Request replay detected`: the object was stored, but the client saw a'],
    ['markdown', '- **[[401]]:** reconnect OAuth.'],
    ['python', '            if code in {"NoSuchKey", "[[404]]"}:'],
    ['html', '{% block title -%} [[404]] {%- endblock %}'],
    ['python', '    """Класс исключения, вызываемый в случае ответа от сервера со статус кодом [[404]]."""'],
  ];
  const traps: [string, string][] = [
    ['powershell', '        500'],
    ['go', '	g.Expect(err).To(BeNil())'],
    ['go', '{"x", "GETS", 200}'],
    ['javascript', '  cb(false, 500, 10)'],
    ['php', '  $x = getResponses($a, $b, 100);'],
    ['markdown', 'set `500 Users` now'],
    ['python', '   if x in {"a", "404"}:'],
    ['html', '{% block title %}100{% endblock %}'],
    ['markdown', '- **300:** items max'],
    ['plaintext', 'строка кода 404'],
    ['python', 'responses = [100, 200, 300]'],
  ];
  markedCases(positives, traps);
});

suite("detect: Envoy's StatusCode_ names, errors built with the code then a message, deny responders, error-class test rows, messages searched for a code, RSpec's be ==, ternaries of codes, status collections, number runs holding other numbers (the 424th-431st sets)", () => {
  const positives: [string, string][] = [
    ['go', '		envoyStatus = [[typev3.StatusCode_BadRequest|400]]'],
    ['go', '	case [[envoy_type.StatusCode_Forbidden|403]]:'],
    ['javascript', "            if (!a.storage) throw new Err([[404]], null, 'AOI has not been uploaded');"],
    ['go', '		return denyResponse(fmt.Sprintf("Access denied to contract %s", contractName), [[403]]), nil'],
    ['python', '            pytest.param(TypeError, BadRequestError, [[400]], id="Type error"),'],
    ['ruby', "            raise 'NotFound' if ex.message.include?('([[404]])')"],
    ['typescriptreact', "if (msg.includes('[[401]]') || msg.includes('Unauthorized')) {"],
    ['ruby', '        expect(@browser.last_response.status).to be == [[204]]'],
    ['php', '        ], $created ? [[201]] : [[200]]);'],
    ['typescript', '    expect(walledStatuses.has([[403]])).toBe(true)'],
    ['javascript', "  logger.log({ level: 'WARN', msg: '[[403]] Unable to verify CSRF token', data: err });"],
    ['java', '			log.info("GET User resulting in [[404]]");'],
    ['kotlin', ') : HttpStatusException([[HttpStatus.BadRequest|400]], detail, message, data, headers, cause)'],
    ['kotlin', '                    APIGatewayV2HTTPResponse([[200]])'],
    ['javascript', '          code: [[constants.HTTP_CODE_NOT_FOUND|404]],'],
    ['ruby', 'rescue ::WEBrick::HTTPStatus::EOFError, ::[[WEBrick::HTTPStatus::RequestTimeout|408]] => ex'],
  ];
  const traps: [string, string][] = [
    ['go', '	x := foo.StatusCode_OK'],
    ['javascript', '   new Error(500, null, "x")'],
    ['python', '     pytest.param(ValueError, 100, id="x"),'],
    ['ruby', '        expect(x.count).to be == 200'],
    ['php', ' $w = $mobile ? 300 : 200;'],
    ['javascript', '  statusBar.add(100)'],
    ['javascript', '	499, 503, 509, 521, 523, 541, 547, 557, 563, 569, 571,'],
    ['swift', '            let codes = [802, 800, 801, 500, 802, 800]'],
    ['javascript', '   x = foo.HTTP_CODE_NOT_FOUND'],
    ['rust', 'HttpStatus::NotFound => "missing".into(),'],
    ['java', ' // the job results in 200 rows'],
  ];
  markedCases(positives, traps);
});

suite("detect: Restlet's Status constants, responders keyed by status and called, Ruby's in patterns, Webmachine's halt tuples, request records, framework aborts, titles naming the request, Clojure responses, continued messages (the 432nd-439th sets)", () => {
  const positives: [string, string][] = [
    ['java', '                        setStatus([[Status.CLIENT_ERROR_UNAUTHORIZED|401]]);'],
    ['java', '                setStatus([[Status.SUCCESS_OK|200]]);'],
    ['javascript', "    if (!email) return res.response(RES_TYPES[[[400]]]('Email harus diisi')).code([[400]]);"],
    ['ruby', '            in [_, [[408]] | [[409]] | [[429]] | ([[500]]..)]'],
    ['ruby', '        in [[404]]'],
    ['erlang', '                    {{halt, [[403]]}, Req, Context};'],
    ['erlang', '             {_HTTP, [[200]], _OK},'],
    ['javascript', '      monitor.endRequest(requestId, [[500]], error);'],
    ['python', "            pecan.abort([[400]], detail='Domain {0} is not valid'.format("],
    ['typescript', '    super(message, ErrorCode.VALIDATION_FAILED, [[400]], details)'],
    ['javascript', "  it('3 - POST:auth/login - [[200]] - login 1st & 2nd users', async () => {"],
    ['clojure', '          :responses {:[[200]] {:description "get-user-by-id response"}}}}})'],
    ['python', '            [[404]], "Offline Query features not supported in MockClient"'],
    ['php', '        return $this->onSuccess(new AfiliadoResource($usuario),"Afiliado creado de manera correcta",[[201]]);'],
    ['php', '        return $this->onMessage([[200]], "Su sesión ha sido cerrada");'],
    ['python', '        job_new_abort(job, [[403]], "Invalid GitHub payload")'],
    ['go', '	IsSuccess  bool           // 状态码是[[200]]~[[299]]'],
    ['ruby', '            render @action.template_name, status: @status_code || [[:ok|200]]'],
  ];
  const traps: [string, string][] = [
    ['javascript', '   fns[100](x)'],
    ['ruby', '    for x in 100'],
    ['erlang', '     {x, 500, y}'],
    ['javascript', '  recordRequest(100)'],
    ['python', '    proc.abort(500)'],
    ['typescript', '    super(message, x, 404)'],
    ['javascript', "  it('GET - 100 - items', () => {"],
    ['clojure', '  {:sizes {:200 1}}'],
    ['python', "  500, 'Bold text'"],
    ['php', '   $this->onMessage(100)'],
    ['python', '   safe_abort(x, 100)'],
    ['plaintext', 'x = 100~199'],
  ];
  markedCases(positives, traps);
});

suite("detect: swaggo's lower-case tags, a response's setCode, OpenAPI response components, error members mapped to codes, Jest each rows, shell case arms, Go literals built from the code, requests named by method and code (the 440th-447th sets)", () => {
  const positives: [string, string][] = [
    ['go', '// @success [[200]] {object} response.PaginatedProjects'],
    ['php', '            return (new Response())->setCode([[200]])->setBody($result);'],
    ['yaml', "           $ref: '#/components/responses/[[400]]'"],
    ['yaml', "  $ref: '#/responses/[[404]]'"],
    ['typescript', '  [IncomingPaymentError.UnknownAccount]: [[404]],'],
    ['typescript', "      ${uuid()}       | ${null}                     | ${[[404]]} | ${'Not Found'}        | ${'unknown incoming payment'}"],
    ['shellscript', '             [[404]]) ;;'],
    ['go', '		return Section{}, CodeError{[[500]], err}'],
    ['go', '		exp := ExpectedJSON{[[200]], exp}'],
    ['json', '					"name": "Patch [[404]]",'],
    ['rust', '                                    .expect("Unable to turn [[200]] into a StatusCode");'],
  ];
  const traps: [string, string][] = [
    ['php', '  $product->setCode(300);'],
    ['yaml', '$ref: ../../responses/200.yaml'],
    ['yaml', '  url: /api/responses/500/items'],
    ['typescript', "import { OKResponse } from '@middlewares/responses/200'"],
    ['typescript', "  ${100} | ${'a'}"],
    ['shellscript', '  100) echo x ;;'],
    ['go', '    x := Point{100, 200}'],
  ];
  markedCases(positives, traps);
});

suite("detect: a project's HTTP_STATUS_ names read by their phrase, Go error constructors, Literal types of codes, Ruby word arrays, zod's void responses, response schemas keyed by code, Rack response helpers, titled test rows, Kotlin pairs (the 448th-455th sets)", () => {
  const positives: [string, string][] = [
    ['php', '				return $p_response->withStatus( [[HTTP_STATUS_NOT_FOUND|404]], $t_message );'],
    ['php', '			return [[HTTP_STATUS_TOO_MANY_REQUESTS|429]];'],
    ['go', '		return "", util.NewErrorf([[400]], "%s param is required", name)'],
    ['python', '    trial_ids: str, correct_status: Literal[[[200]], [[400]], [[404]]]'],
    ['ruby', '      unless %w([[200]] [[201]] [[204]]).include?(put_response.code)'],
    ['typescript', '          [[404]]: z.void(),'],
    ['python', '    "[[404]]": Resource_MatchDictCheck_NotFoundResponseSchema(),'],
    ['ruby', '          rack_response [[200]], resp_type'],
    ['go', '		{"[[422]] Validation", [[422]], ErrValidation},'],
    ['kotlin', '            UNAUTHORIZED to [[401]],'],
    ['ruby', '          expect(e.result.http_status_code).to eq([[:forbidden|403]])'],
  ];
  const traps: [string, string][] = [
    ['php', ' HTTP_STATUS_FOO_BAR'],
    ['php', '	$p_response = $p_response->withStatus( HTTP_STATUS_SUCCESS )->withJson( $t_result );'],
    ['python', '    size: Literal[100, 200]'],
    ['go', '		{"100 Items", 100, x},'],
    ['kotlin', '            LIMIT to 100,'],
  ];
  markedCases(positives, traps);
});

suite("detect: Simple-Web-Server's StatusCode, a project's ...StatusCode enum, spec links keyed by code, exception maps, Ruby constructors from a status, reply and error helpers, Macaron's Abort, Go's HTTP: key, error docs (the 456th-463rd sets)", () => {
  const positives: [string, string][] = [
    ['cpp', '  send_xml<T>(response, [[SimpleWeb::StatusCode::client_error_bad_request|400]], xml);'],
    ['cpp', '  return [[StatusCode::success_ok|200]];'],
    ['csharp', '                if (ex.StatusCode == [[DataStatusCode.NotFound|404]])'],
    ['lua', '        [[[404]]] = "https://www.rfc-editor.org/rfc/rfc7231#section-6.5.4",'],
    ['yaml', '        App\\Exception\\NotFoundException: [[404]]'],
    ['ruby', '       @fake_response = Koala::HTTPService::Response.new([[200]], "[]", {})'],
    ['ruby', '    expect(Koala::Facebook::APIError.new([[400]], error_response).response_body).to eq(error_response)'],
    ['javascript', '       return errorReply([[404]])'],
    ['javascript', "    return errorOut([[400]], 'non-object figure')"],
    ['go', '		ctx.Abort([[404]])'],
    ['go', '		handleErr(ctx, [[500]], convErr)'],
    ['go', '	ErrBind = &Errno{HTTP: [[400]], Code: "InvalidParameter.BindError", Message: "x"}'],
    ['go', '	// ErrBind - [[400]]: Error occurred while binding the request body to the struct.'],
    ['typescript', '    await sendRedirect(event, url, [[302]])'],
  ];
  const traps: [string, string][] = [
    ['ruby', '   x = Point.new(200, 300)'],
    ['javascript', '   errorCount(500)'],
    ['lua', '  [100] = "https://example.com"'],
    ['yaml', '  max_errors: 100'],
    ['csharp', '  if (s == GrpcStatusCode.NotFound)'],
    ['csharp', '  if (span.Status == SpanStatusCode.Error)'],
  ];
  markedCases(positives, traps);
});

suite("detect: Nextcloud's Http::STATUS_ constants, mock servers' andReturn, Ruby's super(401, :unauthorized) and shared examples, mocked requests and responses, Objective-C servers' k...HTTPStatusCode names (the 464th-471st sets)", () => {
  const positives: [string, string][] = [
    ['kotlin', '            .andReturn([[200]], CREATE_CHANNEL_SUCCESS)'],
    ['ruby', '         super([[401]], [[:unauthorized|401]], message)'],
    ['ruby', '         super([[500]], [[:internal_server_error|500]], message, "X")'],
    ['ruby', '      described_class.new(response_with([[429]], { code: 9 }.to_json))'],
    ['python', '         return mocked_requests(mocked_jwks, [[200]])'],
    ['objective-c', '  notFound.statusCode = [[kHTTPStatusCodeNotFound|404]];'],
    ['objective-c', '  response.statusCode = [[kGCDWebServerHTTPStatusCode_NotFound|404]];'],
    ['php', '            return $this->error($ex, [[Http::STATUS_CONFLICT|409]]);'],
    ['php', '        $this->assertEquals([[Http::STATUS_NOT_FOUND|404]], $response->getStatus());'],
    ['ruby', "    it_behaves_like 'response_failed', '[[400]]', Castle::BadRequestError"],
  ];
  const traps: [string, string][] = [
    ['java', '   expect(x).andReturn(200)'],
    ['objective-c', '  x = kFooStatusCodeBar'],
    ['objective-c', 'const int kGULNetworkHTTPStatusCodeNotFound = x;'],
    ['ruby', "    it_behaves_like 'a list', 100"],
  ];
  markedCases(positives, traps);
});

suite("detect: ant-design-pro's codeMessage table with its 2xx codes, Mocha's stubbed response codes (the 472nd-475th sets)", () => {
  const positives: [string, string][] = [
    ['javascript', "  [[200]]: '服务器成功返回请求的数据。',"],
    ['javascript', "  [[204]]: '删除数据成功。',"],
    ['javascript', "  [[403]]: '用户得到授权，但是访问是被禁止的。',"],
    ['ruby', '      response.stubs(:code).returns([[200]])'],
  ];
  const traps: [string, string][] = [
    ['javascript', "  200: '第二页',"],
    ['ruby', '      x.stubs(:count).returns(200)'],
  ];
  markedCases(positives, traps);
});

suite("detect: snake_case retry predicates, Rust's exclusive class range, a project's constants that end in their code, arrows from an error to its code, django-ninja's returned status, whistle's statusCode://, error packages' wrappers, go-swagger's default responders, error handler tables (the 476th-491st sets)", () => {
  const positives: [string, string][] = [
    ['rust', '        assert!(!is_retryable([[404]]));'],
    ['python', '    assert is_retriable([[503]])'],
    ['rust', '        if ([[200]]..[[300]]).contains(&status) {'],
    ['typescript', '      .expect([[HTTP_STATUS_CODES.CREATED_201|201]]);'],
    ['typescript', '  res.status([[HttpCodes.SUCCESS_200|200]]).json(body);'],
    ['go', '		// Number parsing error => [[400]]'],
    ['javascript', '// ValidationException -> [[400]]'],
    ['typescript', '    // The attempt past the threshold is rejected before any password work with [[429]].'],
    ['python', '    return [[400]], {"detail": "bad request"}'],
    ['python', '    return [[404]], {'],
    ['plaintext', 'api.example.com/gone     statusCode://[[410]]'],
    ['plaintext', 'api.example.com/created  file://({"id":7})  replaceStatus://[[201]]  resType://json'],
    ['go', '		return nil, publicerr.Wrap(err, [[500]], "Error saving function")'],
    ['go', '		_ = publicerr.WriteHTTP(w, publicerr.Errorf([[400]], "Function slug is required"))'],
    ['go', '		return flag.NewFindFlagsDefault([[500]]).WithPayload(ErrorMessage("%s", err))'],
    ['go', '	a.ErrorHandlers[[[500]]] = func(status int, err error, c buffalo.Context) error {'],
  ];
  const traps: [string, string][] = [
    ['rust', 'let v: Vec<u32> = (100..200).collect();'],
    ['kotlin', 'for (i in 200..300) total += i'],
    ['typescript', 'x = Codes.CREATED_201'],
    ['typescript', 'const size = Sizes.THUMB_200;'],
    ['go', '// error => 300'],
    ['php', '$a = [error => 500];'],
    // (django-ninja's `return 200, user` is a status since the thirtieth session: two labelled sets return a body named so)
    ['python', '    return 200, user, extra'],
    ['python', '    return 100, {"x": 1}'],
    ['plaintext', 'open http://200'],
    ['go', 'x.Wrap(err, 500, "x")'],
    ['go', 'x := NewDefault(200)'],
    ['go', 'handlers[404] = x'],
  ];
  markedCases(positives, traps);
});

suite("detect: 429 asserted alone, long lists of codes, JVM error enums with the message first, Kelp's set_code and code_is, ascending code strings, Ruby error helpers without parentheses, a comment led by a round error code and a condition (the 492nd-499th sets)", () => {
  const positives: [string, string][] = [
    ['ruby', '      expect(results.last).to eq([[429]])'],
    ['yaml', '    custom-http-errors: ' + [400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511].map((c) => `[[${c}]]`).join(',')],
    ['yaml', '  custom-http-errors: [[404]],[[503]]'],
    ['java', '    RECIPE_NOT_FOUND("Recipe not found", [[404]]),'],
    ['java', '    INVALID_EMAIL("Invalid email", [[400]]);'],
    ['perl', '    $self->res->set_code([[401]])->render("Access denied");'],
    ['perl', '    ->code_is([[500]])'],
    ['json', '      "default": "[[400]] [[401]] [[403]] [[404]] [[405]] [[429]] [[444]]",'],
    ['ruby', "    render_jsonapi_error [[502]], 'Failed to connect to credit card processor'"],
    ['python', '    # [[400]] if framework slug is invalid'],
    ['java', '            case [[401]]  : return "HTTP-[[401]]-ClientErr-Unauthorized";'],
  ];
  const traps: [string, string][] = [
    ['ruby', '      expect(results.last).to eq(404)'],
    ['java', '    STRAIGHT("Straight", 400),'],
    ['java', '    SMALL("small", 100),'],
    ['perl', 'set_code(200)'],
    ['kotlin', '"505 444 100"'],
    ['json', '"x": "100 200 300"'],
    ['ruby', "    add_error 100, 'x'"],
    ['python', '    # 300 if more than'],
    ['java', 'x = "XHTTP-404-y"'],
    ['yaml', 'max-errors: 500'],
    ['plaintext', '202,202,202,202,202,114,203,202,202,202,202,202,202,202,202,202,202,202,202,202,202,202,202,202'],
  ];
  markedCases(positives, traps);
});

suite("detect: PSR-17's createResponse, error pages keyed by status, CodeEquals matchers, Ruby one-line status methods and error_status symbols, `For 404,` in comments, files named for a status (the 500th-515th sets)", () => {
  const positives: [string, string][] = [
    ['php', '        $response = $this->responseFactory->createResponse([[404]]);'],
    ['php', '            ->createResponse([[204]])'],
    ['java', '        CustomErrorPages.add([[500]], route);'],
    ['go', '		{CodeEquals([[429]]), LavaErrorNodeRateLimited},'],
    ['ruby', '    def http_status; [[404]] end'],
    ['ruby', '    class_attribute :error_status, default: [[:ok|200]], instance_writer: false'],
    ['ruby', '      with_error_status([[:unprocessable_entity|422]]) do'],
    ['rust', '            // For [[405]], prefer routes that matched the HTTP method'],
    ['plaintext', '#    ErrorDocument [[404]] /error/HTTP_NOT_FOUND.html.var'],
    ['python', "    [[403]]: 'errors/403.html.jinja2',"],
    ['php', "    '[[404]]' => 'errors.404',"],
    ['java', '        assertEquals([[Result.SC_404_NOT_FOUND|404]], result.getStatusCode());'],
    ['java', '    public static final int [[SC_201_CREATED|201]] = [[201]];'],
    ['php', '            $app->abort([[404]], "Post $id does not exist.");'],
    ['ruby', '        expects: [[[201]], [[200]]]'],
    ['php', '        $this->httpResponse->setCode([[IResponse::S404_NotFound|404]]);'],
    ['php', '        $response->setCode([[Nette\\Http\\Response::S403_FORBIDDEN|403]]);'],
  ];
  const traps: [string, string][] = [
    ['php', '$factory->createResponse($body);'],
    ['java', '        pages.add(500, route);'],
    ['go', '		{LengthEquals(404), x},'],
    ['ruby', '  def size; 400 end'],
    ['ruby', '    order.update_status(:accepted)'],
    ['go', '// wait for 404, then'],
    ['python', "    404: 'errors/500.html',"],
    ['python', "    500: 'img/500.png',"],
    ['java', 'x = Result.success()'],
    ['ruby', 'mock.expects(:foo).returns(200)'],
  ];
  markedCases(positives, traps);
});

suite("detect: Symfony's BinaryFileResponse, rows of error tables with their message first, gRPC's codes under HTTP's names, WordPress responses, Klein's createFromCode, Javalin's OpenApiResponse, a case mapped to its code, rows naming the code's handler, a quoted reason phrase after the code, Elasticsearch's ignore (the 516th-523rd sets)", () => {
  const positives: [string, string][] = [
    ['php', '        return new BinaryFileResponse($file, [[200]], $headers);'],
    ['go', '	"HOST_NOT_FOUND":    {"host doesn\'t exist", [[404]], ERROR, ""},'],
    ['go', '	"AUTH_ERROR":        {"authorization error", [[401]], ERROR, ""},'],
    ['python', '                    if rpc_error.code() == grpc.StatusCode.NOT_FOUND and r.status_code == [[404]]:'],
    ['php', '		$rest_response = new WP_REST_Response( $json, [[200]] );'],
    ['php', "		wp_send_json_error( array( 'message' => 'x' ), [[403]] );"],
    ['php', '                throw HttpException::createFromCode([[404]]);'],
    ['kotlin', '            OpenApiResponse("[[201]]"),'],
    ['swift', '        case .badRequest              : return [[400]]'],
    ['javascript', "        ['post', [[500]], errorResponse500],"],
    ['php', "            ->with($this->equalTo([[405]]), $this->equalTo('Method Not Allowed'))"],
    ['javascript', '      const response = await elasticsearch.bulk(bulkParams, { ignore: [[[404]]] });'],
    ['python', '        es.indices.create(index=name, ignore=[[[400]], [[404]]])'],
    ['markdown', '* `HttpProblem.badRequest(...)` ([[400]])'],
  ];
  const traps: [string, string][] = [
    ['go', '	"INPUT_WARNING":     {"input warning", 400, WARNING, ""},'],
    ['javascript', 'const sizes = {"red", 400};'],
    ['python', '            context.set_code(grpc.StatusCode.NOT_FOUND)'],
    ['java', '        throw io.grpc.Status.NOT_FOUND.withDescription("x").asRuntimeException();'],
    ['java', '        if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {'],
    ['swift', '        case .small: return 200'],
    ['javascript', 'x = [200, errorResponse404]'],
    ['php', "            ->with($this->equalTo(500), $this->equalTo('Blah'))"],
    ['python', 'x(ignore=100)'],
    ['markdown', '* Set the width (400) and height (300)'],
  ];
  markedCases(positives, traps);
});

suite("detect: Plug's calls on a connection without parentheses, PSR-7's StatusCodeInterface imported as StatusCode, a quoted code looked for in an error's text, Oat++'s Status::CODE_404 (the 524th-531st sets)", () => {
  const positives: [string, string][] = [
    ['elixir', '        conn.resp [[200]], "world"'],
    ['elixir', 'conn = conn.send_chunked([[200]])'],
    ['php', "        $initialResponse->method('getStatusCode')->willReturn([[StatusCode::STATUS_OK|200]]);"],
    ['python', '                "[[401]]" in err_str or "-32600" in err_str'],
    ['cpp', '    return createResponse([[Status::CODE_200|200]], "Hello World!!!");'],
  ];
  const traps: [string, string][] = [
    ['elixir', '        conn.assign 200, "world"'],
    ['python', 'if "200" in version_str:'],
    ['php', '$x = StatusCode::OTHER;'],
  ];
  markedCases(positives, traps);
});

suite("detect: Python Requests' and HTTPX's codes beside a status word, Workerman's static::header, PHP's Yoda comparison with a call chain, runs of codes joined by bars, a reason phrase's table cell, runs of error codes joined by slashes, want/got codes, PSR-7 prefixes on a project's own class, codes a Unicode arrow leads to (the 532nd-539th sets)", () => {
  const positives: [string, string][] = [
    ['python', 'if r.status_code != [[requests.codes.ok|200]]:'],
    ['python', 'assert resp.status_code == [[httpx.codes.NOT_FOUND|404]]'],
    ['python', '                resp.status_code = [[codes.forbidden|403]]'],
    ['python', 'if r.status_code == [[requests.codes.precondition|428]]:'],
    ['python', '        if response.status_code == [[requests.codes.OK|200]], response.json()'],
    ['php', "        static::header('', true, [[404]]);"],
    ['php', "        static::header('location: '.$url, true, [[302]]);"],
    ['php', '    if ($e instanceof HttpExceptionInterface && [[403]] === $e->getResponse()->getStatusCode()) {'],
    ['python', '        [[200]] | [[203]] | [[204]] | [[206]] | [[300]] | [[301]] | [[308]] | [[404]] | [[405]] | [[410]] | [[414]] | [[501]]'],
    ['rust', '        [[200]] | [[201]] | [[202]] | [[204]] => true,'],
    ['markdown', '| BadRequest      | [[400]]              |'],
    ['plaintext', '      | Bad Request | [[400]]        | Invalid request payload | <SET>             |'],
    ['rust', '    /// A bot wall: a challenge page (`cf-mitigated`) or [[401]]/[[403]]. Another'],
    ['rust', '//! optional endpoints may be missing ([[404]]/[[405]]/[[501]])'],
    ['go', '			if tt.wantCode >= [[400]] {'],
    ['php', '        set_status_header([[HttpCodes::STATUS_NOT_FOUND|404]]);'],
    ['php', "    public static function halt($sError, $sSubject = '', int $iCode = [[HttpCodes::STATUS_INTERNAL_SERVER_ERROR|500]])"],
    ['typescript', '     * 1. Vérifie le secret via un lecteur env-first (§2) → [[403]] si invalide.'],
    ['typescript', '        this.logger.debug(`OneSignal ${method} ${path} → [[404]]: ${errorMessage}`);'],
  ];
  const traps: [string, string][] = [
    ['python', 'x = Errors.codes.NOT_FOUND  # status_code'],
    ['go', '	return status.Error(codes.NotFound, "no such user")'],
    ['python', 'x = 200 | 203'],
    ['markdown', '| 200 | 250 | 300 | 400 |'],
    ['markdown', 'GET /api/401/403'],
    ['python', '            # (60 → 120 → 240 → 480, capped at 600s)'],
    ['markdown', '**+5 tests → 202 total, all green**'],
    ['markdown', '- Probe 1: Food probe (70°F → 203°F with stall behavior)'],
    ['plaintext', '* $0.79 per 1M tokens → 100 tokens'],
    ['php', 'if (200 === $a->b()->count()) {'],
  ];
  markedCases(positives, traps);
});

suite("detect: an OpenAPI operation's responses indexed by code, httpmock's responders, respondWith helpers, expCode and headerCode, definitions built from their code, Django's exceptions mapped to codes, Tonic's Response constants, bracketed lists of success codes, runs of redirect codes joined by slashes (the 540th-547th sets)", () => {
  const positives: [string, string][] = [
    ['python', '            operation_responses[[[200]]] = {'],
    ['go', '			httpmock.RegisterResponder("DELETE", "https://test.twilio.com/v1/test", httpmock.NewStringResponder([[200]], ""))'],
    ['typescript', "        respondJsonWith([[403]], (resp) => resp.error === 'Event type not allowed')"],
    ['javascript', '  (txt, expCode = [[200]]) =>'],
    ['php', '    public function redirect($sUrl, $blAddRedirectParam = true, $iHeaderCode = [[302]])'],
    ['scala', '    val NotFound = apply([[404]])'],
    ['typescript', 'export const NoContent: NoContent = Empty([[204]])'],
    ['python', '    PermissionDenied: [[403]],'],
    ['python', '    ObjectDoesNotExist: [[404]],'],
    ['php', '				return new Tonic\\Response([[Tonic\\Response::BADREQUEST|400]]);'],
    ['kotlin', '            [[[200]], [[202]], [[204]]]'],
    ['javascript', ' * downgrades the method to GET ([[301]]/[[302]] on a POST, or any 303). Per the Fetch spec.'],
  ];
  const traps: [string, string][] = [
    ['scala', 'val Width = apply(400)'],
    ['php', 'return Response::CLOSED;'],
    ['kotlin', 'x = [200, 250]'],
    ['kotlin', 'x = [100, 200]'],
    ['markdown', '| PASS (304/304 tests, 40/40 suites, 0 lint errors) |'],
  ];
  markedCases(positives, traps);
});

suite("detect: Dropshot's ErrorStatusCode and ClientErrorStatusCode, Hurl's HTTP/* status lines, Terraform attribute paths named for a status, the Servlet API's sc, C# patterns bounded by a class's top, xmlResponse and textResponse helpers, CouchDB's Erlang handlers and error tuples (the 548th-555th sets)", () => {
  const positives: [string, string][] = [
    ['rust', '            HttpError::for_client_error(None, [[ClientErrorStatusCode::NOT_FOUND|404]], external_message)'],
    ['rust', '            status_code: [[ErrorStatusCode::PAYLOAD_TOO_LARGE|413]],'],
    ['plaintext', 'HTTP/* [[200]]'],
    ['go', '					resource.TestCheckResourceAttr("kong_upstream.upstream", "healthchecks.0.active.0.healthy.0.http_statuses.0", "[[200]]"),'],
    ['go', '					resource.TestCheckResourceAttr("kong_route.route", "https_redirect_status_code", "[[301]]"),'],
    ['java', '            if ( sc > [[399]] && sc != [[404]] && sc != [[408]] && sc != [[502]] && sc != [[503]] && sc != [[504]] )'],
    ['csharp', '                return (int)response.StatusCode is > [[399]] and < [[500]]'],
    ['typescript', "  return xmlResponse(errorXml('lock-token-submitted'), [[400]])"],
    ['erlang', '    send_json(Req, [[200]], Value).'],
    ['erlang', '            send_response(Req, [[304]], Headers, <<>>);'],
    ['erlang', '    {[[404]], <<"not_found">>, Reason};'],
  ];
  const traps: [string, string][] = [
    ['go', '	resource.TestCheckResourceAttr("x.y", "port", "200"),'],
    ['erlang', '    {400, <<"query_parse_error">>, Reason};'],
    ['rust', 'let c = ClientErrorStatusCode::from_u16(status)?;'],
  ];
  markedCases(positives, traps);
});

suite("detect: Python's http.client constants (six's http_client, Python 2's httplib), SilverStripe's HTTPResponse, runs of codes joined by slashes with a success code beside an error, hutool's HttpStatus.HTTP_ names, generated clients' models named for the code, commented-out Netlify redirects, a reason phrase before a bracketed code (the 556th-563rd sets)", () => {
  const positives: [string, string][] = [
    ['python', '                expected_status_code=[[http_client.FORBIDDEN|403]]'],
    ['python', '    code = int([[http_client.BAD_REQUEST|400]])'],
    ['python', 'if r.status == [[httplib.NOT_FOUND|404]]:'],
    ['python', 'x = [[http.client.OK|200]]'],
    ['php', "            return new HTTPResponse('No URL rule was matched', [[404]]);"],
    ['python', '        THEN: Las primeras 5 peticiones son procesadas ([[200]]/[[401]])'],
    ['markdown', '| 20 | Smoke GetById | [[200]]/[[404]]/[[403]] senaryoları |'],
    ['java', '		return sendError([[HttpStatus.HTTP_NOT_FOUND|404]], content);'],
    ['elixir', '      {[[200]], SpoonacularAPI.Model.AnalyzeARecipeSearchQuery200Response},'],
    ['plaintext', '#/ /kube-halfday.yml.html [[200]]!'],
    ['go', '	if want := "spotify: Not Found [[[404]]]"; err == nil || err.Error() != want {'],
  ];
  const traps: [string, string][] = [
    ['python', 'conn = http.client.HTTPSConnection(host)'],
    ['go', 'x := http_client.OK'],
    ['markdown', 'between (200/300) and 400/500'],
    ['markdown', 'GET /api/401/403'],
  ];
  markedCases(positives, traps);
});

suite("detect: specs2's must_==, render_*_error helpers without parentheses, C calls that send an HTTP response, private aliases of a library's class, CherryPy's error_page keys, errors keyed by their code (the 564th-569th sets)", () => {
  const positives: [string, string][] = [
    ['scala', '      responses(0).status must_== [[100]]'],
    ['ruby', '      render_json_error [[422]], exception.record.errors'],
    ['c', '			r_socket_http_response (rs, [[200]], "TODO", 0, headers);'],
    ['python', '                str([[_HTTPStatus.BAD_REQUEST|400]].value),'],
    ['python', "        'error_page.[[404]]': os.path.join(localDir, 'static/index.html')"],
    ['typescript', "							examples: basicErrors['[[401]]'],"],
  ];
  const traps: [string, string][] = [
    ['scala', 'x.width must_== 200'],
    ['python', 'x.my_error_page.404'],
    ['typescript', "form.errors['name']"],
  ];
  markedCases(positives, traps);
});

suite("detect: FastAPI's responses declared with a model, doc comments on a function named for the code (the 569th-576th sets)", () => {
  const positives: [string, string][] = [
    ['python', '        [[200]]: {"model": list[Spool]},'],
    ['go', '// NotFound writes a [[404]] message'],
    ['go', '// TooManyRequests writes a [[429]] message'],
  ];
  const traps: [string, string][] = [
    ['go', '// Width is 300 pixels'],
    ['markdown', '* Created 201 items in the fixture'],
    ['python', '    width: {"model": 300}'],
  ];
  markedCases(positives, traps);
});

suite("detect: Plug's send_json and send_html with a status atom, aiohttp-apispec's response_schema, HedgeDoc's OpenApi decorator, mocked connections set up with a status, a project's errors package (the 571st-575th sets)", () => {
  const positives: [string, string][] = [
    ['elixir', '    send_json(conn, [[:ok|200]], data)'],
    ['elixir', '    send_html(conn, [[:not_found|404]], not_found(assigns))'],
    ['python', '@response_schema(DIDListSchema, [[200]], description="")'],
    ['typescript', '  @OpenApi([[201]], [[409]], [[413]])'],
    ['kotlin', '        setupMockHttpUrlConnection([[302]], "https://www.abc.com");'],
    ['go', '	errors.StatusConflict:            [[http.StatusConflict|409]],'],
  ];
  const traps: [string, string][] = [
    ['go', '	return errors.StatusNotFound'],
  ];
  markedCases(positives, traps);
});

suite("detect: helpers that abort with a message, Bottle's BaseResponse, constructors named for an HTTP response, the statuses an HTTP client's call accepts (the 577th-584th sets)", () => {
  const positives: [string, string][] = [
    ['python', '            abort_with_message([[404]], "Media object not found")'],
    ['python', "            BaseResponse('YAY', [[200]]).status_code)"],
    ['java', '                return new JsonHttpResponse(target, [[500]]);'],
    ['python', '        return self._http_client.get("/sessions", [[[200]]]).json()'],
    ['python', '    http_client.get.assert_called_once_with("/sessions/99", [[[200]], [[404]]])'],
  ];
  const traps: [string, string][] = [
    ['python', 'client.get("/x", [200])'],
    ['python', 'self._http_client.get("/x", [1, 2, 300])'],
  ];
  markedCases(positives, traps);
});

suite("detect: Laravel Shift Blueprint's respond statements, Laravel's noContent (the 583rd set)", () => {
  const positives: [string, string][] = [
    ['php', "                'respond' => [[204]],"],
    ['yaml', '      respond: [[400]]'],
    ['php', '        return response()->noContent([[400]]);'],
    ['javascript', "    $httpBackend.expectPOST('/add-msg.py', 'message content').respond([[201]], '');"],
    // (the 583rd set made `respond` a status's name: a responder given the status and a body, once a trap, is read as AngularJS mocks and OpenResty handlers write it)
    ['javascript', 'respond([[404]], body)'],
    ['lua', '	return respond([[405]], { error = "not allowed" })'],
  ];
  const traps: [string, string][] = [
    ['yaml', 'respond: true'],
  ];
  markedCases(positives, traps);
});

suite('detect: prose verbs that reject or halt, outer classes, camel-case members under an HTTP status type, a 429 that says what it means, ranges over several classes (the nineteenth session)', () => {
  const positives: [string, string][] = [
    ['plaintext', '# is rejected with [[400]], which looks like a broken socket'],
    ['ruby', '		## @example Halt with [[500]], no change body'],
    ['zig', '// should fail with [[413]] once the cap is exceeded.'],
    ['java', 'import static org.mule.runtime.http.api.[[HttpConstants.HttpStatus.BAD_REQUEST|400]];'],
    ['java', 'import static org.springframework.http.[[HttpStatus.OK|200]];'],
    ['swift', 'XCTAssertEqual(response.statusCode.code, [[ComicsInfoCore.HTTPResponseStatus.ok|200]].code)'],
    ['typescript', '    if (response.status === [[HttpStatusCode.gatewayTimeout|504]]) {'],
    ['swift', '        case [[HTTPStatusCode.badRequest|400]]:'],
    ['java', '    log.warn("ScoreSaber [[429]] rate limited, backing off and retrying");'],
    ['java', '.responses(new ApiResponses().addApiResponse("[[200]]", success)));'],
    ['python', '        jsonify({"success": False, "message": "Events not found"}), [[400]]'],
    ['rust', '        if !([[200]]..[[400]]).contains(&status) {'],
    ['python', '        HTTPException: [[401]] for missing/malformed auth, [[403]] for invalid token,'],
    ['python', '            [[429]] for rate limit exceeded, [[400]] for disabled provider,'],
    ['ruby', '    assert_match %r{\\AHTTP/1.[01] [[103]]\\b}, responses'],
    ['ruby', '    expect(out).to match(/HTTP\\/1\\.[01] [[302]]/)'],
    ['markdown', 'Sin token o con token inválido → `[[401]]`.'],
    ['markdown', '| `Species.NotFound` | `[[404]]` | GetById / Update’te yok |'],
    ['c', '	DEBUG_PRINTF("[[404]] file not found\\n");'],
    ['ruby', '      http_response_write(out, [[200]], {"X-Whatever" => "stuff"}, ["cool"])'],
    ['shellscript', "    if grep -q '^HTTP/.* [[400]] ' \"$malformed_response\"; then"],
    ['kotlin', '        }.let { assertEquals([[NotFound|404]], it.status) }'],
    ['kotlin', '        assertEquals([[NotFound|404]].value, body.status)'],
    ['go', '		ginx.Bomb([[403]], "no permission")'],
    ['python', '    - **[[422]]**: Validation Error - error in validation of input data.'],
    ['javascript', '    return next(new AppError("Error signing in"), [[500]]);'],
    ['typescript', '  [new RequestParseError({ request }), [[400]]],'],
    ['python', "            {'message': 'No question exists with that ID'}, [[404]])"],
    ['python', '    (treats unknown failures as long cooldown). Pass 60 for rate-limit ([[429]])'],
    ['kotlin', '        if (contentReply.httpCode == [[HttpConstants.HTTP_OK|200]]) {'],
    ['java', 'import static fi.livi.digitraffic.tie.controller.[[HttpCodeConstants.HTTP_NOT_FOUND|404]];'],
    ['typescript', "    it('rejects an invalid preset with [[400]]', async () => {"],
    ['lua', '  it("rejects duplicate X-Forwarded-Host with [[400]]", function()'],
    ['javascript', "    if (err) return reportError(err, next, 'Could not get endpoints for ' + username, [[500]]);"],
    ['javascript', "  reportError(new Error('Session user does not match'), next, 'Access forbidden', [[401]]);"],
    ['python', '        ({"type": "invalid"}, [[422]]),  # Invalid event type'],
    ['python', '        ({}, [[422]]),  # Missing all fields'],
    ['python', "            'url', [[404]], httplib.responses[[[404]]], {}, mock_fp)"],
    ['typescript', '    // when using `/id/ridSearchTerm`, ermrest might throw [[400]] instead of [[404]]'],
    // (the code before another code's phrase is left alone)
    ['python', 'x = (404, responses[[[500]]])'],
    ['markdown', '- `[[400]]` — неверный формат запроса;'],
    ['python', '    si el runtime GTK no está (Windows dev), devuelve [[503]].'],
    ['php', '            ->willReturn([[200]]);'],
    ['cpp', '    tester->executeWaitVerifyContent(command, "[[404]] No job found");'],
    ['markdown', '### Issue: "[[401]] Invalid Google ID token"'],
    ['ruby', '      return render_error_json([[403]]) if request.xhr?'],
    ['typescript', '    mockFetch.mockResolvedValue(emptyResponse([[204]]));'],
    ['java', '    private static final int MAX_RETRIES = 5;          // cap on the number of [[429]] retries per request'],
    ['ruby', "    let(:code) { '[[400]]' } # it must be string code"],
    ['go', '	return IResponse.Login{}, fmt.Errorf("account is not exist: %w", err), [[400]]'],
    ['go', '	return err, [[500]]'],
    ['csharp', '        return new([[500]], "Неизвестная ошибка");'],
    ['elixir', '    {[[404]], "no such element", :no_such_element},'],
    ['yaml', "              $ref: './responses.yaml#/[[400]]-no-base-url'"],
    ['java', '        response.finish([[304]], null);'],
    ['markdown', '* Fixed `res.send([[204]])` support. Closes #771'],
    ['typescript', '  rate_limited: [[429]],'],
    ['php', "    'invalid_request'           => [[400]],"],
    ['cpp', '        denied    = [[401]],'],
    ['java', '     * [[400]] : 회원 가입 양식 잘못된 경우'],
    ['typescript', '  invalidState: [[500]],'],
    ['typescript', '  notAllowded = [[405]],'],
    ['python', '    ValidationError: ([[400]], "validation_error"),'],
    ['python', '        status_code: The HTTP status code to send (e.g., [[400]], [[404]], [[500]]).'],
    ['python', '        status_code (int, optional): The status code of the redirect response (default is [[307]]).'],
    ['markdown', '| `Forbidden` | [[403]] | Authenticated but not authorized for this operation |'],
    ['typescript', '  it("should clear the cache after an HTTP/[[422]] Error", async () => {'],
    ['markdown', '- [[400]] if the user-id is malformed'],
  ];
  const traps: [string, string][] = [
    ['plaintext', 'rejected 400 rows from the import'],
    ['typescript', 'HttpStatusCode.values()'],
    ['java', 'if (n > 429) rate = 0;'],
    ['rust', 'let r = 200..400;'],
    ['rust', 'for i in 100..300 {'],
    ['plaintext', 'pick 100 for small, 200 for large'],
    ['plaintext', 'pick 400 for small, 500 for large'],
    ['cpp', '        case 204: // M204 Snnn - set default acceleration'],
    ['markdown', 'The default value of the parameter is `500`.'],
    ['restructuredtext', '- OIDC ``amr`` claim support. :issue:`302`'],
    ['plaintext', 'n = 404 files'],
    ['kotlin', '        }.let { assertEquals(OK, it.status) }'],
    ['kotlin', '        assertEquals(InProgress, job.status)'],
    ['go', '	player.Bomb(200)'],
    ['markdown', '- **150**: points'],
    ['python', "        {'count': 3}, 200)"],
    ['javascript', 'new Error("x", 500)'],
    ['go', '		web.RenderTemplate(rw, "404.tmpl", &web.Page{'],
    ['shellscript', '# Hits GET /api-writing/writing/{submissionId}/comparison 100 times sequentially'],
    ['java', 'req.header(HttpConstants.CONTENT_TYPE)'],
    ['typescript', "    it('works with 200 users', () => {"],
    ['typescript', "  it('sets the limit with 500')"],
    ['javascript', 'handle(err, next, 404, body)'],
    ['python', '    ({1: 2}, 300),'],
    ['typescript', '// use 250 instead of 300 items'],
    ['php', '            ->willReturn(100);'],
    ['json', '  "address": "511 Congress St Portland, ME 04101"'],
    ['crystal', 'controller.number_to_human_size(500).should eq "500 Bytes"'],
    ['rust', '"200 Hz", "250 Hz", "315 Hz", "400 Hz", "500 Hz",'],
    ['html', '<img src="x" alt="404 Dog" class="img">'],
    ['python', 'la API retorna 200 elementos'],
    ['java', '// 500 retries'],
    ['go', '	return x, 404'],
    ['go', '	return fmt.Errorf("x"), 100'],
    ['csharp', 'var p = new(100, "x");'],
    ['elixir', '{450, "a", :b}'],
    ['yaml', "$ref: './params.yaml#/401'"],
    ['javascript', "    res.render('404', { title: 'x' })"],
    ['java', 'response.setBufferSize(200)'],
    ['typescript', '    ).toStrictEqual([300, 300, 300, 300])'],
    ['yaml', 'error: 500'],
    ['toml', 'required_amt = 500'],
    ['typescript', '  error_threshold: 500,'],
    ['java', '     * 100 : 중복'],
    ['javascript', '  errorSleepTime: 500,'],
    ['typescript', '  maxErrors: 500,'],
    ['python', '    timeout (default is 300) for status polling'],
    ['php', "$x = '402 Bad Gateway';"],
    ['markdown', '- 300 when ready'],
    ['typescript', 'xHTTP/404'],
  ];
  markedCases(positives, traps);
});

suite('detect: thrown-status tags, a status when a condition fails, canned response rows, error keywords after a code, Spring names beside a ResponseEntity, HTTP error factories, libsoup, error enums matched to codes (the twentieth session)', () => {
  const positives: [string, string][] = [
    ['typescript', ' * @throws {[[403]]} - If user is not logged in'],
    ['javascript', ' * @throws {[[409]]} - If username is already taken'],
    ['go', '// headBucket answers HEAD /{bucket}: [[200]] if the bucket exists, [[404]] otherwise.'],
    ['python', '    - `GET /readiness` returns [[200]] when DB and Redis are reachable, [[503]] otherwise.'],
    ['python', '    transport, _ = make_transport([([[404]], b"")])'],
    ['python', '        ([[200]], {"status": "success", "response": {}}),'],
    ['rust', '            &hops(&[([[302]], "https://example.com/new")])'],
    ['ruby', '      return failure([[422]], errors: [e.message])'],
    ['ruby', '      return failure [[422]], errors: [ e.message ]'],
    ['php', "                'message' => 'Invalid Token'], [[419]]);"],
    ['php', "                ['success' => false, 'error' => 'APP_ID tidak aktif'], [[403]]);"],
    ['ruby', '    status = opts.fetch :status, [[:ok|200]]'],
    ['ruby', '      status = options.fetch(:http_status, [[:ok|200]])'],
    ['ruby', '    expect(options[:status]).to be [[:unprocessable_entity|422]]'],
    ['java', '        response.sendError([[UNAUTHORIZED|401]].value(), [[UNAUTHORIZED|401]].getReasonPhrase());'],
    ['java', '        return new ResponseEntity<>(new ErrorResponse(ERROR_CODE_NOT_FOUND, ex.getMessage()), [[NOT_FOUND|404]]);'],
    ['java', '        return Promise.ofException(HttpException.ofCode([[416]], "Only single part ranges are allowed"));'],
    ['typescript', "    new Problem([[429]], { detail: 'Too many requests, please try again later.' }).send(req, res);"],
    ['typescript', '    new Problem([[404]]).send(req, res);'],
    // (OpenTelemetry's span status beside an HTTP code in a test table: the code only)
    ['python', '        ("[[500]]", StatusCode.OK),'],
    ['c', '	soup_server_message_set_status (msg, [[SOUP_STATUS_PARTIAL_CONTENT|206]], NULL);'],
    ['c', '		return [[SOUP_STATUS_NOT_IMPLEMENTED|501]];'],
    ['c', '	if (status == [[SOUP_STATUS_INVALID_RANGE|416]]) {'],
    ['rust', '            MediaErrorCode::PermissionDenied => [[403]],'],
    ['rust', '        HandlerError::NotFound | HandlerError::NotFoundMessage(_) => [[404]],'],
    ['rust', '    /// Return HTTP [[200]] if the engine is live, otherwise [[503]].'],
    ['python', '        - [[400]]: Requested Metadata does not exist'],
    ['python', '        if e.code == [[http.CONFLICT|409]]:'],
    ['python', '    request.setResponseCode([[http.NOT_FOUND|404]])'],
    ['typescript', '  | [[404]] // not found'],
    ['typescript', '  | [[503]]; // service unavailable'],
    ['swift', '    [[404]]: .notFound'],
    ['swift', '        expectation(CloseFeed.self, [[[403]]: CloseFeed.AudiobookshelfError.forbidden]),'],
    ['groovy', "        \"[[405]]\" (controller: 'errors', action: 'methodNotAllowed')"],
    ['python', "    'cursor_too_old': ([[400]], '{\"error\":\"CursorTooOld\",\"message\":\"x\"}', False),"],
    ['python', "    f'https://plc.directory/{_DID_PLC_UNKNOWN}': ([[404]], ''),"],
    ['php', '        return new Caldera_Forms_API_Response( $data, [[404]], array() );'],
    ['typescript', '    const apiErrResp = ApiErrorResp.create([[401]], ApiError.create(Code.UNAUTHORIZED))'],
    ['cpp', '  request->send([[200]]);'],
    ['cpp', '  sendJsonResponse(request, [[200]], doc);'],
    ['scala', '  it should "return [[200]] and a list of storage links when they exist" in {'],
    ['go', '	[[301]]: true,'],
    ['python', '    """Обработка [[404]] ошибок"""'],
    ['php', '        return back([[303]]);'],
    ['java', '        HTTP_상태_코드를_검증한다(응답, [[CREATED|201]]);'],
    ['javascript', '  @StatusCode([[c.CREATED|201]])'],
    ['python', "        meta = ApiResponseMeta([[404]], '1.1', {}, 0.01, None)"],
    ['python', '        k8s_utils.delete_pod(pod, skip_codes=[[[404]]])'],
    ['python', '    Overrides the default is HTTPNotFound [[[404]]] by appropriate HTTPMethodNotAllowed [[[405]]] when applicable.'],
    ['java', '            .andExpect(jsonPath("$.code").value("[[200]]"))'],
    ['markdown', '❌ [[401]] → "Invalid email or password"'],
    ['markdown', '✅ [[201]] → { userId, email } + OTP sent to email'],
    ['dart', '  // ApiException [[409]]: {"error":{"message":"Ship extract failed.'],
    ['python', '    file_stream.getcode.return_value = [[404]]'],
    ['python', '    exception.get_status = lambda: [[500]]'],
    ['markdown', '{{.Resp.RespondWith [[303]] ""}}'],
    ['php', '    const SUCCESS_CODE_GET = [[200]];'],
    ['java', '        .andExpect(jsonPath("$.status").value([[409]]))'],
    ['python', '    ([[404]], DeezerNotFoundError),'],
    ['python', '        client.send_request(self.request_template.format("GET"), "[[200]]")'],
    ['javascript', "    return res.send('invalid client_id', [[400]]);"],
    ['typescript', ' * PUD-001: No user authenticated ([[401]])'],
    ['typescript', '      console.warn("[[[429]]] " + method + " " + url)'],
    ['typescript', '    const problem = new Problem([[404]], {'],
  ];
  const traps: [string, string][] = [
    ['typescript', ' * @param {100} x'],
    ['plaintext', 'width 300 if small, 500 otherwise'],
    ['python', '    (200, "x"),'],
    ['python', '    x = (300, b"")'],
    ['python', '    x = (200, {"width": 1})'],
    ['rust', '    let p = (200, "https://example.com");'],
    ['ruby', '    validates :name, length: { maximum: 500, message: "too long" }'],
    ['ruby', '    resize(300, errors: [])'],
    ['php', "    $arr = ['message' => 'x', 'n' => [1, 2]], 100);"],
    ['python', '    span.set_status(StatusCode.OK)'],
    ['java', '        return new ResponseEntity<>(body, headers);'],
    ['java', '        list.add(FOUND.getName());'],
    ['java', '        return Color.ofCode(200);'],
    ['typescript', '    const p = new Problem(101, "Two Sum");'],
    ['c', '#define OK(s) SOUP_STATUS_IS_SUCCESSFUL(s)'],
    ['rust', '        Color::Red(x) => 400,'],
    ['rust', '        Level::Error => 500,'],
    ['python', '    - 300: items'],
    ['python', '    - 500: max items per page'],
    ['json', '        400'],
    ['typescript', '    y = Code.NOT_FOUND;'],
    ['javascript', 'x = http.NOT_FOUND'],
    ['typescript', '  x = 500 // ms'],
    ['swift', '  500: .bold,'],
    ['python', "    'https://x.y/a': (300, '')"],
    ['java', 'new PagedResponse(items, 200)'],
    ['java', 'response = new ApiResponse(false, "401", "Invalid JWT token");'],
    ['cpp', '  buffer->send(200);'],
    ['go', '	100: true,'],
    ['go', '	x := map[int]bool{200: true}[n]'],
    ['javascript', '  history.back(303);'],
    ['scala', '  it should "create 200 users" in {'],
    ['javascript', '  @Max(c.LIMIT)'],
    ['python', "        v = Version(300, '1.1')"],
    ['python', '        fetch(items, page_sizes=[100, 200])'],
    ['markdown', '    see Chapter [200] for details'],
    ['java', '            .andExpect(jsonPath("$.count").value("200"))'],
    ['php', "    200 => 'Arctic/Longyearbyen',"],
    ['markdown', 'Room 404 → "second floor"'],
    ['dart', '  // Version 400: new layout'],
    ['python', '    limits.get_size = lambda: 500'],
    ['php', '    const SUCCESS_CODE = 0;'],
    ['python', 'TIMEOUTS = (500, TimeoutError)'],
    ['python', '  client.send_request(req, "100")'],
    ['javascript', '  socket.send(msg, 400)'],
    ['typescript', ' * ABC-12: Version notes (300)'],
    ['javascript', 'log("[200] items")'],
  ];
  markedCases(positives, traps);
});

suite('detect: RSpec and Mockito doubles of a response code, Ruby symbol keys before `should ==`, C unit-test asserts, a code before its own class, Servant verbs, openapi-generator response maps, test helpers given the client, yoda `<>`, Falcon, response helpers given `res` first, axios-mock-adapter, sinon-chai, Fastify reply schemas, Crystal HTTP::Status, Plug helpers given conn, Korean notes, Laravel error views, go-swagger responses, Rust arms from codes to errors (the twenty-first session)', () => {
  const positives: [string, string][] = [
    ['ruby', '        @mock_http_response.stub(:code).and_return([[404]])'],
    ['ruby', "    allow(res).to receive(:code).and_return('[[404]]')"],
    ['ruby', '    allow(response).to receive(:status).and_return([[500]])'],
    ['ruby', '        @cobweb.get(@base_url)[:status_code].should == [[404]]'],
    ['ruby', '        content[:status_code].should == [[301]]'],
    ['java', '        doReturn([[404]]).when(response).getStatus();'],
    ['java', '        given(response.getStatusCode()).willReturn([[404]]);'],
    ['python', '    type(resp).status_code = PropertyMock(return_value=[[404]])'],
    ['python', '# [<NewResponse [[[200]]]>, <NewResponse [[[200]]]>]'],
    ['python', 'HEALTH_CHECK_CODES = "[[200]],[[302]],[[401]]"'],
    ['python', '        # historical empty-result compatibility path on final non-[[404]] 4xx.'],
    ['c', '    TEST_ASSERT_EQUAL([[404]], res.status);'],
    ['cpp', '        TEST_ASSERT_EQUAL_UINT16([[403]], blockedResponse.status.code());'],
    ['c', '    CU_ASSERT_EQUAL([[404]], res.status);'],
    ['go', '	checkHTTP([[500]])'],
    ['haskell', "type Get302 cts hs = Verb 'GET [[302]] cts (Headers hs NoContent)"],
    ['haskell', "type API = \"users\" :> Verb 'POST [[201]] '[JSON] User"],
    ['python', "            '[[400]]': \"AuthChangePasswordValidationError\","],
    ['python', "            '[[204]]': None,"],
    ['python', "            '[[200]]': \"List[Pet]\","],
    ['python', "    check(client.post('/index/'), [[401]])"],
    ['python', '    check(client, f"/index/{index}/", [[403]], "does not have", method="get")'],
    ['javascript', '    it.skip("should retry with exponential back off due to [[429]]", async () => {'],
    ['elixir', '    # Test 15: request/2 on [[401]] returns {:error, %Error{type: :authentication_error}}'],
    ['python', '        # [[404]] stays an empty MlbResult so endpoints keep None / [] / {} behavior.'],
    ['php', "    elseif ( [[200]] <> $nfo['http_code'] || empty($nfo['content_type']))"],
    ['javascript', 'if ([[200]] === res["status"]) {'],
    ['python', '    assert post_result.status == [[falcon.HTTP_NOT_FOUND|404]]'],
    ['python', '        [{}, [[falcon.HTTP_BAD_REQUEST|400]]],'],
    ['python', '    resp.status = [[falcon.status_codes.HTTP_CONFLICT|409]]'],
    ['javascript', '      return responseData(res, "", [[401]], false, "Unauthorized: No token provided");'],
    ['javascript', '    return responseData(res, "User data found", [[200]], true, "", response);'],
    ['typescript', '    await attempt(res, [[200]], () => userController.deleteUser(req.params.userid));'],
    ['go', '	resp := buildMockResp([[200]], b)'],
    ['typescript', '    mock.onPost().reply([[400]])'],
    ['typescript', '      .replyOnce([[202]], "foo")'],
    ['javascript', '    expect(res.status).to.have.been.calledWith([[200]]);'],
    ['javascript', '    sinon.assert.calledWith(res.status, [[404]]);'],
    ['python', '    # 自适应并发初始限制（宽松起步，遇到 [[429]] 再降低）'],
    ['javascript', '    "[[403]]，沒有權限執行此動作"'],
    ['python', '            [[201]]: "object",'],
    ['python', '            [[401]]: None,'],
    ['python', '    _response_types_map = {[[200]]: "Pet", [[404]]: None}'],
    ['typescript', '    fastify.post<{ Reply: { [[204]]: void } }>('],
    ['typescript', 'server.get<{ Reply: { [[200]]: User; [[404]]: ErrorBody } }>('],
    ['elixir', '    do: halt_with(conn, [[:unprocessable_entity|422]], @page_error)'],
    ['elixir', '        |> html_response([[:bad_request|400]])'],
    ['cpp', '        default_error_code.push_back([[400]]);'],
    ['typescript', '  [ResourceNotFoundDomainException, [[404]]],'],
    ['python', '    (NotFoundError, [[404]]),'],
    ['plaintext', 'handler: GET /github.com/athens-artifacts/samplelib/@v/v1.0.0.info [[[200]]]'],
    ['cpp', '    {100, {100, "Failed to parse json request", [[400]], [[HTTP_400|400]], OSRM_INVALID_URL, "json_parse_failed"}},'],
    ['crystal', '  def redirect(url : String | Path, status : ::HTTP::Status = ::[[HTTP::Status::FOUND|302]]) : AHTTP::RedirectResponse'],
    ['crystal', '  def redirect_to_route(route : String, status : ::HTTP::Status = [[:found|302]], **params)'],
    ['python', '    if status in (_HTTP_OK_CREATED, [[_HTTP_NO_CONTENT|204]]):'],
    ['python', '    if status == [[_HTTP_NOT_FOUND|404]]:'],
    ['swift', '            guard ([[200]] ... [[299]]).contains(response.statusCode) else {'],
    ['typescript', '                    TypeError 로 [[500]] 이 난다.'],
    ['typescript', '        // 버튼을 다시 눌러도 같은 [[401]]이 반복된다.'],
    ['python', '        [[424]]: {"detail": "member removal unsuccessful"},'],
    ['javascript', '    return response.error(err.message, [[400]]);'],
    ['php', "@section('title', '[[403]]')"],
    ['csharp', '                        ["[[200]]"] = new OpenApiResponse'],
    ['go', '//	  [[200]]: oidcConfiguration'],
    ['java', '        return responseWithMessageMap([[BAD_REQUEST|400]], message);'],
    ['go', '		this.CustomAbort([[400]], "Only grant_type password supported")'],
    ['php', "        $response = SpecHelper::getMockResponseFromFixture([[400]], 'errors/bad_api_version.json');"],
    ['elixir', '  defp metadata(:not_found), do: {[[404]], dgettext("errors", "Resource not found")}'],
    ['rust', '            [[401]]..=[[403]] | [[407]] => ChorusError::NoPermission,'],
    ['rust', '            [[400]]..=u16::MAX => {'],
    ['java', '      return new ResponseEntity<>(createErrorResponse([[BAD_REQUEST|400]], exception), new HttpHeaders(), [[BAD_REQUEST|400]]);'],
    ['typescript', '): Promise<[[200]] | [[202]] | [[404]]> {'],
    ['typescript', 'function f(): [[200]] | [[404]] {'],
    ['markdown', 'association, [[404]] if the granule or execution can not be found in the database,'],
    ['go', '// Returns [[403]] Forbidden when the decision is deny; [[503]] when no policy engine is configured.'],
    ['javascript', ' *       - [[400]]:'],
  ];
  const traps: [string, string][] = [
    ['ruby', '    allow(res).to receive(:body).and_return(404)'],
    ['ruby', '    x[:page].should == 404'],
    ['java', '        doReturn(404).when(list).size();'],
    ['python', '    type(m).size = PropertyMock(return_value=404)'],
    ['python', '    x = sizes[200]'],
    ['plaintext', 'count 404 405'],
    ['c', '    TEST_ASSERT_EQUAL(404, count);'],
    ['go', '	checkHTTP(t, 1500)'],
    ['python', "    '500': \"Medium\","],
    ['python', '    check(client, 300)'],
    ['python', '    sleep(client.timeout, 300)'],
    ['javascript', '// due to 300 items'],
    ['kotlin', '    fun `440 returns A4 with delta of 0`() {'],
    ['php', "    if (200 === $res['size'])"],
    ['haskell', 'type Size = Vec 300 Int'],
    ['javascript', 'new Promise(res => setTimeout(res, 200))'],
    ['javascript', 'foo(res, 300)'],
    ['javascript', '    message.reply(100)'],
    ['python', '        100: {'],
    ['php', '        return [0 => 0, 10 => 2, 25 => 4, 50 => 6, 75 => 8, 100 => 10, 200 => 15, 300 => 20, 500 => 25];'],
    ['javascript', '    expect(spy).to.have.been.calledWith(200);'],
    ['go', '		http.Error(w, "too many keys (max [[200]])", [[http.StatusBadRequest|400]])'.replace('[[200]]', '200')],
    ['python', '            200: "Alice",'],
    ['python', "            100: 'Unknown error',"],
    ['javascript', "  100: 'rgb(var(--color-error-100)/<alpha-value>)',"],
    ['typescript', 'const x = { Reply: { 300: 1 } }'],
    ['javascript', '# 触发 200 次'],
    ['elixir', 'assign(conn, :user, user)'],
    ['cpp', 'sizes.push_back(400);'],
    ['python', '    (ValueError, 300),'],
    ['typescript', "{ path: '404-not-found', pathMatch: 'full' }"],
    ['typescript', "this._router.navigate(['403-forbidden']);"],
    ['python', 'x = my_HTTP_NOT_FOUND'],
    ['python', '_HTTP_NOT_FOUND = [[404]]'],
    ['markdown', '초당 약 500의 요청을 받아낼 수는 있지만,'],
    ['markdown', 'When 사용자의 id가 1이고 충전 금액이 500인 잔액 충전 요청을 동시에 300번 보낸다'],
    ['javascript', '    logger.error(msg, 500);'],
    ['php', "@section('title', '300')"],
    ['go', '//	  300: 5'],
    ['go', '		_, _ = fmt.Fprintf(conn, "500 Go away\\r\\n")'],
    ['java', '    responseTime(OK)'],
    ['elixir', '{300, gettext("x")}'],
    ['rust', '            100..=200 => {'],
    ['typescript', 'let size: 100 | 200 | 300;'],
    ['typescript', 'let weight: Foo<400 | 700>;'],
    ['markdown', 'we had 500 when'],
    ['markdown', '에러가 500건 발생했습니다'],
    ['javascript', ' *       - 400: items per page, 3 columns'],
  ];
  markedCases(positives, traps);
});

suite('detect: doc lines keyed by a code, Python statuses chosen by a condition, private wrappers of a status call, reason phrases wrapped in prose, Gravatar, nginx upload_cleanup, codes tested in an error’s text, quoted URLs in request logs, API Gateway descriptions, Slim’s halt, union-typed defaults, Elixir attributes and inline ifs, Rust failure arms, codes before a media type, links in table rows, the best-known error codes in prose, test titles ending on a code, badge colours per class, Korean titles, response factories and maps, AssertJ on bare Spring names, aide’s turbofish, Javadoc list items, Plug’s sent responses, exception maps, enums given a code twice, RSpec blocks, web servers’ send, Elixir error reasons, lychee’s flags, openapi-typescript’s never, error titles, Hono’s typed json (the twenty-second session)', () => {
  const positives: [string, string][] = [
    ['python', '        [[200]]: List of prefixes with pagination'],
    ['python', '        [[403]]: Insufficient permissions'],
    ['php', '	 * [[409]]: Private key already exists'],
    ['typescript', '    // [[401]]: Missing or invalid API key'],
    ['markdown', '[[206]]: Partial content. Useful when you have to return a paginated list of resources.'],
    ['python', "        return jsonify(result), [[200]] if result['success'] else [[400]]"],
    ['python', '    return [[201]] if is_new_page else [[200]]'],
    ['python', '        return {"error": message}, [[400]] if "not found" in message.lower() else [[403]]'],
    ['javascript', '  }) : this._redirect([[301]], location, body, headers);'],
    ['python', '                    self._send_response([[404]], headers={})'],
    ['markdown', 'A missing Content-Type header in a [POST](#post) request will cause a [[[400]] Bad'],
    ['markdown', 'specified.  A missing or different format will cause a [[[415]] Unsupported Media'],
    ['html', "'https://s.gravatar.com/avatar/23463b99b62a72f26ed677cc556c44e8?s=480&r=pg&d=[[404]]'"],
    ['nginx', '        upload_cleanup [[400]] [[404]] [[499]] [[500]]-[[505]];'],
    ['python', '            if "[[429]]" not in str(e):'],
    ['python', '                "[[401]]" in err_str or "-32600" in err_str'],
    ['python', '        elif type(ins_data) == str and "[[400]]" in ins_data:'],
    ['shellscript', 'test_rest_api GET "http://localhost:3001/products" [[200]]'],
    ['shellscript', "test_rest_api_with_body POST \"http://localhost:3001/products\" [[201]] '{ \"text\": \"value1\" }'"],
    ['yaml', '          description: [[200]] response'],
    ['yaml', '          description: [[404]] Response'],
    ['php', '        $app->halt([[404]], $apiResponse->returnJson());'],
    ['php', "    $app->halt('[[404]]', $apiResponse->returnJson());"],
    ['crystal', '      def json(raw_json : String, status : ::HTTP::Status | Int32 = [[200]])'],
    ['python', 'def f(status: int | None = [[200]]):'],
    ['elixir', '  @not_found [[404]]'],
    ['elixir', '        status_code = if health_status.healthy, do: [[200]], else: [[503]]'],
    ['rust', '            [[401]] | [[403]] => Self::auth(format!("HTTP {}: {message}", status.as_u16())),'],
    ['cpp', '                [[401]], "text/plain", "Logout requested. Cancel the browser login prompt to finish logging out.");'],
    ['markdown', '| https | [[207]] | x |'],
    ['go', '// Gin\'s own [[404]], not the handler\'s: no route matched at all.'],
    ['python', '# stuck and eventually generates [[502]]'],
    ['typescriptreact', '// CTAs that would [[403]] the moment the user clicked them. We accept'],
    ['rust', '/// wrong for endpoints where [[404]] may be a *real* semantic (e.g. "run_id not found").'],
    ['elixir', '# types fall through to [[404]]'],
    ['python', '# retry on [[429]], [[503]], and [[504]]'],
    ['javascript', "            return ResponseUtil.error(res, err.message || 'Check-in failed', [[500]]);"],
    ['go', '			The server cannot process the request due to a client error ([[400]] Bad'],
    ['markdown', '| [[400]]              | `{"summary": "Error summary"}`'],
    ['go', '	t.Run("valid jwt -> [[200]]", func(t *testing.T) {'],
    ['go', '	s.Qps.ByStatus["[[200]]"] = s.Qps.status200'],
    ['php', "                        $state >= [[200]] && $state < [[300]] => 'success',"],
    ['php', "                        $state >= [[500]] => 'danger',"],
    ['markdown', '- limited to 31 days, [[400]] if longer'],
    ['java', '		@DisplayName("조회 성공 [[200]]")'],
    ['java', '		@DisplayName("최소인원 > 최대인원 생성 실패 [[400]]")'],
    ['java', '		return Response.create([[200]]).body(body);'],
    ['java', '   HttpResponse.of([[404]])'],
    ['python', "            '[[401]]': self.global_response_ref('[[401]]'), "],
    ['python', "                    '[[200]]': build_response_200(), "],
    ['java', '    assertThat(actResponse.getStatusCode()).isEqualTo([[BAD_REQUEST|400]]);'],
    ['java', '   * <li>[[400]] - Invalid or missing request header.</li>'],
    ['rust', '        .response::<[[200]], Json<AccountDto>>()'],
    ['rust', '        .response_with::<[[404]], (), _>(|res| res.description("The requested account does not exist!"))'],
    ['elixir', '      assert {[[500]], _headers, body} = sent_resp(conn)'],
    ['elixir', '        {:error, {:envelope_too_large, {[[413]], headers, body}}}'],
    ['python', '        KeyError: ("MISSING_REQUIRED_FIELD", [[400]]),'],
    ['python', '                [[404]]: exceptions.NotFound,'],
    ['java', '    ACCESS_DENIED("[[403]]", [[403]]),'],
    ['ruby', '        allow(response).to receive(:code) { [[500]] }'],
    ['cpp', '            _webserver->send([[304]]);'],
    ['php', "            return redirect()->route('forum.index', [[301]]);"],
    ['python', '        # Probe URL map to distinguish unknown routes (-> [[404]]) from known-but-auth-gated (-> [[401]]).'],
    ['python', '            [[502]], content_type="application/json",'],
    ['markdown', '**When [[429]] is received:**'],
    ['toml', 'accept = ["[[200]]..=[[204]]", "[[429]]"]'],
    ['toml', '# accept = "[[200]]..=[[204]], [[429]]"'],
    ['markdown', '| Create | [[201]] | [[400]], [[409]] |'],
    ['markdown', '| `CodeInvalidCredentials` | [[401]] | Wrong email/password or invalid/expired refresh token. |'],
    ['java', '            HttpRequestHandler.sendPlainTextError(ctx, req, [[NOT_FOUND|404]]);'],
    ['elixir', '        {:error, {[[:bad_request|400]], "File already exists"}}'],
    ['shellscript', 'lychee --accept [[200]],[[429]] .'],
    ['python', '    ["--verbose", "--scheme", "https", "--accept", "[[200]]", "--method", "get", url]'],
    ['typescript', '      [[404]]: never;'],
    ['javascript', "        title: 'Error: [[404]]',"],
    ['typescript', '    return ctx.json<UsageResponse<typeof endpoint>, [[200]]>({'],
    ['python', '        self.send_response_only([[200]])'],
    ['java', '   * (the original describing phrase was "Moved Temporarily"), but popular browsers implemented [[302]]'],
  ];
  const traps: [string, string][] = [
    ['python', '# 251: Control characters'],
    ['kotlin', '         * 100: Maximum volume (maxShutterVolume)'],
    ['python', '        x = 254 if trailing_dot else 253'],
    ['python', '        width = 300 if small else 500'],
    ['python', '    n = 100 if total > 0 else 200'],
    ['python', '    fd = self._syscall(438, c_int(self._pid_fd))'],
    ['markdown', 'see page 404 Not'],
    ['markdown', 'page 404 Bad'],
    ['html', "'https://example.com/avatar?s=480&d=404'"],
    ['yaml', '  200: something'],
    ['python', 'elif "report" in prompt_lower or "311" in prompt_lower:'],
    ['python', '        if "404" in path:'],
    ['python', '        assert "456" in data["errors"]'],
    ['shellscript', 'curl -X GET "/x" 100 times'],
    ['yaml', '  description: 300 responses per page'],
    ['nginx', '    upload_limit_rate 500;'],
    ['php', '   $machine->halt(404);'],
    ['crystal', 'size : Int32 | Nil = 200'],
    ['python', 'def f(size: int | None = 200):'],
    ['elixir', '  @timeout 500'],
    ['elixir', '        size = if x, do: 200, else: 500'],
    ['rust', '      100 | 200 => x,'],
    ['cpp', '  resize(300, "image/png");'],
    ['markdown', '| [MrPurple6411](https://github.com/MrPurple6411) | <img src="https://avatars.githubusercontent.com/u/7858500?v=4" width="50"> | 464 | [Metious](https://github.com/Metious) |'],
    ['markdown', '| 523 | [jonschlinkert](https://github.com/jonschlinkert) |'],
    ['markdown', '* **Class meets Wednesdays 3:30-6:00PM in Tompkins 405**'],
    ['markdown', '"address1": "Suite 405",'],
    ['markdown', '| **`2025-07-29`** | [Just Be Lazy](https://inside.java/2025/07/29/just-be-lazy/) - example usage of **JEP 502** |'],
    ['plaintext', 'in \\ghpr{417} addressing \\ghit{415})'],
    ['markdown', 'The quota (404 per day) was reached.'],
    ['plaintext', 'Total: 1,200 items, 404 skipped'],
    ['python', 'In this case, there is an integer in memory, 503, and it occupies some space.'],
    ['markdown', 'process_windows_open_handles 504'],
    ['php', "<link rel=\"stylesheet\" href=\"<?= get_css() ?>404-page.css\" />"],
    ['plaintext', 'test/samples/rollup.min.js (429 KiB)'],
    ['julia', 'driven_correlation = correlation_matrix(states_driven[:, 401:end])'],
    ['python', "mo = phoneNumberRegEx.search('My phone number is (415) 555-4242.')"],
    ['php', "                    $state < 500 => 'primary',"],
    ['php', "   $score >= 100 && $score < 200 => 'x',"],
    ['markdown', '- width 100, 400 if wide'],
    ['go', '  t.Run("a -> 100", func() {})'],
    ['java', '		@DisplayName("성공 200번")'],
    ['java', '   Cache.create(500)'],
    ['python', "   '500': create_user(x)"],
    ['java', '   * 100 - Maximum volume'],
    ['rust', '        .limit::<200, u8>()'],
    ['elixir', '      {100, width, height}'],
    ['python', '   100: Foo.Bar,'],
    ['python', '   400: Widget,'],
    ['java', '    FOO("100", 200),'],
    ['ruby', '        allow(list).to receive(:size) { 500 }'],
    ['cpp', '            _player->send(304);'],
    ['php', "  return redirect()->route('x', 100);"],
    ['python', '        # steps (-> 100) then'],
    ['toml', 'limit = ["200", "300"]'],
    ['markdown', '| Rank | 200 | 404 | 12 |'],
    ['markdown', '| 2    | 381    | 501    | 293     |'],
    ['elixir', '      {:error, {:accepted, "x"}}'],
    ['typescript', '      100: never;'],
    ['typescript', '  x: 200: never;'],
    ['javascript', "  y = 'Error: 300'"],
    ['typescript', '  x.json<Foo, 300>(y)'],
  ];
  markedCases(positives, traps);
});

suite('detect: test titles led by the method, prerender meta tags, HTTP helpers’ results compared, error classes keyed by code, RSpec comparison matchers, error pages keyed by code, Node callbacks given an error body, enums of outcomes, Jest’s toContain on statuses, meta refreshes to an error page, error factories, Meteor’s errors, a REPL’s output, an enum named HTTP, dataclass defaults, British spellings, class ranges, redirect pages, documented JSON bodies, Russian labels, JSON reply helpers, the best-known codes beside each other, doc lists of error classes, Cloudflare’s codes, Ruby’s ||=, failures pointed at a code, returned tuples, response helpers, 429 beside retries and quotas, Go’s strings.Contains, codes after a handler’s req and res, PHP responses given headers, rejections expected to name a code, Kotlin arms of several codes, status lines’ startswith, Russian if, doc lists of error names, an err helper given the status, Rust errors’ own arms, error_resp, error messages keyed by code, FastAPI response tables, the Servlet prefix in PHP, protobuf wrappers under a status key, enums of status classes, map defaults under a status key, request arguments continued, gock and wretch, Go error structs, a server’s error, Elixir’s asserted tuples (the twenty-third session)', () => {
  const positives: [string, string][] = [
    ['javascript', '    it("GET [[200]] Serves up endpoints", () => {'],
    ['javascript', '    it("POST [[201]] responds with created topic. #createNewTopic", () => {'],
    ['javascript', "  it('DELETE [[204]] removes the comment', () => {"],
    ['ruby', '  it "GET [[200]] lists users" do'],
    ['html', '				<meta content="[[404]]" name="prerender-status-code" />'],
    ['html', '<meta name="prerender-status-code" content="[[404]]">'],
    ['c', '    if (http_post(io, fn, &args) != [[200]])'],
    ['c', '    if (http_chunk(io, data, str_len(data)) != [[200]])'],
    ['php', 'if (httpGet($url, $opts) == [[404]]) {'],
    ['python', 'HTTPError.code_map[[[400]]] = HTTPBadRequest'],
    ['python', 'errors[[[404]]] = NotFoundError'],
    ['ruby', '        expect(response.status).to eq(0).or be >= [[400]]'],
    ['ruby', '    expect(last_response.status).to be < [[300]]'],
    ['python', "        [[400]]: ('400.html', {}),"],
    ['go', '				[[404]]: "404.html",'],
    ['php', "    [[500]] => 'errors/500.html',"],
    ['javascript', '      if (err) return callback([[404]], {error:err});'],
    ['javascript', "        callback([[409]], {error:'门店名称已经存在.'});"],
    ['rust', '            example = json!(ApiError::create([[507]], err::MSG_DATABASE, "Error while querying the database."))),'],
    ['javascript', '  throw ApiError.create([[404]], "missing");'],
    ['javascript', "    			throw new Meteor.Error([[403]] , 'Not authorized to create new')"],
    ['javascript', '        res.status([[HTTP.FORBIDDEN|403]]);'],
    ['javascript', '          res.status([[apiConst.HTTP.OK|200]]).end();'],
    ['python', '    status_code: int = field(default=[[302]])'],
    ['python', 'UNAUTHORISED_ERROR = [[401]]'],
    ['python', '            the [[200]]-[[299]] range.'],
    ['python', '    assert r.handler._respond_code == [[200]]'],
    ['markdown', '`code` - HTTP status code (default=[[200]]) [Note 1]'],
    ['cpp', '                "<TITLE>[[301]] Moved</TITLE></HEAD><BODY>\n"'],
    ['cpp', '                "<H1>[[301]] Moved</H1>\n"'],
    ['javascript', ' *   [[400]]  { "ok": false, "error": "missing_lang"     }'],
    ['javascript', '        //Код ответа: [[200]], 400...'],
    ['javascript', '        .then(accounts => resolve(Server.fn.api.jsonSuccess([[200]], accounts)))'],
    ['go', '			return nil, request.ErrorResourceNotFound() // Map unusual [[403]] used to indicate [[404]]'],
    ['python', '      * [[200]] - :class:`HTTPOk`'],
    ['python', '        * [[400]] - :class:`HTTPBadRequest`'],
    ['rust', '/// Cloudflare [[525]] with no hint that the host moved.'],
    ['ruby', '    status_code ||= [[:accepted|202]]'],
    ['python', '        # wrong query arguments -> [[400]]'],
    ['rust', '                    return ([[404]], "The specified blob does not exist.", vec![], error_body);'],
    ['java', '        CloseableHttpResponse response = httpResponse([[200]]);'],
    ['javascript', "                this._logger.warn('Quota-level [[429]] detected, not shrinking window', {"],
    ['markdown', 'A value near 1 means single-model pools where every [[429]] retry hits the same model.'],
    ['go', '	case strings.Contains(s, "[[503]]"), strings.Contains(s, "[[502]]"):'],
    ['javascript', "            return managedError(new Error('Status page not enabled'), req, res, [[404]]);"],
    ['php', "        }, [[200]], ['Content-Type' => 'image/svg+xml']);"],
    ['php', "        ], [[200]], ['Content-Type' => 'text/csv']);"],
    ['typescript', '  ).rejects.toThrowError(/[[400]]/);'],
    ['kotlin', '            [[401]], [[403]] -> throw MiniAppSdkException('],
    ['kotlin', '                [[400]], [[500]], [[503]] -> {'],
    ['python', "        if self.enable_memento and response.status_headers.statusline.startswith('[[200]]'):"],
    ['php', '        }, [[200]], ['],
    ['kotlin', '                // Если [[400]], возвращаем пустой список (операция выполнена)'],
    ['typescript', ' * - [[400]]: VALIDATION_ERROR'],
    ['ruby', '                      halt(err([[409]], "Resource missing data type")) if type.nil?'],
    ['rust', '            Self::IdExpired => [[403]],'],
    ['rust', '            Self::InvalidRequest(_) => [[400]],'],
    ['rust', '         return error_resp([[400]], "Missing conf");'],
    ['typescript', "  [[404]]: 'errors.notFound',"],
    ['python', '        [[401]]: OWNERSHIP_RESPONSES[[[401]]],'],
    ['php', '        $response->setStatus([[HttpResponse::SC_NOT_FOUND|404]]);'],
    ['go', '				ResponseCode: &types.UInt32Value{Value: [[200]]},'],
    ['java', '    SUCCESS([[200]], [[300]]),'],
    ['java', '    CLIENT_ERROR([[400]], [[500]]),'],
    ['python', '        status_code = response.get("status_code", [[500]])'],
    ['python', '                             request, [[412]], _("Error parsing XML.")'],
    ['go', '	New("http://foo.com").Reply([[201]]).JSON(map[string]string{"foo": "bar"})'],
    ['go', '		Reply([[200]]).'],
    ['javascript', "  .catcher([[401]], (err) => console.log('Unauthorized'))"],
    ['go', '	errs := HTTPError{"blah", [[429]]}'],
    ['python', '            raise self.server.error("Invalid Refresh Token", [[401]])'],
    ['elixir', '    assert {[[200]], _, _} = request(:head, "/?foo=bar&baz=bat")'],
    ['java', '    SUCCESS([[200]]),'],
    ['java', '    AUTH_FAIL([[401]]);'],
    ['typescript', '    expect(statuses).toContain([[201]]);'],
    ['html', '        <meta http-equiv="refresh" content="0;url=/error/[[400]]">'],
  ];
  const traps: [string, string][] = [
    ['javascript', "  it('GET 200 items', () => {"],
    ['javascript', "  it('GET 404.html page', () => {"],
    ['javascript', '  x("get 200 things")'],
    ['html', '<meta content="500" name="viewport">'],
    ['c', '    if (get_count(io, fn) != 200)'],
    ['python', 'arr[404] = something'],
    ['python', 'sizes[500] = Large'],
    ['ruby', '    expect(items.count).to be >= 400'],
    ['python', "        400: ('500.html', {}),"],
    ['python', "        404: 'layout.html',"],
    ['javascript', '      callback(404, items);'],
    ['javascript', '      setTimeout(500, {error: 1});'],
    ['plaintext', '> 502'],
    ['python', 'x = d.get("size", 500)'],
    ['python', '    request, 300, "x"'],
    ['go', '	x := Point{400, 500}'],
    ['python', '            log.error("x", 401)'],
    ['elixir', '    assert {100, x, y} = f()'],
    ['java', '    SMALL(200, 300),'],
    ['go', '				Size: &types.UInt32Value{Value: 200},'],
    ['rust', '            Self::Solana => 501,'],
    ['rust', '            Self::Boss => 500,'],
    ['typescript', "  200: 'errors.x',"],
    ['python', '   401: FOO[401],'],
    ['ruby', "    err(100, 'x')"],
    ['kotlin', '            100, 101 -> "small"'],
    ['python', "if name.startswith('200'):"],
    ['typescript', ' * - 200: SOME_VALUE'],
    ['typescript', '  ).rejects.toThrowError(/100/);'],
    ['php', '        }, 300);'],
    ['python', '        # items -> 400'],
    ['rust', '    return (404, 5)'],
    ['python', 'if n > 429 and rate_limit:'],
    ['javascript', 'retry for 429 ms'],
    ['go', '	case strings.Contains(s, "200"):'],
    ['javascript', 'helper(req, res, 100)'],
    ['markdown', '// Total: 1,200 items, 404 skipped'],
    ['python', '  * 200 - Widget'],
    ['rust', '// cloudflare 300 x'],
    ['ruby', '    x ||= :accepted'],
    ['python', '    pygments.token.Number.HTTP.OK: PYGMENTS_BOLD | PieColor.GREEN,'],
    ['javascript', '  x = HTTP.GET;'],
    ['python', '    size: int = field(default=302)'],
    ['python', 'x = f(default=200)'],
    ['cpp', '  "<p>300 Moved</p>"'],
    ['javascript', 'x 200 {"a": 1}'],
    ['javascript', '// Размер: 200'],
    ['javascript', "    throw new Meteor.Error(300, 'moved');"],
    ['javascript', '  Widget.create(404, "x");'],
    ['javascript', '  ApiError.create(200, "x");'],
    ['java', '    DEBUG(500),'],
    ['java', '    ERROR(200),'],
    ['java', '    SMALL(100),'],
    ['typescript', '    expect(list).toContain(404);'],
    ['html', '<meta http-equiv="refresh" content="0;url=/items/400">'],
  ];
  markedCases(positives, traps);
});

suite('detect: outcome helpers on the response, logged responses, C# switch arms over a class, SQL ranges, API errors named then given a status, route test rows, grep for an error code, std::unexpected, Spanish plurals, C# base constructors, exception tables, mocked return values, Symfony json arguments, enum rows with an error key, test titles after a dash, status bars, C# arms of several codes, doc keys before an em dash, k6 check names, Laravel back redirects, StatusCodeEnum, Elixir status and body tuples, mock setters, exception responses, shell defaults, response contracts with a success flag, API docs’ code spans, codes paired with HTTP exceptions, exception interfaces, PHPUnit’s expected exception codes, French and Portuguese names, Django page lists, OpenAPI references into an operation’s response, C# returns docs, expected and got, token senders before req and res, test titles ending on a code in parentheses, Codeception, codes paired with exception classes, Mermaid replies, Portuguese and Spanish words after a code (the twenty-fourth session)', () => {
  const positives: [string, string][] = [
    ['javascript', "      return res.failure('Event not found', [[404]]);"],
    ['javascript', "    res.success(createdOrder, 'Order created successfully. Proceed to payment.', [[201]]);"],
    ['javascript', "    res.fail('Only pending orders can be cancelled', [[400]]);"],
    ['python', '    LOGGER.info("Response : [[409]]")'],
    ['python', "    print('Response: [[200]]')"],
    ['csharp', '					>= [[200]] and <= [[299]] => false,'],
    ['csharp', '					>= [[500]] and < [[600]] => true,'.replace('[[600]]', '600')],
    ['sql', '              AND http_status BETWEEN [[200]] AND [[299]]'],
    ['python', '        super(BlobUnknown, self).__init__("BLOB_UNKNOWN", "blob unknown to registry", detail, [[404]])'],
    ['python', '            "TAG_ALREADY_EXISTS", "tag was already pushed", detail, [[409]]'],
    ['python', '            "DENIED", message, {}, [[405]]'],
    ['php', "    'root-without-prefix-tail_1' => ['/foo', '/foo', '', [[200]]],"],
    ['php', "    'root-with-prefix-tail_5' => ['/[{bar}]/', '/foo', '/foo/', [[301]]],"],
    ['shellscript', '        elif echo "$TEAMS_INFO" | grep -q "[[403]]" 2>/dev/null; then'],
    ['cpp', '            return std::unexpected([[400]]);'],
    ['markdown', '        - No hay errores [[500]]'],
    ['csharp', '    public NotFoundException(string message) : base(message, [[404]]) { }'],
    ['python', '    (EntityNotFoundError, [[404]], "not_found"),'],
    ['python', '        mock_mailgun_get.return_value = ([[403]], {})'],
    ['php', "            'user' => $user], [[200]], [], ['groups' => 'user_show']);"],
    ['java', '    RW_NOT_FOUND("RW_001", "error.rw.not_found", [[404]]),'],
    ['java', '    INSERT([[201]], "[[201]]", "INSERT SUCCESS"),'],
    ['javascript', "  test('gerando pedido - [[200]]', (done) => {"],
    ['csharp', '            [[401]] or [[403]] => new UnauthorizedException(message, responseBody),'],
    ['java', ' * [[400]] — a structurally invalid request the caller must fix'],
    ['javascript', '  check(meta, { "metadata is [[200]]": (r) => r.status === [[200]] });'],
    ['php', "            return redirect()->back([[302]], [], route('admin.employees.index'))"],
    ['typescript', '			throw new CustomError("Not Found", [[StatusCodeEnum.NOT_FOUND|404]]);'],
    ['elixir', '    {[[202]], %{result: "Ok"}}'],
    ['elixir', '           {%{"result" => "ok"}, [[200]]}'],
    ['elixir', '            }, [[400]]}'],
    ['python', '        self.set_post_mock([[201]], {})'],
    ['java', '        ExceptionResponse exceptionResponse = new ExceptionResponse(mensagem, "[[422]]");'],
    ['shellscript', '            if [ "${report_http:-000}" != "[[201]]" ]; then'],
    ['php', "            return new LaravelResponseContract(false, [[404]], __('validation.custom.error.default.notFound'), $row);"],
    ['php', '            yield [[[503]], new ServiceUnavailableHttpException()];'],
    ['php', "            $e instanceof NotFoundException => ['nicht gefunden', [[404]]],"],
    ['markdown', '  Erros: `[[400]] email_password_required | email_invalid | weak_password`, `[[409]] user_exists | user_pending`.'],
    ['markdown', '- `GET /clients?limit&offset` → `[[200]] { items, total }`'],
    ['yaml', '        Symfony\\Component\\Serializer\\Exception\\ExceptionInterface: [[400]]'],
    ['php', '        $this->expectExceptionCode([[404]]);'],
    ['typescript', "        new ErreurHttp('Structure Milo principale introuvable', [[404]])"],
    ['python', '    "[[404]]": _resposta("Recurso não encontrado no banco."),'],
    ['python', "    ('/accounts/login/', [[200]]),"],
    ['yaml', '      $ref: "#/paths/~1register/post/responses/[[201]]/content/application~1json/schema/properties/data"'],
    ['csharp', '        /// <returns>[[204]] Nenhum evento encontrado</returns>'],
    ['dart', '      throw "Wrong status code returned from server expected [[200]] got ${response.statusCode}";'],
    ['javascript', '        this.createAndSendToken(user, [[201]], req, res);'],
    ['javascript', "    it(\"undefined quand l'offre n'existe pas ([[204]])\", async () => {"],
    ['php', '        $I->seeResponseCodeIs([[404]]);'],
    ['typescript', '    [[[400]], BadRequestException],'],
    ['markdown', '    R-->>C: [[402]] + PaymentRequirements'],
    ['kotlin', '    fun `buscarPorId deve retornar [[403]] se Consumidor busca id de outro usuario`() {'],
    ['java', '// Cinema existente sem salas devolve [[200]] com página vazia — o contrário do 404.'],
    ['csharp', '                // Aqui retornamos [[400]] caso o Service lance erro (ex: CPF duplicado)'],
  ];
  const traps: [string, string][] = [
    ['javascript', "    res.success(x, 'ok', 404);"],
    ['javascript', "    res.failure('x', 200);"],
    ['python', '    LOGGER.info("Response : 500 ms")'],
    ['python', '    LOGGER.info("Response : 250")'],
    ['csharp', 'if (count is >= 300 and < 400)'],
    ['csharp', '					>= 200 and <= 250 => false,'],
    ['python', '    ("MAX_ITEMS", "most items per page", 500)'],
    ['python', '  "TIMEOUT", "some text", 500'],
    ['php', "   ['/img/a.png', 'x', 300],"],
    ['shellscript', 'grep -q "200" out.txt'],
    ['cpp', '            return std::unexpected(42);'],
    ['cpp', '            return std::unexpected(100);'],
    ['python', '    GuiStatusbar = 103'],
    ['python', '    status_bar_height = 200'],
    ['python', '    (ValueError, 100, "x"),'],
    ['python', '        mock.return_value = (250, {})'],
    ['java', '    SELECT(200, "300", "SELECT SUCCESS"),'],
    ['javascript', "  test('pagination - 150', (done) => {"],
    ['csharp', '            100 or 200 => new Size(1),'],
    ['javascript', '  check(meta, { "count is 100": (r) => r.items === 100 });'],
    ['php', '            return redirect()->back(200);'],
    ['elixir', '    {100, %{x: 1}}'],
    ['python', '        self.set_post_mock(5, {})'],
    ['shellscript', '            if [ "${report_size:-000}" != "201" ]; then'],
    ['php', '            return new Widget(false, 404);'],
    ['php', '            yield [503, new Widget()];'],
    ['markdown', 'the `200 max_items` limit'],
    ['markdown', 'use `100 px` or `200 items`'],
    ['php', '        $this->expectExceptionCode(100);'],
    ['python', "    ('/img/x.png', 150),"],
    ['yaml', '  $ref: "#/paths/~1items/get/responses/200.yaml"'],
    ['csharp', '        /// <returns>100 items</returns>'],
    ['python', 'assert n == 3, f"expected 100 got {n}"'],
    ['javascript', '        this.createAndSendToken(user, 5, req, res);'],
    ['javascript', "    it('shows (100)', async () => {"],
    ['typescript', '    [100, Widget],'],
    ['markdown', '    A-->>B: 100 items'],
    ['markdown', 'limite de 200 para usuários'],
    ['markdown', 'a API devolve 100 itens por página'],
  ];
  markedCases(positives, traps);
});

suite('detect: Go failure messages about the status got, tuples with a content type, httpx status errors, Praxis responses, OkHttp codes, NanoHTTPD Status, test helpers given a method and a path, continued error messages, failures in comments before a dash, response helpers with a flag and a message, logged codes, pairs of error codes, SvelteKit errors with an error, nock chains, Laravel gate denials, Flask-Principal permissions, PHP exception rows, spies on the response, success codes with the phrase OK, comments opening on an error and a dash, PDFKit positions, status helpers given a set, an element’s text, bare Spring names after an HTTP response’s builder, bullets of an error in comments, response schemas keyed by status, Android logs of an error, Italian prose, Zig retry checks, constants named with both HTTP and CODE, helpers that name a status, Clojure choices between two codes, Swagger properties named for the status, laravel-request-docs, token senders given a message, error descriptions, reason phrases in a comment after an arm, Elixir error metadata, PHP response makers, accented words of Portuguese and Spanish, messages searched for codes, Kotlin arms mapping exceptions to bare Spring names, response decorators given a model (the twenty-fifth session)', () => {
  const positives: [string, string][] = [
    ['go', '		t.Fatalf("warm hit should synthesise [[200]]; got %d", resp2.StatusCode)'],
    ['go', '		t.Errorf("should redirect with [[308]], got %d", rec.Code)'],
    ['python', "                return [[200]], self.summary_page(), 'text/html'"],
    ['python', '            "[[404]]", request=MagicMock(), response=response'],
    ['ruby', '        response [[:not_found|404]]'],
    ['ruby', '        response [[:ok|200]], media_type: Praxis::Collection.of(MediaTypes::Blog)'],
    ['kotlin', 'import okhttp3.internal.http.[[HTTP_PERM_REDIRECT|308]]'],
    ['kotlin', '                     && responseCode != [[HTTP_TEMP_REDIRECT|307]]'],
    ['java', '    if (code == [[StatusLine.HTTP_CONTINUE|100]]) {'],
    ['java', '				return serverResponse(session, ErrorHandler.class, [[Status.INTERNAL_ERROR|500]], t, m);'],
    ['java', '  return newFixedLengthResponse([[Response.Status.REDIRECT|301]], MIME_HTML, "");'],
    ['php', "        $response = $this->adminSuccess('post', '/filas/1', $data, [[302]]);"],
    ['java', '                    "valor é obrigatório.",[[400]]);'],
    ['java', '                "<br>Motivo: erro interno no servidor.",[[500]]));'],
    ['go', '		// requisições inválidas - [[400]]'],
    ['go', '		// erros internos - [[500]]'],
    ['java', '        // [[422]] for blank field (Bean Validation) or [[400]] for malformed body'],
    ['php', "            return setJson(false, 'Gagal', [], [[400]], $validator->errors());"],
    ['php', "        return setJson(true, 'Login berhasil', $user, [[200]]);"],
    ['python', '            logger.warning("[[404]]: company is not in db")'],
    ['go', '			// [[400]] and [[500]] errors often throw a JSON error'],
    ['typescript', '  if (investorsReq.error) error([[500]], investorsReq.error)'],
    ['typescript', "      fakeServiceApi.get('/ping').thrice().reply([[500]])"],
    ['php', "        : Response::deny('Você não tem permissão para cancelar',[[403]]);"],
    ['php', '    return Response::denyWithStatus([[404]]);'],
    ['python', '@supplier_permission.require(http_exception=[[403]])'],
    ['php', '            [[[500]], ServerException::class],'],
    ['typescript', '			expect(spyOnResponseSend).toHaveBeenCalledWith([[200]], responseMapper);'],
    ['python', '        @return: [[201]] OK'],
    ['javascript', '// [[400]] - Validación fallida'],
    ['python', '        self._ensure_status("login start", response, {[[200]], [[302]]})'],
    ['html', '      <li>Invalid order statuses should return [[400]] rather than being persisted as arbitrary strings.</li>'],
    ['java', '        return createHttpResponse([[BAD_REQUEST|400]], exception.getMessage());'],
    ['typescript', '//   - [[400]]: No session found for request'],
    ['typescript', '         response: { [[200]]: empleadoSchema, [[400]]: problemSchema, [[404]]: problemSchema },'],
    ['python', '    responses={[[200]]: OperationStatusSerializer},'],
    ['kotlin', '                    Timber.w("[[403]] permission error — invalidating permission cache")'],
    ['typescript', "  it('se l’accredito fallisce risponde [[500]] e segna l’evento fallito', async () => {"],
    ['typescript', "// buttato via, l'evento marcato 'processed' e la risposta era [[200]]."],
    ['zig', '    try std.testing.expect(!ctx.shouldRetry([[404]]));'],
    ['typescript', 'export const HTTP_CREATED_CODE = [[201]];'],
    ['typescript', 'export const HTTP_UNPROCESSABLE_ENTITY_CODE = [[422]];'],
    ['typescript', '            toast.error(getHttpErrorMessage([[401]]));'],
    ['javascript', 'const phrase = getReasonPhrase([[404]]);'],
    ['clojure', '        (handle (if ok? [[200]] [[404]]) res))'],
    ['php', '     *             @SWG\\Property(property="status_code", type="integer", default=[[200]], description="Status code from server"),'],
    ['php', '     * @LRDresponses [[200]]|[[400]]|[[401]]'],
    ['javascript', '  sendToken(user, [[200]], message, res);'],
    ['python', '                         util.get_error_description([[403]]))'],
    ['csharp', '             Completed => [[200]],// OK (The task has completed successfully)'],
    ['csharp', '             Canceled => [[408]],// Request Timeout (The task was canceled)'],
    ['elixir', '  defp metadata(:not_found), do: {[[404]], "Recurso não encontrado"}'],
    ['php', '        return $this->make([[400]], $msg, $data);'],
    ['python', '            # foi exitosa (código [[200]])'],
    ['python', '            # el servidor respondió [[404]]'],
    ['javascript', '        if (m.includes(\'[[403]]\') || m.includes(\'[[401]]\') || m.includes(\'timeout\')) {'],
    ['go', '	if strings.Contains(errMsg, "[[404]]") {'],
    ['kotlin', '            is BusinessException -> [[BAD_REQUEST|400]]'],
    ['typescript', '  @ResponseType(CreateSaleResponseModel, [[201]])'],
  ];
  const traps: [string, string][] = [
    ['go', '	t.Errorf("sent 300 items, got %d", len(x))'],
    ['go', '	t.Fatalf("want 200 rows; got %d", n)'],
    ['python', "                return 300, width, 'px'"],
    ['python', '            "404", request=None'],
    ['ruby', '        respond :not_found'],
    ['ruby', '        x = response :ok'],
    ['java', '    return Status.INTERNAL(5);'],
    ['php', "        $this->call('post', '/x', $data, 5);"],
    ['javascript', "        widget('get', '/x', 100);"],
    ['java', '    "Total amount", 400);'],
    ['java', '                    "valor é obrigatório.",400, 3);'],
    ['go', '		// dimensions - 400'],
    ['go', '		// invalid widths - 150'],
    ['php', "        return setJson(true, 'Berhasil', $users, 100);"],
    ['javascript', "        drawWidget(true, 'Title', items, 250);"],
    ['python', '    logger.info("200: done")'],
    ['python', '    print("404: x")'.replace('404', '150')],
    ['go', '			// 100 and 500 errors in the log'],
    ['go', '			// 400 and 500 errors'.replace('400', '250')],
    ['typescript', '  error(500, count)'],
    ['typescript', '      msg.reply(100)'],
    ['php', "        : Response::deny('Sem permissão', 200);"],
    ['php', '            [500, ServerClass::class],'],
    ['typescript', '			expect(spyOnWidget).toHaveBeenCalledWith(200, x);'],
    ['markdown', '        Room 201 OKAY'],
    ['javascript', '// 400 - width of the panel'],
    ['typescript', "      .text('Wartość', 430, tableTopY, { width: 100, align: 'right' });"],
    ['python', '        self._ensure_size("login start", response, {200, 302})'],
    ['html', '<td>404</td>'],
    ['html', '<p>We sold 400 units this year to customers.</p>'],
    ['html', '<div class="x">Width of 400 pixels for the banner image</div>'],
    ['java', '        return createWidget(BAD_REQUEST, x);'],
    ['typescript', '//   - 300: width of the page'],
    ['typescript', '  { 100: colorSchema, 300: x }'],
    ['kotlin', '    Log.e("500 rows error")'],
    ['typescript', '// il prezzo risponde 200 euro'],
    ['zig', '    try std.testing.expect(!ctx.shouldRetry(3));'],
    ['typescript', 'const HTTP_MAX_CODE = 500;'],
    ['typescript', 'const n = getItemText(404);'],
    ['clojure', '(if big 300 500)'],
    ['php', '     *             @SWG\\Property(property="width", type="integer", default=200),'],
    ['php', '     * @LRDparams 200|400'],
    ['javascript', '  sendToken(user, 5, message, res);'],
    ['csharp', '    x = 200, // ok go on'],
    ['csharp', '    width = 404; // Not Foundry'],
    ['elixir', '  defp size(:big), do: {300, "large"}'],
    ['php', '        return $this->make(300, $width);'],
    ['python', '            # a função devolve 200 items'],
    ['javascript', "   if (name.includes('404')) x"],
    ['javascript', "   if (m.includes('200')) x"],
    ['kotlin', '    x -> OK'],
    ['typescript', '  @Column(VarcharType, 255)'],
  ];
  markedCases(positives, traps);
});
suite('detect: codes joined by not or an aside, test titles naming a method or a code not met, error constructors given their own code, serialised bodies and messages on continued lines, French and German response words, error words and prose verbs of more languages, request logs, shell check helpers, images named for a code, Google’s canonical error names, Elixir doc bullets, maps from error enums and upper-case error keys to codes, PHP enums’ error arms, PHP error tables and exception factories, codes keying error names, Laravel’s faked sequences and response macros, Markdown table cells, rows of an application’s own codes, PSGI responses, fetch-mock routes, locale keys named for a code, OpenAPI examples named by a code, a code after its own constant, error helpers given a message then a code, Go test cases named by a code (the twenty-sixth session)', () => {
  const positives: [string, string][] = [
    ['typescript', '    super([[400]], code, message);'],
    ['python', '        [[400]], json.dumps({\'error_text\': "\'gruppe\' not present."}))'],
    ['typescript', "  it('/years (POST) ----> VALIDATE [[400]]', async () => {"],
    ['markdown', '**Réponse [[201]]**'],
    ['html', '<head th:replace="~{fragments/layout :: head(\'Interner Serverfehler ([[500]])\')}"></head>'],
    ['java', '    // ANALYST -> POST /api/v1/solicitantes -> [[201]] (or [[400]] due to invalid payload)'],
    ['javascript', '  console.log(`[[404]] - ${req.method} ${req.originalUrl}`);'],
    ['shellscript', 'chk "Create ingredient" "[[200]]" "$S"'],
    ['python', '            "Aucune opération dans la requête.", [[400]], request_id'],
    ['kotlin', '    // "Response: [[400]]\\n{...}"'],
    ['typescript', '// fields) and Gemini rejects the request outright — [[400]] INVALID_ARGUMENT — if either shows up'],
    ['elixir', '  - [[404]]: Source not found'],
    ['python', '    ErrorCode.TIMEOUT: [[504]],'],
    ['typescript', '  [ErrorCode.TIMEOUT]: [[504]],'],
    ['php', '                ->push($this->getFakeCitiesResponse(), [[200]])'],
    ['markdown', '| Accès interdit (autre user)           | [[403]]              |'],
    ['javascript', '      NO_AUTORIZADO_ADMIN: [[403]],'],
    ['javascript', '      CAPACIDAD_CABANA_SUPERADA: [[409]],'],
    ['typescript', "  { code: '[[404]]', name: 'Not Found', type: 'x' },"],
    ['perl', '    [[[401]],   ["WWW-Authenticate", qq/Basic realm="$realm"/]  ],'],
    ['perl', '    [[[200]],   []                                              ],'],
    ['typescript', '		it("get_completion_blockers: kein [[500]]", () => {'],
    ['typescript', '      fetchMock.route("https://awesome-stuff.com/api/give-me-json", [[500]]);'],
    ['php', "                        $response = response()->format([[404]], 'user_not_found');"],
    ['yaml', '      code-[[404]]: "The page you\'re looking for isn\'t here"'],
    ['json', '            "description": "[[200]] - Login user",'],
    ['json', '                  "[[400]] - Invalid body": {'],
    ['java', '  OK_GET_USER_INFO([[HttpStatus.OK|200]], "[[200]]", "유저 정보 조회가 완료되었습니다."),'],
    ['java', '  X([[HttpStatus.ACCEPTED|202]], "404", "x"),'],
    ['typescript', '        return caster(message, [[400]]);'],
    ['markdown', 'Błąd [[500]] z serwera'],
    ['html', '<h1>Hata [[500]]</h1>'],
    ['go', '		"[[400]] invalid userID": {'],
    ['javascript', '// si recibe [[307]] hacia pagos'],
    ['javascript', '// evita [[429]] por refrescos'],
    ['php', '            self::ValidationError => [[422]],'],
    ['typescript', '    [[422]]: "VALIDATION_ERROR",'],
    ['php', "		'ERROR_IMAGE_NOT_FOUND' => array ('text' => 'Imagen no encontrada', 'value' => [[404]]),"],
    ['markdown', '| FailedPrecondition | [[412]] |'],
    ['php', '        return new self("Pengguna dengan ID {$id} tidak dijumpai.", [[404]]);'],
    ['php', '        return new self($message, [[500]]);'],
  ];
  const traps: [string, string][] = [
    ['javascriptreact', "            <img alt='404' height={180} src='/static/images/status/404.svg' />"],
    ['typescript', "  it('/years (GET) 200 items', async () => {"],
    ['typescript', '    super(500, 300);'],
    ['javascript', '  console.log(`100 - ${req.method}`);'],
    ['shellscript', 'resize "My file" 300 "$W"'],
    ['python', '    "Room one", 401, 3)'],
    ['typescript', '// see section 404 INTERNAL_NOTES'],
    ['elixir', '  - 300: Items per page'],
    ['python', '    Config.TIMEOUT: 504,'],
    ['php', '$items->push($x, 200)'],
    ['markdown', '| **Total Tests Created** | 401 |'],
    ['markdown', '| **TOTAL** | **401** | **27.0%** avg |'],
    ['python', 'INVALID_SELECTOR = 401'],
    ['typescript', "  { code: '201', name: '17/1 Kültür ve Eğitim Amacı Taşıyan İşlemler', type: 'KDV', documentType: 'ISTISNA' },"],
    ['json', '  {"code": "401", "libelle": "Fournisseurs", "classe": 4, "nature": "PASSIF", "categorie": "bilan"},'],
    ['perl', '    my @a = [300, [1, 2]];'],
    ['typescript', '  it("has no 404 items", () => {'],
    ['yaml', '  barcode-404: x'],
    ['json', '  "name": "200 - Big",'],
    ['typescript', '        return truncate(message, 400);'],
    ['go', '		"300 items": {'],
    ['php', '            self::Large => 500,'],
    ['typescript', '    500: "MAX_SIZE",'],
    ['php', "		'SIZE_LIMIT' => array ('text' => 'x', 'value' => 400),"],
    ['php', "        return new self('Widget', 300);"],
  ];
  markedCases(positives, traps);
});

suite('detect: Finnish prose verbs and status words, a comment opening on two alternative codes, responseJson helpers, the best-known codes after Otherwise, STATUS_CODES and status enums named with Enum, test helpers asserting a failure, failures in Indonesian, Spanish and Portuguese before a code in parentheses, Python error enums given a message and a status, Dutch and Scandinavian verbs of returning, a not-found page’s title in other languages, Django’s redirect chains, Italian prose and test titles, error names in lower case keyed by a code, commented-out error maps, result objects built with a success flag, Italian, Spanish and Portuguese response writers, Elysia’s response schemas and maps of responses, a code keying its own status line, test rows pairing an HttpStatusCode with a code, C#’s Json given a status, response builders, status lines’ startsWith, exception classes keying a map, refusals, go-swagger responses named by their body’s type, Spring’s bare names in a diamond ResponseEntity, success codes named per operation, API model fields documented as the HTTP status (the twenty-seventh session)', () => {
  const positives: [string, string][] = [
    ['java', '				return new ResponseEntity<>(invoice, [[HttpStatus.OK|200]]); // palautetaan muokattu lasku ja [[200]]'],
    ['java', '			return new ResponseEntity<>([[HttpStatus.BAD_REQUEST|400]]); // joten palautetaan [[400]]'],
    ['typescriptreact', '      createInfo: "Jos huone varataan rinnakkaisesti, backend palauttaa [[409]]-konfliktin.",'],
    ['markdown', '- Tyypilliset statukset: [[400]], [[404]], [[409]], [[500]]'],
    ['java', '		// [[200]] ou [[204]] dependendo da implementação'],
    ['typescript', '// [[200]] or [[404]] (no suggestion configured)'],
    ['python', "x = 'a'  # [[404]] tai [[410]] kun poistettu"],
    ['php', '            return $this->responseJson("Cliente não encontrado", [[422]]);'],
    ['php', '        return $this->respondJson($payload, [[201]]);'],
    ['typescript', '// Otherwise [[404]]'],
    ['typescript', '            [[STATUS_CODES.NOT_FOUND|404]],'],
    ['typescript', '        return this.send(res, [[STATUS_CODES.CREATED|201]], true, message, data)'],
    ['php', '                $status = [[APIStatusEnum::UNAUTHORIZED|401]];'],
    ['typescript', 'x([[ApiStatusEnum.Forbidden|403]]) || [[HttpStatusCodeEnum.NOT_FOUND|404]]'],
    ['kotlin', '        builder.manager.trucks.assertCreateFail([[400]], createdTruck)'],
    ['kotlin', '        it.user.trucks.assertListFail([[403]])'],
    ['python', '    """Resource tidak ditemukan ([[404]])."""'],
    ['python', '        raise NotFound("Usuario no encontrado ([[404]])")'],
    ['python', '    RESOURCE_NOT_FOUND = ("{resource} tidak ditemukan.", [[404]])'],
    ['python', '    TODAY_IS_HOLIDAY = ("Hari Ini Merupakan Hari Libur. Tidak Perlu Melakukan Presensi", [[400]])'],
    ['python', '    SEND_NOTIFICATION_FAILED = ("GAGAL_MENGIRIM_NOTIFIKASI", [[400]])'],
    ['typescript', '    // Altijd [[200]] returnen — Mollie retry anders eindeloos'],
    ['python', '        """OPTIONS-request van toegestaan domein moet [[200]] teruggeven."""'],
    ['json', '                "description": "Henter EPG for NRK1. Returnerer [[400]] dersom dato er ugyldig.",'],
    ['python', '    # retourneert [[400]] als het niet bestaat'],
    ['javascriptreact', '    <Seo title="[[404]]: Pagina niet gevonden" />'],
    ['html', '<title>[[404]] - Seite nicht gefunden</title>'],
    ['python', '    assert (reverse("elections:vote"), [[302]]) == request.redirect_chain[0]'],
    ['python', '        self.assertEqual(response.redirect_chain, [("/accounts/login/", [[302]])])'],
    ['markdown', '- Ready probe: `GET /ser/api/fatture/v1/ul/me/adesione/stato/` deve restituire [[200]]'],
    ['markdown', '- Su [[401]] durante invio: re-bootstrap completo (Fasi 1-5) + retry'],
    ['typescript', "  it('rifiuta Content-Length ambiguo o malformato con [[400]]', async () => {"],
    ['typescript', " * risposta («quel barcode non c'è»), e ripeterla è solo rumore. Un [[429]] è la"],
    ['python', '    [[401]]: "not_authenticated",'],
    ['javascript', "                    // Per errori [[500]], proviamo a leggere il contenuto per vedere l'errore PHP"],
    ['typescript', "        .catch(() => RispondiToken(res, payload, `Errore nell'invio della mail`, [[500]]))"],
    ['python', '    """Pre-check freeze ritorna [[404]] se ``giro_id`` non esiste."""'],
    ['python', '    """Richiede ruolo ADMIN; solleva [[403]] altrimenti."""'],
    ['typescript', "          // L'API ha restituito [[200]], l'utente è autenticato"],
    ['javascript', "//     'invalidCredentials': [[401]],"],
    ['typescript', '    return new Result(false, [[404]], null, message);'],
    ['shellscript', `echo "✗ L'app non risponde [[200]] su $HEALTH dopo $((TENTATIVI * 2))s."`],
    ['typescript', '  [[400]]: t.Object({'],
    ['typescript', '  response: { [[200]]: ticketResponseDto, [[404]]: errorResponseDto[[[404]]] },'],
    ['typescript', "export const userCreateResponseDto = userCreateDto.response['[[200]]'];"],
    ['cpp', '        {[[404]], "[[404]] Not Found\\n"}'],
    ['csharp', '    [DataRow([[HttpStatusCode.BadRequest|400]], [[500]])]'],
    ['csharp', '        if (!finished) return Json(view, [[201]]);'],
    ['typescript', '      const response = createSuccessResponse(data, [[201]])'],
    ['java', '    if (statusLine.startsWith("[[400]]") || statusLine.startsWith("[[404]]")) {'],
    ['python', '    InvalidRegistration: [[401]],'],
    ['python', '    AgentInUse: [[409]],'],
    ['python', '    forever. Core refuses ([[409]]) while the offering is attached or a live'],
    ['go', '//		[[200]]: []Plant'],
    ['go', '// 	[[200]]: PlantForAFertilizer'],
    ['java', '        return new ResponseEntity<>([[CREATED|201]]);'],
    ['csharp', '    public static int SUCCESS_READ_CODE = [[200]];'],
    ['typescript', "  @ApiProperty({ description: 'HTTP 상태 코드', example: [[200]] })"],
  ];
  const traps: [string, string][] = [
    ['java', '// Huone 404 on varattu, palautetaan avain'],
    ['java', '// palautetaan enintään 100 riviä'],
    ['java', '// 300 or 301 lines'],
    ['java', '// 100 or 200 pixels'],
    ['java', 'x = 5; // 200 or 300'],
    ['java', '// width 200 or 404'],
    ['php', 'return $this->responseJson($rows, $limit, 500);'],
    ['kotlin', '        assertTimeoutFail(500)'],
    ['kotlin', '        assertParseFail(300, "abc")'],
    ['python', '    """Data tidak valid (400)."""'],
    ['python', '    THUMB_SIZE = ("thumb", 400)'],
    ['python', '    TITLE_FONT = ("Helvetica Neue", 400)'],
    ['python', '    MAX_WIDTH = ("the max width here", 500)'],
    ['python', '# returnerer 300 rader'],
    ['python', '    assert (reverse("elections:vote"), 200) == request.redirect_chain[0]'],
    ['python', '    assert (width, 302) == size'],
    ['typescript', '    // «CODICE 500 LT ARTICOLO» non è una bottiglia da un litro: cinquecento'],
    ['python', '    300: "max_items",'],
    ['javascript', "//     'maxRetries': 500,"],
    ['typescript', "  it('rifiuta un nome con 300 caratteri', async () => {"],
    ['typescript', '        .catch(() => RispondiToken(res, 500, payload))'],
    ['markdown', '- ritorna 300 elementi per pagina'],
    ['typescript', '  width: t.Object({ max: 300 }),'],
    ['cpp', '        {300, "300 px wide"},'],
    ['csharp', '    [DataRow(CacheMode.Fast, 100)]'],
    ['csharp', '        return Json(view, 100);'],
    ['java', '    if (line.startsWith("200")) {'],
    ['python', '    MaxWidth: 500,'],
    ['python', '    Core refuses (300 items) while the queue is full'],
    ['typescript', "  @ApiProperty({ description: 'Page size', example: 200 })"],
    ['csharp', '    public static int SUCCESS_READ_COUNT = 200;'],
    ['java', '        return new ResponseEntity<>(CREATED_AT);'],
  ];
  markedCases(positives, traps);
});

suite('detect: Laravel responses closed over two calls, Russian status with a preposition, model fields and struct tags named for a status with a default or example, drf-spectacular’s one-item responses and typed response maps, a space before a prose colon, Go test helpers given the recorder, exceptions given a built message, schema properties with an inline example, Spanish names of the HTTP code, Spanish and Portuguese comparisons as bounds, a code given instead of a distinctive one, shell helpers asserting HTTP, success helpers given res, PHP defines under library names, PHPUnit stubs answering a status, Kotlin statuses given bare to a status, allowable codes, a comma closing a quantity word’s clause, Swashbuckle’s response lookups, street addresses, mail exceptions and setters of numbers (the twenty-eighth session)', () => {
  const positives: [string, string][] = [
    ['php', '        ], [[403]]));'],
    ['php', '            ], [[422]]));'],
    ['go', '	// Recovery должен переопределить статус на [[500]].'],
    ['go', '	// установить статус в [[404]], если запись не найдена'],
    ['python', '    expected_status = models.IntegerField(default=[[200]])  # some users expect [[301]]/[[302]].'],
    ['python', '    status_code = Column(Integer, default=[[200]])'],
    ['python', '    @extend_schema(responses={[[200]]})'],
    ['go', '	Code    int    		`json:"code" example:"[[200]]"`'],
    ['go', '	Status int `json:"status,omitempty" example:"[[404]]"`'],
    ['go', '			if err.Error() != "non success status code received : [[400]]" {'],
    ['javascript', '    throw new Error(`Erreur HTTP, code : [[404]]`);'],
    ['go', '	testhelper.AssertAndLogErrors(t, w, [[201]])'],
    ['go', '	assertStatus(t, rr, [[404]])'],
    ['java', '        super("Unable to send an email to "+recipient, [[500]]);'],
    ['java', '        super("Unsupported delivery method: %s".formatted(deliveryMethod), [[400]]);'],
    ['typescript', "                statusCode: {type: 'number', example: [[409]]},"],
    ['yaml', '        status: {type: integer, example: [[200]]}'],
    ['typescript', '                codigoEstadoHttp: [[500]],'],
    ['java', ' * to reintroduce: a wrong password answering [[500]] instead of [[401]], authorities'],
    ['shellscript', '    assert_http "submit booking" "[[201]]"'],
    ['javascript', '    return success(res, [[201]])(order.view(false))'],
    ['javascript', '    .then(success(res, [[204]]))'],
    ['php', "define('[[HTTP_NOT_FOUND|404]]', [[404]]);"],
    ['php', "        $response->method('getStatusCode')->willReturn([[500]]);"],
    ['python', '        allowable_codes=([[200]], [[500]]),'],
    ['kotlin', '        status: HttpStatusCode = [[BadRequest|400]],'],
    ['kotlin', '                    status = [[UNPROCESSABLE_ENTITY|422]],'],
    ['typescript', ' * Answers [[200]] if all three are up, [[503]] if any are down.'],
    ['csharp', '                if (!operation.Responses.ContainsKey("[[401]]"))'],
    ['csharp', '                operation.Responses.Remove("[[200]]");'],
    ['python', '            [[401]]: OpenApiTypes.OBJECT,'],
    ['python', '            [[404]]: OpenApiResponse(description="Not found"),'],
  ];
  const traps: [string, string][] = [
    ['typescript', "  @Max(400, { message: 'Los días de gestación no pueden ser mayores a 400.' })"],
    ['java', '    @Size(max = 500, message = "La descripción no puede ser mayor que 500 caracteres")'],
    ['python', '    size = models.IntegerField(default=200)'],
    ['python', '    width = Column(Integer, default=400)'],
    ['go', '	Limit int `json:"limit" example:"200"`'],
    ['go', '	// ответ на 500 запросов в секунду'],
    ['go', '	assertLen(t, items, 200)'],
    ['javascript', '    const ratio = isWide ? width : 200;'],
    ['typescript', "    size: { type: 'number', example: 200 },"],
    ['javascript', '	address: "413 south Main",'],
    ['ruby', '    street_address: "404 Elm St",'],
    ['java', '        response.setRoomNumber("205");'],
    ['java', '            doThrow(new MailException("421 Service not available") {})'],
    ['java', '                    assertThat(emailEx.getSmtpErrorCode()).isEqualTo("421");'],
    ['python', '# wait 500 instead of 300 ms'],
    ['shellscript', '    assert_eq "count" "200"'],
    ['php', "define('MAX_ITEMS', 200);"],
    ['php', "        $mock->method('getSize')->willReturn(500);"],
    ['python', '        allowable_sizes=(200, 500),'],
    ['php', '$response = Http::retry([100, 500, 1000])'],
  ];
  markedCases(positives, traps);
});

suite('detect: swaggo’s header tags, openapi-typescript’s response keys, error constructors given a name and a message, static responders, JSend outcomes, summaries ending in an error code, Rails responders given the status symbol last, body-then-status senders, Javadoc member links, flask-restx response tuples, Python docstrings, comment arrows, Play’s bare statuses after an exception, Korean status words, colour palettes and names for a code’s text (the twenty-ninth session)', () => {
  const positives: [string, string][] = [
    ['go', '// @Header [[200]] {string} Cookie "Authorization"'],
    ['go', '// @Header [[200]],400,default {string} Token "qwerty"'],
    ['javascript', "        }, name: 2, summary: 'Invalid input [[422]]'"],
    ['javascript', "        }, name: 2, summary: 'Duplicate or Missing body [[422]]'"],
    ['yaml', "                                description: 'Test [[401]]',"],
    ['javascript', '    super([[500]], name, message, { cause });'],
    ['javascript', '    super([[409]], name, message, { cause });'],
    ['typescript', '      [[400]]: components["responses"]["BadRequestError"];'],
    ['typescript', "      [[404]]: components['responses']['NotFoundError'];"],
    ['typescript', '      [[200]]: { headers: { [name: string]: unknown }; content: never };'],
    ['php', "                    return Reply::error(trans('app.errors.something_went_wrong'), [[500]]);"],
    ['php', "                return Reply::error(trans('auth.errors.verify_code_mismatch'), [[400]]);"],
    ['python', '    # nginx zwracal [[413]] dla wiekszych plikow'],
    ['javascript', '        ResponseManager.standardResponse("fail", [[401]], `Invalid credentials provided`, null),'],
    ['javascript', '    return ResponseManager.standardResponse("success", [[200]], "Logged in", token);'],
    ['typescript', "    super('LOBBY_FULL', 'The lobby already has 2 players', [[409]]);"],
    ['typescript', "    super('PLAYER_NOT_FOUND', `Player '${nickname}' not found`, [[404]]);"],
    ['typescript', "    super('INVALID_NICKNAME', reason, [[400]]);"],
    ['shellscript', '  echo "   ✅ /cart blocked without token ([[401]])"'],
    ['javascript', "    console.log('Request rejected by the gateway ([[403]])');"],
    ['ruby', '        render_cart(@cart, [[:created|201]])'],
    ['ruby', '      error_response(e.message, [[:not_found|404]])'],
    ['ruby', "      error_response(I18n.t(:unhandled, scope: 'api.errors'), [[:unprocessable_entity|422]])"],
    ['ruby', '    build_response(items, [[:ok|200]])'],
    ['php', '        return self::sendJson($data, [[404]], false);'],
    ['php', '        return $this->sendResponse($result, [[201]]);'],
    ['javascript', "        test('Debería dar un [[200]]', () => {"],
    ['python', '    return Response(status=[[HTTP_404_NOT_FOUND|404]])'],
    ['csharp', '        public ApiResponseDetail() : base([[400]])'],
    ['csharp', '        public APiValidationErrorResponse() : base([[400]])'],
    ['php', "            return $this->error('Bid validation failed.', [[422]], 'bid_invalid', $e->errors());"],
    ['php', "            return $this->error('Please acknowledge the payment requirements first.', [[422]], 'acknowledgment_required');"],
    ['python', '    exception = GQLException("Some exception", [[500]])'],
    ['python', "            [[400]]: ('No data provided', error_model),"],
    ['python', "    @api.doc(responses={[[404]]: ('Not found', model)})"],
    ['java', '     * @return {@link ErrorInfo} with {@link [[HttpStatus#NOT_FOUND|404]]}'],
    ['java', '     * @return {@link Resource} of {@link Vote} with status {@link [[HttpStatus#OK|200]]} if updated, {@link [[HttpStatus#CREATED|201]]} if created new.'],
    ['java', '   * @see [[org.springframework.http.HttpStatus#CONFLICT|409]]'],
    ['java', '   *       {@link HttpStatus#BAD_REQUEST [[400]]}</li>'],
    ['go', ' 	ok(c, [[201]], u)'],
    ['go', ' 	ok(w, [[200]], t)'],
    ['typescript', "  [[404]]: 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.4',"],
    ['typescript', "  [[412]]: 'https://datatracker.ietf.org/doc/html/rfc7232#section-4.2',"],
    ['terraform', '  healthcheck_matcher         = "[[200]]"'],
    ['javascript', "      util.setSuccess([[201]], 'Petition successifully created', createdPetition);"],
    ['javascript', "                util.setSuccess([[200]], 'Vote updated!', displayUp);"],
    ['python', '    """Request data is well-formed but violates a business rule. -> [[422]]."""'],
    ['python', '    """[[422]] when no ExchangeRate row exists for (currency_code, USD, transaction_date)."""'],
    ['python', "    '''[[404]] if the employee is missing'''"],
    ['scala', '          new HttpException(response.body, [[FORBIDDEN|403]])'],
    ['scala', '  it should "return bad request - [[400]] if response body is invalid" in {'],
    ['java', '     * 오늘 이미 출석 정산 작업이 완료된 경우라면, [[204]] 상태코드를 응답합니다.'],
    ['java', ' * 값을 응답하지 않아도 되는 경우, [[204]] 상태코드로 응답합니다.'],
    ['jsonc', '  "debug": false, // Disables SameSite for cookies. Returns error messages on HTTP-[[500]] responses.'],
    ['python', '# 1. create a customer -> [[201]] with an id'],
    ['python', '        # wrong path -> [[404]]'],
    ['javascript', '// state 3 -> [[409]] (conflict)'],
    ['typescript', '    return new APIError([[404]], message);'],
    ['typescript', "@ApiGetSingleResource([[200]], 'Returns a single project', SingleProjectResponseDto)"],
    ['typescript', " * @ApiCreateResource([[201]], 'Project created successfully', SingleProjectResponseDto, ProjectResponseDto)"],
    ['typescript', '    super([[422]], response);'],
    ['javascript', ' * @param {number} params.code - HTTP status code to send. Default is [[200]].'],
    ['javascript', ' * @param {number} code - The status code. Defaults to [[500]].'],
    ['javascript', '        responseValidator(validPost, [[201]], null, null)'],
    ['javascript', '        responseValidator(nonExistentIDGet, [[404]], 1404, notFoundMessage)'],
    ['ruby', "    it_behaves_like 'successful response', [[:created|201]]"],
    ['ruby', `      it_behaves_like 'not successful response', [[:not_found|404]], "Couldn't find User without an ID"`],
    ['python', '            [[200]]: openapi.Schema('],
    ['python', "        responses={[[404]]: openapi.Response('Not found')},"],
    ['javascript', "    if (!validUser) return next(errorHandler([[404]], 'User not found!'));"],
    ['scala', '            case [[OK|200]] | [[CREATED|201]]                                    => Right(handleSuccessCase(response.json))'],
    ['scala', '            case [[BAD_REQUEST|400]] | [[INTERNAL_SERVER_ERROR|500]] | [[NOT_FOUND|404]] =>'],
    ['scala', '                    if (resStatus == [[NOT_FOUND|404]]) BACK_END_FAILURE else SERVER_CONNECTION_ERROR,'],
  ];
  const traps: [string, string][] = [
    ['go', '// @Header 200 cookie'],
    ['javascript', "  description: 'Max length 250',"],
    ['javascript', "  summary: 'Fetch top 400 posts',"],
    ['javascript', '    super(500, 200);'],
    ['javascript', '    super(404, name, width);'],
    ['typescript', '      400: components["schemas"]["Size"];'],
    ['php', 'return Reply::send($data, 500, $limit);'],
    ['javascript', '        renderIcon("error", 500)'],
    ['typescript', "    super('THUMBNAIL', 'thumb', 400);"],
    ['markdown', '- 12 requests blocked (300)'],
    ['ruby', '    render_icon(:star, :ok)'],
    ['ruby', '    foo(items, :ok)'],
    ['javascript', '        sendData(buf, 256);'],
    ['php', '        sendJson($data, 200, 5);'],
    ['python', '        "description": constants.HTTP_400_DESCRIPTION,'],
    ['python', 'HTTP_404_DESCRIPTION = "Resource could not be found"'],
    ['properties', 'HTTP_404_TEXT=Requested page not found'],
    ['csharp', '        public Grid() : base(400)'],
    ['php', "            return $this->error($x, 422, 'bid_invalid');"],
    ['python', '    raise RetryException("later", 500, 3)'],
    ['python', '    raise ValueError("bad", 500)'],
    ['python', "    sizes = {400: ('small', 2), 800: ('large', 4)}"],
    ['java', '   x = HttpStatus#CONFLICT'],
    ['css', '.status #NOT_FOUND { color: #FFF; }'],
    ['go', ' 	ok(a, 200, t)'],
    ['typescript', "  404: 'https://example.com/rfc',"],
    ['php', "                    '200' => '#fde68a',"],
    ['php', "                    '500' => '#ef4444',"],
    ['python', '    """Reads x -> 300."""'],
    ['python', '    """200 items max per page."""'],
    ['scala', '      throw new IllegalStateException(OK)'],
    ['scala', '  // page count - 404'],
    ['java', ' * 경우, 500 개를 반환합니다.'],
    ['javascript', '// retries -> 500'],
    ['cpp', '// 750 -> 0, 2250 -> 180'],
    ['typescript', '    return new APIError(203, message);'],
    ['typescript', "@ApiMaxLength(255, 'name')"],
    ['typescript', '    super(500, width);'],
    ['javascript', ' * Status bar height. Default is 200.'],
    ['javascript', ' * timeout in ms after a status code check. Default is 300.'],
    ['javascript', '        responseSizeCheck(x, 500)'],
    ['ruby', "    it_behaves_like 'a pagination', :ok"],
    ['javascript', '    errorHandler(err, req, res, next)'],
    ['scala', '    case FOO | BAR =>'],
  ];
  markedCases(positives, traps);
});

suite('detect: Fastify’s response schemas, trailing status comments, response labels in prose, French docstrings, Ruby render helpers, test titles opened by a code, Python’s status-first pairs, error objects given a code and a message, computed response keys, Jest’s rejected codes, SvelteKit’s error helper, AssertJ’s list assertions, FOSRestBundle’s views, Spring’s statuses imported bare and lists of one repeated code (the thirtieth session)', () => {
  const positives: [string, string][] = [
    ['python', '    """Segments vide retourne [[422]]."""'],
    ['python', '    """Request avec dates exactes (start=end) retourne [[200]]."""'],
    ['markdown', '  - Resposta: [[201]] (sem corpo)'],
    ['markdown', '  - Resposta: [[200]] `{}` (header opcional `x-new-token`)'],
    ['markdown', '- Response: [[404]] (no body)'],
    ['markdown', '**Response:** [[204]]'],
    ['typescript', ' *   Response: [[303]], Location: .../accept.php?AuthState=_xyz'],
    ['typescript', '				[[200]]: commentSingleSchema,'],
    ['typescript', '				[[201]]: commentWithRepliesSchema,'],
    ['ruby', '    render_message(root, message, [[400]])'],
    ['ruby', "        render_message(:error, 'Record not found.', [[404]])"],
    ['ruby', '    render_error(e.message, [[422]])'],
    ['php', '                        $film, [[201]]); // HTTP Status code'],
    ['php', '    				[[204]]); // HTTP Status code'],
    ['javascript', '  return [[404]]; // status code'],
    ['go', ' t.Run("upstream [[400]] propagates as [[400]]", func(t *testing.T) {'],
    ['javascript', "                test('[[400]] responds with err if invalid comment param', () => {"],
    ['javascript', "  it('[[500]] when the database is down', async () => {"],
    ['python', '    return [[200]], result'],
    ['python', '        return [[404]], {"message": "Not found"}'],
    ['python', '        status, payload = [[404]], {"error": "not_found"}'],
    ['python', '    status_code, context = [[200]], render_context'],
    ['javascript', "    throw new ErrorMsg([[404]], 'Campain not found')"],
    ['typescript', '      throw new ErrorResponse([[401]], "Invalid token");'],
    ['javascript', '  const err = new errors.HttpErr([[403]], `Forbidden: ${user}`);'],
    ['typescript', '  if (!ok) return send([[401]], { title: "Unauthorized" });'],
    ['typescript', '  if (url.pathname === `/jobs`) return send([[200]], { data: stJobs });'],
    ['javascript', "        return factory('Login failed', 'LOGIN_FAILED', [[401]]);"],
    ['typescript', '    throw makeError("User not found", "USER_NOT_FOUND", [[404]]);'],
    ['typescript', "      await expect(server.findTeam(randomUUID())).rejects.toThrow('[[404]]');"],
    ['typescript', "        ).rejects.toThrow('[[409]]');"],
    ['typescript', '        [[[200]]]?: Ok | DataList | MessageResponse'],
    ['typescript', '        [[[404]]]: new NotFound(OrderDoesNotExistError.schema())'],
    ['typescript', "            [[[201]]]: Created.fromEntity(schemas.entities.PopulatedOrder, 'order'),"],
    ['python', '        # Other OperationalError, re-raise as [[500]]'],
    ['typescript', '      error([[403]], m.access_denied());'],
    ['typescript', '    error([[400]], formatZodError(result.error));'],
    ['typescript', '    error([[400]], invalidJsonMessage);'],
    ['typescript', '        return error([[500]], cause);'],
    ['csharp', '		await SendAsync(synthesesDto, [[200]], ct);'],
    ['csharp', '            // and must be reported as [[400]] to the caller.'],
    ['java', '            assertThat(statuses).containsExactly([[200]], [[400]]);'],
    ['yaml', '      description: DTO списка пользовательских ошибок [[400]]'],
    ['python', 'RETRY_ON = ([[502]], [[503]], [[504]])'],
    ['javascript', 'const retryable = [[[429]], [[503]], [[429]]];'],
    ['php', '            $view = $this->view([], [[404]]);'],
    ['php', '        $view = $this->view($results, [[200]]);'],
    ['php', '        return View::create($form, [[400]]);'],
    ['typescript', '        throw error([[500]], e);'],
    ['java', '          .statusCode([[OK|200]].value())'],
    ['java', '          .statusCode([[NOT_FOUND|404]].value());'],
    ['java', '      assertThat(result.getStatusCode()).isEqualTo([[CREATED|201]]);'],
    ['java', '      assertThat(result.getStatusCode()).isEqualTo([[CONFLICT|409]]);'],
  ];
  const traps: [string, string][] = [
    ['python', '    """La fonction retourne 200 lignes au maximum."""'],
    ['markdown', '- Response: 200 ms on average'],
    ['typescript', '  width: widthSchema,'],
    ['ruby', '    render_icon(:star, 200)'],
    ['ruby', '    render_message(root, message, 400, 12)'],
    ['javascript', '    render_message(root, message, 400)'],
    ['javascript', '  setTimeout(poll, 500); // status poll interval'],
    ['javascript', '  const limit = 200; // max status entries'],
    ['markdown', 'Response time: about 200 ms'],
    ['typescript', "    maxItems: itemsSchema, 200: 'two hundred'"],
    ['javascript', "  it('200 items are listed on the first page', () => {"],
    ['javascript', "  foo('400 responds', bar);"],
    ['python', "    return 300, width, 'px'"],
    ['python', '    return 200, -1'],
    ['python', '    x, y = 200, offset'],
    ['python', '    width, height = 400, image'],
    ['javascript', "    throw new RangeError(404, 'index out of range');"],
    ['java', '        throw new IllegalArgumentException(400, "bad");'],
    ['javascript', '    socket.send(200, { data });'],
    ['javascript', "    const total = new Counter(500, 'requests');"],
    ['php', "'max_item_count' => env('API_MAX_ITEM_COUNT', 500),"],
    ['php', 'define("FADE_IN_TIME", 400);'],
    ['python', "    limit = config.get(section, 'UPLOAD_LIMIT', 500)"],
    ['javascript', "        return factory('Login failed', 'LOGIN_FAILED', 200);"],
    ['typescript', "      expect(() => parse('x')).toThrow('404');"],
    ['typescript', "        ).rejects.toThrow('250');"],
    ['typescript', '        [200]: Small,'],
    ['typescript', '    const x = sizes[200]?: Large'],
    ['typescript', '  error(500, count)'],
    ['csharp', '		await client.SendAsync(request, ct);'],
    ['markdown', 'The tool reported 200 files changed.'],
    ['java', '            assertThat(sizes).containsExactly(200, 400);'],
    ['javascript', '      doc.image(imageBuffer, { fit: [420, 420], align: "center" });'],
    ['ruby', '  process :resize_and_pad => [420, 420]'],
    ['python', '    p2_dijkstra(megagrid, (499,499))'],
    ['php', "        return $this->view('emails.welcome', 200);"],
    ['typescript', '        throw error(500, x);'],
    ['java', '      assertThat(order.getStatus()).isEqualTo(CREATED);'],
    ['java', '      assertThat(job.getState()).isEqualTo(OK);'],
  ];
  markedCases(positives, traps);
});

suite('detect: exceptions tested in match arms, helpers given the response first and the code later, jsonify’s misused status, sentence-bounded prose, codes compared and mapped to their constant, NestJS Swagger examples, Http:200, plural exception classes, swag’s capital tags, http-status-codes’ names imported bare, ESP32 web servers named http, utoipa’s statuses, Vietnamese and Spanish comments, Django’s HttpResponse given the status second, quoted labels of other numbers, closed bodies then a client error, Node’s http2 constants, class-prefixed members of HTTP status enums, comments glued to their statement, JUnit titles naming the request, given-when-then test names, ASP.NET Core’s request logs, Spring statuses given to handleError, lengths compared in SQL, status ids, typed Spring statuses imported bare, JSON message helpers, PHP calls named for statuses and codes given before an error’s name (the thirty-first session)', () => {
  const positives: [string, string][] = [
    ['java', '    @DisplayName("GET /users/{id} - Получение профиля пользователя - [[200]]")'],
    ['java', '    @DisplayName("POST /register - успешная регистрация - [[200]]")'],
    ['java', '    @DisplayName("DELETE /orders/{id} - removes the order - [[204]]")'],
    ['java', '        HttpStatus expectedStatus = [[BAD_REQUEST|400]];'],
    ['java', '        HttpStatus expectedStatus = [[FORBIDDEN|403]];'],
    ['kotlin', '        val expected: HttpStatus = [[NOT_FOUND|404]]'],
    ['kotlin', '    data class Response<C>(val code: HttpStatusCode = [[OK|200]], val content: C)'],
    ['rust', '        return json_message([[200]], "Subscribed successfully");'],
    ['rust', '    json_message([[200]], "Subscribed successfully")'],
    ['php', '        return GlobalScope::returnJSONMessage([[204]], "Order deleted successfully");'],
    ['javascript', "    return sendJsonMessage([[404]], 'No such order');"],
    ['php', '            return new JsonResponse($data, [[Response::HTTP_CREATED|201]]);'],
    ['php', '            return response()->json($errors, [[Response::HTTP_UNPROCESSABLE_ENTITY|422]]);'],
    ['rust', '    Ok([[HttpResponse::Created|201]]().json(response))'],
    ['typescript', '  if (!targetUrl) return failure([[400]], "ARTWORK_URL_INVALID", "Missing artwork URL.");'],
    ['typescript', '    return failure([[400]], "ARTWORK_ID_INVALID", "Artwork ID must be a canonical positive integer.");'],
    ['javascript', "    return fail([[409]], 'EMAIL_TAKEN', 'That email is already registered');"],
    ['kotlin', '    fun `WHEN wrong day format  THEN [[400]]`() {'],
    ['kotlin', '    fun `GIVEN no token WHEN listing orders THEN [[401]]`() {'],
    ['plaintext', '2020-10-19 19:34:38.495 +05:30 [Information] Request finished in 305.4724ms [[200]] text/html'],
    ['plaintext', 'info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished in 12.7ms [[404]]'],
    ['java', '        return handleError(request, resourceNotFoundException, [[NOT_FOUND|404]]);'],
    ['java', '        return handleError(request, error, [[INTERNAL_SERVER_ERROR|500]]);'],
    ['typescriptreact', '      }, [[403]]);'],
    ['typescript', '        }, [[409]]); // [[409]] Conflict'],
    ['javascript', '    }, [[404]])'],
    ['php', '        ], [[200]], [], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);'],
    ['javascript', '    sendError(res, [[constants.HTTP_STATUS_UNAUTHORIZED|401]]);'],
    ['javascript', "            sendError(resp, [[constants.HTTP_STATUS_FORBIDDEN|403]], 'Not the owner of the vineyard');"],
    ['javascript', "stream.respond({ ':status': [[http2.constants.HTTP_STATUS_OK|200]] });"],
    ['php', '                [[HttpStatusCode::ERROR_BAD_REQUEST|400]],'],
    ['php', '            [[HttpStatusCode::SUCCESS_OK|200]],'],
    ['php', '                if($httpStatusCode === [[HttpStatusCode::ERROR_INTERNAL_SERVER_ERROR|500]])'],
    ['php', '                [[HttpStatusCode::SUCCESS_CREATED|201]],'],
    ['java', '        return new ResponseEntity<>([[HttpStatus.CREATED|201]]);//[[201]]'],
    ['java', '            return new ResponseEntity<>(user, [[HttpStatus.CREATED|201]]);//[[201]]'],
    ['typescript', '        // Nếu đúng, ném lại chính lỗi đó để NestJS xử lý (trả về [[404]], 400, ...)'],
    ['typescript', '      // Ném lỗi [[500]] chung chung'],
    ['java', '      return ResponseEntity.status([[HttpStatus.BAD_REQUEST|400]]).body(null); // Trả về mã lỗi [[400]]'],
    ['python', '    return HttpResponse(html_message, [[200]])'],
    ['python', '        return HttpResponse(err_msg, [[404]])'],
    ['javascript', "    throw new Error('[[500]] Refused');"],
    ['javascript', "    res.send('[[404]] Not found');"],
    ['typescript', "    ? '✅ RESULTADO: el intruso recibe [[403]] en todos los endpoints; el dueño opera normal. IDOR cerrado.'"],
    ['typescript', ' *   - Org B (intruso, doc 99999002) accede a los mismos → espera [[403]].'],
    ['cpp', '    http.send([[302]]);'],
    ['cpp', '    httpServer.send([[404]], "text/plain", "Not found");'],
    ['javascript', "import { [[OK|200]], [[CREATED|201]] } from 'http-status-codes'"],
    ['javascript', '      return res.status([[OK|200]]).json({ counts: 1, precedent })'],
    ['typescript', '    this.statusCode = [[BAD_REQUEST|400]]'],
    ['javascript', "const { [[NOT_FOUND|404]] } = require('http-status')"],
    ['javascript', '    res.sendStatus([[INTERNAL_SERVER_ERROR|500]])'],
    ['rust', '        (status = [[Status::OK|200]], body = Option<Blog>)'],
    ['rust', '        (status = [[Status::OK|200]])'],
    ['typescript', "          new SongRatingExceptions('No ratings found for user', [[404]]),"],
    ['typescript', "        .mockRejectedValue(new SongRatingExceptions('No ratings found', [[404]]));"],
    ['markdown', '* `/healthz` An K8 endpoint for monitoring if the application is up. Http:[[200]] or Http:[[500]] if in trouble (No body content).'],
    ['java', '        if (v == [[404]]) return ResultCode.NOT_FOUND;'],
    ['java', '        if (v == [[400]]) return ResultCode.BAD_REQUEST;'],
    ['typescript', '  @ApiProperty({ example: [[401]] })'],
    ['typescript', '  @ApiProperty({ type: Number, default: [[404]] })'],
    ['go', '// @SUCCESS [[200]] {object} app.Response{data=models.Park} "获取成功"'],
    ['markdown', 'Auth is JWT-based: short-lived access token + 7-day refresh token. On a [[401]] the frontend refreshes automatically; if that fails the user is logged out and redirected to `/login`.'],
    ['javascript', '    if(err) return ReE(res, err, [[500]]);'],
    ['javascript', "    return ReS(res, {'All brands': brand}, [[200]]);"],
    ['php', '            $exception instanceof ConflictException => [[409]],'],
    ['python', '            return jsonify_no_content([[404]])'],
    ['python', '        return jsonify(ret, [[200]])'],
  ];
  const traps: [string, string][] = [
    ['java', '    @DisplayName("GET /users - page of 200 users")'],
    ['java', '    @DisplayName("Pagination keeps 200 rows")'],
    ['java', '        Status expectedStatus = FORBIDDEN;'],
    ['java', '        OrderState state = CREATED;'],
    ['kotlin', '        val state: OrderState = CREATED'],
    ['rust', '        let msg = json_message_count(200, "items");'],
    ['php', '            return Response::CREATED('],
    ['php', '            return Response::UNPROCESSABLE_ENTITY('],
    ['php', '            return Response::OK($auctions);'],
    ['php', '            return Response::NO_CONTENT();'],
    ['typescript', '    return failure(300, "RETRY_LIMIT", "Too many retries.");'],
    ['typescript', '    return pick(500, "PAGE_SIZE", "items");'],
    ['typescript', '    return failure(400, "invalid_url", "Missing artwork URL.");'],
    ['kotlin', '    fun `WHEN the page is full THEN 200 rows are shown`() {'],
    ['typescript', '    return jsonResponse({ text: "200 gramm csirkemell", language: "hu" });'],
    ['markdown', '- 500 kcal per portion, 200 g of rice'],
    ['sql', "  if normalized_note is not null and char_length(normalized_note) > 500 then raise exception 'Note must be 500 characters or fewer' using errcode = '22023'; end if;"],
    ['php', '    if (strlen($body) > 500) { throw new HttpException([[413]]); }'],
    ['csharp', '            if (statusIds.Equals("101"))'],
    ['csharp', '                    if (Convert.ToInt32(statusIds) == 101 || Convert.ToInt32(statusIds) == 102 || Convert.ToInt32(statusIds) == 103'],
    ['csharp', '                        if (statusTO != null && statusTO.IdStatus == 503 && summary.CommercialApproval == 1)'],
    ['python', '        if order.status_ids == [200, 300]:'],
    ['plaintext', 'Request finished in 305ms 200 records'],
    ['java', '        return handleError(request, error, MAX_RETRIES);'],
    ['javascript', '    }, 500);'],
    ['javascript', '    }, 501);'],
    ['javascript', '}, 400);'],
    ['typescriptreact', '      }, 420);'],
    ['php', '        ], 200, [], $options);'],
    ['javascript', '    sendError(res, constants.HTTP_STATUS_CHECK_INTERVAL);'],
    ['php', '            HttpStatusCode::SUCCESS_NOT_FOUND,'],
    ['java', '        ippResponse.setStatusCode(StatusCode.CLIENT_ERROR_BAD_REQUEST);'],
    ['php', '            OrderState::SUCCESS_CREATED,'],
    ['java', '        x = compute(a);//500 ms'],
    ['javascript', 'const url = "http://201.10.3.4/x";'],
    ['typescript', '// Tối đa 500 ký tự'],
    ['typescript', '      // Giá 200 nghìn đồng'],
    ['python', '    return HttpResponse(html_message, content_type="text/html")'],
    ['javascript', "          const reference = [ '50 Free', '100 Free', '200 Free', '500 Free', '1000 Free', '1650 Free', '100 Back', '200 Back', '200 IM', '400 IM' ];"],
    ['typescript', '// espera 500 ms antes de reintentar'],
    ['python', '# espera 300 segundos'],
    ['cpp', '    http.begin(client, url, 443);'],
    ['javascript', "import { OK } from './messages'"],
    ['javascript', 'const x = OK;'],
    ['typescript', 'await GET(makeRequest("?from=2026-01-01&to=2026-05-19&status=ACCEPTED"));'],
    ['javascript', "import { CREATED, PENDING } from './order-states'"],
    ['rust', '    let s = Status::OK;'],
    ['typescript', "        new MeasurementErrors('too many samples', 500),"],
    ['yaml', 'url: Http:443'],
    ['java', '        if (v == 404) return Page.COUNT;'],
    ['java', '        if (v == 500) return Limits.MAX_ITEMS;'],
    ['typescript', '  @ApiProperty({ example: 400 })'],
    ['typescript', "  @ApiProperty({ example: 250, description: 'max length' })"],
    ['markdown', 'Keeps a 7-day window. On a 3 day streak the badge turns 409 points'],
    ['javascript', '    return paginate(res, items, 100);'],
    ['javascript', '    return throttle(res, fn, 300);'],
    ['php', '            $shape instanceof Circle => 300,'],
    ['python', '        return jsonify(items=list(range(300)), count=300)'],
  ];
  markedCases(positives, traps);
});

suite('detect: libmicrohttpd’s macros, openapi-generator’s linked phrases, one-line docstrings, quantities joined by a hyphen, outcomes switched to codes, response objects built from the code, fetch-mock’s regular expressions, game status effects, Code Fellows courses, products of two numbers, members defined by an arrow, h3’s json helper, adjectives between the article and the code, italic response headings, comments naming a body, spies given an error code, ASP.NET’s attribute class, docstring condition lists, darts scores, a MERN tutorial’s own constants, enum members named for errors, expected responses, Spring’s error messages, Ruby errors given the message first and PSR-7 imported as HTTP (the thirty-second session)', () => {
  const positives: [string, string][] = [
    ['c', '  ret = MHD_queue_response (connection, [[MHD_HTTP_NOT_FOUND|404]], response);'],
    ['c', '	Return_Value = MHD_queue_response(Pointer_Connection, [[MHD_HTTP_OK|200]], Pointer_Response);'],
    ['cpp', '    return MHD_queue_response(conn, [[MHD_HTTP_UNPROCESSABLE_CONTENT|422]], resp);'],
    ['c', '    int status = [[MHD_HTTP_REQUEST_ENTITY_TOO_LARGE|413]];'],
    ['markdown', '|[[200]]|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|none|Inline|'],
    ['markdown', '|[[404]]|[Not Found](https://tools.ietf.org/html/rfc7231#section-6.5.4)|None|Inline|'],
    ['python', '        """Handle [[500]] errors"""'],
    ['python', "    '''Handle [[400]] errors.'''"],
    ['javascript', '    // answer with a [[404]]-page when nothing matches'],
    ['typescript', "    case 'SUCCESSFUL': return [[200]];"],
    ['typescript', "        case 'INVALID_DATA': return [[400]];"],
    ['java', '            case ErrorKind.PERMISSION_DENIED: return [[403]];'],
    ['javascript', '  return createResponseObject([[200]], data);'],
    ['javascript', '  return createResponseObject([[404]], {});'],
    ['javascript', '  return buildResponseBody([[500]], { message: err.message });'],
    ['javascript', '  fetchMock.get(/api\\/users/, [[200]]);'],
    ['javascript', '  fetchMock.delete(/\\/users\\/\\d+$/i, [[204]]);'],
    ['csharp', '    public static Error NotFound(string message) => new Error(message, [[404]]);'],
    ['csharp', '    public static Error Unauthorized(string message) => new Error(message, [[401]]);'],
    ['kotlin', '    fun forbidden(msg: String) = ApiError([[403]], msg)'],
    ['javascript', '    return json(event, [[401]], { message: "Authentication required" });'],
    ['typescript', '    return json(event, [[200]], { avatar });'],
    ['python', `    """Turn OpenAI's [[429]] into an intentional 'busy' reply instead of a generic [[500]].`],
    ['python', '    # so it surfaces as a clean [[502]], never a raw [[500]].'],
    ['typescript', '// res.json() throw and surface as an opaque [[500]].'],
    ['markdown', '_response_([[201]])'],
    ['markdown', '*Response* ([[404]])'],
    ['javascript', ' *             [[400]] { message: "Image missing or too large" }'],
    ['typescript', '// [[500]] { error: err.message }'],
    ['typescript', '        expect(spy).toHaveBeenCalledWith([[404]]);'],
    ['javascript', '    expect(statusSpy).toHaveBeenCalledWith([[403]]);'],
    ['csharp', '                    new ProducesResponseTypeAttribute(typeof(ErrorResponse), [[400]]));'],
    ['python', '        - [[404]] : If the lyrics cannot be found.'],
    ['python', '        - [[500]] : If an unexpected error occurs during retrieval.'],
    ['python', 'RETRY = [[[502]], [[503]], [[504]]]'],
    ['typescript', 'const OK = [[[200]], [[201]], [[202]], [[204]]];'],
    ['typescript', 'import { [[NOT_FOUND|404]], [[UNAUTHORIZED|401]] } from "../constants/http";'],
    ['javascript', 'import { [[CREATED|201]], [[OK|200]] } from "../constants/http.js";'],
    ['typescript', '    appAssert(user, [[NOT_FOUND|404]], "User not found");'],
    ['typescript', '    appAssert(user.role === "admin", [[UNAUTHORIZED|401]], "restricted to admins");'],
    ['javascript', '    ResponseTypes.SYSTEM_ERROR: [[500]],'],
    ['typescript', '    [ResponseTypes.AUTHORIZATION_ERROR]: [[403]],'],
    ['python', '    def patch(self, path, data, expected_response=[[204]]):'],
    ['python', '        response = self.patch(path, data, expected_response=[[200]])'],
    ['javascript', '  await check(url, { expectedResponse: [[404]] });'],
    ['php', '        response: [[HTTP::STATUS_OK|200]],'],
    ['php', "        return new JsonResponse($account, [[HTTP::STATUS_CREATED|201]], ['Location' => '/account/' . $account->uuid]);"],
    ['java', '			assertEquals("[[406]] : \\"Invalid email\\"", e.getMessage());'],
    ['java', '			assertEquals("[[403]] : [no body]", e.getMessage());'],
    ['python', '        return create_response([[200]])'],
    ['javascript', '  return makeResponse([[404]]);'],
    ['ruby', '    raise ApiError.new("Invalid puzzle identifier", [[400]])'],
    ['ruby', '      raise ApiError.new(error_base, [[500]])'],
    ['java', '                .withResponse([[201]]);'],
    ['typescript', "import { [[NOT_FOUND|404]], [[OK|200]] } from '~/utils/httpCodes'"],
    ['typescript', '  return c.json(exercises, [[OK|200]])'],
    ['typescript', "    return c.json({ message: 'Exercise not found' }, [[NOT_FOUND|404]])"],
    ['java', '		return ResponseEntity.ok(new ResponseJsonObject([[ServiceStatusCode.OK|200]], findUserResponse));'],
    ['java', '				.code([[ServiceStatusCode.BAD_REQUEST|400]])'],
    ['groovy', "  void '[[404]] on get by id is handled'() {"],
    ['groovy', '    def "[[201]] when the order is created"() {'],
    ['typescript', "    ['CastError', [[400]]],"],
    ['typescript', "    ['Not Found', [[404]]],"],
    ['typescript', "    ['MongooseServerSelectionError', [[503]]],"],
    ['python', '        except Exception:  # noqa: BLE001 — [[404]] = файла нет, пробуем следующее имя'],
    ['python', '    except Exception as e:  # noqa: BLE001 — the file is gone, a [[404]] here must break nothing'],
    ['javascript', '  HTTP_MOVED_PERMANENTLY: [[301]],'],
    ['javascript', '  HTTP_TOO_MANY_REQUESTS: [[429]],'],
    ['javascript', '  if (res.status === [[HTTP_NOT_FOUND|404]]) return null;'],
    ['javascript', "    return res.status([[403]]).send('[[403]]: Access denied');"],
    ['javascript', "  return res.status([[404]]).send('[[404]]: Page not found- you silly goose');"],
    ['python', '            raise_http(exc, [[429]])'],
    ['typescript', '    throwHttpError(err, [[404]]);'],
    ['javascript', "		throw generateErrorUtils([[400]], 'MISSING_PARAMETERS', 'Faltan parámetros');"],
    ['javascript', "		throw generateErrorUtils([[409]], 'Las contraseñas no coinciden');"],
    ['python', '            # and returns a clean [[400]] Bad Request instead of a [[500]] crash.'],
    ['markdown', '  - Sukces ([[200]]): `{"message": "Registration successful"}`'],
    ['markdown', '- Éxito ([[201]]): el recurso fue creado'],
    ['python', '            (TypeError("Invalid type"), [[400]], "The given type is invalid"),'],
    ['python', '            (ObjectDoesNotExist("Object not found"), [[404]], "The requested model was not found"),'],
  ];
  const traps: [string, string][] = [
    ['c', '    const char *h = MHD_HTTP_HEADER_CONTENT_TYPE;'],
    ['c', '    XMHD_HTTP_OK = 3;'],
    ['markdown', '| 300 | [Parts list](docs/parts.md) | 42 | 17 |'],
    ['python', '    """Fetch 200 rows"""'],
    ['python', '    """Sleep 300 seconds"""'],
    ['c', ' * 426-dimensional feature vector extracted from sensor data via FFT.'],
    ['python', '    # a 500-line file is too long to review'],
    ['javascript', 'const buf = new Uint8Array(404); // a 404-byte buffer'],
    ['typescript', "    case 'LOW': return 100;"],
    ['typescript', "    case 'MEDIUM': return 200;"],
    ['typescript', "    case 'INVALID_DATA': return 7;"],
    ['javascript', '  return createResponseObject(items, 200);'],
    ['javascript', '  fetchMock.get(/api\\/users/, { delay: 300 });'],
    ['java', '//            .statusEffect(new StatusEffectInstance(StatusEffects.REGENERATION, 200, 0), 0.1F)'],
    ['java', '        player.addStatusEffect(new StatusEffectInstance(StatusEffects.SPEED, 400, 1));'],
    ['markdown', 'This was written as a lab assignment for Code Fellows 401 class.'],
    ['json', '  "description": "Pet Store assignment #2 for Code Fellows 401",'],
    ['markdown', '## a Javascript fueled pet store list - lab for Code Fellows 401.'],
    ['markdown', '1. **无棋盘尺寸上限**：用户可以发送 500×500 的空棋盘请求。'],
    ['markdown', '| 300 x 300 | thumbnail |'],
    ['csharp', '    public static Error Page(int size) => new Error("x", 404);'],
    ['python', '    # a raw 500 bytes'],
    ['python', '    # keep a clean 400 lines per file'],
    ['markdown', '_response_(3)'],
    ['markdown', '_values_(200)'],
    ['javascript', ' * 200 { avatar }'],
    ['javascript', '// 300 { count: 3 }'],
    ['javascript', '    expect(setTimeoutSpy).toHaveBeenCalledWith(404);'],
    ['javascript', '    expect(spy).toHaveBeenCalledWith(500);'],
    ['javascript', "    expect(spy).toHaveBeenCalledWith(404, 'x');"],
    ['python', '        - 300 : If the batch is full, wait.'],
    ['python', '        - 200 items: if the page is full'],
    ['typescript', '    expect(mockSetDetailsPanelWidth).toHaveBeenCalledWith(510);'],
    ['php', "            'startScore must be one of: 101, 201, 301, 401, 501.'"],
    ['typescript', 'const START_SCORES = [101, 201, 301, 401, 501];'],
    ['typescript', 'import { OK, CANCEL } from "../constants/dialog";'],
    ['typescript', '    assertEqual(user, NOT_FOUND, "x");'],
    ['javascript', '    Limits.SYSTEM_ERROR: 100,'],
    ['javascript', '    Sizes.MAX_WIDTH: 500,'],
    ['python', "        expected_response = 'x' * 300"],
    ['php', '        $x = HTTP::STATUS_PENDING;'],
    ['java', '			assertEquals("300 : \\"x\\"", s);'],
    ['java', '			assertEquals("12 : 404", s);'],
    ['python', '        return create_response(data)'],
    ['python', '        return create_response(100)'],
    ['ruby', '    raise ApiError.new("Retry", 300)'],
    ['ruby', '    Point.new(100, 400)'],
    ['typescript', '  return c.json(exercises, OK_BUTTON)'],
    ['typescript', "import { OK } from '~/utils/dialog'"],
    ['java', '		if (status == ServiceStatus.OK) {'],
    ['groovy', '    def "100 items are listed"() {'],
    ['typescript', "    ['Width', 400],"],
    ['typescript', "    ['Large', 500],"],
    ['python', 'x = 1  # noqa: E501, 404'],
    ['lua', '-- luacheck: ignore 431'],
    ['javascript', "  const msg = '500: Internal error';"],
    ['markdown', '- "Confirm that the temperatures in the G-code are 200°C for the extruder and 60°C for the bed."'],
    ['python', '    target = 300℉'],
    ['python', '            raise_http(exc, 3)'],
    ['javascript', "		throw makeRange(400, 'px');"],
    ['javascript', "		throw generateErrorUtils(300, 'x');"],
    ['markdown', '- Sukces (100 punktów)'],
    ['python', '            (Point(1, 2), 400, "x"),'],
    ['c', '    s = opts.MHD_HTTP_OK;'],
    ['c', 'static const char *MHD_HTTP_OK = "ok";'],
  ];
  markedCases(positives, traps);
});
