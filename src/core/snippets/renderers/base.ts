// The shared part of every framework renderer: walking a plan's steps, rendering expressions, and
// building error bodies. A concrete renderer supplies the language's literals and the framework's
// response idiom.
import type { Body, Cond, Expr, HandlerPlan, Respond, Step } from '../plan';
import { ph } from '../text';

/** Where a response statement stands: a snippet on its own, an early exit inside a handler, or the handler's last statement. */
export type RespondMode = 'response' | 'early' | 'final';

export interface RenderOptions {
  readonly languageId?: string;
}

export abstract class Renderer {
  abstract readonly id: string;
  abstract readonly label: string;
  abstract readonly languageIds: readonly string[];

  /** Quote and escape a string literal. `placeholder` wraps the (escaped) content in a tab stop. */
  protected abstract str(value: string, placeholder: boolean): string;
  protected abstract obj(entries: readonly (readonly [string, string])[]): string;
  protected concat(parts: readonly string[]): string {
    return parts.join(' + ');
  }
  /** Local variable / function name in this language's style. */
  protected name(camel: string): string {
    return camel;
  }
  protected abstract declare(name: string, value: string): string;
  protected abstract readHeader(header: string): string;
  protected abstract cond(c: Cond): string;
  protected abstract ifBlock(cond: string, body: readonly string[]): string[];
  abstract respond(r: Respond, mode: RespondMode, h?: HandlerPlan): string[];
  abstract handler(h: HandlerPlan, options: RenderOptions): string[];

  /** Whether this framework can send the 1xx `code` (2xx–5xx are always supported). */
  supportsInformational(code: number): boolean {
    void code;
    return false;
  }

  /** Re-target the renderer for a language id (Spring: Java or Kotlin). */
  forLanguage(languageId: string | undefined): Renderer {
    void languageId;
    return this;
  }

  expr(e: Expr): string {
    switch (e.k) {
      case 'str':
        return this.str(e.v, e.ph === true);
      case 'num':
        return String(e.v);
      case 'var':
        return this.name(e.name);
      case 'call':
        return `${ph(this.name(e.fn))}(${e.args.map((a) => this.name(a)).join(', ')})`;
      case 'concat':
        return this.concat(e.parts.map((p) => this.expr(p)));
      case 'obj':
        return this.obj(e.entries.map(([k, v]) => [k, this.expr(v)] as const));
    }
  }

  /** The entries of an error body, or of a data body. */
  protected bodyExpr(r: Respond): string | undefined {
    const b: Body = r.body;
    if (b.k === 'none') return undefined;
    if (b.k === 'data') return this.expr(b.e);
    return this.obj(this.errorEntries(r, b.problem, b.detail));
  }

  protected errorEntries(r: Respond, problem: boolean, detail: string): (readonly [string, string])[] {
    if (problem) {
      return [
        ['type', this.str('about:blank', true)],
        ['title', this.str(r.name, false)],
        ['status', String(r.code)],
        ['detail', this.str(detail, true)],
      ];
    }
    return [
      ['error', this.str(r.name, false)],
      ['message', this.str(detail, true)],
    ];
  }

  protected isProblem(r: Respond): boolean {
    return r.body.k === 'error' && r.body.problem;
  }

  /** The statements of a handler body. */
  protected steps(h: HandlerPlan): string[] {
    const out: string[] = [];
    const steps = h.steps;
    steps.forEach((s: Step, i: number) => {
      switch (s.k) {
        case 'let':
          out.push(this.declare(s.name, this.expr(s.e)));
          break;
        case 'header':
          out.push(...this.headerStep(s.name, s.header));
          break;
        case 'if':
          out.push(...this.ifBlock(this.cond(s.cond), this.respond(s.then, 'early', h)));
          break;
        case 'respond':
          out.push(...this.respond(s.r, i === steps.length - 1 ? 'final' : 'early', h));
          break;
      }
    });
    return out;
  }

  /** Read a request header into a variable (some frameworks bind headers as parameters instead). */
  protected headerStep(name: string, header: string): string[] {
    return [this.declare(name, this.readHeader(header))];
  }

  /** Whether the handler's steps use the variable (path parameters are only read when used). */
  protected uses(h: HandlerPlan, variable: string): boolean {
    const walk = (e: Expr): boolean => {
      switch (e.k) {
        case 'var':
          return e.name === variable;
        case 'call':
          return e.args.includes(variable);
        case 'concat':
          return e.parts.some(walk);
        case 'obj':
          return e.entries.some(([, v]) => walk(v));
        default:
          return false;
      }
    };
    const inRespond = (r: Respond): boolean =>
      r.headers.some(([, v]) => walk(v)) || (r.body.k === 'data' && walk(r.body.e)) || (r.redirectTo ? walk(r.redirectTo) : false);
    return h.steps.some((s) => {
      if (s.k === 'let') return walk(s.e);
      if (s.k === 'if') return inRespond(s.then);
      if (s.k === 'respond') return inRespond(s.r);
      return false;
    });
  }

  /** Header-reading steps (frameworks that bind headers as handler parameters use this). */
  protected headerSteps(h: HandlerPlan): { name: string; header: string }[] {
    return h.steps.flatMap((s) => (s.k === 'header' ? [{ name: s.name, header: s.header }] : []));
  }
}

/** Escape for a double-quoted C-like string literal. */
export function escapeDouble(s: string): string {
  return s.replace(/[\\"]/g, (c) => '\\' + c);
}

/** Escape for a single-quoted literal (JS, PHP). */
export function escapeSingle(s: string): string {
  return s.replace(/[\\']/g, (c) => '\\' + c);
}

export function quoted(q: string, content: string, placeholder: boolean): string {
  return q + (placeholder ? ph(content) : content) + q;
}
