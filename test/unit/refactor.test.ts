import * as assert from 'assert';
import {
  allConstantsToLiterals, allLiteralsToConstants, allStatuses, applyLineEdits, constantFamilies, constantName, constantStyleFor,
  constantText, constantToLiteral, codeOfMember, findStatusMentions, jsModuleStyle, literalToConstant, nonCodeRanges, pythonImportPoint,
  type StyleOptions,
} from '../../src/core';

/** Applies the literal -> constant refactor at the first `needle` (cursor `offset` into it) and returns the new text. */
function toConstant(text: string, lang: string, needle: string, offset: number, options: StyleOptions = {}): string | undefined {
  const lines = text.split('\n');
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i + offset).split('\n');
  const plan = literalToConstant(lines, lang, before.length - 1, (before[before.length - 1] ?? '').length, options);
  return plan && applyLineEdits(text, plan.edits);
}

function fixAll(text: string, lang: string, options: StyleOptions = {}): string | undefined {
  const plan = allLiteralsToConstants(text.split('\n'), lang, options);
  return plan && applyLineEdits(text, plan.edits);
}

suite('refactors: import insertion', () => {
  test('Python: no import -> `from http import HTTPStatus` after the existing imports', () => {
    const src = 'from flask import Flask, abort\nimport os\n\napp = Flask(__name__)\n\ndef f():\n    abort(404)\n';
    assert.strictEqual(toConstant(src, 'python', 'abort(404)', 7), 'from flask import Flask, abort\nimport os\nfrom http import HTTPStatus\n\napp = Flask(__name__)\n\ndef f():\n    abort(HTTPStatus.NOT_FOUND)\n');
  });

  test('Python: after the module docstring and __future__ imports', () => {
    const src = '"""Module\n\ndocs."""\nfrom __future__ import annotations\n\ndef f():\n    abort(404)\n';
    assert.strictEqual(toConstant(src, 'python', 'abort(404)', 7), '"""Module\n\ndocs."""\nfrom __future__ import annotations\nfrom http import HTTPStatus\n\ndef f():\n    abort(HTTPStatus.NOT_FOUND)\n');
    const doc = '"""Docs."""\n\ndef f():\n    abort(404)\n';
    assert.strictEqual(toConstant(doc, 'python', 'abort(404)', 7), '"""Docs."""\n\nfrom http import HTTPStatus\n\ndef f():\n    abort(HTTPStatus.NOT_FOUND)\n');
    assert.deepStrictEqual(pythonImportPoint(doc.split('\n')), { after: 0, hasImports: false, afterDocstring: true });
  });

  test('Python: a shebang line stays first', () => {
    const src = '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\ndef f():\n    abort(404)\n';
    assert.strictEqual(toConstant(src, 'python', 'abort(404)', 7), '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nfrom http import HTTPStatus\n\ndef f():\n    abort(HTTPStatus.NOT_FOUND)\n');
  });

  test('Python: existing and aliased imports are reused, nothing added', () => {
    const cases: [string, string][] = [
      ['from http import HTTPStatus\n', 'HTTPStatus.NOT_FOUND'],
      ['from http import HTTPStatus as S\n', 'S.NOT_FOUND'],
      ['import http.HTTPStatus as S\n', 'S.NOT_FOUND'],
      ['from http import (\n    HTTPStatus,\n    cookies,\n)\n', 'HTTPStatus.NOT_FOUND'],
      ['import http\n', 'http.HTTPStatus.NOT_FOUND'],
      ['import os, http as h\n', 'h.HTTPStatus.NOT_FOUND'],
    ];
    for (const [head, constant] of cases) {
      const src = `${head}\ndef f():\n    abort(404)\n`;
      assert.strictEqual(toConstant(src, 'python', 'abort(404)', 7), `${head}\ndef f():\n    abort(${constant})\n`, head);
    }
  });

  test('Python: DRF and FastAPI files use their `status` module', () => {
    const drf = 'from rest_framework.response import Response\n\ndef v(r):\n    return Response({}, status=404)\n';
    assert.strictEqual(toConstant(drf, 'python', 'status=404', 8), 'from rest_framework.response import Response\nfrom rest_framework import status\n\ndef v(r):\n    return Response({}, status=status.HTTP_404_NOT_FOUND)\n');
    const fastapi = 'from fastapi import FastAPI, HTTPException, status as st\n\ndef v():\n    raise HTTPException(status_code=404)\n';
    assert.strictEqual(toConstant(fastapi, 'python', '=404', 2), 'from fastapi import FastAPI, HTTPException, status as st\n\ndef v():\n    raise HTTPException(status_code=st.HTTP_404_NOT_FOUND)\n');
  });

  test('Go: adds "net/http" to the import block in sorted place, or reuses it (aliased too)', () => {
    const block = 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc f(c ctx) {\n\tc.JSON(404, nil)\n}\n';
    assert.strictEqual(toConstant(block, 'go', 'JSON(404', 6), 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\nfunc f(c ctx) {\n\tc.JSON(http.StatusNotFound, nil)\n}\n');
    const none = 'package main\n\nfunc f(c ctx) {\n\tc.JSON(404, nil)\n}\n';
    assert.strictEqual(toConstant(none, 'go', 'JSON(404', 6), 'package main\n\nimport "net/http"\n\nfunc f(c ctx) {\n\tc.JSON(http.StatusNotFound, nil)\n}\n');
    const aliased = 'package main\n\nimport nethttp "net/http"\n\nfunc f(w nethttp.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n';
    assert.strictEqual(toConstant(aliased, 'go', 'WriteHeader(404', 13), 'package main\n\nimport nethttp "net/http"\n\nfunc f(w nethttp.ResponseWriter) {\n\tw.WriteHeader(nethttp.StatusNotFound)\n}\n');
  });

  test('Java (Spring): import after the imports, or after the package line; none outside Spring', () => {
    const src = 'package a;\n\nimport org.springframework.web.bind.annotation.RestController;\n\n@RestController\nclass C {\n  Object f() { return ResponseEntity.status(404).build(); }\n}\n';
    assert.strictEqual(toConstant(src, 'java', 'status(404', 8), 'package a;\n\nimport org.springframework.web.bind.annotation.RestController;\nimport org.springframework.http.HttpStatus;\n\n@RestController\nclass C {\n  Object f() { return ResponseEntity.status(HttpStatus.NOT_FOUND).build(); }\n}\n');
    const star = 'package a;\n\nimport org.springframework.http.*;\n\nclass C {\n  Object f() { return ResponseEntity.status(404).build(); }\n}\n';
    assert.strictEqual(toConstant(star, 'java', 'status(404', 8), star.replace('(404)', '(HttpStatus.NOT_FOUND)'));
    const plain = 'package a;\n\nclass C {\n  void f(HttpServletResponse r) { r.setStatus(404); }\n}\n';
    assert.strictEqual(toConstant(plain, 'java', 'setStatus(404', 11), undefined);
  });

  test('C#: `using Microsoft.AspNetCore.Http;` after the usings, reused when present', () => {
    const src = 'using System;\nusing Microsoft.AspNetCore.Mvc;\n\nclass C : ControllerBase {\n  IActionResult F() => StatusCode(404);\n}\n';
    assert.strictEqual(toConstant(src, 'csharp', 'StatusCode(404', 12), 'using System;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Http;\n\nclass C : ControllerBase {\n  IActionResult F() => StatusCode(StatusCodes.Status404NotFound);\n}\n');
    const has = 'using Microsoft.AspNetCore.Http;\n\nclass C : ControllerBase {\n  IActionResult F() => StatusCode(404);\n}\n';
    assert.strictEqual(toConstant(has, 'csharp', 'StatusCode(404', 12), has.replace('(404)', '(StatusCodes.Status404NotFound)'));
  });

  test('PHP (Symfony): `use ...\\Response;` after the uses, aliased when another Response is imported; plain PHP untouched', () => {
    const src = '<?php\n\nnamespace App;\n\nuse Symfony\\Component\\Routing\\Attribute\\Route;\n\nclass C {\n  function f() { return $this->json([], 404); }\n}\n';
    assert.strictEqual(toConstant(src, 'php', '], 404', 4), '<?php\n\nnamespace App;\n\nuse Symfony\\Component\\Routing\\Attribute\\Route;\nuse Symfony\\Component\\HttpFoundation\\Response;\n\nclass C {\n  function f() { return $this->json([], Response::HTTP_NOT_FOUND); }\n}\n');
    const taken = '<?php\nuse Illuminate\\Support\\Facades\\Response;\n\nfunction f() { return $this->json([], 404); }\n';
    assert.strictEqual(toConstant(taken, 'php', '], 404', 4), '<?php\nuse Illuminate\\Support\\Facades\\Response;\nuse Symfony\\Component\\HttpFoundation\\Response as HttpResponse;\n\nfunction f() { return $this->json([], HttpResponse::HTTP_NOT_FOUND); }\n');
    const ns = '<?php\n\nnamespace App;\n\nfunction f() { return new \\Symfony\\Component\\HttpFoundation\\JsonResponse([], 404); }\n';
    assert.strictEqual(toConstant(ns, 'php', '], 404', 4), '<?php\n\nnamespace App;\n\nuse Symfony\\Component\\HttpFoundation\\Response;\n\nfunction f() { return new \\Symfony\\Component\\HttpFoundation\\JsonResponse([], Response::HTTP_NOT_FOUND); }\n');
    assert.strictEqual(toConstant('<?php\nhttp_response_code(404);\n', 'php', '(404', 1), undefined);
  });

  test('Rails: symbols where Rails takes them, no import', () => {
    assert.strictEqual(fixAll('render json: x, status: 422\nhead 204\nhalt 404\n', 'ruby'), 'render json: x, status: :unprocessable_content\nhead :no_content\nhalt 404\n');
  });

  test('JavaScript/TypeScript: only with the dependency; module style, shebang and directives respected; existing imports reused', () => {
    const esm = "import express from 'express';\n\nres.status(404);\n";
    assert.strictEqual(toConstant(esm, 'typescript', 'status(404', 7), undefined, 'no dependency, no refactor');
    const dep = { httpStatusCodesDependency: true };
    assert.strictEqual(toConstant(esm, 'typescript', 'status(404', 7, dep), "import express from 'express';\nimport { StatusCodes } from 'http-status-codes';\n\nres.status(StatusCodes.NOT_FOUND);\n");
    const cjs = "#!/usr/bin/env node\n'use strict';\n\nres.status(404);\n";
    assert.strictEqual(toConstant(cjs, 'javascript', 'status(404', 7, dep), "#!/usr/bin/env node\n'use strict';\nconst { StatusCodes } = require('http-status-codes');\n\nres.status(StatusCodes.NOT_FOUND);\n");
    assert.strictEqual(jsModuleStyle(['res.status(404);'], 'typescript'), 'esm');
    assert.strictEqual(jsModuleStyle(['res.status(404);'], 'javascript'), 'cjs');
    const aliased = "import {\n  getReasonPhrase,\n  StatusCodes as SC,\n} from 'http-status-codes';\nres.status(404);\n";
    assert.strictEqual(toConstant(aliased, 'typescript', 'status(404', 7), aliased.replace('(404)', '(SC.NOT_FOUND)'), 'an existing import needs no package.json');
    const required = "const hsc = require('http-status-codes');\nres.status(404);\n";
    assert.strictEqual(toConstant(required, 'javascript', 'status(404', 7), required.replace('(404)', '(hsc.StatusCodes.NOT_FOUND)'));
    const nest = "import { Controller, HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', 404);\n";
    assert.strictEqual(toConstant(nest, 'typescript', "'x', 404", 5), nest.replace(', 404)', ', HttpStatus.NOT_FOUND)'));
    assert.strictEqual(fixAll("const m = { 404: 'missing' };\nres.status(404);\n", 'typescript', dep), "import { StatusCodes } from 'http-status-codes';\n\nconst m = { 404: 'missing' };\nres.status(StatusCodes.NOT_FOUND);\n", 'object keys stay numbers');
  });
});

suite('refactors: what is code', () => {
  test('comments, strings and docstrings are left alone', () => {
    const py = '"""abort(404) in a docstring"""\nabort(404)  # abort(500)\nx = "abort(503)"\n';
    assert.strictEqual(fixAll(py, 'python'), '"""abort(404) in a docstring"""\n\nfrom http import HTTPStatus\n\nabort(HTTPStatus.NOT_FOUND)  # abort(500)\nx = "abort(503)"\n');
    const js = "/* res.status(404)\n res.status(500) */\nit('404 when missing', () => request.get('/').expect(404));\n";
    const plan = allLiteralsToConstants(js.split('\n'), 'javascript', { httpStatusCodesDependency: true });
    assert.deepStrictEqual(plan?.replacements.map((r) => `${r.line}:${r.from}`), ['2:404']);
    assert.deepStrictEqual(nonCodeRanges(['a = `x', 'y` + 1'], 'javascript'), [[[4, 6]], [[0, 2]]]);
  });

  test('constants -> literals: not in imports, definitions, or with a member access', () => {
    const py = 'from rest_framework.status import HTTP_404_NOT_FOUND\nHTTP_201_CREATED = 201\nabort(HTTP_404_NOT_FOUND)\nx = HTTPStatus.OK.phrase\ny = HTTPStatus.OK\n';
    const plan = allConstantsToLiterals(py.split('\n'), 'python');
    assert.deepStrictEqual(plan?.replacements.map((r) => `${r.from} -> ${r.to}`), ['HTTP_404_NOT_FOUND -> 404', 'HTTPStatus.OK -> 200']);
    const one = constantToLiteral(['\tw.WriteHeader(http.StatusTeapot)'], 'go', 0, 20);
    assert.deepStrictEqual(one?.edits, [{ line: 0, start: 15, end: 32, text: '418' }]);
  });

  test("constants -> literals: not Ruby's Net::HTTP response classes, which code tests a response's type against", () => {
    const rb = ['case response', 'when Net::HTTPNotFound then nil', 'end', 'ok = response.is_a?(Net::HTTPOK)', 'render status: :not_found'];
    assert.ok(findStatusMentions(rb[1] ?? '', 'ruby').some((m) => m.kind === 'constant' && m.code === 404), 'the class is still a mention (hover)');
    assert.strictEqual(constantToLiteral(rb, 'ruby', 1, 12), undefined);
    assert.strictEqual(constantToLiteral(rb, 'ruby', 3, 25), undefined);
    assert.deepStrictEqual(allConstantsToLiterals(rb, 'ruby')?.replacements.map((r) => `${r.from} -> ${r.to}`), [':not_found -> 404']);
  });

  test("constants -> literals: not a project's own status enum, whose values are the project's", () => {
    const ts = ['res.status(HttpCodes.METHOD_NOT_ALLOWED)', 'res.status(StatusCodes.NOT_FOUND)'];
    assert.ok(findStatusMentions(ts[0] ?? '', 'typescript').some((m) => m.kind === 'constant'), 'still a mention (hover)');
    assert.deepStrictEqual(allConstantsToLiterals(ts, 'typescript')?.replacements.map((r) => `${r.from} -> ${r.to}`), ['StatusCodes.NOT_FOUND -> 404']);
  });
});

suite('refactors: typed constants (enums and structs, not plain integers)', () => {
  const swaps = (lines: string[], lang: string): string[] => allConstantsToLiterals(lines, lang)?.replacements.map((r) => `${r.from} -> ${r.to}`) ?? [];

  test('a typed member becomes its number together with its conversion, and not where the code needs the member', () => {
    const java = [
      'response.setStatus(HttpStatus.NOT_FOUND.value());',
      'return ResponseEntity.status(HttpStatus.CREATED).body(saved);',
      'return new ResponseEntity<>(body, HttpStatus.NOT_FOUND);',
      'assertEquals(HttpStatus.FORBIDDEN, result.getStatusCode());',
      'res.setStatus(HttpStatus.NOT_FOUND_404);',
      'return Response.status(Response.Status.CONFLICT).build();',
      'int c = Response.Status.GONE.getStatusCode();',
    ];
    assert.deepStrictEqual(swaps(java, 'java'), [
      'HttpStatus.NOT_FOUND.value() -> 404',
      'HttpStatus.CREATED -> 201',
      'HttpStatus.NOT_FOUND_404 -> 404',
      'Response.Status.CONFLICT -> 409',
      'Response.Status.GONE.getStatusCode() -> 410',
    ]);
    const one = constantToLiteral(java, 'java', 0, 25);
    assert.deepStrictEqual(one?.edits, [{ line: 0, start: 19, end: 47, text: '404' }]);
    assert.strictEqual(applyLineEdits(java.join('\n'), one.edits).split('\n')[0], 'response.setStatus(404);');
    assert.strictEqual(constantToLiteral(java, 'java', 2, 40), undefined, 'ResponseEntity(body, HttpStatus) takes the enum');
  });

  test('C#, Rust, Kotlin, Swift, Scala, Haskell, Nim: only with the conversion', () => {
    assert.deepStrictEqual(swaps(['return StatusCode((int)HttpStatusCode.NotFound, body);', 'if (response.StatusCode == HttpStatusCode.NotFound) return null;', 'return StatusCode(StatusCodes.Status409Conflict);'], 'csharp'), [
      '(int)HttpStatusCode.NotFound -> 404',
      'StatusCodes.Status409Conflict -> 409',
    ]);
    assert.deepStrictEqual(swaps(['let code = StatusCode::NOT_FOUND.as_u16();', 'assert_eq!(resp.status(), StatusCode::NOT_FOUND);', 'Err(Status::NotFound)', 'let c = Status::NotFound.code;'], 'rust'), [
      'StatusCode::NOT_FOUND.as_u16() -> 404',
      'Status::NotFound.code -> 404',
    ]);
    assert.deepStrictEqual(swaps(['call.respond(HttpStatusCode.NotFound)', 'val code = HttpStatusCode.NotFound.value'], 'kotlin'), ['HttpStatusCode.NotFound.value -> 404']);
    assert.deepStrictEqual(swaps(['return Response(status: .notFound)', 'let c = HTTPResponseStatus.notFound.code'], 'swift'), ['HTTPResponseStatus.notFound.code -> 404']);
    assert.deepStrictEqual(swaps(['complete(StatusCodes.NotFound)', 'val c = StatusCodes.NotFound.intValue'], 'scala'), ['StatusCodes.NotFound.intValue -> 404']);
    assert.deepStrictEqual(swaps(['  when (statusCode status404 == c) $ pure ()', '  respond $ responseLBS status404 [] ""'], 'haskell'), ['statusCode status404 -> 404']);
    assert.deepStrictEqual(swaps(['let c = Http404.int', 'await req.respond(Http404, "missing")'], 'nim'), ['Http404.int -> 404']);
  });

  test('plain integers swap as they are; Python also with `.value`', () => {
    assert.deepStrictEqual(swaps(['code = HTTPStatus.OK.value', 'abort(HTTPStatus.NOT_FOUND)', 'x = HTTPStatus.OK.phrase'], 'python'), ['HTTPStatus.OK.value -> 200', 'HTTPStatus.NOT_FOUND -> 404']);
    assert.deepStrictEqual(swaps(['throw new HttpException(msg, HttpStatus.NOT_FOUND);'], 'typescript'), ['HttpStatus.NOT_FOUND -> 404']);
    assert.deepStrictEqual(swaps(['res.status = StatusCode::NotFound_404;'], 'cpp'), ['StatusCode::NotFound_404 -> 404']);
  });

  test('literal -> Spring constant: the enum where the call takes it, its number elsewhere', () => {
    const head = ['import org.springframework.http.HttpStatus;', 'import org.springframework.http.ResponseEntity;'];
    const body = ['    response.setStatus(404);', '    return ResponseEntity.status(404).build();', '    assertEquals(409, result.getResponse().getStatus());'];
    const plan = allLiteralsToConstants([...head, ...body], 'java');
    assert.deepStrictEqual(plan?.replacements.map((r) => `${r.from} -> ${r.to}`), ['404 -> HttpStatus.NOT_FOUND.value()', '404 -> HttpStatus.NOT_FOUND', '409 -> HttpStatus.CONFLICT.value()']);
    // and back: each line as it was
    const rewritten = applyLineEdits([...head, ...body].join('\n'), plan?.edits ?? []).split('\n');
    const back = allConstantsToLiterals(rewritten, 'java');
    assert.deepStrictEqual(applyLineEdits(rewritten.join('\n'), back?.edits ?? []).split('\n'), [...head, ...body]);
  });
});

suite('refactors: constant tables round-trip', () => {
  test('every family: code -> constant -> code', () => {
    for (const family of constantFamilies) {
      const codes = new Set(family.names.values());
      for (const code of codes) {
        const name = constantName(family, code);
        if (name === undefined) {
          // Only where every spelling is deprecated, or the constant names another vendor's meaning.
          const current = [...family.names].filter(([n, c]) => c === code && !family.deprecated.has(n));
          const status = allStatuses().find((s) => s.code === code);
          assert.ok(current.length === 0 || (status && !status.official), `${family.id} ${code} has a current name`);
          continue;
        }
        assert.strictEqual(codeOfMember(family, name), code, `${family.id}: ${name}`);
        const text = constantText(family, code) ?? '';
        const line = family.separator === ':' ? `render status: ${text}` : `${family.onlyNearStatus ? 'r.status_code' : 'x'} = ${text}`;
        const lang = family.languageIds[0] ?? '';
        const found = findStatusMentions(line, lang).filter((m) => m.kind === 'constant');
        if (allStatuses().some((s) => s.code === code)) assert.deepStrictEqual(found.map((m) => m.code), [code], `${family.id}: ${line}`);
      }
    }
  });

  // Each ecosystem the refactors write: literal -> constant is detected as the same code, and constant -> literal restores the line.
  const ecosystems: { name: string; lang: string; head: string; line: (code: string) => string; options?: StyleOptions }[] = [
    { name: 'Python HTTPStatus', lang: 'python', head: 'from http import HTTPStatus', line: (c) => `    abort(${c})` },
    { name: 'Python DRF status', lang: 'python', head: 'from rest_framework import status', line: (c) => `    return Response(data, status=${c})` },
    { name: 'Go net/http', lang: 'go', head: 'package main\nimport "net/http"', line: (c) => `\tw.WriteHeader(${c})` },
    { name: 'Spring HttpStatus', lang: 'java', head: 'import org.springframework.http.HttpStatus;', line: (c) => `    return ResponseEntity.status(${c}).build();` },
    { name: 'ASP.NET Core StatusCodes', lang: 'csharp', head: 'using Microsoft.AspNetCore.Http;', line: (c) => `    return StatusCode(${c});` },
    { name: 'Symfony Response', lang: 'php', head: '<?php\nuse Symfony\\Component\\HttpFoundation\\Response;', line: (c) => `    return new JsonResponse([], ${c});` },
    { name: 'Rails symbols', lang: 'ruby', head: '# rails', line: (c) => `    head ${c}` },
    { name: 'http-status-codes', lang: 'typescript', head: "import { StatusCodes } from 'http-status-codes';", line: (c) => `  res.status(${c});`, options: { httpStatusCodesDependency: true } },
  ];
  for (const eco of ecosystems) {
    test(`${eco.name}: literal -> constant -> literal for every code it names`, () => {
      const headLines = eco.head.split('\n');
      const style = constantStyleFor([...headLines, eco.line('404')], eco.lang, eco.options);
      assert.ok(style, eco.name);
      assert.strictEqual(style.importEdit, undefined, 'the import is there already');
      let count = 0;
      for (const s of allStatuses()) {
        if (!constantName(style.family, s.code)) continue;
        const lines = [...headLines, eco.line(String(s.code))];
        const li = headLines.length;
        const at = (lines[li] ?? '').indexOf(String(s.code));
        const plan = literalToConstant(lines, eco.lang, li, at, eco.options);
        if (!plan) continue; // the context does not detect this code as a literal (e.g. 1xx in some contexts)
        const rewritten = applyLineEdits(lines.join('\n'), plan.edits).split('\n');
        const line = rewritten[li] ?? '';
        const m = findStatusMentions(line, eco.lang).find((x) => x.kind === 'constant');
        assert.strictEqual(m?.code, s.code, `${eco.name}: ${line}`);
        const back = constantToLiteral(rewritten, eco.lang, li, m.start);
        assert.ok(back, `${eco.name}: back from ${line}`);
        assert.strictEqual(applyLineEdits(rewritten.join('\n'), back.edits).split('\n')[li], lines[li]);
        count++;
      }
      assert.ok(count >= 40, `${eco.name}: ${count} codes round-tripped`);
    });
  }
});
