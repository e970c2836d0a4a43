/*
 * Grammar tests for the `.http` / `.rest` language, run with the real TextMate
 * engine (vscode-textmate + vscode-oniguruma, the same pair VS Code uses).
 *
 * Expected tokens live next to the fixtures as reviewed snapshot files:
 *   test/fixtures/http/<fixture>.tokens.txt
 * After an intended grammar change, regenerate them and review the diff:
 *   UPDATE_SNAPSHOTS=1 npm run test:unit
 * or, for this file alone:
 *   npx esbuild test/unit/grammar.test.ts --bundle --platform=node --format=cjs --target=es2022 \
 *     --external:mocha --outfile=/tmp/grammar.test.js && UPDATE_SNAPSHOTS=1 npx mocha --ui tdd --no-config /tmp/grammar.test.js
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const ROOT = process.cwd();
const fromRoot = (...p: string[]): string => path.resolve(ROOT, ...p);
const FIXTURES = fromRoot('test/fixtures/http');
const UPDATE = process.env['UPDATE_SNAPSHOTS'] === '1';

const OUR_SCOPE = 'source.http.status-lens';
const FOREIGN_SCOPE = 'source.http';
const STATUS_INJECTION = 'status-code.injection.http-status-lens';
const MARKDOWN_INJECTION = 'markdown.http.codeblock.http-status-lens';

const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  [OUR_SCOPE]: fromRoot('syntaxes/http.tmLanguage.json'),
  [STATUS_INJECTION]: fromRoot('syntaxes/http-status.injection.tmLanguage.json'),
  [MARKDOWN_INJECTION]: fromRoot('syntaxes/http-markdown.injection.tmLanguage.json'),
  [FOREIGN_SCOPE]: fromRoot('test/fixtures/fake-rest-client/syntaxes/http.tmLanguage.json'),
  'source.json': path.join(FIXTURES, 'grammars/json.stub.tmLanguage.json'),
  'text.xml': path.join(FIXTURES, 'grammars/xml.stub.tmLanguage.json'),
  'source.graphql': path.join(FIXTURES, 'grammars/graphql.stub.tmLanguage.json'),
  'source.js': path.join(FIXTURES, 'grammars/js.stub.tmLanguage.json'),
  'text.html.markdown': path.join(FIXTURES, 'grammars/markdown.stub.tmLanguage.json'),
};

let onigLibPromise: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  if (!onigLibPromise) {
    onigLibPromise = (async () => {
      const wasm = fs.readFileSync(fromRoot('node_modules/vscode-oniguruma/release/onig.wasm'));
      const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
      await oniguruma.loadWASM(bytes);
      return {
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      };
    })();
  }
  return onigLibPromise;
}

interface Setup {
  /** Is the REST-Client-like stand-in (scope source.http) installed? */
  readonly foreign: boolean;
  /** Is our status-class injection grammar contributed? */
  readonly injection: boolean;
}

/** A registry that resolves grammars and injections the way VS Code's TMGrammarFactory does. */
function createRegistry(setup: Setup): vsctm.Registry {
  const injectTo: Record<string, string[]> = {};
  if (setup.injection) {
    injectTo['source.http'] = [STATUS_INJECTION];
    injectTo['text.html.markdown'] = [STATUS_INJECTION, MARKDOWN_INJECTION];
  } else {
    injectTo['text.html.markdown'] = [MARKDOWN_INJECTION];
  }
  return new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: (scopeName: string) => {
      if (scopeName === FOREIGN_SCOPE && !setup.foreign) {
        return Promise.resolve(null);
      }
      const file = GRAMMAR_FILES[scopeName];
      if (!file) {
        return Promise.resolve(null);
      }
      return Promise.resolve(vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file));
    },
    // VS Code collects injections for every dotted prefix of the root scope.
    getInjections: (scopeName: string) => {
      const parts = scopeName.split('.');
      const result: string[] = [];
      for (let i = 1; i <= parts.length; i++) {
        result.push(...(injectTo[parts.slice(0, i).join('.')] ?? []));
      }
      return result;
    },
  });
}

interface LineTokens {
  readonly line: string;
  readonly tokens: ReadonlyArray<{ readonly text: string; readonly scopes: readonly string[] }>;
}

async function tokenize(rootScope: string, text: string, setup: Setup): Promise<LineTokens[]> {
  const registry = createRegistry(setup);
  const grammar = await registry.loadGrammar(rootScope);
  assert.ok(grammar, `grammar ${rootScope} loads`);
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  let stack = vsctm.INITIAL;
  const out: LineTokens[] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack, 5000);
    assert.ok(!r.stoppedEarly, `tokenizing stopped early on: ${line}`);
    out.push({
      line,
      tokens: r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    });
    stack = r.ruleStack;
  }
  return out;
}

function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Render tokens as a reviewable text snapshot (the root scope is left out). */
function render(result: readonly LineTokens[]): string {
  const out: string[] = [];
  result.forEach((l, i) => {
    out.push(`${String(i + 1).padStart(3, ' ')}| ${l.line}`);
    for (const t of l.tokens) {
      if (t.text.trim() === '' && t.scopes.length <= 1) {
        continue;
      }
      out.push(`     ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ') || '-'}`);
    }
  });
  return out.join('\n') + '\n';
}

function compareSnapshot(snapshotName: string, actual: string): void {
  const file = path.join(FIXTURES, snapshotName);
  if (UPDATE) {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing snapshot ${snapshotName}; run the tests with UPDATE_SNAPSHOTS=1 and review it`);
  const expected = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  assert.strictEqual(actual, expected, `tokens differ from ${snapshotName} (run with UPDATE_SNAPSHOTS=1 to regenerate, then review the diff)`);
}

/** Scopes of the first token on the first line containing `lineIncludes` whose text equals `tokenText`. */
function scopesOf(result: readonly LineTokens[], lineIncludes: string, tokenText: string, nth = 0): readonly string[] {
  const lines = result.filter((l) => l.line.includes(lineIncludes));
  const line = lines[nth];
  assert.ok(line, `no line #${nth} containing ${JSON.stringify(lineIncludes)}`);
  const token = line.tokens.find((t) => t.text === tokenText);
  assert.ok(token, `no token ${JSON.stringify(tokenText)} on line ${JSON.stringify(line.line)}; tokens: ${JSON.stringify(line.tokens.map((t) => t.text))}`);
  return token.scopes;
}

function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.some((s) => s === scope || s.split(' ').includes(scope));
}

function assertScope(scopes: readonly string[], scope: string): void {
  assert.ok(hasScope(scopes, scope), `expected ${scope} in [${scopes.join(', ')}]`);
}

function assertNoScope(scopes: readonly string[], scope: string): void {
  assert.ok(!scopes.some((s) => s.startsWith(scope)), `did not expect ${scope}* in [${scopes.join(', ')}]`);
}

const OURS: Setup = { foreign: false, injection: true };
const OURS_NO_INJECTION: Setup = { foreign: false, injection: false };

suite('grammar: files are valid', () => {
  const grammarFiles = [
    'syntaxes/http.tmLanguage.json',
    'syntaxes/http-status.injection.tmLanguage.json',
    'syntaxes/http-markdown.injection.tmLanguage.json',
    'test/fixtures/fake-rest-client/syntaxes/http.tmLanguage.json',
  ];

  function collectRegexes(node: unknown, where: string, out: Array<{ where: string; source: string }>): void {
    if (Array.isArray(node)) {
      node.forEach((n, i) => collectRegexes(n, `${where}[${i}]`, out));
      return;
    }
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') {
          out.push({ where: `${where}.${k}`, source: v });
        } else {
          collectRegexes(v, `${where}.${k}`, out);
        }
      }
    }
  }

  function collectLocalIncludes(node: unknown, out: string[]): void {
    if (Array.isArray(node)) {
      node.forEach((n) => collectLocalIncludes(n, out));
      return;
    }
    if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (k === 'include' && typeof v === 'string' && v.startsWith('#')) {
          out.push(v.slice(1));
        } else {
          collectLocalIncludes(v, out);
        }
      }
    }
  }

  for (const rel of grammarFiles) {
    test(`${rel} is JSON, every regex compiles with oniguruma, every #include resolves`, async () => {
      await onigLib();
      const raw = JSON.parse(fs.readFileSync(fromRoot(rel), 'utf8')) as { scopeName?: unknown; repository?: Record<string, unknown> };
      assert.strictEqual(typeof raw.scopeName, 'string', 'has a scopeName');
      const regexes: Array<{ where: string; source: string }> = [];
      collectRegexes(raw, '$', regexes);
      assert.ok(regexes.length > 0, 'has rules');
      for (const r of regexes) {
        try {
          const scanner = new oniguruma.OnigScanner([r.source]);
          scanner.dispose();
        } catch (e) {
          assert.fail(`${rel} ${r.where} does not compile: ${String(e)}\n${r.source}`);
        }
      }
      const includes: string[] = [];
      collectLocalIncludes(raw, includes);
      for (const name of includes) {
        assert.ok(raw.repository && name in raw.repository, `${rel}: #${name} is not in the repository`);
      }
    });
  }

  test('language-configuration.json has # line comments, brackets and {{ }} auto-closing', () => {
    const conf = JSON.parse(fs.readFileSync(fromRoot('language-configuration.json'), 'utf8')) as {
      comments?: { lineComment?: string };
      brackets?: string[][];
      autoClosingPairs?: Array<{ open: string; close: string } | string[]>;
    };
    assert.strictEqual(conf.comments?.lineComment, '#');
    assert.ok(conf.brackets?.some((b) => b[0] === '{' && b[1] === '}'));
    assert.ok(conf.autoClosingPairs?.some((p) => !Array.isArray(p) && p.open === '{{' && p.close === '}}'));
  });

  test('package.json contributes the http language and grammars that point at existing files with matching scope names', () => {
    const c = (JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { contributes: unknown }).contributes as {
      languages: Array<{ id: string; extensions: string[]; configuration?: string }>;
      grammars: Array<{ scopeName: string; path: string; language?: string; injectTo?: string[] }>;
    };
    const http = c.languages.find((l) => l.id === 'http');
    assert.ok(http, 'declares the http language');
    assert.deepStrictEqual([...http.extensions].sort(), ['.http', '.rest']);
    assert.ok(http.configuration && fs.existsSync(fromRoot(http.configuration)), 'configuration file exists');
    for (const g of c.grammars) {
      const file = fromRoot(g.path);
      assert.ok(fs.existsSync(file), `${g.path} exists`);
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { scopeName: string };
      assert.strictEqual(raw.scopeName, g.scopeName, `${g.path} scopeName`);
    }
    const status = c.grammars.find((g) => g.scopeName === STATUS_INJECTION);
    assert.deepStrictEqual(status?.injectTo, ['source.http', 'text.html.markdown']);
    assert.strictEqual(c.grammars.find((g) => g.language === 'http')?.scopeName, OUR_SCOPE);
  });

  test('fake-rest-client stand-in declares http + source.http and has no main', () => {
    const pkg = JSON.parse(fs.readFileSync(fromRoot('test/fixtures/fake-rest-client/package.json'), 'utf8')) as {
      name: string; publisher: string; main?: string;
      contributes: { languages: Array<{ id: string; extensions: string[] }>; grammars: Array<{ language: string; scopeName: string; path: string }> };
    };
    assert.strictEqual(pkg.name, 'fake-rest-client');
    assert.strictEqual(pkg.publisher, 'test');
    assert.strictEqual(pkg.main, undefined);
    assert.deepStrictEqual(pkg.contributes.languages[0]?.extensions, ['.http', '.rest']);
    const g = pkg.contributes.grammars[0];
    assert.ok(g);
    assert.strictEqual(g.scopeName, FOREIGN_SCOPE);
    assert.ok(fs.existsSync(fromRoot('test/fixtures/fake-rest-client', g.path)));
  });
});

suite('grammar: snapshots', () => {
  const cases: Array<{ fixture: string; snapshot: string; root: string; setup: Setup }> = [
    { fixture: 'requests.http', snapshot: 'requests.tokens.txt', root: OUR_SCOPE, setup: OURS },
    { fixture: 'responses.http', snapshot: 'responses.tokens.txt', root: OUR_SCOPE, setup: OURS },
    { fixture: 'scripts.http', snapshot: 'scripts.tokens.txt', root: OUR_SCOPE, setup: OURS },
    { fixture: 'malformed.http', snapshot: 'malformed.tokens.txt', root: OUR_SCOPE, setup: OURS },
    { fixture: 'responses.http', snapshot: 'responses.fake-rest-client.tokens.txt', root: FOREIGN_SCOPE, setup: { foreign: true, injection: true } },
    { fixture: 'fenced.md', snapshot: 'fenced.md.tokens.txt', root: 'text.html.markdown', setup: OURS },
  ];
  for (const c of cases) {
    test(`${c.fixture} (${c.root}${c.setup.foreign ? ', stand-in installed' : ''}) matches ${c.snapshot}`, async () => {
      compareSnapshot(c.snapshot, render(await tokenize(c.root, readFixture(c.fixture), c.setup)));
    });
  }
});

suite('grammar: our grammar (standalone)', () => {
  let requests: LineTokens[];
  let responses: LineTokens[];
  let scripts: LineTokens[];
  let malformed: LineTokens[];
  suiteSetup(async () => {
    requests = await tokenize(OUR_SCOPE, readFixture('requests.http'), OURS);
    responses = await tokenize(OUR_SCOPE, readFixture('responses.http'), OURS);
    scripts = await tokenize(OUR_SCOPE, readFixture('scripts.http'), OURS);
    malformed = await tokenize(OUR_SCOPE, readFixture('malformed.http'), OURS);
  });

  test('request line: method, URL with variable, version', () => {
    const line = 'GET {{baseUrl}}/users/42';
    assertScope(scopesOf(requests, line, 'GET'), 'keyword.control.method.http');
    assertScope(scopesOf(requests, line, '/users/42?expand=roles'), 'string.unquoted.url.http');
    const v = scopesOf(requests, line, 'baseUrl');
    assertScope(v, 'variable.other.http');
    assertScope(v, 'string.unquoted.url.http');
    assertScope(scopesOf(requests, line, 'HTTP'), 'keyword.other.protocol.http');
    assertScope(scopesOf(requests, line, '1.1'), 'constant.numeric.version.http');
  });

  test('short GET line is a request URL', () => {
    assertScope(scopesOf(requests, 'https://api.example.com/health', 'https://api.example.com/health'), 'string.unquoted.url.http');
  });

  test('headers: name, separator, value with variables', () => {
    assertScope(scopesOf(requests, 'Accept: application/json', 'Accept'), 'entity.name.tag.header.http');
    assertScope(scopesOf(requests, 'Accept: application/json', ':'), 'punctuation.separator.key-value.http');
    assertScope(scopesOf(requests, 'Accept: application/json', 'application/json'), 'string.unquoted.header-value.http');
    assertScope(scopesOf(requests, 'Authorization: Bearer', 'token'), 'variable.other.http');
    assertScope(scopesOf(requests, '// a comment inside', '// a comment inside the header block'.slice(2)), 'comment.line.double-slash.http');
  });

  test('query continuation lines', () => {
    assertScope(scopesOf(requests, '?q=status', 'q'), 'variable.parameter.query.http');
    assertScope(scopesOf(requests, '&limit=', 'limit', 0), 'variable.parameter.query.http');
  });

  test('separators, request names, @name and @prompt metadata, variable definitions', () => {
    assertScope(scopesOf(requests, '### Get one user', '###'), 'keyword.other.separator.http');
    assertScope(scopesOf(requests, '### Get one user', 'Get one user'), 'entity.name.section.request.http');
    assertScope(scopesOf(requests, '# @name getUser', 'name'), 'entity.other.attribute-name.metadata.http');
    assertScope(scopesOf(requests, '# @name getUser', 'getUser'), 'entity.name.function.request.http');
    assertScope(scopesOf(requests, '# @prompt username', 'username'), 'variable.parameter.prompt.http');
    assertScope(scopesOf(requests, '@baseUrl =', 'baseUrl'), 'variable.other.definition.http');
    assertScope(scopesOf(requests, '@baseUrl =', 'https://api.example.com'), 'string.unquoted.variable-value.http');
    assertScope(scopesOf(requests, '@token =', '$dotenv'), 'variable.language.system.http');
  });

  test('JSON body is embedded, with variables inside it', () => {
    const name = scopesOf(requests, '"name": "{{username}}"', 'name');
    assertScope(name, 'meta.embedded.block.json');
    const u = scopesOf(requests, '"name": "{{username}}"', 'username');
    assertScope(u, 'variable.other.http');
    assertScope(u, 'meta.embedded.block.json');
    assertScope(scopesOf(requests, '"id": {{$randomInt', '$randomInt'), 'variable.language.system.http');
    assertScope(scopesOf(requests, '"active": true', 'true'), 'constant.language.json');
  });

  test('XML and GraphQL bodies are embedded', () => {
    const feed = scopesOf(requests, '<feed id="1">', 'feed');
    assertScope(feed, 'meta.embedded.block.xml');
    assertScope(feed, 'entity.name.tag.xml');
    assertScope(scopesOf(requests, '<title>{{title}}</title>', 'title', 0), 'meta.embedded.block.xml');
    const q = scopesOf(requests, 'query User($id: ID!)', 'query');
    assertScope(q, 'meta.embedded.block.graphql');
    assertScope(q, 'keyword.operation.graphql');
    // The variables object after the blank line is JSON again.
    assertScope(scopesOf(requests, '"id": "42"', 'id'), 'meta.embedded.block.json');
  });

  test('status codes get a class scope from the injection', () => {
    assertScope(scopesOf(responses, 'HTTP/1.1 100 Continue', '100'), 'constant.numeric.status.informational.http');
    assertScope(scopesOf(responses, 'HTTP/1.1 200 OK', '200'), 'constant.numeric.status.success.http');
    assertScope(scopesOf(responses, 'HTTP/1.1 301', '301'), 'constant.numeric.status.redirection.http');
    assertScope(scopesOf(responses, 'HTTP/1.1 412', '412'), 'constant.numeric.status.client-error.http');
    assertScope(scopesOf(responses, 'HTTP/2 503', '503'), 'constant.numeric.status.server-error.http');
    assertScope(scopesOf(responses, 'HTTP/2 204', '204'), 'constant.numeric.status.success.http');
    assertScope(scopesOf(responses, 'HTTP/1.1 412', 'Precondition Failed'), 'string.unquoted.reason-phrase.http');
    assertScope(scopesOf(responses, 'HTTP/2 503', '2'), 'constant.numeric.version.http');
    assertScope(scopesOf(responses, 'Retry-After: 120', 'Retry-After'), 'entity.name.tag.header.http');
    assertScope(scopesOf(responses, '"ok": true', 'ok'), 'meta.embedded.block.json');
  });

  test('without the injection our grammar still scopes the code, without a class', async () => {
    const plain = await tokenize(OUR_SCOPE, readFixture('responses.http'), OURS_NO_INJECTION);
    const s = scopesOf(plain, 'HTTP/1.1 412', '412');
    assertScope(s, 'constant.numeric.status.http');
    assertNoScope(s, 'constant.numeric.status.client-error');
  });

  test('JetBrains handler scripts are embedded JavaScript', () => {
    const c = scopesOf(scripts, 'client.assert(response.status === 200', '===');
    assertScope(c, 'meta.embedded.block.javascript');
    assertScope(c, 'keyword.operator.comparison.js');
    assertScope(scopesOf(scripts, '> {%', '{%', 0), 'punctuation.section.embedded.begin.http');
    assertScope(scopesOf(scripts, '%}', '%}', 0), 'punctuation.section.embedded.end.http');
    const oneLine = scopesOf(scripts, '< {% request.variables.set', '"id"');
    assertScope(oneLine, 'meta.embedded.block.javascript');
    // The request after a one-line pre-request script is a request again.
    assertScope(scopesOf(scripts, 'GET https://api.example.com/users/{{id}}', 'GET'), 'keyword.control.method.http');
    assertScope(scopesOf(scripts, '< ./payload.json', './payload.json'), 'string.unquoted.file-path.http');
    assertScope(scopesOf(scripts, '> ./check-response.js', '>'), 'keyword.operator.file-reference.http');
  });

  test('httpYac assertions', () => {
    assertScope(scopesOf(scripts, '?? status == 200', '??'), 'keyword.control.assertion.http');
    assertScope(scopesOf(scripts, '?? status == 200', 'status'), 'support.variable.assertion.http');
    assertScope(scopesOf(scripts, '?? status == 200', '=='), 'keyword.operator.comparison.http');
    assertScope(scopesOf(scripts, '?? status == 200', '200'), 'constant.numeric.status.success.http');
    assertScope(scopesOf(scripts, '?? status != 503', '503'), 'constant.numeric.status.server-error.http');
    assertScope(scopesOf(scripts, '?? header content-type', 'content-type'), 'string.unquoted.assertion-argument.http');
    assertScope(scopesOf(scripts, '?? header content-type', 'includes'), 'keyword.operator.comparison.http');
    assertScope(scopesOf(scripts, '?? body exists', 'exists'), 'keyword.operator.comparison.http');
    assertScope(scopesOf(scripts, '?? duration < 500', '500'), 'constant.numeric.http');
  });

  test('malformed input: an unclosed JSON body ends at the next separator; bad status lines are not status lines', () => {
    const sep = scopesOf(malformed, '### Not status lines', '###');
    assertNoScope(sep, 'meta.embedded.block.json');
    assertScope(sep, 'keyword.other.separator.http');
    for (const l of malformed.filter((x) => /^HTTP\/1\.1 20(00)? /.test(x.line) || x.line.startsWith('http/1.1'))) {
      for (const t of l.tokens) {
        assertNoScope(t.scopes, 'constant.numeric.status');
      }
    }
    assertScope(scopesOf(malformed, 'HTTP/1.1 600', '600'), 'invalid.illegal.status-code.http');
    // Lower-case methods are not request lines (methods are case-sensitive).
    for (const t of malformed.find((l) => l.line.startsWith('get '))?.tokens ?? []) {
      assertNoScope(t.scopes, 'keyword.control.method');
    }
  });
});

suite('grammar: coexistence with a REST-Client-like grammar (one regex for the status line)', () => {
  const FOREIGN_WITH_INJECTION: Setup = { foreign: true, injection: true };
  const FOREIGN_ONLY: Setup = { foreign: true, injection: false };

  test('the stand-in alone scopes the code only as constant.numeric.http (one regex, no class)', async () => {
    const r = await tokenize(FOREIGN_SCOPE, readFixture('responses.http'), FOREIGN_ONLY);
    const s = scopesOf(r, 'HTTP/1.1 412', '412');
    assertScope(s, 'constant.numeric.http');
    assertScope(s, 'http.responseLine');
    assertNoScope(s, 'constant.numeric.status');
  });

  test('our injection re-scopes the status line of the stand-in by class', async () => {
    const r = await tokenize(FOREIGN_SCOPE, readFixture('responses.http'), FOREIGN_WITH_INJECTION);
    const expected: Array<[string, string, string]> = [
      ['HTTP/1.1 100 Continue', '100', 'informational'],
      ['HTTP/1.1 200 OK', '200', 'success'],
      ['HTTP/1.1 301', '301', 'redirection'],
      ['HTTP/1.1 412', '412', 'client-error'],
      ['HTTP/2 503', '503', 'server-error'],
    ];
    for (const [line, code, cls] of expected) {
      const s = scopesOf(r, line, code);
      assertScope(s, `constant.numeric.status.${cls}.http`);
      assertNoScope(s, 'http.responseLine');
    }
    // Everything else stays the stand-in's.
    assertScope(scopesOf(r, 'Content-Type: application/json', 'Content-Type'), 'entity.name.tag.http');
  });

  test('with both installed and ours active, the stand-in keeps its highlighting and the classes still apply', async () => {
    const r = await tokenize(OUR_SCOPE, readFixture('requests.http'), FOREIGN_WITH_INJECTION);
    const get = scopesOf(r, 'GET https://api.example.com/search', 'GET');
    assertScope(get, 'keyword.control.http');
    assertScope(get, 'http.requestline');
    assertNoScope(get, 'meta.request.http');
    const resp = await tokenize(OUR_SCOPE, readFixture('responses.http'), FOREIGN_WITH_INJECTION);
    assertScope(scopesOf(resp, 'HTTP/1.1 412', '412'), 'constant.numeric.status.client-error.http');
    assertScope(scopesOf(resp, 'ETag: "abc"', 'ETag'), 'entity.name.tag.http');
  });
});

suite('grammar: Markdown fenced http blocks', () => {
  let md: LineTokens[];
  suiteSetup(async () => {
    md = await tokenize('text.html.markdown', readFixture('fenced.md'), OURS);
  });

  test('```http content is embedded http and highlighted by our grammar', () => {
    const get = scopesOf(md, 'GET https://api.example.com/users/1', 'GET');
    assertScope(get, 'meta.embedded.block.http');
    assertScope(get, 'keyword.control.method.http');
    assertScope(scopesOf(md, 'Accept: application/json', 'Accept'), 'entity.name.tag.header.http');
    assertScope(scopesOf(md, '```http', 'http', 0), 'fenced_code.block.language.markdown');
  });

  test('status codes in fenced http/rest blocks get class scopes', () => {
    assertScope(scopesOf(md, 'HTTP/1.1 404 Not Found', '404'), 'constant.numeric.status.client-error.http');
    assertScope(scopesOf(md, 'HTTP/2 201 Created', '201'), 'constant.numeric.status.success.http');
  });

  test('status lines outside http blocks are left alone', () => {
    for (const t of md.find((l) => l.line.includes('500 Internal'))?.tokens ?? []) {
      assertNoScope(t.scopes, 'constant.numeric.status');
    }
  });
});
