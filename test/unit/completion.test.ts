import * as assert from 'assert';
import { COMMON_CODES, completionContextAt, completionEntries, type CodeCompletionContext } from '../../src/core';

function kindOf(prefix: string, lang: string): string | undefined {
  const c = completionContextAt(prefix, lang);
  if (!c) return undefined;
  return c.kind === 'literal' ? `literal:${c.typed}` : `${c.constantFamily.id}:${c.qualifier}:${c.typed}`;
}

suite('completion contexts at the cursor', () => {
  test('status contexts of many frameworks are literal contexts', () => {
    const cases: [string, string][] = [
      ['  res.status(', 'javascript'],
      ['  return reply.code(', 'typescript'],
      ['    abort(', 'python'],
      ['http_response_code(', 'php'],
      ['    raise HTTPException(status_code=', 'python'],
      ['    assert r.status_code == ', 'python'],
      ['  await request(app).get("/").expect(', 'javascript'],
      ['\tw.WriteHeader(', 'go'],
      ['\thttp.Error(w, "gone", ', 'go'],
      ['    render status: ', 'ruby'],
      ['    render json: doc, status: ', 'ruby'],
      ['    head ', 'ruby'],
      ['        return jsonify(error="x"), ', 'python'],
      ['        return ResponseEntity.status(', 'java'],
      ['        return StatusCode(', 'csharp'],
    ];
    for (const [prefix, lang] of cases) assert.strictEqual(kindOf(prefix, lang), 'literal:', `${lang}: ${prefix}`);
  });

  test('typed digits are part of the context and get replaced', () => {
    assert.strictEqual(kindOf('res.status(4', 'javascript'), 'literal:4');
    assert.strictEqual(kindOf('res.status(41', 'javascript'), 'literal:41');
    assert.strictEqual(kindOf('abort(50', 'python'), 'literal:50');
  });

  test('no literal context where a number is not a status, or in prose', () => {
    for (const [prefix, lang] of [
      ['setTimeout(f, ', 'javascript'],
      ['const x = ', 'javascript'],
      ['// returns ', 'javascript'],
      ['# the server responds with ', 'python'],
      ['res.status(x', 'javascript'],
      ['res.status(1.', 'javascript'],
      ['width: ', 'css'],
      ['', 'javascript'],
    ] as [string, string][]) {
      assert.strictEqual(kindOf(prefix, lang), undefined, `${lang}: ${prefix}`);
    }
  });

  test('constant prefixes: the family of the file\'s style', () => {
    assert.strictEqual(kindOf('    return "", HTTPStatus.', 'python'), 'python-httpstatus:HTTPStatus:');
    assert.strictEqual(kindOf('    abort(http.HTTPStatus.NOT', 'python'), 'python-httpstatus:http.HTTPStatus:NOT');
    assert.strictEqual(kindOf('    return Response(data, status=status.HTTP_', 'python'), 'python-status-module:status:HTTP_');
    assert.strictEqual(kindOf('\tw.WriteHeader(http.Status', 'go'), 'go-net-http:http:Status');
    assert.strictEqual(kindOf('\tw.WriteHeader(http.', 'go'), 'go-net-http:http:');
    assert.strictEqual(kindOf('\treturn c.SendStatus(fiber.Status', 'go'), 'go-net-http:fiber:Status');
    assert.strictEqual(kindOf('  res.status(StatusCodes.', 'typescript'), 'node-http-status-codes:StatusCodes:');
    assert.strictEqual(kindOf('  @HttpCode(HttpStatus.', 'typescript'), 'nestjs-httpstatus:HttpStatus:');
    assert.strictEqual(kindOf('  return ResponseEntity.status(HttpStatus.', 'java'), 'spring-httpstatus:HttpStatus:');
    assert.strictEqual(kindOf('  return StatusCode(StatusCodes.Status4', 'csharp'), 'aspnetcore-statuscodes:StatusCodes:Status4');
    assert.strictEqual(kindOf("  return new JsonResponse([], Response::HTTP_", 'php'), 'symfony-response:Response:HTTP_');
    assert.strictEqual(kindOf('    render json: doc, status: :', 'ruby'), 'rails-symbols::');
    assert.strictEqual(kindOf('    head :no', 'ruby'), 'rails-symbols::no');
    // (a bare `Status.` in Java is JAX-RS's, though Restlet's constants are read there too)
    assert.strictEqual(kindOf('    return Response.status(Status.', 'java'), 'jaxrs-status:Status:');
    assert.strictEqual(kindOf('    setStatus(org.restlet.data.Status.', 'java'), 'restlet-status:org.restlet.data.Status:');
    assert.strictEqual(kindOf('  return new JSONResponse([], Http::', 'php'), 'nextcloud-http:Http:');
    assert.strictEqual(kindOf('    $this->httpResponse->setCode(IResponse::', 'php'), 'nette-http:IResponse:');
    // (a bare `Result.` in Java is anyone's: Ninja's names come with its full name)
    assert.strictEqual(kindOf('    return Results.status(ninja.Result.', 'java'), 'ninja-result:ninja.Result:');
    assert.strictEqual(kindOf('    return Result.', 'java'), undefined);
    assert.strictEqual(kindOf('    return createResponse(Status::CODE_4', 'cpp'), 'oatpp-status:Status:CODE_4');
  });

  test('no constant context for unrelated members', () => {
    assert.strictEqual(kindOf('  const n = status.', 'javascript'), undefined, 'a lower-case variable with nothing typed');
    assert.strictEqual(kindOf('  console.', 'javascript'), undefined);
    assert.strictEqual(kindOf('\tfmt.', 'go'), undefined);
    assert.strictEqual(kindOf('  HTTPStatus.', 'javascript'), undefined, 'Python style in a JavaScript file');
    assert.strictEqual(kindOf('  myHTTPStatus.', 'python'), undefined);
  });

  test('literal entries: "412 Precondition Failed" inserting 412, the common codes first in order', () => {
    const ctx: CodeCompletionContext = { kind: 'literal', typed: '' };
    const entries = completionEntries(ctx);
    assert.deepStrictEqual(entries.slice(0, 11).map((e) => e.code), [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500]);
    assert.deepStrictEqual(entries.slice(0, COMMON_CODES.length).map((e) => e.code), [...COMMON_CODES]);
    const e412 = entries.find((e) => e.code === 412);
    assert.strictEqual(e412?.label, '412 Precondition Failed');
    assert.strictEqual(e412.insertText, '412');
    assert.ok(e412.documentation.length > 20);
  });

  test('constant entries: the preferred member, never a deprecated one, with code and name as detail', () => {
    const ctx = completionContextAt('abort(HTTPStatus.', 'python');
    assert.ok(ctx);
    const entries = completionEntries(ctx);
    assert.strictEqual(entries[0]?.label, 'OK');
    const e = entries.find((x) => x.code === 422);
    // The portable spelling: UNPROCESSABLE_CONTENT exists only from Python 3.13 on.
    assert.strictEqual(e?.insertText, 'UNPROCESSABLE_ENTITY');
    assert.strictEqual(e.detail, '422 Unprocessable Content');
    assert.ok(!entries.some((x) => x.label === 'UNPROCESSABLE_CONTENT'));
    const spring = completionEntries(completionContextAt('ResponseEntity.status(HttpStatus.', 'java') as CodeCompletionContext);
    assert.ok(!spring.some((x) => x.label === 'DESTINATION_LOCKED' || x.code === 421), 'no deprecated Spring name that now means something else');
    const go = completionEntries(completionContextAt('w.WriteHeader(http.Status', 'go') as CodeCompletionContext);
    assert.strictEqual(go.find((x) => x.code === 412)?.insertText, 'StatusPreconditionFailed');
  });

  test('hostile input is refused quietly', () => {
    assert.strictEqual(completionContextAt('x'.repeat(100_000) + 'res.status(', 'javascript'), undefined);
    assert.strictEqual(completionContextAt(undefined as unknown as string, 'javascript'), undefined);
  });
});
