// Spring MVC / WebFlux controllers returning ResponseEntity, in Java or Kotlin (picked by language id).
import { springHttpStatusName } from '../constants';
import type { Cond, HandlerPlan, Respond } from '../plan';
import { indent } from '../text';
import { Renderer, escapeDouble, quoted, type RenderOptions } from './base';

type Lang = 'java' | 'kotlin';

export class SpringRenderer extends Renderer {
  readonly id = 'spring';
  readonly label = 'Spring';
  readonly languageIds: readonly string[] = ['java', 'kotlin'];
  constructor(private readonly lang: Lang = 'java') {
    super();
  }
  override forLanguage(languageId: string | undefined): Renderer {
    const lang: Lang = languageId === 'kotlin' ? 'kotlin' : 'java';
    return lang === this.lang ? this : new SpringRenderer(lang);
  }
  private get kt(): boolean {
    return this.lang === 'kotlin';
  }
  private end(line: string): string {
    return this.kt ? line : line + ';';
  }
  private status(code: number): string {
    const n = springHttpStatusName(code);
    return n ? `HttpStatus.${n}` : String(code);
  }
  protected str(value: string, placeholder: boolean): string {
    const esc = escapeDouble(value);
    return quoted('"', this.kt ? esc.replace(/\$/g, '\\$') : esc, placeholder);
  }
  protected obj(entries: readonly (readonly [string, string])[]): string {
    if (this.kt) return `mapOf(${entries.map(([k, v]) => `"${k}" to ${v}`).join(', ')})`;
    return `Map.of(${entries.map(([k, v]) => `"${k}", ${v}`).join(', ')})`;
  }
  protected declare(name: string, value: string): string {
    return this.kt ? `val ${name} = ${value}` : `var ${name} = ${value};`;
  }
  protected readHeader(header: string): string {
    return `request.getHeader("${header}")`;
  }
  protected override headerStep(): string[] {
    return []; // bound as @RequestHeader parameters
  }
  protected cond(c: Cond): string {
    if (this.kt) {
      switch (c.k) {
        case 'missing':
          return `${c.v}.isNullOrEmpty()`;
        case 'ifMatchFails':
          return `${c.h} != null && ${c.h} != "*" && ${c.h}.split(",").map { it.trim() }.none { it == ${c.etag} }`;
        case 'ifNoneMatchHits':
          return `${c.h} != null && (${c.h}.trim() == "*" || ${c.h}.split(",").map { it.trim().removePrefix("W/") }.any { it == ${c.etag}.removePrefix("W/") })`;
      }
    }
    switch (c.k) {
      case 'missing':
        return `${c.v} == null || ${c.v}.isEmpty()`;
      case 'ifMatchFails':
        return `${c.h} != null && !${c.h}.equals("*") && Arrays.stream(${c.h}.split(",")).map(String::trim).noneMatch(${c.etag}::equals)`;
      case 'ifNoneMatchHits':
        return `${c.h} != null && (${c.h}.trim().equals("*") || Arrays.stream(${c.h}.split(",")).map(t -> t.trim().replaceFirst("^W/", "")).anyMatch(${c.etag}.replaceFirst("^W/", "")::equals))`;
    }
  }
  protected ifBlock(cond: string, body: readonly string[]): string[] {
    return [`if (${cond}) {`, ...indent(body), '}'];
  }
  respond(r: Respond): string[] {
    const chain: string[] = [];
    for (const [n, v] of r.headers) {
      chain.push(n === 'Location' ? `.location(URI.create(${this.expr(v)}))` : `.header("${n}", ${this.expr(v)})`);
    }
    if (r.redirectTo) chain.push(`.location(URI.create(${this.expr(r.redirectTo)}))`);
    if (this.isProblem(r)) chain.push('.contentType(MediaType.APPLICATION_PROBLEM_JSON)');
    const body = this.bodyExpr(r);
    chain.push(body === undefined ? (this.kt ? '.build<Any>()' : '.build()') : `.body(${body})`);
    const first = `return ResponseEntity.status(${this.status(r.code)})`;
    if (chain.length === 1) return [this.end(first + chain[0])];
    const last = chain[chain.length - 1] ?? '';
    return [first, ...indent(chain.slice(0, -1)), '\t' + this.end(last)];
  }
  private mapping(h: HandlerPlan): string {
    if (h.allowed) {
      const methods = h.methods.map((m) => `RequestMethod.${m}`).join(', ');
      return this.kt
        ? `@RequestMapping(path = ["${h.path}"], method = [${methods}])`
        : `@RequestMapping(path = "${h.path}", method = { ${methods} })`;
    }
    const m = (h.methods[0] ?? 'GET').toLowerCase();
    return `@${m[0]?.toUpperCase()}${m.slice(1)}Mapping("${h.path}")`;
  }
  handler(h: HandlerPlan, options: RenderOptions): string[] {
    void options;
    const params: string[] = [];
    if (this.uses(h, 'id')) params.push(this.kt ? '@PathVariable id: String' : '@PathVariable String id');
    for (const { name, header } of this.headerSteps(h)) {
      params.push(
        this.kt
          ? `@RequestHeader(value = "${header}", required = false) ${name}: String?`
          : `@RequestHeader(value = "${header}", required = false) String ${name}`,
      );
    }
    const sig = this.kt
      ? `fun ${h.fn}(${params.join(', ')}): ResponseEntity<*> {`
      : `public ResponseEntity<?> ${h.fn}(${params.join(', ')}) {`;
    return [
      ...(h.allowed ? [`// Answers the methods ${h.path} does not support (${h.allowed.join(', ')} are mapped elsewhere).`] : []),
      this.mapping(h),
      sig,
      ...indent(this.steps(h)),
      '}',
    ];
  }
}
