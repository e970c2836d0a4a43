// The vocabulary of HTTP-status contexts, as data. The engine in ./index.ts reads a few tokens on
// each side of a number and looks them up here; adding a framework usually means adding a word.

/** Calls whose argument at one of these positions is a status code ('*' = any position). */
export const STATUS_CALLS: Readonly<Record<string, readonly number[] | '*'>> = {
  // Node / Express / Koa / Fastify / SvelteKit / Next
  status: [0], sendStatus: [0], denyWithStatus: [0], setStatus: [0], withStatus: [0], writeHead: [0], code: [0], throw: [0, 1], http: [0],
  redirect: '*', createError: [0], createHttpError: [0], httpError: [0], error: [0], fail: [0], expect: [0],
  // Go test helpers chained on a request: `tt.Get("/foo", nil).Expect(301)`
  Expect: [0],
  // the ws library's handshake refusals (vendored in many repositories): `abortHandshake(socket, 401)`
  abortHandshake: [1], abortHandshakeOrEmitwsClientError: [3],
  // Go net/http, gin, echo, fiber, chi
  WriteHeader: [0], writeHeader: [0], Error: [2], Redirect: '*', RedirectHandler: [1], JSON: [0],
  // Macaron and Beego `ctx.Abort(404)`
  Abort: [0],
  // fragmenta's `c.HTTPRedirect("/", 302)`, CherryPy's `raise cherrypy.HTTPRedirect(url, 301)`
  HTTPRedirect: [1], IndentedJSON: [0], SecureJSON: [0],
  PureJSON: [0], AsciiJSON: [0], JSONP: [0], XML: [0], YAML: [0], TOML: [0], ProtoBuf: [0], String: [0],
  HTML: [0], Data: [0], DataFromReader: [0], Blob: [0], JSONBlob: [0], JSONPretty: [0], XMLBlob: [0],
  NoContent: [0], Stream: [0], Render: [0], AbortWithStatus: [0], AbortWithStatusJSON: [0],
  AbortWithError: [0], NewHTTPError: [0], SendStatus: [0], Status: [0], SendString: [1],
  // Python: Flask / Werkzeug / FastAPI / Starlette / aiohttp / flask-restx
  abort: [0], start_response: [0], make_response: [1], errorhandler: [0], register_error_handler: [0], app_errorhandler: [0],
  exception_handler: [0], response: [0, 1], Response: [0, 1], HTTPException: '*', HttpException: '*',
  // Starlette / FastAPI responses take the status second: `JSONResponse({"ok": False}, 400)`
  JSONResponse: [1], HTMLResponse: [1], PlainTextResponse: [1], ORJSONResponse: [1], UJSONResponse: [1], StreamingResponse: [1],
  // PHP: Laravel / Symfony
  http_response_code: [0], header: [2], abort_if: [1], abort_unless: [1], json: [1], JsonResponse: [1], respond: [1],
  RedirectResponse: [1], BinaryFileResponse: [1], setStatusCode: [0], assertStatus: [0], sendError: [0],
  // Codeception's REST module: `$I->seeResponseCodeIs(404)`
  seeResponseCodeIs: [0], dontSeeResponseCodeIs: [0],
  // aiohttp-apispec's `@response_schema(DIDListSchema, 200, description="")`; HedgeDoc's own `@OpenApi(401, 403, 429)` decorator
  response_schema: [1], OpenApi: '*',
  // Laravel `response()->noContent(400)` (its status defaults to 204)
  noContent: [0],
  // SilverStripe `new HTTPResponse('No URL rule was matched', 404)`, Bottle's `HTTPResponse(body, 404)` and `BaseResponse('YAY', 200)`
  HTTPResponse: [1], BaseResponse: [1],
  // (and Django's `HttpResponse(body, 200)`, where Django reads a content type: the author meant the status)
  HttpResponse: [1],
  // (Flask's `jsonify(result, 400)`, which Flask turns into a list: the author meant the status too; and a project's
  // `jsonify_no_content(404)`)
  jsonify: [1], jsonify_no_content: [0],
  // helpers that abort with a status and a message: gramps-web-api's `abort_with_message(404, "Media object not found")`
  abort_with_message: [0], abortWithMessage: [0], abort_with_error: [0],
  // PSR-17's response factory (Slim, Laminas, Nyholm): `$responseFactory->createResponse(404)`
  createResponse: [0],
  // Go's jarcoal/httpmock responders, the status first: `httpmock.NewStringResponder(200, "")`
  NewStringResponder: [0], NewJsonResponder: [0], NewBytesResponder: [0], NewJsonResponderOrPanic: [0], NewXmlResponder: [0],
  // test servers' helpers named for answering with a status: `respondWith(403, body)`, `respondJsonWith(403, check)`
  respondWith: [0], respondJsonWith: [0],
  // Java / Kotlin / Spring / JAX-RS / OkHttp
  ResponseStatusException: [0], WebApplicationException: '*', HttpStatusCodeException: [0],
  // JDK com.sun.net.httpserver `exchange.sendResponseHeaders(200, length)`
  sendResponseHeaders: [0],
  // swagger-core's OpenAPI model, keyed by the status as a string: `new ApiResponses().addApiResponse("200", ok)`
  addApiResponse: [0],
  // C# / ASP.NET Core
  StatusCode: [0], StatusCodeResult: [0], ProducesResponseType: '*', ProducesErrorResponseType: '*',
  // (the attribute's class by its full name, added as a filter: `options.Filters.Add(new ProducesResponseTypeAttribute(typeof(ErrorResponse), 400))`)
  ProducesResponseTypeAttribute: '*',
  SwaggerResponse: [0], ApiResponse: [0], HttpStatusCodeResult: [0], Produces: [0], ProducesProblem: [0],
  // Ruby: Rails / Sinatra / RSpec / Minitest
  head: [0], halt: [0, 1], assert_response: [0], respond_with: [0], have_http_status: [0],
  // Beego's `this.CustomAbort(401, "Not logged in")`
  CustomAbort: [0],
  // Unicorn's and its forks' (pitchfork) response writer: `http_response_write(socket, 200, headers, body)`
  http_response_write: [1],
  // Rust
  from_u16: [0],
  // Elixir: Plug (`send_resp(conn, 404, body)`, `conn |> put_status(404)`); Koa's http-errors import
  send_resp: [0, 1], send_chunked: [0, 1], put_status: [0, 1], json_response: [0, 1], html_response: [0, 1], text_response: [0, 1], redirected_to: [1], CreateError: [0],
  // Plug `conn |> resp(200, body)`
  resp: [0, 1],
  // Phoenix.ConnTest `assert_error_sent 404, fn -> ... end`
  assert_error_sent: [0],
  // Mojolicious; Kelp's response and its tests (`$self->res->set_code(401)`, `->code_is(404)`)
  rendered: [0], set_code: [0], code_is: [0],
  // WordPress `wp_redirect( $url, 301 )`, `wp_safe_redirect( $url, 302 )`
  wp_redirect: [1], wp_safe_redirect: [1], WP_REST_Response: [1], wp_send_json_error: [1], wp_send_json_success: [1], wp_send_json: [1], status_header: [0],
  // Python http.server `self.send_response(200)`; CouchDB's Erlang handlers take the request first, `send_response(Req, 304, Headers, Body)`
  send_response: [0, 1, 2],
  // (and its variant that writes no Server or Date header, `self.send_response_only(200)`)
  send_response_only: [0],
  // akka-http / Pekko `complete(400, "not found")`
  complete: [0],
  // Varnish VCL `return (synth(405, "Not allowed."))`; nock `.reply(200, body)`, Cowboy `:cowboy_req.reply(404, headers, body, req)`
  synth: [0], reply: [0],
  // gock's mocks `gock.New(url).Reply(200)`; wretch's `.catcher(401, (err) => ...)`
  Reply: [0], catcher: [0],
  // C and small frameworks: `send_text(200, "Hello")`, `send_json(404, body)`; CouchDB's `send_json(Req, 200, Value)`
  send_text: [0], send_json: [0, 1], send_html: [0], sendText: [0], sendJson: [0], sendJSON: [0], sendHtml: [0],
  // ASP.NET Core minimal APIs `.ProducesValidationProblem(404)`
  ProducesValidationProblem: [0],
  // JAX-RS `throw new RedirectionException(303, location)`
  RedirectionException: [0],
  // h3 / Nuxt `await sendRedirect(event, url, 302)`
  sendRedirect: [2],
  // fabric8's and MockWebServer-style expectations: `.withPath("/api/v1/me").andReturn(200, body)` (a status, then a body)
  andReturn: [0],
  // Dart package:http and dio: `StreamedResponse(stream, 200)`, `ResponseBody(stream, 200)`
  StreamedResponse: [1], ResponseBody: [1], RedirectRecord: [0],
  // ESP8266/ESP32 WebServer `server.send_P(200, PSTR("text/html"), page)`; FastEndpoints `SendStringAsync("msg", 401)`,
  // `Send.ResponseAsync(dto, 500)`, `SendAtAsync(201, ...)`, `await SendAsync(dto, 200, ct)`
  send_P: [0], SendStringAsync: [1], ResponseAsync: [1], SendAtAsync: [0], SendAsync: [1],
  // vaultwarden `Error::empty().with_code(404)`, Pact `.willRespondWith(201, ...)`
  with_code: [0], withCode: [0], willRespondWith: [0],
  // routing-controllers `@OnNull(404)`, `@OnUndefined(204)`; Rocket catchers `#[catch(404)]`
  OnNull: [0], OnUndefined: [0], catch: [0],
  // Envoy filters `callbacks.SendLocalReply(403, body, ...)`
  SendLocalReply: [0], sendLocalReply: [0],
  // Flurl test doubles `HttpTest.RespondWith("", 302, headers)`, `RespondWithJson(body, 500)`
  RespondWith: [1], RespondWithJson: [1],
  // retry policies asked about a response's status: `policy.isRetryable(429)`, `shouldRetryStatus(503)`
  // (and Zig's `ctx.shouldRetry(503)`)
  isRetryable: [0], isRetriable: [0], shouldRetry: [0], isRetryableStatus: [0], isRetryableStatusCode: [0], shouldRetryStatus: [0],
  is_retryable: [0], is_retriable: [0], is_retryable_status: [0], is_retryable_status_code: [0], should_retry_status: [0],
  // CS50 Finance's `helpers.apology(message, code=400)`, forked in thousands of repositories: `return apology("must provide username", 403)`
  apology: [1],
  // an application's error page helper: `errorPage("Unknown mode: $mode", 500)`, `error_page(404)`
  errorPage: [0, 1], error_page: [0, 1], showErrorPage: [0, 1], renderErrorPage: [0, 1], render_error_page: [0, 1],
  // a base controller's helper: `BaseController.jsonResponse(this.res, 404, 'Not found')`
  jsonResponse: [0, 1],
  // (its name turned around: a Laravel base controller's `$this->responseJson("Reserva não encontrada", 422)`)
  responseJson: [0, 1], respondJson: [0, 1],
  // and its siblings for other bodies: a WebDAV handler's `xmlResponse(errorXml('lock-token-submitted'), 400)`
  xmlResponse: [0, 1], textResponse: [0, 1], htmlResponse: [0, 1],
  // OpenAPI builders keyed by the status: apitte's `$responses->setResponse('200', new Response(...))`; Javalin's `OpenApiResponse("404")`
  setResponse: [0], addResponse: [0], OpenApiResponse: [0],
  // an HTTP error built from its code: Klein's `HttpException::createFromCode(404)`
  createFromCode: [0],
};

/** Test-title calls: a code at the start of the title is a status (`it('404 when missing')`). */
export const TEST_TITLE_CALLS: ReadonlySet<string> = new Set(['it', 'test', 'describe', 'context', 'specify', 'scenario', 'Run', 'subTest', 'DisplayName', 'Test', 'Fact', 'should', 'test_that']);

/** Rows of parametrised tests (NUnit, xUnit, MSTest, JUnit `Arguments.of`, `pytest.param`): a distinctive code leading a row is the status under test. */
export const TEST_DATA_CALLS: ReadonlySet<string> = new Set(['TestCase', 'InlineData', 'DataRow', 'TestCaseData', 'of', 'arguments', 'param']);

/** The test calls Ruby, Elixir and Crystal write without parentheses: `it "returns 404" do`, `should "..." do`. */
export const PARENLESS_TEST_CALLS: ReadonlySet<string> = new Set(['it', 'test', 'describe', 'context', 'specify', 'scenario', 'should']);

/** Calls that take a status only when written without a receiver (Rails `head 204`, not `df.head(100)`). */
export const BARE_ONLY_CALLS: ReadonlySet<string> = new Set(['head', 'halt', 'abort', 'header', 'redirect', 'fail', 'complete']);

/** Calls that only take a status when written on a receiver (`.expect(200)` in supertest, not jest `expect(x)`). */
export const RECEIVER_ONLY_CALLS: ReadonlySet<string> = new Set(['expect', 'Expect', 'Abort', 'andReturn', 'code', 'throw', 'error', 'json', 'String', 'Data', 'Error', 'Status', 'Render', 'Stream', 'set_code', 'code_is']);

/**
 * Go renderers (gin, echo) always take the status and then the body: without a second argument the
 * name means something else (SQLAlchemy `db.String(100)` is a column type).
 */
export const STATUS_THEN_BODY_CALLS: ReadonlySet<string> = new Set([
  'JSON', 'IndentedJSON', 'SecureJSON', 'PureJSON', 'AsciiJSON', 'JSONP', 'XML', 'YAML', 'TOML', 'ProtoBuf', 'String',
  'HTML', 'Data', 'DataFromReader', 'Blob', 'JSONBlob', 'JSONPretty', 'XMLBlob', 'Stream', 'Render',
  // nock `.reply(404, body)`, Cowboy `:cowboy_req.reply(200, headers, body, req)` (not a chat bot's `message.reply(100)`)
  'reply', 'andReturn', 'synth', 'send_text', 'send_json', 'send_html', 'sendText', 'sendJson', 'sendJSON', 'sendHtml',
]);

/**
 * Calls/constructors whose name says "HTTP error", or that send an HTTP response by name (radare2's
 * `r_socket_http_response(rs, 404, body, 0, headers)`, `sendHttpResponse(fd, 200, ...)`): any argument that is a code is a status.
 */
export const ERROR_CALL_RE = /(?:http|api|request|response|respond|client|server|web|rest|status)\w*(?:error|exception|result)$|(?<!parse|read|recv|get)_http_response$|^(?:send|write)_?http_?response$|[a-z]HttpResponse$|^(?:erreur|erro|error)_?http$/i;

/** Second segment that turns a status-named owner into a converter: `HttpStatus.valueOf(404)`, `StatusCode::from_u16(404)`. */
export const CONVERTER_SEGMENTS: ReadonlySet<string> = new Set([
  'from_u16', 'new', 'of', 'valueOf', 'value_of', 'resolve', 'fromValue', 'fromCode', 'from_code', 'from', 'create',
  'parse', 'forStatus', 'is', 'isEqualTo', 'equals', 'toBe', 'toEqual', 'key', 'fetch', 'get', 'lookup',
]);

/** Assertion-like calls or matcher words (Unity's `TEST_ASSERT_EQUAL`, sinon's `calledWith`): the number is a status when the statement also names a status. */
export const ASSERT_RE = /^(?:assert\w*|Assert\w*|expect\w*|Expect\w*|(?:(?:TEST|CU)_)?(?:EXPECT|ASSERT|CHECK|REQUIRE)(?:_\w+)?|\w*[Ee]qual\w*|eq|eq_|eql|toBe\w*|toHave\w*|toContain\w*|to|is\w*|should\w*|Should\w*|be|Be|must\w*|require\w*|check\w*|verify\w*|Verify\w*|contains|Contains|containsExactly\w*|containsOnly|containsAnyOf|includes|Includes|matches|same|Same|oneOf|isIn|in|cmp_ok|called\w*With\w*)$/;

/** A statement that mentions one of these is about a status (used with assertions and lists). */
export const STATUS_WORD_RE = /status|code\b|Code\b|http_code/i;

/** Words written right before a number (no operator) that make it a status. */
export const KEYWORDS_BEFORE: ReadonlySet<string> = new Set([
  'status', 'halt', 'head', 'error_page', 'ErrorDocument', 'Redirect', 'RedirectMatch', 'RedirectTemp',
  'RedirectPermanent', 'proxy_cache_valid', 'fastcgi_cache_valid', 'uwsgi_cache_valid', 'scgi_cache_valid',
  'deny_status', 'limit_req_status', 'limit_conn_status', 'auth_request_set', 'assert_response',
  'have_http_status', 'respond_with', 'return_status', 'expect_status', 'handle_errors', 'assert_error_sent',
  // HAProxy `errorfile 503 /etc/haproxy/errors/503.http`, `errorloc 503 /maintenance`
  'errorfile', 'errorloc', 'errorloc302', 'errorloc303',
  // nginx's upload module, the statuses after which an upload's files are removed: `upload_cleanup 400 404 499 500-505;`
  'upload_cleanup',
]);

/** Keywords that take several codes separated by spaces (`error_page 500 502 503 504 /50x.html;`). */
export const SPACE_LIST_KEYWORDS: ReadonlySet<string> = new Set([
  'error_page', 'proxy_cache_valid', 'fastcgi_cache_valid', 'uwsgi_cache_valid', 'scgi_cache_valid', 'ErrorDocument',
  'handle_errors', 'upload_cleanup',
]);

/** Branch labels: `case 404:`, `when 200`. */
export const CASE_WORDS: ReadonlySet<string> = new Set(['case', 'when']);

/** Prose: the word right before is enough (`HTTP 404`, `status 200`, `status code 500`). */
export const PROSE_STRONG: ReadonlySet<string> = new Set(['http', 'https', 'status', 'code', 'statuscode', 'status-code', 'codes']);

/** Prose verbs: `returns 404`, `responds with a 201`, `got 500`. */
export const PROSE_VERBS: ReadonlySet<string> = new Set([
  'returns', 'returned', 'returning', 'respond', 'responds', 'responded', 'responding', 'get', 'got', 'gets', 'getting',
  'receive', 'receives', 'received', 'receiving', 'throw', 'throws', 'threw', 'throwing', 'send', 'sends', 'sent',
  'sending', 'answer', 'answers', 'answered', 'yield', 'yields', 'emit', 'emits', 'raise', 'raises', 'raised',
  'fail', 'fails', 'failed', 'give', 'gives', 'gave', 'reply', 'replies', 'replied', 'serve', 'serves', 'served',
  'produce', 'produces', 'hit', 'hits', 'handle', 'handles', 'handling', 'handled', 'catch', 'catches', 'retry', 'retries', 'treat', 'treats', 'map', 'maps', 'mapped', 'becomes', 'become', 'use', 'uses', 'using', 'expect', 'expects', 'expected', 'expecting', 'return', 'redirects',
  'redirect', 'redirected', 'error', 'errors', 'errored',
  // test titles: `it('should 404 on missing user')`, `# This will 404:`
  'should', 'will', 'would', 'must', 'might', 'assert', 'asserts', 'verify', 'verifies',
  // `abort with 404`, `delete resolves to 404`
  'abort', 'aborts', 'aborted', 'resolves', 'resolve', 'resolved',
  // `is rejected with 400`, `Halt with 500`
  'reject', 'rejects', 'rejected', 'rejecting', 'halt', 'halts', 'halted',
  // in Spanish, Portuguese and French prose: `ahora responde **409**`, `devuelve 503`, `retorna 404`, `renvoie 401`, `retourne 422`
  'responde', 'responden', 'devuelve', 'devuelven', 'retorna', 'retornam', 'renvoie', 'renvoient', 'retourne', 'retournent',
  // and Italian: `se l’accredito fallisce risponde 500`, `restituisce 404`
  'risponde', 'rispondono', 'restituisce', 'restituiscono',
  // (read without their accents: `Node responderá 200`, `respondió 404`)
  'respondera', 'respondeu', 'respondio', 'retornara', 'devolvera',
  // giving, receiving, getting, emitting and avoiding in Spanish and Portuguese (`Debería dar un 200`, `si recibe 307`,
  // `debe obtener 200`, `suele emitir 301`, `evita 429 por refrescos`), returning in German, Polish, Turkish and Indonesian
  // (`liefert 404`, `zwraca 400`, `zwracal 413`, `döner 500`)
  // (and expecting: `→ espera 403`, `espera-se 404`)
  'espera', 'esperan', 'esperamos', 'esperado', 'esperada',
  'dar', 'recibe', 'reciben', 'recibir', 'recibimos', 'recebe', 'recebem', 'receber', 'recebeu', 'obtener', 'obtiene', 'obtienen',
  'obter', 'emitir', 'emite', 'emiten', 'lanza', 'lanzar', 'lanca', 'evita', 'evitar', 'evitando', 'liefert', 'zwraca',
  'zwracamy', 'zwracal', 'zwracaja', 'zwroci', 'zwrocil', 'doner', 'mengembalikan',
  // and Finnish, returning and being returned: `backend palauttaa 409`, `// joten palautetaan 400`
  'palauttaa', 'palautetaan', 'palauttavat',
  // Norwegian, Danish, Swedish and Dutch: `Returnerer 400 dersom dato er ugyldig`, `retourneert 400 als ...`
  'returnerer', 'returnerar', 'retourneert', 'retourneren',
  // more Italian: `deve restituire 200`, `ritorna 404 se ...`, `solleva 403 altrimenti`, `blocca con 409`
  'restituire', 'restituito', 'restituita', 'ritorna', 'ritornare', 'solleva', 'sollevare', 'blocca',
  // raising again: `# Other OperationalError, re-raise as 500`
  're-raise', 're-raised', 'reraise', 'reraised', 're-throw', 'rethrow', 'rethrown',
  // (and reporting: `// and must be reported as 400, not 500.`)
  'reported', 'reports',
]);

/** Small words allowed between a verb and the number (`responds with a 201`; Italian `blocca con 409`, `ritorna un 404`). */
export const PROSE_LINKS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'with', 'on', 'for', 'as', 'by', 'back', 'us', 'me', 'status', 'http', 'code', 'con', 'un']);

/** Words after the number that make it a status (`404 page`, `500 error`). */
export const STATUS_NOUNS: ReadonlySet<string> = new Set(['error', 'response', 'status', 'page', 'redirect', 'reply', 'code', 'http']);

/** Plural nouns after a number: a status only for distinctive codes (`429 responses`, not `500 errors` counted). */
export const STATUS_NOUNS_PLURAL: ReadonlySet<string> = new Set(['errors', 'responses', 'statuses', 'pages', 'redirects', 'codes', 'retries']);

/** Words that may follow a status in prose without changing its meaning. */
export const PROSE_NEXT_OK: ReadonlySet<string> = new Set([
  'if', 'when', 'on', 'for', 'and', 'or', 'but', 'because', 'to', 'in', 'with', 'instead', 'from', 'unless',
  'otherwise', 'then', 'so', 'as', 'after', 'before', 'here', 'there', 'by', 'at', 'is', 'was', 'means',
  'meaning', 'since', 'while', 'whenever', 'where', 'which', 'that', 'status', 'error', 'response', 'code',
  'page', 'redirect', 'http', 'resp', 'immediately', 'too', 'only', 'again', 'anyway',
  'occurs', 'happens', 'indicates', 'signals', 'remains', 'becomes', 'comes', 'has', 'does', 'isn', 'wasn', 'doesn',
  'aren', 'might', 'may', 'will', 'would', 'should', 'could', 'can', 'must', 'shows', 'triggers', 'causes',
  'without', 'once', 'propagates', 'propagated',
  // (Portuguese and Spanish: `deve retornar 200 para ADMINISTRADOR`, `retornar 403 se ...`, `devuelve 404 cuando ...`)
  'para', 'se', 'si', 'quando', 'cuando', 'caso', 'com', 'con', 'sem', 'sin', 'apenas',
  // (`si recibe 307 hacia pagos`, `evita 429 por refrescos`, `obtener 200 rapido`)
  'hacia', 'por', 'rapido',
  // (`el intruso recibe 403 en todos los endpoints`, `retorna 404 em todas as rotas`)
  'en', 'em',
  // (Norwegian, Danish, Swedish and Dutch conditions: `Returnerer 400 dersom ...`, `hvis`, `om`, `als`, `wanneer`, `indien`)
  'dersom', 'hvis', 'om', 'als', 'wanneer', 'indien',
  // (and Italian: `solleva 403 altrimenti`, `409 dopo ...`, `404 su ...`)
  'altrimenti', 'dopo', 'su', 'quando',
]);

/** Words after a number that make it a quantity, never a status. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'ms', 's', 'sec', 'secs', 'second', 'seconds', 'millis', 'millisecond', 'milliseconds', 'minute', 'minutes', 'min',
  'mins', 'hour', 'hours', 'h', 'day', 'days', 'px', 'em', 'rem', 'pt', 'kb', 'mb', 'gb', 'kib', 'mib', 'gib', 'bytes', 'byte', 'chars',
  'characters', 'items', 'users', 'rows', 'lines', 'records', 'times', 'requests', 'points', 'words', 'files',
  'entries', 'people', 'km', 'm', 'kg', 'years', 'year', 'months', 'steps', 'iterations', 'tokens',
  'percent', 'degrees', 'deg', 'dpi', 'fps', 'hz', 'mhz', 'ghz', 'kbps', 'mbps', 'cols', 'columns', 'pixels',
  'elements', 'messages', 'results', 'products', 'orders', 'tests', 'calls', 'ops', 'x',
  // weights and food: `200 gramm csirkemell`, `500 kcal`
  'g', 'gram', 'grams', 'gramm', 'gramos', 'ml', 'kcal', 'cal', 'calories',
  // money: `- 304 euro`
  'euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'yen', 'rupees', 'gbp',
]);

/** Identifier names that contain "status"/"code" but are not HTTP statuses. */
export const NON_STATUS_NAMES: ReadonlySet<string> = new Set([
  'exitstatus', 'waitstatus', 'statusbar', 'statusline', 'keycode', 'charcode',
  'exitcode', 'returncode', 'zipcode', 'postalcode', 'countrycode', 'areacode', 'opcode', 'colorcode',
  'langcode', 'languagecode', 'currencycode', 'shortcode', 'barcode', 'qrcode', 'promocode', 'verificationcode',
  'otpcode', 'smscode', 'invitecode', 'authcode', 'pincode', 'codepoint', 'charcodeat', 'postcode', 'sourcecode',
  'unicode', 'encode', 'decode', 'hashcode', 'gethashcode', 'bytecode', 'zip', 'exitcodes', 'keycodes', 'errno',
  'statuscolor', 'statusicon', 'statusclass', 'statusid', 'statuslabel',
]);

/** Values that make a `404:` key an HTTP response entry (OpenAPI, status maps). */
export const KEY_VALUE_RE = /^(?:$|[{&|>#]|\/\/|['"]?(?:description|content|schema|model|detail)|Type\.[A-Z]\w*\(|z\.(?:object|array|string|any|unknown|void|null|undefined)\()|\$ref|\b(?:not|found|error|ok|success|successful(?:ly)?|uploaded|created|fail\w*|invalid|denied|forbidden|unauthori[sz]ed|bad|server|request|unavailable|timeout|conflict|exists?|missing|gateway|redirect\w*|moved|content|limit|message|response|permission|access|validation|internal|unknown|wrong|deleted|updated|accepted|unprocessable|authenticat\w*|payment|method|allowed|gone|teapot|modified|throttl\w*|rate.?limit\w*|\w*serializer|\w*Response|\w*Response(?:Schema|Model|Body|Ref)\b)\b/i;

/** Languages where `return 301 ...` is a web-server directive (nginx and friends, plus generic text). */
export const DIRECTIVE_LANGUAGES: ReadonlySet<string> = new Set(['nginx', 'apacheconf', 'conf', 'caddyfile', 'haproxy', 'plaintext', 'markdown', '']);

/** Languages where `return body, 404` is a (body, status) tuple. */
export const TUPLE_RETURN_LANGUAGES: ReadonlySet<string> = new Set(['python', 'jinja', 'markdown', 'plaintext', '']);

/** Languages where Ruby status symbols (`status: :not_found`) are read. */
export const SYMBOL_LANGUAGES: ReadonlySet<string> = new Set(['ruby', 'erb', 'haml', 'slim', 'crystal', 'elixir', 'markdown', 'plaintext', '']);

/** Shell languages (`case $code in 200) ...`). */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set(['shellscript', 'bash', 'sh', 'zsh', 'fish', 'powershell']);

// ---------------------------------------------------------------------------------------------
// Prose (comments, doc text, sentence-like strings): a bare number is a status when the sentence
// around it talks about HTTP. Read by `proseVerdict` in ./index.ts.

/** Languages whose `#` starts a comment (after the line start or a space). */
export const HASH_COMMENT_LANGUAGES: ReadonlySet<string> = new Set([
  'python', 'ruby', 'erb', 'crystal', 'shellscript', 'bash', 'sh', 'zsh', 'fish', 'powershell', 'yaml', 'toml',
  'perl', 'r', 'elixir', 'nginx', 'apacheconf', 'conf', 'caddyfile', 'haproxy', 'dockerfile', 'http', 'php', 'blade',
  'coffeescript', 'makefile', 'properties', 'ini', 'graphql', 'jinja', 'markdown', 'plaintext', '',
]);

/** Languages whose `--` starts a comment. */
export const DASH_COMMENT_LANGUAGES: ReadonlySet<string> = new Set(['sql', 'lua', 'haskell', 'elm', 'ada', 'plsql']);

/** Languages that are prose throughout (documentation formats). */
export const PROSE_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext', 'restructuredtext', 'asciidoc', 'rst', 'latex', 'org', '']);

/** Words near a number in prose that say the sentence is about HTTP responses (lower case). */
export const PROSE_SIGNAL_RE = /^(?:status(?:es)?|codes?|resp|respon(?:se|ses|d|ds|ded|ding)|returns?|returned|returning|redirect(?:s|ed|ing|ion|ions)?|errors?|https?|requests?|cached?|caching|cacheable|intercept(?:s|ed|ing)?|raise|raises|raised|raising|httpexception|exception|headers?|middleware|non|router|routing|handler|handled|server|client|endpoint|api|upstream|proxy|fetch|curl|retry|retries|retrying|retried|retryable|reject|rejects|rejected|rejecting|shows|showing|showed|displays|displaying|displayed|respuesta|réponse|resposta|risposta|antwort|respons|responsen|responsa|fehler|erreur|erreurs|erro|erros|errores|código|codigo|statut|estado|statuscode|fehlercode|retorna|retornar|retornou|retornando|devuelve|devolver|devuelva|renvoie|renvoyer|retourne|retourner|liefert|unexpected|incorrect|spurious)$/;

/** Words before a number that make it a quantity or a position, never a status. */
export const QUANTITY_BEFORE: ReadonlySet<string> = new Set([
  'last', 'first', 'next', 'previous', 'up', 'max', 'maximum', 'min', 'minimum', 'limit', 'limited', 'over', 'under',
  'about', 'around', 'approximately', 'approx', 'roughly', 'nearly', 'almost', 'every', 'each', 'top', 'least', 'most',
  'after', 'within', 'per', 'size', 'length', 'timeout', 'delay', 'wait', 'waits', 'sleep', 'line', 'lines',
  'port', 'version', 'v', 'page', 'pages', 'chapter', 'section', 'step', 'issue', 'pr', 'item', 'row', 'column',
  'width', 'height', 'offset', 'index', 'count', 'batch', 'capacity', 'buffer', 'retry', 'retries', 'attempts',
  'ttl', 'expires', 'timeouts', 'interval', 'budget', 'rate', 'weight', 'priority', 'level', 'score', 'room', 'flight',
  'route', 'bus', 'number', 'no', 'id', 'rfc', 'iso', 'since', 'year', 'took', 'takes', 'take', 'spent', 'elapsed',
  'costs', 'cost', 'weighs', 'lasts', 'exceed', 'exceeds', 'exceeding', 'allow', 'allows', 'accept', 'accepts',
  'holds', 'hold', 'store', 'stores', 'keep', 'keeps', 'fit', 'fits', 'contains', 'contain', 'capped', 'cap', 'at',
  'by', 'x', 'between', 'times', 'hundred', 'thousand', 'pid', 'uid', 'gid', 'exit', 'exited', 'errno',
  'pep', 'bug', 'ticket', 'cve', 'jsr', 'ecma', 'ieee', 'copyright', 'c', 'build', 'release', 'patch', 'revision', 'rev',
  'publication', 'pub', 'form', 'article', 'rule', 'figure', 'fig', 'table', 'appendix', 'lesson', 'exercise', 'problem', 'day',
]);

/** Spanish and Portuguese comparisons before `a`, `que` or `de` and a number, a bound (`mayores a 400`, `menor que 500`). */
export const FOREIGN_COMPARATIVES: ReadonlySet<string> = new Set([
  'mayor', 'mayores', 'menor', 'menores', 'maior', 'maiores', 'superior', 'superiores', 'inferior', 'inferiores',
]);

/** Words after a number that make it a count in prose (`200 last messages`, `500 more`). */
export const QUANTITY_AFTER: ReadonlySet<string> = new Set([
  'last', 'first', 'more', 'most', 'new', 'recent', 'previous', 'other', 'additional', 'extra', 'total', 'concurrent',
  'parallel', 'simultaneous', 'active', 'open', 'unique', 'distinct', 'different', 'separate', 'random', 'sample',
]);

/** Extra reason-phrase spellings seen in real text (lower case, `-` and `'` as spaces). */
export const REASON_VARIANTS: Readonly<Record<number, readonly string[]>> = {
  401: ['not authorized', 'unauthorised', 'authentication required'],
  403: ['permission denied', 'access denied', 'not allowed'],
  404: ['not found', 'page not found', 'file not found'],
  418: ['i m not a teapot', 'not a teapot', 'teapot'],
  429: ['rate limited', 'too many'],
  500: ['server error', 'internal error'],
  502: ['bad gw'],
  503: ['unavailable'],
};

// ---------------------------------------------------------------------------------------------
// Calls and collections

/** Response helpers that take a status when written on a response-like receiver (`c.text('x', 500)`, `res.send(403, 'no')`). */
export const RECEIVER_STATUS_CALLS: Readonly<Record<string, readonly number[]>> = {
  send: [0], text: [1], body: [1], html: [1], newResponse: [1], push: [1],
  // Koa `ctx.assert(user, 401, 'login first')`, fasthttp `ctx.Error("msg", 423)`
  assert: [1], Error: [1],
  // Kong / OpenResty `kong.response.exit(404, body)`, `ngx.exit(200)`; nock `.reply(200, body)`
  // (and axios-mock-adapter's `mock.onGet('/users').reply(404)`, `.replyOnce(500)`)
  exit: [0], reply: [0], replyOnce: [0],
  // Vert.x `routingContext.fail(404)`, Laravel `response()->view('errors.404', [], 404)`
  fail: [0], view: [2], make: [1],
  // Laravel `response()->stream($callback, 200, $headers)`
  stream: [1],
  // tide `Response::builder(404)`
  builder: [0],
  // CodeIgniter 4 `$this->response->setJSON($data, 200)` (its second parameter is a flag, but the code is written there as the status)
  setJSON: [1], setXML: [1],
};

/** Receivers those helpers need (`res`, `c`, `ctx`, `reply`, `response`, `->`; axios-mock-adapter's `mock.onGet(...)`). */
export const RESPONSE_RECEIVER_RE = /^(?:res|resp|response|reply|c|ctx|context|routingContext|rc|server|h|w|rw|http|sequence|builder|b|r|route|endpoint|group|app|this|ngx|\w*nock|scope|on(?:get|post|put|patch|delete|head|options|any)|once|twice|thrice|times|persist|optionally)$/i;

/** Calls that build a collection: their arguments are list items (`listOf("301", "302")`, `array(429)`). */
export const LIST_CALLS: ReadonlySet<string> = new Set([
  'array', 'listOf', 'setOf', 'arrayOf', 'mutableListOf', 'mutableSetOf', 'hashSetOf', 'intArrayOf', 'vec', 'list',
  'set', 'tuple', 'frozenset', 'asList', 'Set', 'List', 'ImmutableSet', 'ImmutableList', 'EnumSet', 'sets', 'slices',
]);

/** Conversions that leave the number as it is (`float64(500)`, `int(404)`, `Number(200)`). */
export const CONVERSION_CALLS: ReadonlySet<string> = new Set([
  'int', 'int16', 'int32', 'int64', 'uint', 'uint16', 'uint32', 'float', 'float32', 'float64', 'Number', 'Integer',
  'Int', 'Long', 'long', 'short', 'u16', 'i32', 'u32', 'toLong', 'toInt', 'BigInt', 'Some', 'Ok', 'Optional', 'of',
  'valueOf', 'parseInt', 'str', 'String',
]);

/** Indexers whose key is a status (`s.Responses[400]`, `ResponseExamples[200]`, `<Response [200]>`). */
// (and a table of redirects keyed by code: php-http's `$this->redirectCodes[301]`)
export const STATUS_INDEXER_RE = /^(?:\w*Responses|responses|\w*_RESPONSES|ResponseExamples|Response|\w*[Ss]tatuses|\w*StatusCodes?|status_codes?|STATUS_CODES|redirectCodes|REDIRECT_CODES|redirect_codes|[Ee]rror_?[Hh]andlers|ERROR_HANDLERS|[Ee]rror_?[Pp]ages|ERROR_PAGES)$/;

/** A collection item that makes the collection a status key (`(500, Exception)` in exception-handler maps). */
export const EXCEPTION_ITEM_RE = /^(?:[A-Z]\w*)?(?:Exception|Error)$/;

/** Calls that assert a status (`assertCode(200)`, `expectStatus(404)`, `verify_status_code(201)`, `checkHTTP(500)`). */
export const STATUS_ASSERT_CALL_RE = /^(?:(?:assert|expect|verify|check|should|must|ensure|has|have)_?(?:[Cc]ode|[Ss]tatus(?:_?[Cc]ode)?|HTTP|Http)|(?:[Cc]ode|[Ss]tatus_?[Cc]ode)_?(?:[Ee]quals?|[Ii]s))$/;
