// Ruby on Rails controller actions (render / head / redirect_to with Rack status symbols).
import { rackStatusSymbol } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent, snake } from '../text';
import { Renderer, escapeDouble, quoted, type RenderOptions, type RespondMode } from './base';

export class RailsRenderer extends Renderer {
  readonly id = 'rails';
  readonly label = 'Rails';
  readonly languageIds: readonly string[] = ['ruby'];
  private status(code: number): string {
    const s = rackStatusSymbol(code);
    return s ? `:${s}` : String(code);
  }
  protected str(value: string, placeholder: boolean): string {
    return quoted('"', escapeDouble(value).replace(/#/g, '\\#'), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  }
  protected override concat(parts: readonly string[]): string {
    return parts.map((p) => (p.startsWith('"') ? p : `${p}.to_s`)).join(' + ');
  }
  protected override name(camel: string): string {
    return snake(camel);
  }
  protected declare(name: string, value: string): string {
    return `${this.name(name)} = ${value}`;
  }
  protected readHeader(header: string): string {
    return `request.headers["${header}"]`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `${this.name(c.v)}.blank?`;
      case 'ifMatchFails': {
        const h = this.name(c.h);
        return `${h}.present? && ${h} != "*" && !${h}.split(",").map(&:strip).include?(${this.name(c.etag)})`;
      }
      case 'ifNoneMatchHits': {
        const h = this.name(c.h);
        return `${h}.present? && (${h}.strip == "*" || ${h}.split(",").map { |t| t.strip.delete_prefix("W/") }.include?(${this.name(c.etag)}.delete_prefix("W/")))`;
      }
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if ${cond}`, ...indent(body), 'end'];
  }
  respond(r: Respond, mode: RespondMode): string[] {
    const lines = r.headers.map(([n, v]) => `response.headers["${n}"] = ${this.expr(v)}`);
    if (r.redirectTo) lines.push(`redirect_to ${this.expr(r.redirectTo)}, status: ${this.status(r.code)}`);
    else {
      const body = this.bodyExpr(r);
      if (body === undefined) lines.push(`head ${this.status(r.code)}`);
      else {
        const ct = this.isProblem(r) ? ', content_type: "application/problem+json"' : '';
        lines.push(`render json: ${body}, status: ${this.status(r.code)}${ct}`);
      }
    }
    if (mode === 'early') lines.push('return');
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const pre = this.uses(h, 'id') ? ['id = params[:id]'] : [];
    const route = h.allowed
      ? `# routes.rb: match "${h.path}", to: "items#${snake(h.fn)}", via: [${h.methods.map((m) => `:${m.toLowerCase()}`).join(', ')}]`
      : `# routes.rb: ${(h.methods[0] ?? 'GET').toLowerCase()} "${h.path.replace(/\{(\w+)\}/g, ':$1')}", to: "items#${snake(h.fn)}"`;
    return [route, `def ${snake(h.fn)}`, ...indent([...pre, ...this.steps(h)]), 'end'];
  }
}
