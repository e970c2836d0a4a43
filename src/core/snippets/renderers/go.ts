// Go net/http (also used for Gin projects: see detectFramework). Handlers are plain
// `func(w http.ResponseWriter, r *http.Request)` with Go 1.22 method patterns in the comment.
import { goStatusName } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent } from '../text';
import { Renderer, escapeDouble, quoted, type RenderOptions, type RespondMode } from './base';

const PROBLEM = 'application/problem+json';

export class GoRenderer extends Renderer {
  readonly id = 'go';
  readonly label = 'Go net/http';
  readonly languageIds: readonly string[] = ['go'];
  override supportsInformational(code: number): boolean {
    return code === 103;
  }
  private status(code: number): string {
    const n = goStatusName(code);
    return n ? `http.${n}` : String(code);
  }
  protected str(value: string, placeholder: boolean): string {
    return quoted('"', escapeDouble(value), placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    return `map[string]any{${entries.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`;
  }
  protected declare(name: string, value: string): string {
    return `${name} := ${value}`;
  }
  protected readHeader(header: string): string {
    return `r.Header.Get("${header}")`;
  }
  protected cond(c: Cond): string {
    switch (c.k) {
      case 'missing':
        return `${c.v} == ""`;
      case 'ifMatchFails':
        return `${c.h} != "" && ${c.h} != "*" && !slices.ContainsFunc(strings.Split(${c.h}, ","), func(t string) bool { return strings.TrimSpace(t) == ${c.etag} })`;
      case 'ifNoneMatchHits':
        return `${c.h} != "" && (strings.TrimSpace(${c.h}) == "*" || slices.ContainsFunc(strings.Split(${c.h}, ","), func(t string) bool { return strings.TrimPrefix(strings.TrimSpace(t), "W/") == strings.TrimPrefix(${c.etag}, "W/") }))`;
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if ${cond} {`, ...indent(body), '}'];
  }
  respond(r: Respond, mode: RespondMode): string[] {
    if (r.code === 103) {
      return [`w.Header().Add("Link", ${this.str('</style.css>; rel=preload; as=style', true)})`, `w.WriteHeader(${this.status(103)})`];
    }
    const lines = r.headers.map(([n, v]) => `w.Header().Set("${n}", ${this.expr(v)})`);
    if (r.redirectTo) {
      lines.push(`http.Redirect(w, r, ${this.expr(r.redirectTo)}, ${this.status(r.code)})`);
    } else {
      const body = this.bodyExpr(r);
      if (body !== undefined) lines.push(`w.Header().Set("Content-Type", "${this.isProblem(r) ? PROBLEM : 'application/json'}")`);
      lines.push(`w.WriteHeader(${this.status(r.code)})`);
      if (body !== undefined) lines.push(`json.NewEncoder(w).Encode(${body})`);
    }
    if (mode === 'early') lines.push('return');
    return lines;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const steps = this.steps(h);
    const pre = this.uses(h, 'id') ? ['id := r.PathValue("id")'] : [];
    if (h.allowed) {
      return [
        `// mux.HandleFunc("${h.path}", ${h.fn})`,
        `func ${h.fn}(w http.ResponseWriter, r *http.Request) {`,
        `\tif r.Method != ${h.allowed.map((m) => `http.Method${m[0]}${m.slice(1).toLowerCase()}`).join(' && r.Method != ')} {`,
        ...indent([...steps, 'return'], 2),
        '\t}',
        `\tjson.NewEncoder(w).Encode([]any{})`,
        '}',
      ];
    }
    return [
      `// mux.HandleFunc("${h.methods[0] ?? 'GET'} ${h.path}", ${h.fn})`,
      `func ${h.fn}(w http.ResponseWriter, r *http.Request) {`,
      ...indent([...pre, ...steps]),
      '}',
    ];
  }
}
