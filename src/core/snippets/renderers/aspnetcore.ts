// ASP.NET Core minimal APIs (Results.*). Route handlers take `HttpContext httpContext` for headers.
import { aspNetStatusCodesName } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent } from '../text';
import { Renderer, escapeDouble, quoted, type RenderOptions } from './base';

export class AspNetCoreRenderer extends Renderer {
  readonly id = 'aspnetcore';
  readonly label = 'ASP.NET Core';
  readonly languageIds: readonly string[] = ['csharp'];
  private status(code: number): string {
    const n = aspNetStatusCodesName(code);
    return n ? `StatusCodes.${n}` : String(code);
  }
  protected str(value: string, placeholder: boolean): string {
    return quoted('"', escapeDouble(value), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `new { ${entries.map(([k, v]) => `${k} = ${v}`).join(', ')} }`;
  }
  protected declare(name: string, value: string): string {
    return `var ${name} = ${value};`;
  }
  protected readHeader(header: string): string {
    return `httpContext.Request.Headers["${header}"].ToString()`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `string.IsNullOrEmpty(${c.v})`;
      case 'ifMatchFails':
        return `!string.IsNullOrEmpty(${c.h}) && ${c.h} != "*" && !${c.h}.Split(',').Select(t => t.Trim()).Contains(${c.etag})`;
      case 'ifNoneMatchHits':
        return `!string.IsNullOrEmpty(${c.h}) && (${c.h}.Trim() == "*" || ${c.h}.Split(',').Select(t => t.Trim().Replace("W/", "")).Contains(${c.etag}.Replace("W/", "")))`;
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if (${cond})`, '{', ...indent(body), '}'];
  }
  respond(r: Respond): string[] {
    const lines = r.headers.map(([n, v]) => `httpContext.Response.Headers["${n}"] = ${this.expr(v)};`);
    if (r.redirectTo) {
      const url = this.expr(r.redirectTo);
      const flags: Record<number, string | undefined> = {
        301: ', permanent: true',
        302: '',
        307: ', preserveMethod: true',
        308: ', permanent: true, preserveMethod: true',
      };
      const f = flags[r.code];
      if (f !== undefined) lines.push(`return Results.Redirect(${url}${f});`);
      else lines.push(`httpContext.Response.Headers["Location"] = ${url};`, `return Results.StatusCode(${this.status(r.code)});`);
      return lines;
    }
    const b = r.body;
    if (b.k === 'none') lines.push(`return Results.StatusCode(${this.status(r.code)});`);
    else if (b.k === 'error' && b.problem) {
      lines.push(
        `return Results.Problem(detail: ${this.str(b.detail, true)}, statusCode: ${this.status(r.code)}, title: ${this.str(r.name, false)}, type: ${this.str('about:blank', true)});`,
      );
    } else lines.push(`return Results.Json(${this.bodyExpr(r) ?? 'null'}, statusCode: ${this.status(r.code)});`);
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params = [...(this.uses(h, 'id') ? ['string id'] : []), 'HttpContext httpContext'].join(', ');
    const map = h.allowed
      ? [`// Map after the ${h.allowed.join(' and ')} endpoints for ${h.path}.`, `app.MapMethods("${h.path}", new[] { ${h.methods.map((m) => `"${m}"`).join(', ')} }, (${params}) =>`]
      : [`app.Map${(h.methods[0] ?? 'GET')[0]}${(h.methods[0] ?? 'GET').slice(1).toLowerCase()}("${h.path}", (${params}) =>`];
    return [...map, '{', ...indent(this.steps(h)), '});'];
  }
}
