// Response snippets: spec-correct code that answers with a given status in one of 14 frameworks.
//
// Snippet bodies use VS Code snippet syntax: `${n:default}` tab stops numbered in reading order and
// a final `$0`; literal `$` and `\` are escaped (`\$data` in PHP), and `}` inside defaults.
// Indentation inside a body is one TAB per level; the editor adapter converts tabs to the document's
// indentation (VS Code does this for snippets inserted with SnippetString).
//
// Coverage: every status from 200 up, in both forms, for every framework. Informational codes are
// only offered where the framework can really send them: 103 Early Hints for Express
// (res.writeEarlyHints) and Go (WriteHeader with 1xx, Go 1.19+); other 1xx give undefined.
//
// Spring picks Java or Kotlin from `options.languageId` ('kotlin' → Kotlin, anything else → Java).
import { planFor, type ErrorBodyStyle } from './plan';
import { rendererFor } from './frameworks';
import { finalizeSnippet } from './text';

export { frameworks, frameworksForLanguage, detectFramework } from './frameworks';
export type { FrameworkInfo } from './frameworks';

export type SnippetForm = 'response' | 'handler';

export interface SnippetOptions {
  /** Error bodies: plain JSON `{ error, message }` (default) or RFC 9457 `application/problem+json`. */
  readonly errorBody?: 'json' | 'problemJson';
  /** The document's language id, where one framework spans languages (Spring: java / kotlin). */
  readonly languageId?: string;
}

export interface Snippet {
  readonly title: string;
  readonly body: string;
}

/** A snippet answering with `code` in `framework`, or undefined for unknown input. Never throws. */
export function snippetFor(code: number, framework: string, form?: SnippetForm, options?: SnippetOptions): Snippet | undefined {
  try {
    if (typeof code !== 'number' || !Number.isInteger(code)) return undefined;
    const base = rendererFor(framework);
    if (!base) return undefined;
    const f: SnippetForm = form === 'handler' ? 'handler' : form === undefined || form === 'response' ? 'response' : ('' as SnippetForm);
    if (f !== 'response' && f !== 'handler') return undefined;
    const opts: SnippetOptions = options && typeof options === 'object' ? options : {};
    const style: ErrorBodyStyle = opts.errorBody === 'problemJson' ? 'problemJson' : 'json';
    const renderer = base.forLanguage(typeof opts.languageId === 'string' ? opts.languageId : undefined);
    if (code < 200 && (f === 'handler' || !renderer.supportsInformational(code))) return undefined;
    const plan = planFor(code, style);
    if (!plan) return undefined;
    const lines =
      f === 'response'
        ? renderer.respond(plan.response, 'response')
        : renderer.handler(plan.handler, { languageId: opts.languageId });
    const what = f === 'handler' ? 'handler' : 'response';
    return {
      title: `${renderer.label} ${what} for ${plan.status.code} ${plan.status.name}`,
      body: finalizeSnippet(lines.join('\n')),
    };
  } catch {
    return undefined;
  }
}
