// Code examples for the explanation page. The page always shows Express, Flask and PHP first.
// Their text comes from an ExampleSource (the snippet generator in src/core/snippets, once wired) and,
// when that has nothing, from the small built-in fallback below.
import type { HttpStatus } from '../types';
import { snippetToPlainText } from './snippet-text';

/** One example as the page shows it: plain code, no snippet syntax. */
export interface CodeExample {
  /** Stable key sent back to the host in `{command, code, framework}` (e.g. 'express'). */
  readonly framework: string;
  /** Tab label, e.g. 'Express'. */
  readonly label: string;
  /** Language id for the code block, e.g. 'javascript'. */
  readonly language: string;
  /** The code, plain text. */
  readonly body: string;
}

/**
 * The snippet generator's contract: `snippetFor(code, framework, form?)` returns a body in VS Code
 * snippet syntax (`${1:default}`), or undefined when it has no snippet for that pair.
 */
export type ExampleSource = (
  code: number,
  framework: string,
  form?: 'response' | 'handler',
) => { readonly title: string; readonly body: string } | undefined;

export const DEFAULT_FRAMEWORKS: readonly { readonly framework: string; readonly label: string; readonly language: string }[] = [
  { framework: 'express', label: 'Express', language: 'javascript' },
  { framework: 'flask', label: 'Flask', language: 'python' },
  { framework: 'php', label: 'PHP', language: 'php' },
];

// Example values for headers the fallback examples set. Anything else gets a visible placeholder.
const HEADER_EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  allow: 'GET, HEAD',
  location: '/new-location',
  'content-location': '/resource/1',
  'retry-after': '120',
  'www-authenticate': 'Bearer realm="api"',
  'proxy-authenticate': 'Basic realm="proxy"',
  'content-range': 'bytes */1024',
  'accept-ranges': 'bytes',
  'accept-patch': 'application/json-patch+json',
  'accept-post': 'application/json',
  'accept-encoding': 'gzip',
  vary: 'Accept',
  etag: '"v1"',
  'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT',
  'content-type': 'application/json',
  upgrade: 'h2c',
  connection: 'Upgrade',
  link: '</styles.css>; rel=preload; as=style',
  date: 'Wed, 21 Oct 2015 07:28:00 GMT',
  'cache-control': 'max-age=60',
  expires: 'Wed, 21 Oct 2015 07:28:00 GMT',
};

function headerValue(name: string): string {
  return HEADER_EXAMPLE_VALUES[name.toLowerCase()] ?? '...';
}

function jsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function pyString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function phpString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Headers the examples should set: the MUST and SHOULD rules, with simple token names only. */
function headersToSet(status: HttpStatus): string[] {
  const names: string[] = [];
  for (const h of status.headers) {
    if ((h.requirement === 'MUST' || h.requirement === 'SHOULD') && /^[A-Za-z0-9-]+$/.test(h.name)) {
      if (!names.some((n) => n.toLowerCase() === h.name.toLowerCase())) names.push(h.name);
    }
  }
  return names;
}

/**
 * Built-in fallback: a minimal, correct response for the code in each of the default frameworks.
 * Used when no ExampleSource is wired or it has nothing for a framework.
 */
export function builtinExample(status: HttpStatus, framework: string): string | undefined {
  const code = status.code;
  const headers = headersToSet(status);
  const reason = status.name;
  const withBody = status.bodyAllowed && code >= 200;
  switch (framework) {
    case 'express': {
      const lines = [`app.get('/resource', (req, res) => {`];
      for (const h of headers) lines.push(`  res.set(${jsString(h)}, ${jsString(headerValue(h))});`);
      lines.push(withBody ? `  res.status(${code}).send(${jsString(reason)});` : `  res.status(${code}).end();`);
      lines.push('});');
      return lines.join('\n');
    }
    case 'flask': {
      const hdrs = headers.map((h) => `${pyString(h)}: ${pyString(headerValue(h))}`).join(', ');
      const body = withBody ? pyString(reason) : "''";
      const ret = hdrs ? `    return ${body}, ${code}, {${hdrs}}` : `    return ${body}, ${code}`;
      return [`@app.route('/resource')`, 'def resource():', ret].join('\n');
    }
    case 'php': {
      const lines = ['<?php', `http_response_code(${code});`];
      for (const h of headers) lines.push(`header(${phpString(`${h}: ${headerValue(h)}`)});`);
      if (withBody) lines.push(`echo ${phpString(reason)};`);
      return lines.join('\n');
    }
    default:
      return undefined;
  }
}

/**
 * The examples the page shows: Express, Flask and PHP (from `extra` if it has them, else from
 * `source`, else built in), then the other entries of `extra` in their order.
 */
export function pageExamples(
  status: HttpStatus,
  extra: readonly CodeExample[] = [],
  source?: ExampleSource,
): CodeExample[] {
  const out: CodeExample[] = [];
  for (const d of DEFAULT_FRAMEWORKS) {
    const given = extra.find((e) => e.framework === d.framework);
    if (given) {
      out.push(given);
      continue;
    }
    let body: string | undefined;
    if (source) {
      try {
        const snippet = source(status.code, d.framework, 'response');
        if (snippet && typeof snippet.body === 'string') body = snippetToPlainText(snippet.body);
      } catch {
        body = undefined;
      }
    }
    body ??= builtinExample(status, d.framework);
    if (body !== undefined) out.push({ ...d, body });
  }
  for (const e of extra) {
    if (!DEFAULT_FRAMEWORKS.some((d) => d.framework === e.framework)) out.push(e);
  }
  return out;
}
