// The framework registry, and guessing a document's framework from its imports.
import type { Renderer } from './renderers/base';
import { ExpressRenderer, FastifyRenderer, KoaRenderer, NestRenderer } from './renderers/js';
import { DjangoRenderer, FastApiRenderer, FlaskRenderer } from './renderers/python';
import { LaravelRenderer, PlainPhpRenderer, SymfonyRenderer } from './renderers/php';
import { GoRenderer } from './renderers/go';
import { SpringRenderer } from './renderers/spring';
import { AspNetCoreRenderer } from './renderers/aspnetcore';
import { RailsRenderer } from './renderers/rails';

export interface FrameworkInfo {
  readonly id: string;
  readonly label: string;
  readonly languageIds: readonly string[];
}

/** Display order: within a language, the most common choice comes first (Express, Flask, PHP). */
const RENDERERS: readonly Renderer[] = [
  new ExpressRenderer(),
  new FastifyRenderer(),
  new KoaRenderer(),
  new NestRenderer(),
  new FlaskRenderer(),
  new FastApiRenderer(),
  new DjangoRenderer(),
  new PlainPhpRenderer(),
  new LaravelRenderer(),
  new SymfonyRenderer(),
  new GoRenderer(),
  new SpringRenderer(),
  new AspNetCoreRenderer(),
  new RailsRenderer(),
];

const BY_ID: ReadonlyMap<string, Renderer> = new Map(RENDERERS.map((r) => [r.id, r]));

const INFOS: readonly FrameworkInfo[] = Object.freeze(
  RENDERERS.map((r) => Object.freeze({ id: r.id, label: r.label, languageIds: Object.freeze([...r.languageIds]) })),
);

export function rendererFor(id: unknown): Renderer | undefined {
  return typeof id === 'string' ? BY_ID.get(id) : undefined;
}

/** Every supported framework, in display order. */
export function frameworks(): readonly FrameworkInfo[] {
  return INFOS;
}

/** The frameworks that write code in `languageId`, in display order. */
export function frameworksForLanguage(languageId: string): readonly FrameworkInfo[] {
  if (typeof languageId !== 'string') return [];
  return INFOS.filter((f) => f.languageIds.includes(languageId));
}

/** Ordered checks: the first whose pattern matches the document wins (specific before generic). */
const DETECTORS: readonly { readonly id: string; readonly langs: readonly string[]; readonly re: RegExp }[] = [
  { id: 'nestjs', langs: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'], re: /(?:from\s+|require\(\s*)['"]@nestjs\// },
  { id: 'fastify', langs: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'], re: /(?:from\s+|require\(\s*)['"]fastify['"/]/ },
  { id: 'koa', langs: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'], re: /(?:from\s+|require\(\s*)['"](?:koa|@koa\/router|koa-router)['"]/ },
  { id: 'express', langs: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'], re: /(?:from\s+|require\(\s*)['"]express['"]/ },
  { id: 'fastapi', langs: ['python'], re: /^\s*(?:from\s+fastapi[\s.]|import\s+fastapi\b)/m },
  { id: 'flask', langs: ['python'], re: /^\s*(?:from\s+flask[\s.]|import\s+flask\b)/m },
  { id: 'django', langs: ['python'], re: /^\s*(?:from\s+django[\s.]|import\s+django\b)/m },
  { id: 'laravel', langs: ['php'], re: /\buse\s+Illuminate\\/ },
  { id: 'symfony', langs: ['php'], re: /\buse\s+Symfony\\/ },
  { id: 'go', langs: ['go'], re: /"net\/http"|"github\.com\/gin-gonic\/gin"/ },
  { id: 'spring', langs: ['java', 'kotlin'], re: /\bimport\s+org\.springframework\./ },
  { id: 'aspnetcore', langs: ['csharp'], re: /\busing\s+Microsoft\.AspNetCore\b/ },
  { id: 'rails', langs: ['ruby'], re: /<\s*(?:ApplicationController|ActionController::(?:Base|API))\b|\bApplicationController\b/ },
];

/**
 * The framework a document evidently uses, from its imports. PHP files without Laravel or
 * Symfony imports are plain PHP. Gin projects get the `go` (net/http) snippets: Gin handlers can
 * use `c.Writer` / `c.Request` with the same calls. Undefined when nothing matches.
 */
export function detectFramework(documentText: string, languageId: string): string | undefined {
  if (typeof documentText !== 'string' || typeof languageId !== 'string') return undefined;
  const text = documentText.length > 200_000 ? documentText.slice(0, 200_000) : documentText;
  for (const d of DETECTORS) {
    if (d.langs.includes(languageId) && d.re.test(text)) return d.id;
  }
  if (languageId === 'php') return 'php';
  return undefined;
}
