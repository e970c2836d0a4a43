// Python frameworks: Flask, FastAPI, Django.
import { pythonHttpStatusName, starletteStatusName } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent, snake } from '../text';
import { Renderer, escapeDouble, quoted, type RenderOptions } from './base';

const PROBLEM = 'application/problem+json';

abstract class PyRenderer extends Renderer {
  readonly languageIds: readonly string[] = ['python'];
  protected str(value: string, placeholder: boolean): string {
    return quoted('"', escapeDouble(value), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `{${entries.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`;
  }
  protected override concat(parts: readonly string[]): string {
    return parts.map((p) => (p.startsWith('"') ? p : `str(${p})`)).join(' + ');
  }
  protected override name(camel: string): string {
    return camel === 'id' ? 'item_id' : snake(camel);
  }
  protected declare(name: string, value: string): string {
    return `${this.name(name)} = ${value}`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `not ${this.name(c.v)}`;
      case 'ifMatchFails': {
        const h = this.name(c.h);
        return `${h} and ${h} != "*" and ${this.name(c.etag)} not in [t.strip() for t in ${h}.split(",")]`;
      }
      case 'ifNoneMatchHits': {
        const h = this.name(c.h);
        const e = this.name(c.etag);
        return `${h} and (${h}.strip() == "*" or ${e}.removeprefix("W/") in [t.strip().removeprefix("W/") for t in ${h}.split(",")])`;
      }
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if ${cond}:`, ...indent(body)];
  }
  /** The header dict, including the problem Content-Type when asked. */
  protected headerDict(r: Respond, withProblemType: boolean): string | undefined {
    const entries = r.headers.map(([n, v]) => [n, this.expr(v)] as const);
    if (withProblemType && this.isProblem(r)) entries.push(['Content-Type', `"${PROBLEM}"`]);
    return entries.length > 0 ? this.obj(entries) : undefined;
  }
  protected routeLine(h: HandlerPlan, decoratorPrefix: string, pathStyle: (p: string) => string, multi: (methods: string) => string): string {
    if (h.allowed) return multi(h.methods.map((m) => `"${m}"`).join(', '));
    return `@${decoratorPrefix}.${(h.methods[0] ?? 'GET').toLowerCase()}("${pathStyle(h.path)}")`;
  }
}

export class FlaskRenderer extends PyRenderer {
  readonly id = 'flask';
  readonly label = 'Flask';
  protected readHeader(header: string): string {
    return `request.headers.get("${header}")`;
  }
  respond(r: Respond): string[] {
    if (r.redirectTo) return [...this.preRedirectHeaders(r), `return redirect(${this.expr(r.redirectTo)}, code=${r.code})`];
    const headers = this.headerDict(r, true);
    const body = this.bodyExpr(r);
    const parts = [body === undefined ? '""' : `jsonify(${body})`, String(r.code), ...(headers ? [headers] : [])];
    return [`return ${parts.join(', ')}`];
  }
  private preRedirectHeaders(r: Respond): string[] {
    return r.headers.length > 0 ? [`# Add ${r.headers.map(([n]) => n).join(', ')} with response.headers after redirect(...)`] : [];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params = this.uses(h, 'id') || h.params.length > 0 ? ['item_id'] : [];
    const route = this.routeLine(h, 'app', (p) => p.replace(/\{id\}/g, '<item_id>'), (m) => `@app.route("${h.path}", methods=[${m}])`);
    const comment = h.allowed ? [`# Register after the ${h.allowed.join(' and ')} view for ${h.path}.`] : [];
    return [...comment, route, `def ${snake(h.fn)}(${params.join(', ')}):`, ...indent(this.steps(h))];
  }
}

export class FastApiRenderer extends PyRenderer {
  readonly id = 'fastapi';
  readonly label = 'FastAPI';
  private status(code: number): string {
    const n = starletteStatusName(code);
    return n ? `status.${n}` : String(code);
  }
  protected readHeader(header: string): string {
    return `request.headers.get("${header.toLowerCase()}")`;
  }
  respond(r: Respond): string[] {
    const headers = this.headerDict(r, false);
    const h = headers ? `, headers=${headers}` : '';
    if (r.redirectTo) return [`return RedirectResponse(${this.expr(r.redirectTo)}, status_code=${this.status(r.code)}${h})`];
    const body = this.bodyExpr(r);
    if (body === undefined) return [`return Response(status_code=${this.status(r.code)}${h})`];
    const media = this.isProblem(r) ? `, media_type="${PROBLEM}"` : '';
    return [`return JSONResponse(content=${body}, status_code=${this.status(r.code)}${h}${media})`];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params: string[] = [];
    if (h.params.includes('id')) params.push('item_id: str');
    if (this.headerSteps(h).length > 0) params.push('request: Request');
    const route = this.routeLine(h, 'app', (p) => p.replace(/\{id\}/g, '{item_id}'), (m) => `@app.api_route("${h.path}", methods=[${m}])`);
    const comment = h.allowed ? [`# Register after the ${h.allowed.join(' and ')} route for ${h.path}.`] : [];
    return [...comment, route, `async def ${snake(h.fn)}(${params.join(', ')}):`, ...indent(this.steps(h))];
  }
}

export class DjangoRenderer extends PyRenderer {
  readonly id = 'django';
  readonly label = 'Django';
  private status(code: number): string {
    const n = pythonHttpStatusName(code);
    return n ? `HTTPStatus.${n}` : String(code);
  }
  protected readHeader(header: string): string {
    return `request.headers.get("${header}")`;
  }
  respond(r: Respond): string[] {
    const headers = this.headerDict(r, false);
    const h = headers ? `, headers=${headers}` : '';
    if (r.redirectTo) return [`return HttpResponseRedirect(${this.expr(r.redirectTo)}, status=${this.status(r.code)}${h})`];
    const body = this.bodyExpr(r);
    if (body === undefined) return [`return HttpResponse(status=${this.status(r.code)}${h})`];
    const ct = this.isProblem(r) ? `, content_type="${PROBLEM}"` : '';
    return [`return JsonResponse(${body}, status=${this.status(r.code)}${h}${ct})`];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params = ['request', ...(h.params.includes('id') ? ['item_id'] : [])];
    const steps = this.steps(h);
    if (h.allowed) {
      return [
        `def ${snake(h.fn)}(${params.join(', ')}):`,
        `\tif request.method not in (${h.allowed.map((m) => `"${m}"`).join(', ')}):`,
        ...indent(steps, 2),
        `\treturn JsonResponse({"items": []})`,
      ];
    }
    return [
      `@require_http_methods(["${h.methods[0] ?? 'GET'}"])`,
      `def ${snake(h.fn)}(${params.join(', ')}):`,
      ...indent(steps),
    ];
  }
}
