// A language-neutral plan for a snippet, built from the catalog's facts (name, header rules,
// whether content is allowed) plus the few RFC 9110 rules every snippet must honour. Renderers turn
// a plan into code; they never decide which headers a status needs.
import { getStatus } from '../catalog';
import type { HttpStatus } from '../types';

export type ErrorBodyStyle = 'json' | 'problemJson';

export type Expr =
  /** A string literal; `ph` makes its content an editable placeholder. */
  | { readonly k: 'str'; readonly v: string; readonly ph?: boolean }
  | { readonly k: 'num'; readonly v: number }
  /** A local variable, camelCase (renderers adapt: snake_case, `$name` ...). */
  | { readonly k: 'var'; readonly name: string }
  /** A call of the user's own function; the function name is a placeholder. Arguments are variables. */
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly string[] }
  | { readonly k: 'concat'; readonly parts: readonly Expr[] }
  | { readonly k: 'obj'; readonly entries: readonly (readonly [string, Expr])[] };

export type Body =
  | { readonly k: 'none' }
  | { readonly k: 'data'; readonly e: Expr }
  /** An error body: `{ error, message }` JSON, or an RFC 9457 problem (`type`, `title`, `status`, `detail`). */
  | { readonly k: 'error'; readonly problem: boolean; readonly detail: string };

export interface Respond {
  readonly code: number;
  readonly name: string;
  /** Response header fields to set, in order. Never contains Location for redirects (see `redirectTo`). */
  readonly headers: readonly (readonly [string, Expr])[];
  readonly body: Body;
  /** For 301/302/303/307/308: the target, sent with the framework's redirect idiom (which sets Location). */
  readonly redirectTo?: Expr;
}

export type Cond =
  /** The variable (a request header value) is absent or empty. */
  | { readonly k: 'missing'; readonly v: string }
  /** If-Match is present, is not `*`, and lists no entity tag equal to `etag` (strong comparison). */
  | { readonly k: 'ifMatchFails'; readonly h: string; readonly etag: string }
  /** If-None-Match is `*` or lists `etag` (weak comparison: a `W/` prefix is ignored). */
  | { readonly k: 'ifNoneMatchHits'; readonly h: string; readonly etag: string };

export type Step =
  | { readonly k: 'let'; readonly name: string; readonly e: Expr }
  | { readonly k: 'header'; readonly name: string; readonly header: string }
  | { readonly k: 'if'; readonly cond: Cond; readonly then: Respond }
  | { readonly k: 'respond'; readonly r: Respond };

export interface HandlerPlan {
  /** camelCase function name, e.g. `updateItem`. */
  readonly fn: string;
  /** HTTP methods the route answers, upper case. */
  readonly methods: readonly string[];
  /** Path with `{id}` style parameters. */
  readonly path: string;
  /** Path parameter names used in `path`. */
  readonly params: readonly string[];
  readonly steps: readonly Step[];
  /** For 405: the methods the resource does support. In-handler frameworks check the method against it. */
  readonly allowed?: readonly string[];
  /** The status this handler is about (for decorators such as NestJS @HttpCode). */
  readonly code: number;
}

export interface SnippetPlan {
  readonly status: HttpStatus;
  /** The response the snippet is about. */
  readonly response: Respond;
  readonly handler: HandlerPlan;
}

/** Codes answered with the redirect idiom (all require Location). */
export const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const str = (v: string, placeholder = true): Expr => ({ k: 'str', v, ph: placeholder });
const v = (name: string): Expr => ({ k: 'var', name });

/** Header fields the snippets always set for a code, with an example value (RFC 9110 unless noted). */
const REQUIRED_HEADERS: Readonly<Record<number, readonly (readonly [string, string])[]>> = {
  201: [['Location', '/items/42']], // §15.3.2 (the handler form builds it from the new id)
  206: [['Content-Range', 'bytes 0-1023/4096']], // §15.3.7 single part
  304: [['ETag', '"v1"']], // §15.4.5: send the fields a 200 would have carried
  401: [['WWW-Authenticate', 'Bearer realm="api"']], // §15.5.2 MUST
  405: [['Allow', 'GET, HEAD']], // §15.5.6 MUST
  407: [['Proxy-Authenticate', 'Basic realm="proxy"']], // §15.5.8 MUST
  412: [['ETag', '"v2"']], // tell the client the current tag
  416: [['Content-Range', 'bytes */4096']], // §15.5.17 SHOULD, unsatisfied-range form
  426: [['Upgrade', 'HTTP/3.0']], // §15.5.22 MUST
  429: [['Retry-After', '120']], // RFC 6585 §4 MAY; offered
  503: [['Retry-After', '120']], // §15.6.4 MAY; offered
};

/** Example values for header rules that come only from the catalog. */
const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  'location': '/new-location',
  'retry-after': '120',
  'etag': '"v1"',
  'vary': 'Accept',
  'content-location': '/items/42',
  'link': '</style.css>; rel=preload; as=style',
  'accept-patch': 'application/merge-patch+json',
  'accept': 'application/json',
  'accept-encoding': 'gzip',
  'im': 'feed',
  'cache-control': 'no-store',
  'expires': 'Thu, 01 Jan 2026 00:00:00 GMT',
  'last-modified': 'Thu, 01 Jan 2026 00:00:00 GMT',
  'content-range': 'bytes 0-1023/4096',
};

/** Fields a snippet never sets by hand (the server computes them, or they are request-side). */
const NEVER_SET: ReadonlySet<string> = new Set([
  'content-length', 'content-type', 'transfer-encoding', 'connection', 'date', 'host',
  'if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since', 'if-range', 'range',
  'authorization', 'proxy-authorization', 'expect', 'te', 'upgrade-insecure-requests',
]);

/** True when the code must not carry content: 1xx, 204, 205 (RFC 9110 §15.3.6), 304. */
export function mustNotHaveBody(status: HttpStatus): boolean {
  const c = status.code;
  return c < 200 || c === 204 || c === 205 || c === 304 || !status.bodyAllowed;
}

function headersFor(status: HttpStatus): (readonly [string, Expr])[] {
  const out: (readonly [string, Expr])[] = [];
  const seen = new Set<string>();
  for (const [name, example] of REQUIRED_HEADERS[status.code] ?? []) {
    out.push([name, str(example)]);
    seen.add(name.toLowerCase());
  }
  for (const rule of status.headers) {
    const key = rule.name.toLowerCase();
    if (seen.has(key) || NEVER_SET.has(key)) continue;
    if (rule.requirement !== 'MUST' && rule.requirement !== 'SHOULD') continue;
    if (key === 'location' && REDIRECT_CODES.has(status.code)) continue; // the redirect idiom sets it
    seen.add(key);
    out.push([rule.name, str(EXAMPLE_VALUES[key] ?? 'value')]);
  }
  return out;
}

const DETAIL = 'Explain what happened and what the client can do';

function errorBody(problem: boolean): Body {
  return { k: 'error', problem, detail: DETAIL };
}

function buildResponse(status: HttpStatus, style: ErrorBodyStyle): Respond {
  const code = status.code;
  const headers = headersFor(status);
  if (REDIRECT_CODES.has(code)) {
    return { code, name: status.name, headers, body: { k: 'none' }, redirectTo: str('/new-location') };
  }
  let body: Body;
  if (mustNotHaveBody(status)) body = { k: 'none' };
  else if (code >= 400) body = errorBody(style === 'problemJson');
  else body = { k: 'data', e: { k: 'obj', entries: [['id', str('42')], ['name', str('Example')]] } };
  return { code, name: status.name, headers, body };
}

function methodFor(code: number): string {
  if (code === 201 || code === 202 || code === 205 || code === 411 || code === 413 || code === 415 || code === 417 || code === 422) return 'POST';
  if (code === 204) return 'DELETE';
  if (code === 409 || code === 412 || code === 428) return 'PUT';
  return 'GET';
}

function withHeaders(r: Respond, headers: readonly (readonly [string, Expr])[]): Respond {
  const names = new Set(headers.map(([n]) => n.toLowerCase()));
  return { ...r, headers: [...r.headers.filter(([n]) => !names.has(n.toLowerCase())), ...headers] };
}

function buildHandler(status: HttpStatus, style: ErrorBodyStyle, primary: Respond): HandlerPlan {
  const code = status.code;
  const okEtag = (etagVar: string): Respond => ({
    code: 204,
    name: getStatus(204)?.name ?? 'No Content',
    headers: [['ETag', v(etagVar)]],
    body: { k: 'none' },
  });
  const preconditionFailed = (): Respond => {
    const s = getStatus(412);
    const base = s ? buildResponse(s, style) : primary;
    return withHeaders(base, [['ETag', v('etag')]]);
  };
  switch (code) {
    case 412:
      return {
        fn: 'updateItem', methods: ['PUT'], path: '/items/{id}', params: ['id'], code,
        steps: [
          { k: 'let', name: 'etag', e: { k: 'call', fn: 'currentEtag', args: ['id'] } },
          { k: 'header', name: 'ifMatch', header: 'If-Match' },
          { k: 'if', cond: { k: 'ifMatchFails', h: 'ifMatch', etag: 'etag' }, then: withHeaders(primary, [['ETag', v('etag')]]) },
          { k: 'let', name: 'newEtag', e: { k: 'call', fn: 'saveItem', args: ['id'] } },
          { k: 'respond', r: okEtag('newEtag') },
        ],
      };
    case 428:
      return {
        fn: 'updateItem', methods: ['PUT'], path: '/items/{id}', params: ['id'], code,
        steps: [
          { k: 'header', name: 'ifMatch', header: 'If-Match' },
          { k: 'if', cond: { k: 'missing', v: 'ifMatch' }, then: primary },
          { k: 'let', name: 'etag', e: { k: 'call', fn: 'currentEtag', args: ['id'] } },
          { k: 'if', cond: { k: 'ifMatchFails', h: 'ifMatch', etag: 'etag' }, then: preconditionFailed() },
          { k: 'let', name: 'newEtag', e: { k: 'call', fn: 'saveItem', args: ['id'] } },
          { k: 'respond', r: okEtag('newEtag') },
        ],
      };
    case 304: {
      const ok = getStatus(200);
      const okResp: Respond = {
        code: 200, name: ok?.name ?? 'OK', headers: [['ETag', v('etag')]],
        body: { k: 'data', e: { k: 'call', fn: 'loadItem', args: ['id'] } },
      };
      return {
        fn: 'getItem', methods: ['GET'], path: '/items/{id}', params: ['id'], code,
        steps: [
          { k: 'let', name: 'etag', e: { k: 'call', fn: 'currentEtag', args: ['id'] } },
          { k: 'header', name: 'ifNoneMatch', header: 'If-None-Match' },
          { k: 'if', cond: { k: 'ifNoneMatchHits', h: 'ifNoneMatch', etag: 'etag' }, then: withHeaders(primary, [['ETag', v('etag')]]) },
          { k: 'respond', r: okResp },
        ],
      };
    }
    case 201: {
      const created: Respond = {
        ...primary,
        headers: [['Location', { k: 'concat', parts: [str('/items/', false), v('id')] }], ...primary.headers.filter(([n]) => n !== 'Location')],
        body: { k: 'data', e: { k: 'obj', entries: [['id', v('id')], ['name', str('Example')]] } },
      };
      return {
        fn: 'createItem', methods: ['POST'], path: '/items', params: [], code,
        steps: [
          { k: 'let', name: 'id', e: { k: 'call', fn: 'insertItem', args: [] } },
          { k: 'respond', r: created },
        ],
      };
    }
    case 401: {
      const ok = getStatus(200);
      return {
        fn: 'getItem', methods: ['GET'], path: '/items/{id}', params: ['id'], code,
        steps: [
          { k: 'header', name: 'authorization', header: 'Authorization' },
          { k: 'if', cond: { k: 'missing', v: 'authorization' }, then: primary },
          { k: 'respond', r: { code: 200, name: ok?.name ?? 'OK', headers: [], body: { k: 'data', e: { k: 'call', fn: 'loadItem', args: ['id'] } } } },
        ],
      };
    }
    case 405:
      return {
        fn: 'methodNotAllowed', methods: ['POST', 'PUT', 'PATCH', 'DELETE'], path: '/items', params: [], code,
        allowed: ['GET', 'HEAD'],
        steps: [{ k: 'respond', r: primary }],
      };
    default: {
      const method = methodFor(code);
      const collection = method === 'POST';
      const verb = method === 'POST' ? 'create' : method === 'DELETE' ? 'delete' : method === 'PUT' ? 'update' : 'get';
      return {
        fn: `${verb}${collection ? 'Items' : 'Item'}`,
        methods: [method],
        path: collection ? '/items' : '/items/{id}',
        params: collection ? [] : ['id'],
        code,
        steps: [{ k: 'respond', r: primary }],
      };
    }
  }
}

/** The plan for `code`, or undefined when the catalog has no entry. */
export function planFor(code: number, style: ErrorBodyStyle): SnippetPlan | undefined {
  const status = getStatus(code);
  if (!status) return undefined;
  const response = buildResponse(status, style);
  return { status, response, handler: buildHandler(status, style, response) };
}
