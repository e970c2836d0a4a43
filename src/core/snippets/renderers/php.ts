// PHP: plain PHP, Laravel, Symfony. Variables are `$name`; the snippet text layer escapes `$` as `\$`.
import { symfonyConstantName } from '../constants';
import type { Cond, Expr, HandlerPlan, Respond } from '../plan';
import { indent, ph } from '../text';
import { Renderer, escapeSingle, quoted, type RenderOptions, type RespondMode } from './base';

const PROBLEM = 'application/problem+json';

abstract class PhpRenderer extends Renderer {
  readonly languageIds: readonly string[] = ['php'];
  protected str(value: string, placeholder: boolean): string {
    return quoted("'", escapeSingle(value), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `[${entries.map(([k, v]) => `'${k}' => ${v}`).join(', ')}]`;
  }
  protected override concat(parts: readonly string[]): string {
    return parts.join(' . ');
  }
  protected override name(camel: string): string {
    return '$' + camel;
  }
  override expr(e: Expr): string {
    // Function names are not variables in PHP.
    if (e.k === 'call') return `${ph(e.fn)}(${e.args.map((a) => this.name(a)).join(', ')})`;
    return super.expr(e);
  }
  protected declare(name: string, value: string): string {
    return `${this.name(name)} = ${value};`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `(${this.name(c.v)} ?? '') === ''`;
      case 'ifMatchFails': {
        const h = this.name(c.h);
        return `${h} !== null && ${h} !== '*' && !in_array(${this.name(c.etag)}, array_map('trim', explode(',', ${h})), true)`;
      }
      case 'ifNoneMatchHits': {
        const h = this.name(c.h);
        const e = this.name(c.etag);
        return `${h} !== null && (trim(${h}) === '*' || in_array(str_replace('W/', '', ${e}), array_map(fn ($t) => str_replace('W/', '', trim($t)), explode(',', ${h})), true))`;
      }
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if (${cond}) {`, ...indent(body), '}'];
  }
  protected headerArray(r: Respond, withProblemType: boolean): string | undefined {
    const entries = r.headers.map(([n, v]) => [n, this.expr(v)] as const);
    if (withProblemType && this.isProblem(r)) entries.push(['Content-Type', `'${PROBLEM}'`]);
    return entries.length > 0 ? this.obj(entries) : undefined;
  }
}

export class PlainPhpRenderer extends PhpRenderer {
  readonly id = 'php';
  readonly label = 'PHP';
  protected readHeader(header: string): string {
    return `$_SERVER['HTTP_${header.toUpperCase().replace(/-/g, '_')}'] ?? null`;
  }
  private headerCall(name: string, value: Expr, extra = ''): string {
    if (value.k === 'str') {
      const content = escapeSingle(value.v);
      return `header('${name}: ${value.ph === true ? ph(content) : content}'${extra});`;
    }
    return `header('${name}: ' . ${this.expr(value)}${extra});`;
  }
  respond(r: Respond, mode: RespondMode): string[] {
    const lines: string[] = [];
    if (r.redirectTo) {
      for (const [n, v] of r.headers) lines.push(this.headerCall(n, v));
      lines.push(this.headerCall('Location', r.redirectTo, `, true, ${r.code}`), 'exit;');
      return lines;
    }
    lines.push(`http_response_code(${r.code});`);
    for (const [n, v] of r.headers) lines.push(this.headerCall(n, v));
    const body = this.bodyExpr(r);
    if (body !== undefined) {
      lines.push(`header('Content-Type: ${this.isProblem(r) ? PROBLEM : 'application/json'}');`);
      lines.push(`echo json_encode(${body});`);
    }
    if (mode === 'early') lines.push('exit;');
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const pre = this.uses(h, 'id') ? ["$id = $_GET['id'] ?? '';"] : [];
    const steps = this.steps(h);
    if (h.allowed) {
      return [
        `// ${h.path}`,
        `if (!in_array($_SERVER['REQUEST_METHOD'], [${h.allowed.map((m) => `'${m}'`).join(', ')}], true)) {`,
        ...indent(steps),
        '}',
      ];
    }
    return [`// ${h.methods[0] ?? 'GET'} ${h.path}`, ...pre, ...steps];
  }
}

export class LaravelRenderer extends PhpRenderer {
  readonly id = 'laravel';
  readonly label = 'Laravel';
  protected readHeader(header: string): string {
    return `$request->header('${header}')`;
  }
  respond(r: Respond): string[] {
    if (r.redirectTo) {
      const h = this.headerArray(r, false);
      return [`return redirect()->to(${this.expr(r.redirectTo)}, ${r.code}${h ? `, ${h}` : ''});`];
    }
    const h = this.headerArray(r, true);
    const body = this.bodyExpr(r);
    if (body === undefined) return [`return response('', ${r.code}${h ? `, ${h}` : ''});`];
    return [`return response()->json(${body}, ${r.code}${h ? `, ${h}` : ''});`];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params = ['Request $request', ...(h.params.includes('id') ? ['string $id'] : [])];
    const route = h.allowed
      ? [`// Register after the ${h.allowed.join(' and ')} route for ${h.path}.`, `Route::match([${h.methods.map((m) => `'${m.toLowerCase()}'`).join(', ')}], '${h.path}', function (${params.join(', ')}) {`]
      : [`Route::${(h.methods[0] ?? 'GET').toLowerCase()}('${h.path}', function (${params.join(', ')}) {`];
    return [...route, ...indent(this.steps(h)), '});'];
  }
}

export class SymfonyRenderer extends PhpRenderer {
  readonly id = 'symfony';
  readonly label = 'Symfony';
  private status(code: number): string {
    const n = symfonyConstantName(code);
    return n ? `Response::${n}` : String(code);
  }
  protected readHeader(header: string): string {
    return `$request->headers->get('${header}')`;
  }
  respond(r: Respond): string[] {
    if (r.redirectTo) {
      const h = this.headerArray(r, false);
      return [`return new RedirectResponse(${this.expr(r.redirectTo)}, ${this.status(r.code)}${h ? `, ${h}` : ''});`];
    }
    const h = this.headerArray(r, true);
    const body = this.bodyExpr(r);
    if (body === undefined) return [`return new Response(null, ${this.status(r.code)}${h ? `, ${h}` : ''});`];
    return [`return new JsonResponse(${body}, ${this.status(r.code)}${h ? `, ${h}` : ''});`];
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params = ['Request $request', ...(h.params.includes('id') ? ['string $id'] : [])];
    return [
      ...(h.allowed ? [`// Declare after the ${h.allowed.join(' and ')} route for ${h.path}.`] : []),
      `#[Route('${h.path}', methods: [${h.methods.map((m) => `'${m}'`).join(', ')}])]`,
      `public function ${h.fn}(${params.join(', ')}): Response`,
      '{',
      ...indent(this.steps(h)),
      '}',
    ];
  }
}
