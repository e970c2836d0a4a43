import * as assert from 'assert';
import { allStatuses } from '../../src/core/catalog';
import { detectFramework, frameworks, frameworksForLanguage, snippetFor } from '../../src/core/snippets';
import {
  aspNetStatusCodesName,
  goStatusName,
  nestHttpStatusName,
  pythonHttpStatusName,
  rackStatusSymbol,
  springHttpStatusName,
  starletteStatusName,
  symfonyConstantName,
} from '../../src/core/snippets/constants';
import { placeholderDefaults, resolveSnippet } from './parsers/snippet-syntax';
import {
  parseGo,
  parsePhp,
  parsePython,
  parseRuby,
  parseTreeSitter,
  parseTypeScript,
  type Problems,
  type Source,
} from './parsers/real-parsers';

type Form = 'response' | 'handler';
type Style = 'json' | 'problemJson';

const IDS = [
  'express', 'fastify', 'koa', 'nestjs', 'flask', 'fastapi', 'django', 'php', 'laravel', 'symfony', 'go', 'spring',
  'aspnetcore', 'rails',
] as const;
type Fw = (typeof IDS)[number];

/** Variants: Spring is checked as Java and as Kotlin. */
interface Variant {
  readonly fw: Fw;
  readonly lang: string;
}
const VARIANTS: readonly Variant[] = [
  ...IDS.filter((f) => f !== 'spring').map((fw) => ({ fw, lang: '' })),
  { fw: 'spring', lang: 'java' },
  { fw: 'spring', lang: 'kotlin' },
];
const vname = (v: Variant): string => (v.lang ? `${v.fw}/${v.lang}` : v.fw);

const CODES = allStatuses()
  .filter((s) => s.official && s.code >= 200 && s.code !== 306)
  .map((s) => s.code);
const ERROR_SAMPLE = [400, 401, 404, 405, 412, 422, 429, 500, 503];

interface Item {
  readonly id: string;
  readonly v: Variant;
  readonly code: number;
  readonly form: Form;
  readonly style: Style;
  readonly body: string;
  readonly code_: string; // resolved text
}

function gen(v: Variant, code: number, form: Form, style: Style): Item | undefined {
  const s = snippetFor(code, v.fw, form, { errorBody: style, languageId: v.lang || undefined });
  if (!s) return undefined;
  return { id: `${vname(v)} ${code} ${form} ${style}`, v, code, form, style, body: s.body, code_: resolveSnippet(s.body) };
}

const items: Item[] = [];
for (const v of VARIANTS) {
  for (const code of CODES) {
    for (const form of ['response', 'handler'] as const) {
      const it = gen(v, code, form, 'json');
      if (it) items.push(it);
      if (ERROR_SAMPLE.includes(code)) {
        const p = gen(v, code, form, 'problemJson');
        if (p) items.push(p);
      }
    }
  }
  for (const code of [100, 101, 102, 103]) {
    const it = gen(v, code, 'response', 'json');
    if (it) items.push(it);
  }
}

const find = (v: Variant, code: number, form: Form, style: Style = 'json'): Item => {
  const it = items.find((i) => i.v === v && i.code === code && i.form === form && i.style === style);
  assert.ok(it, `no ${form} snippet for ${code} in ${vname(v)}`);
  return it;
};

// ---------- wrapping fragments so a real parser sees a whole file ----------

function wrap(it: Item): string {
  const t = it.code_;
  const { fw } = it.v;
  const resp = it.form === 'response';
  switch (fw) {
    case 'express':
    case 'fastify':
    case 'koa':
      return resp ? `async function handler(req, res, request, reply, ctx) {\n${t}\n}\n` : `${t}\n`;
    case 'nestjs':
      return resp ? `class C {\n\tasync h(res: any) {\n${t}\n\t}\n}\n` : `@Controller()\nexport class ItemsController {\n${t}\n}\n`;
    case 'flask':
    case 'fastapi':
    case 'django':
      return resp ? `def handler(request, item_id=None):\n${t.split('\n').map((l) => '\t' + l).join('\n')}\n` : `${t}\n`;
    case 'php':
      return `<?php\n${t}\n`;
    case 'laravel':
      return resp ? `<?php\nfunction handler($request) {\n${t}\n}\n` : `<?php\n${t}\n`;
    case 'symfony':
      return resp ? `<?php\nfunction handler($request) {\n${t}\n}\n` : `<?php\nclass ItemsController {\n${t}\n}\n`;
    case 'go':
      return resp ? `package main\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n${t}\n}\n` : `package main\n\n${t}\n`;
    case 'spring':
      if (it.v.lang === 'kotlin') return resp ? `fun handler(): ResponseEntity<*> {\n${t}\n}\n` : `class ItemsController {\n${t}\n}\n`;
      return resp ? `class C {\n\tResponseEntity<?> handler() {\n${t}\n\t}\n}\n` : `class ItemsController {\n${t}\n}\n`;
    case 'aspnetcore':
      return resp
        ? `class C {\n\tIResult Handler(HttpContext httpContext) {\n${t}\n\t}\n}\n`
        : `class C {\n\tvoid Configure(WebApplication app) {\n${t}\n\t}\n}\n`;
    case 'rails':
      return resp ? `def handler\n${t}\nend\n` : `class ItemsController < ApplicationController\n${t}\nend\n`;
  }
}

// ---------- per-framework facts the assertions need ----------

/** How each framework spells the status in code. */
function statusToken(v: Variant, code: number): string {
  const n = (name: string | undefined, make: (s: string) => string): string => (name ? make(name) : String(code));
  switch (v.fw) {
    case 'nestjs':
      return n(nestHttpStatusName(code), (s) => `HttpStatus.${s}`);
    case 'fastapi':
      return n(starletteStatusName(code), (s) => `status.${s}`);
    case 'django':
      return n(pythonHttpStatusName(code), (s) => `HTTPStatus.${s}`);
    case 'symfony':
      return n(symfonyConstantName(code), (s) => `Response::${s}`);
    case 'go':
      return n(goStatusName(code), (s) => `http.${s}`);
    case 'spring':
      return n(springHttpStatusName(code), (s) => `HttpStatus.${s}`);
    case 'aspnetcore':
      return n(aspNetStatusCodesName(code), (s) => `StatusCodes.${s}`);
    case 'rails':
      return n(rackStatusSymbol(code), (s) => `:${s}`);
    default:
      return String(code);
  }
}

/** Evidence that the resolved code writes content. */
const BODY_WRITE: Record<Fw, RegExp> = {
  express: /\.json\(|\.send\(/,
  fastify: /\.send\([^)]/,
  koa: /ctx\.body\s*=/,
  nestjs: /^\s*return\s+(?!\{ url)[^;\s]|throw new HttpException/m,
  flask: /jsonify\(|return\s+"[^"]/,
  fastapi: /JSONResponse\(/,
  django: /JsonResponse\(/,
  php: /\becho\b|json_encode/,
  laravel: /->json\(/,
  symfony: /JsonResponse\(/,
  go: /Encode\(|w\.Write\(/,
  spring: /\.body\(/,
  aspnetcore: /Results\.(Json|Problem|Ok|Content|Text)\(/,
  rails: /\brender\b/,
};

/** The framework's redirect idiom, with the exact code. */
function redirectIdiom(v: Variant, code: number): RegExp {
  const t = statusToken(v, code).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  switch (v.fw) {
    case 'express':
      return new RegExp(`res\\.redirect\\(${code}, `);
    case 'fastify':
      return new RegExp(`reply\\.redirect\\([^\\n]*, ${code}\\)`);
    case 'koa':
      return new RegExp(`ctx\\.status = ${code};[\\s\\S]*ctx\\.redirect\\(`);
    case 'nestjs':
      return new RegExp(`\\{ url: [^\\n]*, statusCode: ${t} \\}`);
    case 'flask':
      return new RegExp(`redirect\\([^\\n]*, code=${code}\\)`);
    case 'fastapi':
      return new RegExp(`RedirectResponse\\([^\\n]*status_code=${t}`);
    case 'django':
      return new RegExp(`HttpResponseRedirect\\([^\\n]*status=${t}`);
    case 'php':
      return new RegExp(`header\\('Location: [^']*', true, ${code}\\)`);
    case 'laravel':
      return new RegExp(`redirect\\(\\)->to\\([^\\n]*, ${code}\\)`);
    case 'symfony':
      return new RegExp(`new RedirectResponse\\([^\\n]*, ${t}\\)`);
    case 'go':
      return new RegExp(`http\\.Redirect\\(w, r, [^\\n]*, ${t}\\)`);
    case 'spring':
      return new RegExp(`ResponseEntity\\.status\\(${t}\\)[\\s\\S]*\\.location\\(URI\\.create\\(`);
    case 'aspnetcore': {
      const flags: Record<number, string> = {
        301: 'Results\\.Redirect\\([^\\n]*, permanent: true\\)',
        302: 'Results\\.Redirect\\("[^"]*"\\)',
        307: 'Results\\.Redirect\\([^\\n]*, preserveMethod: true\\)',
        308: 'Results\\.Redirect\\([^\\n]*, permanent: true, preserveMethod: true\\)',
        303: `Headers\\["Location"\\][\\s\\S]*Results\\.StatusCode\\(${t}\\)`,
      };
      return new RegExp(flags[code] ?? 'x^');
    }
    case 'rails':
      return new RegExp(`redirect_to [^\\n]*, status: ${t}`);
  }
}

function setsHeader(v: Variant, text: string, header: string): boolean {
  if (header === 'Location' && v.fw === 'spring') return /\.location\(URI\.create\(/.test(text);
  return new RegExp(`['"]${header}['"]|'${header}: |"${header}": `, 'i').test(text) && text.includes(header);
}

function problemEvidence(v: Variant, text: string): boolean {
  if (v.fw === 'aspnetcore') return /Results\.Problem\(detail: [^\n]*statusCode: [^\n]*title: [^\n]*type: /.test(text);
  const ct = v.fw === 'spring' ? /MediaType\.APPLICATION_PROBLEM_JSON/.test(text) : text.includes('application/problem+json');
  return ct && ['type', 'title', 'status', 'detail'].every((k) => new RegExp(`\\b${k}\\b`).test(text));
}

// ---------- parsing everything once ----------

const problems = new Map<string, string>();
/** Parser failures (tool missing, grammar not loadable) per framework variant. */
const toolErrors = new Map<string, Error>();

function sourcesFor(pred: (it: Item) => boolean): Source[] {
  return items.filter(pred).map((it) => ({ id: it.id, text: wrap(it) }));
}

async function parseAll(): Promise<void> {
  const group = async (variants: string[], fn: () => Problems | Promise<Problems>): Promise<void> => {
    try {
      (await fn()).forEach((msg, id) => problems.set(id, msg));
    } catch (e) {
      for (const v of variants) toolErrors.set(v, e as Error);
    }
  };
  const of = (...names: string[]) => (it: Item) => names.includes(vname(it.v));
  await Promise.all([
    group(['express', 'fastify', 'koa'], () => {
      const a = parseTypeScript(sourcesFor(of('express', 'fastify', 'koa')), 'js');
      parseTypeScript(sourcesFor(of('express', 'fastify', 'koa')), 'ts').forEach((m, id) => a.set(id, m));
      return a;
    }),
    group(['nestjs'], () => parseTypeScript(sourcesFor(of('nestjs')), 'ts')),
    group(['flask', 'fastapi', 'django'], () => parsePython(sourcesFor(of('flask', 'fastapi', 'django')))),
    group(['php', 'laravel', 'symfony'], () => parsePhp(sourcesFor(of('php', 'laravel', 'symfony')))),
    group(['rails'], () => parseRuby(sourcesFor(of('rails')))),
    group(['go'], () => parseGo(sourcesFor(of('go')))),
    group(['spring/java'], () => parseTreeSitter('java', sourcesFor(of('spring/java')))),
    group(['spring/kotlin'], () => parseTreeSitter('kotlin', sourcesFor(of('spring/kotlin')))),
    group(['aspnetcore'], () => parseTreeSitter('c_sharp', sourcesFor(of('aspnetcore')))),
  ]);
}

suite('snippets: registry and detection', () => {
  test('frameworks() lists the 14 contract ids with labels and language ids', () => {
    assert.deepStrictEqual(
      frameworks().map((f) => f.id),
      [...IDS],
    );
    for (const f of frameworks()) {
      assert.ok(f.label.length > 0);
      assert.ok(f.languageIds.length > 0);
    }
    assert.deepStrictEqual(frameworks().find((f) => f.id === 'spring')?.languageIds, ['java', 'kotlin']);
  });

  test('frameworksForLanguage puts Express, Flask and plain PHP first', () => {
    assert.strictEqual(frameworksForLanguage('javascript')[0]?.id, 'express');
    assert.deepStrictEqual(frameworksForLanguage('typescript').map((f) => f.id), ['express', 'fastify', 'koa', 'nestjs']);
    assert.deepStrictEqual(frameworksForLanguage('javascript').map((f) => f.id), ['express', 'fastify', 'koa']);
    assert.deepStrictEqual(frameworksForLanguage('python').map((f) => f.id), ['flask', 'fastapi', 'django']);
    assert.deepStrictEqual(frameworksForLanguage('php').map((f) => f.id), ['php', 'laravel', 'symfony']);
    assert.deepStrictEqual(frameworksForLanguage('kotlin').map((f) => f.id), ['spring']);
    assert.deepStrictEqual(frameworksForLanguage('plaintext'), []);
  });

  test('detectFramework reads imports', () => {
    const cases: [string, string, string | undefined][] = [
      ["const express = require('express');", 'javascript', 'express'],
      ["import express from 'express';", 'typescript', 'express'],
      ["import Fastify from 'fastify';", 'typescript', 'fastify'],
      ["const Koa = require('koa');", 'javascript', 'koa'],
      ["import { Controller } from '@nestjs/common';\nimport express from 'express';", 'typescript', 'nestjs'],
      ['from flask import Flask, jsonify', 'python', 'flask'],
      ['from fastapi import FastAPI', 'python', 'fastapi'],
      ['from django.http import JsonResponse', 'python', 'django'],
      ['<?php\nuse Illuminate\\Support\\Facades\\Route;', 'php', 'laravel'],
      ['<?php\nuse Symfony\\Component\\HttpFoundation\\Response;', 'php', 'symfony'],
      ['<?php\necho 1;', 'php', 'php'],
      ['import "net/http"', 'go', 'go'],
      ['import "github.com/gin-gonic/gin"', 'go', 'go'],
      ['import org.springframework.http.ResponseEntity;', 'java', 'spring'],
      ['import org.springframework.http.ResponseEntity', 'kotlin', 'spring'],
      ['using Microsoft.AspNetCore.Http;', 'csharp', 'aspnetcore'],
      ['class ItemsController < ApplicationController\nend', 'ruby', 'rails'],
      ['class Api < ActionController::API\nend', 'ruby', 'rails'],
      ['console.log(1)', 'javascript', undefined],
      ['from flask import Flask', 'javascript', undefined],
    ];
    for (const [text, lang, want] of cases) assert.strictEqual(detectFramework(text, lang), want, `${lang}: ${text}`);
  });

  test('bad input gives undefined and never throws', () => {
    const bad: unknown[] = [NaN, Infinity, -1, 0, 99, 299, 600, 412.5, '412', null, undefined, {}, [412]];
    for (const b of bad) assert.strictEqual(snippetFor(b as number, 'express'), undefined, String(b));
    assert.strictEqual(snippetFor(412, 'nope'), undefined);
    assert.strictEqual(snippetFor(412, undefined as unknown as string), undefined);
    assert.strictEqual(snippetFor(412, 'express', 'bogus' as Form), undefined);
    assert.ok(snippetFor(412, 'express', undefined, null as unknown as undefined));
    assert.ok(snippetFor(412, 'express', 'response', { errorBody: 'xml' as Style }));
    assert.strictEqual(detectFramework(undefined as unknown as string, 'php'), undefined);
  });

  test('titles name the framework, the form and the status', () => {
    assert.strictEqual(snippetFor(412, 'express')?.title, 'Express response for 412 Precondition Failed');
    assert.strictEqual(snippetFor(412, 'express', 'handler')?.title, 'Express handler for 412 Precondition Failed');
  });
});

suite('snippets: coverage and snippet syntax', () => {
  test('every official code from 200 (not 306) has both forms in every framework', () => {
    assert.ok(CODES.length >= 55, `catalog has ${CODES.length} codes`);
    for (const v of VARIANTS) {
      for (const code of CODES) {
        for (const form of ['response', 'handler'] as const) {
          assert.ok(snippetFor(code, v.fw, form, { languageId: v.lang || undefined }), `${vname(v)} ${code} ${form}`);
        }
      }
    }
  });

  test('1xx: only 103 where the framework can send it (Express, Go)', () => {
    for (const v of VARIANTS) {
      for (const code of [100, 101, 102]) assert.strictEqual(snippetFor(code, v.fw), undefined, `${vname(v)} ${code}`);
      const s103 = snippetFor(103, v.fw);
      assert.strictEqual(Boolean(s103), v.fw === 'express' || v.fw === 'go', `${vname(v)} 103`);
      assert.strictEqual(snippetFor(103, v.fw, 'handler'), undefined);
    }
  });

  test('bodies are well-formed snippets: escaped $, balanced tab stops, final $0, tabs for indentation', () => {
    for (const it of items) {
      assert.ok(it.body.endsWith('$0'), it.id);
      // Every unescaped `$` starts a tab stop.
      const stripped = it.body.replace(/\\[\\$}]/g, '');
      assert.ok(!/\$(?![0-9{])/.test(stripped), `${it.id}: unescaped $ in\n${it.body}`);
      assert.ok(!/^ +\S/m.test(it.body), `${it.id}: space indentation`);
      assert.ok(placeholderDefaults(it.body).length >= 0);
    }
    const php = snippetFor(412, 'php', 'handler');
    assert.ok(php?.body.includes('\\$etag'), 'PHP variables are escaped as \\$name');
  });

  test('resolveSnippet follows the snippet grammar', () => {
    assert.strictEqual(resolveSnippet('a ${1:x} $2 ${3|p,q|} \\$v \\} \\\\ $0'), 'a x  p $v } \\ ');
    assert.strictEqual(resolveSnippet('${1:outer ${2:inner}}'), 'outer inner');
  });
});

suite('snippets: real parsers accept every snippet', function () {
  this.timeout(120000);
  suiteSetup(async function () {
    this.timeout(120000);
    await parseAll();
  });

  for (const v of VARIANTS) {
    test(`${vname(v)}: every snippet parses`, () => {
      const toolError = toolErrors.get(vname(v));
      if (toolError) throw toolError;
      const mine = items.filter((it) => it.v === v);
      assert.ok(mine.length >= CODES.length * 2);
      const bad = mine.filter((it) => problems.has(it.id)).map((it) => `${it.id}: ${problems.get(it.id)}\n${wrap(it)}`);
      assert.deepStrictEqual(bad.slice(0, 3), [], `${bad.length} snippets fail to parse`);
    });
  }

  test('the parsers do reject broken code (sanity)', async () => {
    assert.strictEqual(parseTypeScript([{ id: 'x', text: 'res.status(412).json({ a: 1 );' }], 'js').size, 1);
    assert.strictEqual(parsePython([{ id: 'x', text: 'return (1' }]).size, 1);
    assert.strictEqual((await parsePhp([{ id: 'x', text: '<?php echo $a' }])).size, 1);
    assert.strictEqual((await parseRuby([{ id: 'x', text: 'def a\n' }])).size, 1);
    assert.strictEqual((await parseGo([{ id: 'x', text: 'package main\nfunc a() {' }])).size, 1);
    assert.strictEqual((await parseTreeSitter('java', [{ id: 'x', text: 'class A { void f() { int x = ; } }' }])).size, 1);
    assert.strictEqual((await parseTreeSitter('kotlin', [{ id: 'x', text: 'fun f() { val x = }' }])).size, 1);
    assert.strictEqual((await parseTreeSitter('c_sharp', [{ id: 'x', text: 'class A { void F() { var x = ; } }' }])).size, 1);
  });
});

suite('snippets: RFC 9110 rules in every framework', () => {
  const headerRules: [number, string][] = [
    [401, 'WWW-Authenticate'],
    [407, 'Proxy-Authenticate'],
    [405, 'Allow'],
    [426, 'Upgrade'],
    [201, 'Location'],
    [206, 'Content-Range'],
    [416, 'Content-Range'],
    [429, 'Retry-After'],
    [503, 'Retry-After'],
  ];

  for (const v of VARIANTS) {
    test(`${vname(v)}: required header fields`, () => {
      for (const [code, header] of headerRules) {
        for (const form of ['response', 'handler'] as const) {
          const it = find(v, code, form);
          assert.ok(setsHeader(v, it.code_, header), `${it.id} sets ${header}:\n${it.code_}`);
          assert.ok(it.code_.includes(statusToken(v, code)), `${it.id} uses ${statusToken(v, code)}`);
        }
      }
      assert.ok(find(v, 416, 'response').code_.includes('bytes */'), '416 Content-Range uses bytes */length');
    });

    test(`${vname(v)}: redirects use the framework idiom with the exact code`, () => {
      for (const code of [301, 302, 303, 307, 308]) {
        for (const form of ['response', 'handler'] as const) {
          const it = find(v, code, form);
          assert.match(it.code_, redirectIdiom(v, code), `${it.id}:\n${it.code_}`);
          assert.ok(it.code_.includes(statusToken(v, code)) || v.fw === 'aspnetcore', `${it.id} keeps ${code}`);
          assert.ok(!BODY_WRITE[v.fw].test(it.code_), `${it.id} writes no body`);
        }
      }
    });

    test(`${vname(v)}: 204, 205 and 304 send no content`, () => {
      for (const code of [204, 205, 304]) {
        const it = find(v, code, 'response');
        assert.ok(!BODY_WRITE[v.fw].test(it.code_), `${it.id}:\n${it.code_}`);
        assert.ok(it.code_.includes(statusToken(v, code)), `${it.id} uses ${statusToken(v, code)}`);
      }
      // A content-bearing code does write a body (the check above is meaningful).
      assert.ok(BODY_WRITE[v.fw].test(find(v, 200, 'response').code_), `${vname(v)} 200 writes a body`);
    });

    test(`${vname(v)}: 412 handler compares If-Match with the current ETag in a write method`, () => {
      const t = find(v, 412, 'handler').code_;
      assert.match(t, /If-Match|if-match|IF_MATCH/);
      assert.match(t, /ETag/);
      assert.ok(t.includes(statusToken(v, 412)), t);
      assert.match(t, /\bput\b|Put|PUT/i);
      assert.doesNotMatch(t, /app\.get\(|fastify\.get\(|router\.get\(|@Get\(|@app\.get|\["GET"\]\)|Route::get|methods: \['GET'\]|@GetMapping|MapGet|routes\.rb: get/);
      // The 412 branch (between the If-Match test and the save) answers 412 with the current ETag.
      const branch = t.slice(t.search(/If-Match|if-match|IF_MATCH/), t.search(/save_?[Ii]tem/));
      assert.ok(branch.includes(statusToken(v, 412)), `412 inside the If-Match branch:\n${t}`);
      assert.match(branch, /ETag/, 'ETag is sent with the 412');
    });

    test(`${vname(v)}: 428 handler requires If-Match; 304 compares If-None-Match; 405 lists methods; 201 is a POST`, () => {
      const t428 = find(v, 428, 'handler').code_;
      assert.match(t428, /If-Match|if-match|IF_MATCH/);
      assert.ok(t428.includes(statusToken(v, 428)));
      assert.ok(t428.indexOf(statusToken(v, 428)) < t428.indexOf(statusToken(v, 412)), '428 is checked before the ETag comparison');
      const t304 = find(v, 304, 'handler').code_;
      assert.match(t304, /If-None-Match|if-none-match|IF_NONE_MATCH/);
      const t405 = find(v, 405, 'handler').code_;
      assert.match(t405, /Allow/);
      assert.match(t405, /GET, HEAD/);
      const t201 = find(v, 201, 'handler').code_;
      assert.match(t201, /post|Post|POST/);
    });

    test(`${vname(v)}: error bodies are JSON by default and RFC 9457 problems on request`, () => {
      for (const code of ERROR_SAMPLE) {
        const json = find(v, code, 'response').code_;
        assert.ok(!json.includes('problem+json') && !json.includes('Results.Problem'), `${vname(v)} ${code} default is plain JSON`);
        assert.ok(BODY_WRITE[v.fw].test(json), `${vname(v)} ${code} writes a JSON body`);
        for (const form of ['response', 'handler'] as const) {
          const it = find(v, code, form, 'problemJson');
          assert.ok(problemEvidence(v, it.code_), `${it.id}:\n${it.code_}`);
        }
      }
    });
  }

  test('constant spellings match the libraries (spot checks)', () => {
    assert.match(snippetFor(412, 'django')?.body ?? '', /HTTPStatus\.PRECONDITION_FAILED/);
    assert.match(snippetFor(412, 'fastapi')?.body ?? '', /status\.HTTP_412_PRECONDITION_FAILED/);
    assert.match(snippetFor(412, 'go')?.body ?? '', /http\.StatusPreconditionFailed/);
    assert.match(snippetFor(407, 'go')?.body ?? '', /http\.StatusProxyAuthRequired/);
    assert.match(snippetFor(412, 'spring')?.body ?? '', /HttpStatus\.PRECONDITION_FAILED/);
    assert.match(snippetFor(413, 'spring')?.body ?? '', /HttpStatus\.PAYLOAD_TOO_LARGE/);
    assert.match(snippetFor(421, 'spring')?.body ?? '', /ResponseEntity\.status\(421\)/);
    assert.match(snippetFor(308, 'symfony')?.body ?? '', /Response::HTTP_PERMANENTLY_REDIRECT/);
    assert.match(snippetFor(505, 'aspnetcore')?.body ?? '', /StatusCodes\.Status505HttpVersionNotsupported/);
    assert.match(snippetFor(425, 'aspnetcore')?.body ?? '', /statusCode: 425/);
    assert.match(snippetFor(412, 'nestjs')?.body ?? '', /HttpStatus\.PRECONDITION_FAILED/);
    assert.match(snippetFor(421, 'nestjs')?.body ?? '', /HttpStatus\.MISDIRECTED\b/);
    assert.match(snippetFor(413, 'rails')?.body ?? '', /status: :content_too_large/);
    assert.match(snippetFor(422, 'rails')?.body ?? '', /status: :unprocessable_content/);
    assert.match(snippetFor(418, 'rails')?.body ?? '', /status: 418/);
    assert.match(snippetFor(308, 'rails')?.body ?? '', /redirect_to .*status: :permanent_redirect/);
  });

  test('Spring follows the language id', () => {
    const kt = snippetFor(404, 'spring', 'handler', { languageId: 'kotlin' })?.body ?? '';
    const java = snippetFor(404, 'spring', 'handler', { languageId: 'java' })?.body ?? '';
    assert.match(kt, /\bfun getItem\(/);
    assert.match(java, /public ResponseEntity<\?> getItem\(/);
  });
});
