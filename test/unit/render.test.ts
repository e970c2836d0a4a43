import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allStatuses, getStatus, pickExample, snippetFor } from '../../src/core';
import { unofficial } from '../../src/core/catalog/define';
import { IANA_REGISTRY_URL, header, rfc } from '../../src/core/catalog/spec';
import type { HttpStatus } from '../../src/core/types';
import { PAGE_CSS, PAGE_JS } from '../../src/core/render/assets';
import { escapeMarkdown, renderClassBoundMarkdown, renderHoverMarkdown } from '../../src/core/render/markdown';
import { escapeHtml, makeNonce, renderLinkedStatusPage, renderStatusPage, snippetToPlainText } from '../../src/core/render/page';

const NONCE = 'r4nd0mN0nceValue0123456789abcdef';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

function must(code: number): HttpStatus {
  const s = getStatus(code);
  assert.ok(s, `${code} is in the catalog`);
  return s;
}

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'CSP meta tag present');
  return (m[1] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function directive(csp: string, name: string): string {
  const d = csp.split(';').map((s) => s.trim()).find((s) => s.startsWith(`${name} `) || s === name);
  assert.ok(d, `${name} directive present`);
  return d;
}

const HOSTILE = '<script>alert(1)</script> "quoted" & \'single\' "><img src=x onerror=alert(1)> [x](javascript:alert(1)) `code` ](command:evil)';

/** A status made of hostile text everywhere the renderers read. */
function hostileStatus(): HttpStatus {
  return {
    code: 418,
    name: `I'm a <script>alert(1)</script> "><img src=x onerror=alert(1)>`,
    aliases: ['<b>alias</b>', '](command:evil)'],
    category: 'client-error',
    fault: 'client',
    faultNote: HOSTILE,
    summary: HOSTILE,
    meaning: HOSTILE,
    causes: [HOSTILE, 'Use `[y](command:evil)` now', 'javascript:alert(1)'],
    fixesForVisitors: [HOSTILE],
    fixesForDevelopers: [HOSTILE, '`<img src=x onerror=alert(1)>`'],
    faq: [{ question: HOSTILE, answer: HOSTILE }],
    spec: { rfc: 9110, section: '15.5.1"><script>alert(1)</script>', url: 'javascript:alert(1)' },
    headers: [
      { name: 'X-Evil"><script>alert(1)</script>', requirement: 'MUST', note: HOSTILE, spec: { rfc: 1, section: '1', url: 'javascript:alert(1)' } },
    ],
    bodyAllowed: true,
    cacheableByDefault: false,
    related: [{ code: 412, difference: HOSTILE }],
    official: false,
    vendor: '<script>alert(1)</script> ](command:evil)',
    source: { title: HOSTILE, url: 'javascript:alert(1)' },
  };
}

function nginx499(): HttpStatus {
  const fromCatalog = getStatus(499);
  if (fromCatalog && !fromCatalog.official && fromCatalog.vendor?.toLowerCase().includes('nginx')) return fromCatalog;
  return unofficial({
    code: 499,
    name: 'Client Closed Request',
    aliases: [],
    fault: 'client',
    summary: 'The client went away before nginx could send the response.',
    meaning: 'nginx logs this when the client closes the connection first.',
    causes: [],
    fixesForVisitors: [],
    fixesForDevelopers: [],
    faq: [],
    headers: [],
    bodyAllowed: false,
    cacheableByDefault: false,
    related: [],
    vendor: 'nginx',
  });
}

suite('render: explanation page structure', () => {
  const SECTIONS = ['status-header', 'tldr', 'meaning', 'causes', 'fix-visitors', 'fix-developers', 'headers', 'examples', 'curl', 'faq', 'related', 'spec'];

  test('the 412 page has every section, in order', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE });
    let last = -1;
    for (const id of SECTIONS) {
      const at = html.indexOf(`id="${id}"`);
      assert.ok(at >= 0, `section #${id} present`);
      assert.ok(at > last, `section #${id} comes after the previous one`);
      last = at;
    }
    assert.ok(!html.includes('id="unofficial"'), 'no unofficial flag for an official code');
  });

  test('every catalog entry renders a complete page and a hover', () => {
    for (const s of allStatuses()) {
      const html = renderStatusPage(s, { cspSource: CSP_SOURCE, nonce: NONCE });
      for (const id of SECTIONS) assert.ok(html.includes(`id="${id}"`), `${s.code}: #${id}`);
      assert.ok(!/\son[a-z]+\s*=/i.test(html), `${s.code}: no on*= attributes`);
      for (const verbosity of ['compact', 'full'] as const) {
        const md = renderHoverMarkdown(s, { verbosity });
        assert.ok(md.startsWith(`**${s.code} `), `${s.code}: hover first line`);
        assert.ok(!md.includes('<'), `${s.code}: no raw < in hover`);
      }
    }
  });

  test('stable headings', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE });
    for (const h of ['TL;DR', 'What it means', 'Common causes', 'How to fix it (for visitors)', 'How to fix it (for developers and admins)', 'Relevant headers', 'Code examples', 'Check it with curl', 'FAQ', 'Related codes', 'Specification']) {
      assert.ok(html.includes(`>${escapeHtml(h)}</h2>`), `heading ${h}`);
    }
    assert.match(html, /<h1><span class="code">412<\/span> <span class="name">Precondition Failed<\/span><\/h1>/);
    assert.ok(html.includes('Fault: Client'));
  });

  test('Express, Flask and PHP examples come first, each with Copy and Insert buttons', () => {
    const extra = { framework: 'fastapi', label: 'FastAPI', language: 'python', body: 'raise HTTPException(status_code=412)' };
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, examples: [extra] });
    const tabs = [...html.matchAll(/role="tab"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
    assert.deepStrictEqual(tabs, ['Express', 'Flask', 'PHP', 'FastAPI']);
    for (const fw of ['express', 'flask', 'php', 'fastapi']) {
      for (const action of ['copy', 'insert']) {
        assert.ok(html.includes(`data-action="${action}" data-code="412" data-framework="${fw}"`), `${action} button for ${fw}`);
      }
    }
    assert.ok(html.includes('HTTPException(status_code&#61;412)'), 'extra example body shown, escaped');
    assert.ok(html.includes('res.status(412)'), 'Express fallback example');
    assert.ok(html.includes('http_response_code(412);'), 'PHP fallback example');
    // Buttons never carry the code text itself.
    assert.ok(!/data-action="(?:copy|insert)"[^>]*data-body/.test(html));
  });

  test('by default the examples are the snippet generator\'s Express, Flask and PHP handlers (one source of truth)', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE });
    const examples = html.slice(html.indexOf('id="examples"'), html.indexOf('id="curl"'));
    for (const fw of ['express', 'flask', 'php']) assert.ok(examples.includes(`data-framework="${fw}"`), fw);
    assert.ok(examples.includes('If-Match') || examples.includes('IF_MATCH'), 'the 412 handler compares If-Match');
    assert.ok(!examples.includes('${'), 'plain code, no snippet syntax');
  });

  test('moreFrameworks adds examples after Express, Flask and PHP; pickExample falls back to the response form', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, moreFrameworks: ['go', 'no-such-framework'] });
    const examples = html.slice(html.indexOf('id="examples"'), html.indexOf('id="curl"'));
    const order = [...examples.matchAll(/data-framework="([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepStrictEqual([...new Set(order)], ['express', 'flask', 'php', 'go']);
    assert.strictEqual(pickExample(snippetFor, 412, 'express')?.form, 'handler');
    assert.strictEqual(pickExample(snippetFor, 103, 'express')?.form, 'response', '103 has no handler form');
    assert.strictEqual(pickExample(snippetFor, 412, 'cobol'), undefined);
    assert.strictEqual(pickExample(() => { throw new Error('boom'); }, 412, 'express'), undefined);
  });

  test('examples given for a default framework replace it; a snippet source is used and made plain', () => {
    const html = renderStatusPage(must(412), {
      cspSource: CSP_SOURCE,
      nonce: NONCE,
      examples: [{ framework: 'flask', label: 'Flask', language: 'python', body: 'abort(412)' }],
      getExample: (code, framework) => (framework === 'express' ? { title: 't', body: `res.status(${code}).send(\${1:'gone'});$0` } : undefined),
    });
    assert.ok(html.includes('res.status(412).send(&#39;gone&#39;);'), 'snippet syntax resolved');
    assert.ok(!html.includes('${1'), 'no snippet syntax left');
    assert.ok(html.includes('abort(412)'));
    assert.ok(html.includes('http_response_code(412);'), 'PHP falls back to the snippet generator');
  });

  test('curl section shows the HTTP/1.1 status line and the HTTP/2 form, and headers to look for', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(html.includes('curl -i https://example.com/'));
    assert.ok(html.includes('HTTP/1.1 412 Precondition Failed'));
    assert.ok(html.includes('<code>HTTP/2 412</code>'));
    const s405 = { ...must(405), headers: [header('Allow', 'MUST', 'List the supported methods.', rfc(9110, '15.5.6'))] };
    const html405 = renderStatusPage(s405, { cspSource: CSP_SOURCE, nonce: NONCE });
    const curl = html405.slice(html405.indexOf('id="curl"'), html405.indexOf('id="faq"'));
    assert.ok(curl.includes('<code>Allow</code> (Must send)'));
  });

  test('related codes navigate inside the page; spec and IANA are https links', () => {
    const s = { ...must(412), related: [{ code: 428, difference: 'asks for a precondition' }] };
    const html = renderStatusPage(s, { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(html.includes('<a href="#" data-action="open" data-code="428">428'));
    assert.ok(html.includes(`href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13"`));
    assert.ok(html.includes(`>RFC 9110 §15.5.13</a>`));
    assert.ok(html.includes(`href="${IANA_REGISTRY_URL}"`));
    for (const m of html.matchAll(/href="([^"]*)"/g)) {
      const href = m[1] ?? '';
      assert.ok(href === '#' || href.startsWith('https://'), `only https or in-page links: ${href}`);
    }
  });

  test('labels can be localised', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, labels: { tldr: 'Kurz gesagt', faults: { client: 'Schuld: Client' } as never } });
    assert.ok(html.includes('>Kurz gesagt</h2>'));
    assert.ok(html.includes('Schuld: Client'));
    assert.ok(html.includes('>What it means</h2>'), 'other labels keep their defaults');
  });
});

suite('render: page security', () => {
  test('strict CSP: default-src none, nonce-only scripts, no unsafe-inline', () => {
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE });
    const csp = cspOf(html);
    assert.ok(html.includes(`default-src 'none'`), 'raw source shows the policy as written');
    assert.strictEqual(directive(csp, 'default-src'), "default-src 'none'");
    assert.strictEqual(directive(csp, 'script-src'), `script-src 'nonce-${NONCE}'`);
    assert.ok(directive(csp, 'style-src').includes(CSP_SOURCE));
    assert.ok(directive(csp, 'img-src').includes(CSP_SOURCE));
    assert.ok(directive(csp, 'font-src').includes(CSP_SOURCE));
    assert.ok(!html.includes('unsafe-inline'));
    assert.ok(!html.includes('unsafe-eval'));
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length >= 1);
    for (const s of scripts) assert.ok(s.includes(`nonce="${NONCE}"`), `script tag has the nonce: ${s}`);
    const styles = [...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]);
    for (const s of styles) assert.ok(s.includes(`nonce="${NONCE}"`), 'inline style has the nonce');
    assert.ok(directive(csp, 'style-src').includes(`'nonce-${NONCE}'`), 'embedded CSS is allowed by nonce');
  });

  test('with webview URIs the page links media/page.css and media/page.js', () => {
    const styleUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/page.css';
    const scriptUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/page.js';
    const html = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, styleUri, scriptUri });
    assert.ok(html.includes(`<link rel="stylesheet" href="${styleUri}">`));
    assert.ok(html.includes(`<script nonce="${NONCE}" src="${scriptUri}"></script>`));
    assert.ok(!/<style\b/.test(html), 'no inline style');
    assert.strictEqual(directive(cspOf(html), 'style-src'), `style-src ${CSP_SOURCE}`);
    const hostile = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, styleUri: 'javascript:alert(1)', scriptUri: 'data:text/javascript,alert(1)' });
    assert.ok(!hostile.includes('javascript:alert(1)') && !hostile.includes('data:text/javascript'), 'bad URIs fall back to embedding');
  });

  test('the linked page (the extension panel) embeds neither file and never falls back to embedding', () => {
    const styleUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/page.css';
    const scriptUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/page.js';
    const html = renderLinkedStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, styleUri, scriptUri });
    assert.strictEqual(html, renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, styleUri, scriptUri }), 'same page as renderStatusPage with the same URIs');
    const hostile = renderLinkedStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: NONCE, styleUri: 'javascript:alert(1)', scriptUri: 'data:text/javascript,alert(1)' });
    assert.ok(!hostile.includes('javascript:alert(1)') && !hostile.includes('data:text/javascript'), 'bad URIs are dropped');
    assert.ok(!hostile.includes(PAGE_CSS.slice(0, 60)) && !hostile.includes(PAGE_JS.slice(0, 60)), 'nothing embedded');
    assert.ok(!/<style\b/.test(hostile) && !/<script\b[^>]*>[^<]/.test(hostile), 'no inline style or script');
    assert.ok(hostile.includes('412'), 'the page itself is there');
  });

  test('no inline event handlers, no javascript: URLs', () => {
    for (const s of [must(412), hostileStatus()]) {
      const html = renderStatusPage(s, { cspSource: CSP_SOURCE, nonce: NONCE });
      assert.ok(!/\son[a-z]+\s*=/i.test(html), 'no on*= attributes');
      assert.ok(!/(?:href|src)\s*=\s*"\s*javascript:/i.test(html));
    }
  });

  test('hostile catalog text is escaped in HTML', () => {
    const html = renderStatusPage(hostileStatus(), { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('"><img') && html.includes('&quot;&gt;&lt;img'));
    assert.ok(!html.includes('<b>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'shown as text');
    assert.ok(html.includes('&amp;'));
    // Only our own tags: every tag name is from the known set.
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'link', 'body', 'main', 'header', 'section', 'h1', 'h2', 'p', 'span', 'ul', 'li', 'dl', 'dt', 'dd', 'code', 'pre', 'div', 'button', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'br', 'script']);
    const withoutAssets = html.replace(/<style[^>]*>[\s\S]*?<\/style>/, '').replace(/<script[^>]*>[\s\S]*?<\/script>/, '');
    for (const m of withoutAssets.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) assert.ok(allowed.has((m[1] ?? '').toLowerCase()), `unexpected tag ${m[1]}`);
    assert.strictEqual((html.match(/<script\b/g) ?? []).length, 1, 'exactly one script element');
    // The hostile spec and source URLs are not linked.
    assert.ok(!html.includes('href="javascript'));
  });

  test('hostile nonce and cspSource cannot break out of attributes or loosen the policy', () => {
    const nonce = `zqxj"><script>alert(1)</script>' 'unsafe-inline`;
    const cspSource = `https://ok.example.com"><script>alert(2)</script> 'unsafe-inline' *; script-src *`;
    const html = renderStatusPage(must(412), { cspSource, nonce });
    assert.ok(!html.includes('<script>alert'));
    assert.ok(!html.includes('unsafe-inline'));
    assert.ok(!html.includes('zqxj'), 'a malformed nonce is replaced, not patched');
    const csp = cspOf(html);
    assert.strictEqual(csp.split(';').filter((d) => d.trim().startsWith('script-src')).length, 1, 'one script-src');
    const scriptSrc = directive(csp, 'script-src');
    assert.match(scriptSrc, /^script-src 'nonce-[A-Za-z0-9+/=_-]+'$/);
    const used = /'nonce-([^']+)'/.exec(scriptSrc)?.[1] ?? '';
    assert.ok(html.includes(`<script nonce="${used}">`), 'script nonce matches the policy');
  });

  test('different nonces give different pages; makeNonce is random and long', () => {
    const a = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: makeNonce() });
    const b = renderStatusPage(must(412), { cspSource: CSP_SOURCE, nonce: makeNonce() });
    assert.notStrictEqual(a, b);
    const na = /'nonce-([^']+)'/.exec(cspOf(a))?.[1];
    const nb = /'nonce-([^']+)'/.exec(cspOf(b))?.[1];
    assert.ok(na && nb && na !== nb);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const n = makeNonce();
      assert.ok(n.length >= 32, 'at least 32 characters');
      assert.match(n, /^[A-Za-z0-9]+$/);
      seen.add(n);
    }
    assert.strictEqual(seen.size, 50);
  });

  test('embedded assets match media/ and cannot end their element early', () => {
    const css = fs.readFileSync(path.resolve(process.cwd(), 'media/page.css'), 'utf8');
    const js = fs.readFileSync(path.resolve(process.cwd(), 'media/page.js'), 'utf8');
    assert.strictEqual(PAGE_CSS, css, 'src/core/render/assets.ts is regenerated from media/page.css');
    assert.strictEqual(PAGE_JS, js, 'src/core/render/assets.ts is regenerated from media/page.js');
    assert.ok(!/<\/style/i.test(css));
    assert.ok(!/<\/script/i.test(js));
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/.test(js));
    assert.ok(js.includes('acquireVsCodeApi()'));
    // Only theme variables for colours.
    assert.ok(!/#[0-9a-fA-F]{3,8}\b|rgba?\(/.test(css.replace(/\/\*[\s\S]*?\*\//g, '')), 'no hard-coded colours');
    assert.ok(css.includes(':focus-visible') && css.includes('--vscode-focusBorder'));
    assert.ok(css.includes('body.vscode-high-contrast'));
  });
});

suite('render: hover Markdown', () => {
  test('first line: code, name and category', () => {
    const md = renderHoverMarkdown(must(412), {});
    assert.strictEqual(md.split('\n')[0], '**412 Precondition Failed** · Client error');
  });

  test('405 says Must send `Allow`', () => {
    const catalog405 = must(405);
    const s = catalog405.headers.some((h) => h.name === 'Allow')
      ? catalog405
      : { ...catalog405, headers: [header('Allow', 'MUST', 'List the supported methods.', rfc(9110, '15.5.6'))] };
    const md = renderHoverMarkdown(s, {});
    assert.match(md, /Must send `Allow`/);
  });

  test('requirement phrases', () => {
    const base = must(412);
    const s = {
      ...base,
      headers: [
        header('ETag', 'SHOULD', 'x', rfc(9110, '8.8.3')),
        header('Vary', 'MAY', 'y', rfc(9110, '12.5.5')),
        header('Content-Range', 'MUST NOT', 'z', rfc(9110, '14.4')),
      ],
    };
    const md = renderHoverMarkdown(s, {});
    assert.ok(md.includes('Should send `ETag`'));
    assert.ok(md.includes('May send `Vary`'));
    assert.ok(md.includes('Must not send `Content-Range`'));
  });

  test('unofficial code: not-official line with the vendor', () => {
    const s = nginx499();
    const md = renderHoverMarkdown(s, {});
    const lines = md.split('\n');
    assert.strictEqual(lines[0], '**499 Client Closed Request** · Client error');
    assert.ok(md.includes('⚠️ Not an official status code: used by nginx'));
    const html = renderStatusPage(s, { cspSource: CSP_SOURCE, nonce: NONCE });
    assert.ok(html.includes('id="unofficial"'));
    assert.ok(html.includes('Not an official status code: used by nginx'));
    assert.ok(html.indexOf('id="unofficial"') < html.indexOf('id="tldr"'));
  });

  test('compact shows two causes and two developer fixes; full shows all plus the fault', () => {
    const s = {
      ...must(412),
      summary: 'Summary text',
      causes: ['cause one', 'cause two', 'cause three'],
      fixesForVisitors: ['visitor fix'],
      fixesForDevelopers: ['dev one', 'dev two', 'dev three'],
      faultNote: 'It depends',
    };
    const compact = renderHoverMarkdown(s, { verbosity: 'compact' });
    assert.ok(compact.includes('cause two') && !compact.includes('cause three'));
    assert.ok(compact.includes('dev two') && !compact.includes('dev three'));
    assert.ok(!compact.includes('visitor fix'));
    const full = renderHoverMarkdown(s, { verbosity: 'full' });
    assert.ok(full.includes('cause three') && full.includes('dev three') && full.includes('visitor fix'));
    assert.ok(full.includes('Fault: Client'));
    assert.ok(full.includes('It depends'));
    assert.strictEqual(renderHoverMarkdown(s), compact, 'compact is the default');
  });

  test('links: spec, IANA, and the adapter commands when given', () => {
    const explain = 'command:httpStatusLens.explain?%5B412%5D';
    const snippet = 'command:httpStatusLens.insertSnippet?%5B412%5D';
    const md = renderHoverMarkdown(must(412), { explainCommandUri: explain, snippetCommandUri: snippet });
    assert.ok(md.includes('[RFC 9110 §15.5.13](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13)'));
    assert.ok(md.includes(`](${IANA_REGISTRY_URL})`));
    assert.ok(md.includes(`[Explain HTTP status…](${explain})`));
    assert.ok(md.includes(`[Insert snippet…](${snippet})`));
    const none = renderHoverMarkdown(must(412), {});
    assert.ok(!none.includes('command:'));
    const bad = renderHoverMarkdown(must(412), { explainCommandUri: 'javascript:alert(1)', snippetCommandUri: 'command:x) [y](command:evil' });
    assert.ok(!bad.includes('javascript:') && !bad.includes('command:evil') && !bad.includes('command:x'));
  });

  test('hostile text is escaped in Markdown: no links, HTML or commands', () => {
    const md = renderHoverMarkdown(hostileStatus(), { verbosity: 'full', explainCommandUri: 'command:httpStatusLens.explain?%5B418%5D' });
    assert.ok(!md.includes('<'), 'no raw < at all');
    assert.ok(!/\son\w+=/.test(md), 'no attribute-like text');
    assert.ok(!md.includes('](command:evil'));
    assert.ok(!md.includes('](javascript:'));
    assert.ok(!/\]\((?!https:\/\/|command:httpStatusLens\.explain\?)/.test(md), 'every link target is ours');
    // The only link destinations are the spec-less IANA link and our command.
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepStrictEqual(targets, [IANA_REGISTRY_URL, 'command:httpStatusLens.explain?%5B418%5D']);
    // A code span holding link syntax is not kept as a code span.
    assert.ok(!md.includes('`[y](command:evil)`'));
    assert.ok(md.includes('\\[y\\]\\(command:evil\\)'));
    // Plain code spans survive.
    assert.ok(md.includes('`code`'));
  });

  test('escapeMarkdown escapes every special', () => {
    const specials = '\\`*_{}[]()#+-.!|';
    const out = escapeMarkdown(specials);
    assert.strictEqual(out, [...specials].map((c) => `\\${c}`).join(''));
    assert.strictEqual(escapeMarkdown('<a href="x">&'), '&lt;a href\\="x"&gt;&amp;');
    assert.strictEqual(escapeMarkdown('line one\n# heading'), 'line one \\# heading');
    assert.strictEqual(escapeMarkdown('plain words'), 'plain words');
    assert.strictEqual(escapeMarkdown('see https://a.example/x'), 'see https\\://a\\.example/x', 'no bare-URL autolink');
    assert.strictEqual(escapeMarkdown('Fault: Client'), 'Fault: Client');
  });
});

suite('render: snippetToPlainText', () => {
  const cases: [string, string][] = [
    ['res.status(${1:412}).send(${2:"x"});$0', 'res.status(412).send("x");'],
    ['a ${1:outer ${2:inner}} b $2', 'a outer inner b inner'],
    ['$1 and ${1:value}', 'value and value'],
    ['${1|GET,POST|} ${2}', 'GET '],
    ['\\$price = 5; \\} \\\\', '$price = 5; } \\'],
    ['${TM_FILENAME:file.ts} $TM_FILENAME ${CURRENT_YEAR}', 'file.ts  '],
    ['$ alone and ${ unclosed', '$ alone and ${ unclosed'],
    ['${1:a}${1/(.*)/${1:/upcase}/}', 'aa'],
    ['{ braces } outside', '{ braces } outside'],
    ['${1|a\\,b,c|}', 'a,b'],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.strictEqual(snippetToPlainText(input), expected));
  }
});

suite('render: a class\'s top written as a bound (`status <= 299`)', () => {
  test('299 explains the 2xx class, links its RFC 9110 section and the registry', () => {
    const md = renderClassBoundMarkdown(299) ?? '';
    assert.match(md, /^\*\*299\*\* · The top of the 2xx class \(Success\)/);
    assert.match(md, /Not a status code itself/);
    assert.ok(md.includes('(https://www.rfc-editor.org/rfc/rfc9110#section-15.3)'), md);
    assert.ok(md.includes(IANA_REGISTRY_URL));
  });

  test('every class has its own section, 199 to 599', () => {
    const sections = [199, 299, 399, 499, 599].map((c) => /section-(15\.\d)\)/.exec(renderClassBoundMarkdown(c) ?? '')?.[1]);
    assert.deepStrictEqual(sections, ['15.2', '15.3', '15.4', '15.5', '15.6']);
  });

  test('nothing for a number that is not a class top', () => {
    for (const c of [404, 250, 200, 99, 699, 1099, NaN, -299, 299.5]) assert.strictEqual(renderClassBoundMarkdown(c), undefined, String(c));
  });

  test('labels are escaped: a hostile translation adds no link or HTML', () => {
    const md = renderClassBoundMarkdown(499, { labels: { classBound: '[x](command:evil) <img src=x> {class}', classBoundNote: '**{class}**' } }) ?? '';
    assert.ok(!md.includes('](command:evil)'), md);
    assert.ok(!md.includes('<img'), md);
    assert.ok(md.includes('4xx'), md);
  });
});
