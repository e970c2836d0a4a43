// JavaScript/TypeScript frameworks: Express, Fastify, Koa (with @koa/router) and NestJS.
import { nestHttpStatusName } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent } from '../text';
import { Renderer, escapeSingle, quoted, type RenderOptions, type RespondMode } from './base';

const JS_LANGS = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'] as const;
const PROBLEM = 'application/problem+json';

abstract class JsRenderer extends Renderer {
  readonly languageIds: readonly string[] = JS_LANGS;
  protected str(value: string, placeholder: boolean): string {
    return quoted("'", escapeSingle(value), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `{ ${entries.map(([k, v]) => (k === v ? k : `${k}: ${v}`)).join(', ')} }`;
  }
  protected declare(name: string, value: string): string {
    return `const ${name} = ${value};`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `!${c.v}`;
      case 'ifMatchFails':
        return `${c.h} && ${c.h} !== '*' && !${c.h}.split(',').map((t) => t.trim()).includes(${c.etag})`;
      case 'ifNoneMatchHits':
        return `${c.h} && (${c.h}.trim() === '*' || ${c.h}.split(',').map((t) => t.trim().replace(/^W\\//, '')).includes(${c.etag}.replace(/^W\\//, '')))`;
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if (${cond}) {`, ...indent(body), '}'];
  }
  /** `/items/{id}` → `/items/:id`. */
  protected colonPath(path: string): string {
    return path.replace(/\{(\w+)\}/g, ':$1');
  }
}

export class ExpressRenderer extends JsRenderer {
  readonly id = 'express';
  readonly label = 'Express';
  override supportsInformational(code: number): boolean {
    return code === 103;
  }
  protected readHeader(header: string): string {
    return `req.get('${header}')`;
  }
  respond(r: Respond, mode: RespondMode): string[] {
    if (r.code === 103) {
      return [`res.writeEarlyHints({ link: ${this.str('</style.css>; rel=preload; as=style', true)} });`];
    }
    const lines = r.headers.map(([n, v]) => `res.set('${n}', ${this.expr(v)});`);
    if (this.isProblem(r)) lines.push(`res.set('Content-Type', '${PROBLEM}');`);
    const ret = mode === 'early' ? 'return ' : '';
    const body = this.bodyExpr(r);
    if (r.redirectTo) lines.push(`${ret}res.redirect(${r.code}, ${this.expr(r.redirectTo)});`);
    else if (body === undefined) lines.push(`${ret}res.status(${r.code}).end();`);
    else lines.push(`${ret}res.status(${r.code}).json(${body});`);
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const body = [...(this.uses(h, 'id') ? ['const { id } = req.params;'] : []), ...this.steps(h)];
    const head = h.allowed
      ? [`// Register after the ${h.allowed.join(' and ')} routes for ${h.path}.`, `app.all('${h.path}', (req, res) => {`]
      : [`app.${(h.methods[0] ?? 'GET').toLowerCase()}('${this.colonPath(h.path)}', (req, res) => {`];
    return [...head, ...indent(body), '});'];
  }
}

export class FastifyRenderer extends JsRenderer {
  readonly id = 'fastify';
  readonly label = 'Fastify';
  protected readHeader(header: string): string {
    return `request.headers['${header.toLowerCase()}']`;
  }
  respond(r: Respond): string[] {
    const chain = [`reply.code(${r.code})`];
    for (const [n, v] of r.headers) chain.push(`.header('${n}', ${this.expr(v)})`);
    if (this.isProblem(r)) chain.push(`.type('${PROBLEM}')`);
    const body = this.bodyExpr(r);
    if (r.redirectTo) {
      // Fastify 5 (and late 4.x): redirect(url, code). The code is kept exactly.
      const pre = r.headers.length > 0 ? [`reply${chain.slice(1).join('')};`] : [];
      return [...pre, `return reply.redirect(${this.expr(r.redirectTo)}, ${r.code});`];
    }
    chain.push(body === undefined ? '.send()' : `.send(${body})`);
    if (chain.length <= 2) return [`return ${chain.join('')};`];
    return [`return ${chain[0]}`, ...indent(chain.slice(1, -1)), `\t${chain[chain.length - 1]};`];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const body = [...(this.uses(h, 'id') ? ['const { id } = request.params;'] : []), ...this.steps(h)];
    if (h.allowed) {
      return [
        `// Answers the methods ${h.path} does not support (Fastify adds HEAD for GET routes itself).`,
        'fastify.route({',
        `\tmethod: [${h.methods.map((m) => `'${m}'`).join(', ')}],`,
        `\turl: '${h.path}',`,
        '\thandler: async (request, reply) => {',
        ...indent(body, 2),
        '\t},',
        '});',
      ];
    }
    return [
      `fastify.${(h.methods[0] ?? 'GET').toLowerCase()}('${this.colonPath(h.path)}', async (request, reply) => {`,
      ...indent(body),
      '});',
    ];
  }
}

export class KoaRenderer extends JsRenderer {
  readonly id = 'koa';
  readonly label = 'Koa';
  protected readHeader(header: string): string {
    return `ctx.get('${header}')`;
  }
  respond(r: Respond, mode: RespondMode): string[] {
    const lines = [`ctx.status = ${r.code};`];
    for (const [n, v] of r.headers) lines.push(`ctx.set('${n}', ${this.expr(v)});`);
    if (r.redirectTo) {
      // ctx.redirect keeps a status that is already a redirect code.
      lines.push(`ctx.redirect(${this.expr(r.redirectTo)});`);
    } else {
      if (this.isProblem(r)) lines.push(`ctx.type = '${PROBLEM}';`);
      const body = this.bodyExpr(r);
      if (body !== undefined) lines.push(`ctx.body = ${body};`);
    }
    if (mode === 'early') lines.push('return;');
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const body = [...(this.uses(h, 'id') ? ['const { id } = ctx.params;'] : []), ...this.steps(h)];
    const head = h.allowed
      ? [`// @koa/router: register after the ${h.allowed.join(' and ')} routes for ${h.path}.`, `router.all('${h.path}', async (ctx) => {`]
      : [`router.${(h.methods[0] ?? 'GET').toLowerCase()}('${this.colonPath(h.path)}', async (ctx) => {`];
    return [...head, ...indent(body), '});'];
  }
}

export class NestRenderer extends JsRenderer {
  readonly id = 'nestjs';
  readonly label = 'NestJS';
  override readonly languageIds: readonly string[] = ['typescript'];
  private status(code: number): string {
    const n = nestHttpStatusName(code);
    return n ? `HttpStatus.${n}` : String(code);
  }
  protected readHeader(header: string): string {
    return `req.get('${header}')`;
  }
  protected override headerStep(): string[] {
    return []; // bound as @Headers() parameters
  }
  respond(r: Respond, mode: RespondMode): string[] {
    const lines: string[] = [];
    if (r.redirectTo) {
      if (mode === 'response') lines.push('// The route handler needs the @Redirect() decorator for this return value.');
      for (const [n, v] of r.headers) lines.push(`res.setHeader('${n}', ${this.expr(v)});`);
      lines.push(`return { url: ${this.expr(r.redirectTo)}, statusCode: ${this.status(r.code)} };`);
      return lines;
    }
    if (r.code >= 400) {
      for (const [n, v] of r.headers) lines.push(`res.setHeader('${n}', ${this.expr(v)});`);
      if (this.isProblem(r)) lines.push(`res.setHeader('Content-Type', '${PROBLEM}');`);
      lines.push(`throw new HttpException(${this.bodyExpr(r) ?? `'${r.name}'`}, ${this.status(r.code)});`);
      return lines;
    }
    // Success: in the handler's last statement the status comes from @HttpCode.
    if (mode !== 'final') lines.push(`res.status(${this.status(r.code)});`);
    for (const [n, v] of r.headers) lines.push(`res.setHeader('${n}', ${this.expr(v)});`);
    const body = this.bodyExpr(r);
    lines.push(body === undefined ? 'return;' : `return ${body};`);
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const body = this.steps(h);
    const last = h.steps[h.steps.length - 1];
    const decorators: string[] = [];
    const path = this.colonPath(h.path).replace(/^\//, '');
    if (h.allowed) decorators.push(`// Declare after the ${h.allowed.join(' and ')} handlers for ${h.path}.`, `@All('${path}')`);
    else {
      const m = (h.methods[0] ?? 'GET').toLowerCase();
      decorators.push(`@${m[0]?.toUpperCase()}${m.slice(1)}('${path}')`);
    }
    if (last && last.k === 'respond') {
      if (last.r.redirectTo) decorators.push('@Redirect()');
      else if (last.r.code < 400 && last.r.code !== 200) decorators.push(`@HttpCode(${this.status(last.r.code)})`);
    }
    const params: string[] = [];
    if (this.uses(h, 'id')) params.push(`@Param('id') id: string`);
    for (const { name, header } of this.headerSteps(h)) params.push(`@Headers('${header.toLowerCase()}') ${name}: string | undefined`);
    if (body.some((l) => /\bres\./.test(l))) params.push('@Res({ passthrough: true }) res: Response');
    return [...decorators, `async ${h.fn}(${params.join(', ')}) {`, ...indent(body), '}'];
  }
}
