// The full explanation page for one status code, as an HTML document for a VS Code webview.
// Pure: no `vscode`, no Node APIs. Security rules:
//   - strict CSP (default-src 'none'; scripts only with the nonce; no 'unsafe-inline'),
//   - no inline event handlers: media/page.js handles [data-action] clicks,
//   - every interpolated value is HTML-escaped and every attribute value is double-quoted,
//   - the nonce and the CSP source are sanitised, not just escaped, because the CSP parser would
//     see through HTML entities.
import { getStatus } from '../catalog';
import { IANA_REGISTRY_URL } from '../catalog/spec';
import type { HeaderRule, HttpStatus, SpecRef } from '../types';
import { PAGE_CSS, PAGE_JS } from './assets';
import { escapeHtml, fillTemplate, inlineHtml, safeHttpsUrl } from './escape';
import { pageExamples, type CodeExample, type ExampleSource } from './examples';
import { DEFAULT_COMMON_LABELS, mergeLabels, type CommonLabels } from './labels';

export type { CodeExample, ExampleSource } from './examples';
export { escapeHtml } from './escape';
export { snippetToPlainText } from './snippet-text';

export interface PageLabels extends CommonLabels {
  readonly unofficialBadge: string;
  readonly alsoKnownAs: string;
  readonly tldr: string;
  readonly meaning: string;
  readonly causes: string;
  readonly fixesForVisitors: string;
  readonly fixesForDevelopers: string;
  readonly headers: string;
  readonly examples: string;
  readonly curl: string;
  readonly faq: string;
  readonly related: string;
  readonly spec: string;
  readonly nothingListed: string;
  readonly noHeaders: string;
  readonly noFaq: string;
  readonly noRelated: string;
  readonly noExamples: string;
  readonly headerColumn: string;
  readonly requirementColumn: string;
  readonly noteColumn: string;
  readonly specColumn: string;
  readonly categoryFact: string;
  readonly bodyFact: string;
  readonly bodyAllowed: string;
  readonly bodyNotAllowed: string;
  readonly cacheableFact: string;
  readonly yes: string;
  readonly no: string;
  readonly copy: string;
  readonly insert: string;
  /** Announced after Copy; `{label}` is the framework label. */
  readonly copied: string;
  readonly curlIntro: string;
  readonly curlHttp1: string;
  readonly curlHttp2: string;
  readonly curlHeaders: string;
  readonly curlAbsentHeaders: string;
  readonly notRegistered: string;
  readonly vendorSource: string;
}

export const DEFAULT_PAGE_LABELS: PageLabels = {
  ...DEFAULT_COMMON_LABELS,
  unofficialBadge: 'Unofficial',
  alsoKnownAs: 'Also known as',
  tldr: 'TL;DR',
  meaning: 'What it means',
  causes: 'Common causes',
  fixesForVisitors: 'How to fix it (for visitors)',
  fixesForDevelopers: 'How to fix it (for developers and admins)',
  headers: 'Relevant headers',
  examples: 'Code examples',
  curl: 'Check it with curl',
  faq: 'FAQ',
  related: 'Related codes',
  spec: 'Specification',
  nothingListed: 'Nothing listed for this code yet.',
  noHeaders: 'The specification sets no header rules that are specific to this status code.',
  noFaq: 'No questions listed for this code yet.',
  noRelated: 'No related codes listed.',
  noExamples: 'No code examples for this code.',
  headerColumn: 'Header',
  requirementColumn: 'Requirement',
  noteColumn: 'Notes',
  specColumn: 'Spec',
  categoryFact: 'Category',
  bodyFact: 'Response body',
  bodyAllowed: 'Allowed',
  bodyNotAllowed: 'Not allowed',
  cacheableFact: 'Cacheable by default',
  yes: 'Yes',
  no: 'No',
  copy: 'Copy',
  insert: 'Insert into editor',
  copied: 'Copied the {label} example.',
  curlIntro: 'Request the URL with -i so curl prints the status line and the response headers before the body:',
  curlHttp1: 'Over HTTP/1.1, the first line of the response is the status line:',
  curlHttp2: 'HTTP/2 and HTTP/3 have no reason phrase, so curl shows only the version and the code:',
  curlHeaders: 'Headers to look for in the response:',
  curlAbsentHeaders: 'Headers that should not be there:',
  notRegistered: 'This code is not in the IANA registry of HTTP status codes.',
  vendorSource: 'Documentation from {vendor}:',
};

export interface PageOptions {
  /** `webview.cspSource`. Only valid CSP source expressions are kept. */
  cspSource: string;
  /** Fresh per render from a CSPRNG (see `makeNonce`). A value that is not a base64/base64url token is replaced. */
  nonce: string;
  /** media/page.css as a webview URI. Without it the CSS is embedded in a nonce'd <style>. */
  styleUri?: string;
  /** media/page.js as a webview URI. Without it the script is embedded in a nonce'd <script>. */
  scriptUri?: string;
  /** Code examples. Express, Flask and PHP always come first (these replace the defaults); others follow. */
  examples?: readonly CodeExample[];
  /** Where the examples come from; by default the snippet generator's `snippetFor`. */
  getExample?: ExampleSource;
  /** More framework ids (after Express, Flask and PHP) whose examples come from `getExample`. */
  moreFrameworks?: readonly string[];
  /** Localised headings and UI text; English defaults. */
  labels?: Partial<PageLabels>;
  /** BCP 47 language tag for <html lang>; 'en' by default. */
  lang?: string;
}

/** A fresh nonce: 32 random bytes from the platform CSPRNG as 64 hex characters. */
export function makeNonce(): string {
  const c = (globalThis as { crypto?: { getRandomValues?: <T extends ArrayBufferView>(a: T) => T } }).crypto;
  if (!c || typeof c.getRandomValues !== 'function') throw new Error('makeNonce: no CSPRNG (globalThis.crypto) available');
  const bytes = c.getRandomValues(new Uint8Array(32));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/**
 * The nonce if it is a plain base64/base64url token; otherwise (quotes, spaces, anything that could
 * change the policy or leave the attribute) it is discarded and a fresh one is made.
 */
export function sanitizeNonce(nonce: string): string {
  return typeof nonce === 'string' && /^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce) ? nonce : makeNonce();
}

const SOURCE_KEYWORD = /^'self'$/;
const SCHEME_SOURCE = /^[A-Za-z][A-Za-z0-9+.-]*:$/;
const HOST_SOURCE =
  /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)(?::(?:[0-9]+|\*))?(?:\/[A-Za-z0-9._~!$&()*+=:@%/-]*)?$/;

/** Keep only well-formed CSP source expressions from `webview.cspSource`. */
export function sanitizeCspSource(source: string): string {
  return String(source ?? '')
    .split(/\s+/)
    .filter((t) => t !== '' && (SOURCE_KEYWORD.test(t) || SCHEME_SOURCE.test(t) || HOST_SOURCE.test(t)))
    .join(' ');
}

function safeResourceUri(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string') return undefined;
  return /^(?:https|vscode-webview|vscode-resource|vscode-webview-resource|vscode-file):\/\/[^\s"'<>`\\]+$/i.test(uri)
    ? uri
    : undefined;
}

function safeLang(lang: string | undefined): string {
  return typeof lang === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
}

function attr(value: string | number): string {
  return `"${escapeHtml(String(value))}"`;
}

function section(id: string, title: string, body: string, extraClass = ''): string {
  const cls = extraClass ? ` class=${attr(extraClass)}` : '';
  return `<section id=${attr(id)}${cls} aria-labelledby=${attr(`${id}-heading`)}>\n<h2 id=${attr(`${id}-heading`)}>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function list(items: readonly string[], empty: string): string {
  const shown = items.map((s) => inlineHtml(s)).filter((s) => s !== '');
  if (shown.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<ul>\n${shown.map((s) => `<li>${s}</li>`).join('\n')}\n</ul>`;
}

function externalLink(url: string | undefined, text: string): string {
  const safe = safeHttpsUrl(url);
  if (!safe) return escapeHtml(text);
  return `<a href=${attr(safe)} rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

function specText(spec: SpecRef, labels: PageLabels): string {
  return fillTemplate(labels.specLink, { rfc: String(spec.rfc), section: spec.section }, (s) => s);
}

function validCode(code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 999;
}

function renderHeader(status: HttpStatus, labels: PageLabels): string {
  const category = labels.categories[status.category] ?? status.category;
  const fault = labels.faults[status.fault] ?? status.fault;
  const faultClass = status.fault === 'client' ? 'fault-client' : status.fault === 'server' ? 'fault-server' : 'fault-none';
  const badges = [
    `<li><span class=${attr(`badge ${faultClass}`)}>${escapeHtml(fault)}</span></li>`,
    `<li><span class="badge">${escapeHtml(category)}</span></li>`,
  ];
  if (!status.official) badges.push(`<li><span class="badge">${escapeHtml(labels.unofficialBadge)}</span></li>`);
  const parts = [
    `<header id="status-header" class="status-header">`,
    `<h1><span class="code">${escapeHtml(String(status.code))}</span> <span class="name">${escapeHtml(status.name)}</span></h1>`,
    `<ul class="meta">${badges.join('')}</ul>`,
  ];
  if (status.faultNote) parts.push(`<p class="fault-note">${inlineHtml(status.faultNote)}</p>`);
  if (status.aliases.length > 0) {
    parts.push(`<p class="aliases">${escapeHtml(labels.alsoKnownAs)}: ${status.aliases.map((a) => escapeHtml(a)).join(', ')}</p>`);
  }
  parts.push('</header>');
  return parts.join('\n');
}

function renderUnofficial(status: HttpStatus, labels: PageLabels): string {
  const text = fillTemplate(labels.notOfficial, { vendor: status.vendor ?? '?' }, escapeHtml);
  return `<section id="unofficial" class="callout" role="note">\n<p><span aria-hidden="true">⚠️ </span>${text}</p>\n</section>`;
}

function renderMeaning(status: HttpStatus, labels: PageLabels): string {
  const meaning = inlineHtml(status.meaning);
  const facts = [
    [labels.categoryFact, labels.categories[status.category] ?? status.category],
    [labels.bodyFact, status.bodyAllowed ? labels.bodyAllowed : labels.bodyNotAllowed],
    [labels.cacheableFact, status.cacheableByDefault ? labels.yes : labels.no],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k ?? '')}</dt><dd>${escapeHtml(v ?? '')}</dd>`)
    .join('');
  return `${meaning ? `<p>${meaning}</p>` : `<p class="empty">${escapeHtml(labels.nothingListed)}</p>`}\n<dl class="facts">${facts}</dl>`;
}

function renderHeaders(headers: readonly HeaderRule[], labels: PageLabels): string {
  if (headers.length === 0) return `<p class="empty">${escapeHtml(labels.noHeaders)}</p>`;
  const rows = headers.map((h) => {
    const phrase = labels.requirements[h.requirement] ?? h.requirement;
    return [
      '<tr>',
      `<td><code>${escapeHtml(h.name)}</code></td>`,
      `<td><span class="req">${escapeHtml(h.requirement)}</span><br>${escapeHtml(phrase)}</td>`,
      `<td>${inlineHtml(h.note)}</td>`,
      `<td>${externalLink(h.spec.url, specText(h.spec, labels))}</td>`,
      '</tr>',
    ].join('');
  });
  const head = [labels.headerColumn, labels.requirementColumn, labels.noteColumn, labels.specColumn]
    .map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
    .join('');
  return `<div class="table-wrap"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}

function renderExamples(status: HttpStatus, examples: readonly CodeExample[], labels: PageLabels): string {
  if (examples.length === 0) return `<p class="empty">${escapeHtml(labels.noExamples)}</p>`;
  const tabs = examples.map(
    (e, i) =>
      `<button type="button" class="tab" role="tab" id=${attr(`example-tab-${i}`)} aria-controls=${attr(`example-panel-${i}`)} aria-selected=${attr(i === 0 ? 'true' : 'false')} tabindex=${attr(i === 0 ? '0' : '-1')}>${escapeHtml(e.label)}</button>`,
  );
  const panels = examples.map((e, i) => {
    const data = `data-code=${attr(status.code)} data-framework=${attr(e.framework)}`;
    const copied = fillTemplate(labels.copied, { label: e.label }, (s) => s);
    return [
      `<div class="tabpanel" role="tabpanel" id=${attr(`example-panel-${i}`)} aria-labelledby=${attr(`example-tab-${i}`)} data-framework=${attr(e.framework)}${i === 0 ? '' : ' hidden'}>`,
      `<pre tabindex="0"><code class=${attr(`language-${e.language}`)}>${escapeHtml(e.body)}</code></pre>`,
      `<div class="actions">`,
      `<button type="button" class="button" data-action="copy" ${data} data-feedback=${attr(copied)}>${escapeHtml(labels.copy)}</button>`,
      `<button type="button" class="button secondary" data-action="insert" ${data}>${escapeHtml(labels.insert)}</button>`,
      `</div>`,
      `</div>`,
    ].join('\n');
  });
  return `<div class="tablist" role="tablist" aria-label=${attr(labels.examples)}>\n${tabs.join('\n')}\n</div>\n${panels.join('\n')}`;
}

function renderCurl(status: HttpStatus, labels: PageLabels): string {
  const reason = status.name;
  const present = status.headers.filter((h) => h.requirement === 'MUST' || h.requirement === 'SHOULD' || h.requirement === 'MAY');
  const absent = status.headers.filter((h) => h.requirement === 'MUST NOT' || h.requirement === 'SHOULD NOT');
  const headerItems = (rules: readonly HeaderRule[]): string =>
    `<ul>\n${rules
      .map((h) => `<li><code>${escapeHtml(h.name)}</code> (${escapeHtml(labels.requirements[h.requirement] ?? h.requirement)})</li>`)
      .join('\n')}\n</ul>`;
  const parts = [
    `<p>${escapeHtml(labels.curlIntro)}</p>`,
    `<pre tabindex="0"><code class="language-shell">curl -i https://example.com/path</code></pre>`,
    `<p>${escapeHtml(labels.curlHttp1)}</p>`,
    `<pre tabindex="0"><code>${escapeHtml(`HTTP/1.1 ${status.code} ${reason}`)}</code></pre>`,
    `<p>${escapeHtml(labels.curlHttp2)}</p>`,
    `<pre tabindex="0"><code>${escapeHtml(`HTTP/2 ${status.code}`)}</code></pre>`,
  ];
  if (present.length > 0) parts.push(`<p>${escapeHtml(labels.curlHeaders)}</p>`, headerItems(present));
  if (absent.length > 0) parts.push(`<p>${escapeHtml(labels.curlAbsentHeaders)}</p>`, headerItems(absent));
  return parts.join('\n');
}

function renderFaq(status: HttpStatus, labels: PageLabels): string {
  const items = status.faq.filter((f) => f.question.trim() !== '');
  if (items.length === 0) return `<p class="empty">${escapeHtml(labels.noFaq)}</p>`;
  return `<dl class="faq">\n${items.map((f) => `<dt>${inlineHtml(f.question)}</dt>\n<dd>${inlineHtml(f.answer)}</dd>`).join('\n')}\n</dl>`;
}

function renderRelated(status: HttpStatus, labels: PageLabels): string {
  const items = status.related.filter((r) => validCode(r.code) && r.code !== status.code);
  if (items.length === 0) return `<p class="empty">${escapeHtml(labels.noRelated)}</p>`;
  const lis = items.map((r) => {
    const other = getStatus(r.code);
    const text = other ? `${r.code} ${other.name}` : String(r.code);
    const diff = inlineHtml(r.difference);
    return `<li><a href="#" data-action="open" data-code=${attr(r.code)}>${escapeHtml(text)}</a>${diff ? ` — ${diff}` : ''}</li>`;
  });
  return `<ul class="related">\n${lis.join('\n')}\n</ul>`;
}

function renderSpec(status: HttpStatus, labels: PageLabels): string {
  const items: string[] = [];
  if (status.spec && safeHttpsUrl(status.spec.url)) items.push(`<li>${externalLink(status.spec.url, specText(status.spec, labels))}</li>`);
  items.push(`<li>${externalLink(IANA_REGISTRY_URL, labels.ianaRegistry)}</li>`);
  const parts: string[] = [];
  if (!status.official) {
    parts.push(`<p>${escapeHtml(labels.notRegistered)}</p>`);
    if (status.source && safeHttpsUrl(status.source.url)) {
      parts.push(
        `<p>${fillTemplate(labels.vendorSource, { vendor: status.vendor ?? '?' }, escapeHtml)} ${externalLink(status.source.url, status.source.title)}</p>`,
      );
    }
  }
  parts.push(`<ul class="links">\n${items.join('\n')}\n</ul>`);
  return parts.join('\n');
}

/** The complete HTML document for the explanation page of `status`. */
export function renderStatusPage(status: HttpStatus, options: PageOptions): string {
  return renderPage(status, options, { css: PAGE_CSS, js: PAGE_JS });
}

/**
 * The same document for a webview that serves media/page.css and media/page.js itself (the extension's panel):
 * nothing is embedded, so a bundle that renders pages only through this one leaves the two files' copies in
 * ./assets out (they are 11 KB of the extension's bundle). A URI that `safeResourceUri` refuses leaves that part out.
 */
export function renderLinkedStatusPage(status: HttpStatus, options: PageOptions & { styleUri: string; scriptUri: string }): string {
  return renderPage(status, options, undefined);
}

/** The page, with `inline` embedded where no URI links the stylesheet or the script. */
function renderPage(status: HttpStatus, options: PageOptions, inline: { css: string; js: string } | undefined): string {
  const labels = mergeLabels(DEFAULT_PAGE_LABELS, options.labels);
  // Only [A-Za-z0-9+/=_-] after this, so it is safe in the CSP and in a double-quoted attribute as is.
  const nonce = sanitizeNonce(options.nonce);
  const csp = sanitizeCspSource(options.cspSource);
  const styleUri = safeResourceUri(options.styleUri);
  const scriptUri = safeResourceUri(options.scriptUri);
  const nonceSource = `'nonce-${nonce}'`;
  const fromCsp = csp || "'none'";

  const policy = [
    "default-src 'none'",
    `style-src ${styleUri ? fromCsp : [csp, nonceSource].filter(Boolean).join(' ')}`,
    `script-src ${nonceSource}`,
    `img-src ${[csp, 'https:', 'data:'].filter(Boolean).join(' ')}`,
    `font-src ${fromCsp}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const style = styleUri
    ? `<link rel="stylesheet" href=${attr(styleUri)}>`
    : inline ? `<style nonce="${nonce}">\n${inline.css}\n</style>` : '';
  const script = scriptUri
    ? `<script nonce="${nonce}" src=${attr(scriptUri)}></script>`
    : inline ? `<script nonce="${nonce}">\n${inline.js}\n</script>` : '';

  const examples = pageExamples(status, options.examples ?? [], options.getExample, options.moreFrameworks);
  const tldr = inlineHtml(status.summary);

  const body = [
    renderHeader(status, labels),
    status.official ? '' : renderUnofficial(status, labels),
    section('tldr', labels.tldr, tldr ? `<p class="tldr">${tldr}</p>` : `<p class="empty">${escapeHtml(labels.nothingListed)}</p>`),
    section('meaning', labels.meaning, renderMeaning(status, labels)),
    section('causes', labels.causes, list(status.causes, labels.nothingListed)),
    section('fix-visitors', labels.fixesForVisitors, list(status.fixesForVisitors, labels.nothingListed)),
    section('fix-developers', labels.fixesForDevelopers, list(status.fixesForDevelopers, labels.nothingListed)),
    section('headers', labels.headers, renderHeaders(status.headers, labels)),
    section('examples', labels.examples, renderExamples(status, examples, labels)),
    section('curl', labels.curl, renderCurl(status, labels)),
    section('faq', labels.faq, renderFaq(status, labels)),
    section('related', labels.related, renderRelated(status, labels)),
    section('spec', labels.spec, renderSpec(status, labels)),
  ]
    .filter(Boolean)
    .join('\n');

  return [
    '<!DOCTYPE html>',
    `<html lang=${attr(safeLang(options.lang))}>`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is built from sanitised parts only; escape just what could end the attribute so
    // the single quotes of 'none' and 'nonce-…' stay readable in the source.
    `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${status.code} ${status.name}`)}</title>`,
    style,
    '</head>',
    `<body data-code=${attr(status.code)}>`,
    '<main>',
    body,
    '<p id="live-status" class="visually-hidden" role="status" aria-live="polite"></p>',
    '</main>',
    script,
    '</body>',
    '</html>',
  ].join('\n');
}
