// Code examples for the explanation page. The page always shows Express, Flask and PHP first.
// Their text comes from an ExampleSource: by default the snippet generator in src/core/snippets, the
// same one the quick fixes use, so the page and the editor never disagree.
import type { HttpStatus } from '../types';
import { frameworks, snippetFor } from '../snippets';
import { snippetToPlainText } from './snippet-text';

/** One example as the page shows it: plain code, no snippet syntax. */
export interface CodeExample {
  /** Stable key sent back to the host in `{command, code, framework}` (e.g. 'express'). */
  readonly framework: string;
  /** Tab label, e.g. 'Express'. */
  readonly label: string;
  /** Language id for the code block, e.g. 'javascript'. */
  readonly language: string;
  /** The code, plain text. */
  readonly body: string;
}

/**
 * The snippet generator's contract: `snippetFor(code, framework, form?)` returns a body in VS Code
 * snippet syntax (`${1:default}`), or undefined when it has no snippet for that pair.
 */
export type ExampleSource = (
  code: number,
  framework: string,
  form?: 'response' | 'handler',
) => { readonly title: string; readonly body: string } | undefined;

export const DEFAULT_FRAMEWORKS: readonly { readonly framework: string; readonly label: string; readonly language: string }[] = [
  { framework: 'express', label: 'Express', language: 'javascript' },
  { framework: 'flask', label: 'Flask', language: 'python' },
  { framework: 'php', label: 'PHP', language: 'php' },
];

/**
 * The example for a framework as the page shows it (and inserts it): a whole handler where the source
 * has one for the code, else the response statements. Body in snippet syntax.
 */
export function pickExample(source: ExampleSource, code: number, framework: string): { form: 'handler' | 'response'; title: string; body: string } | undefined {
  try {
    for (const form of ['handler', 'response'] as const) {
      const snippet = source(code, framework, form);
      if (snippet && typeof snippet.body === 'string') return { form, title: snippet.title, body: snippet.body };
    }
  } catch {
    // a caller's source that throws is treated as having nothing
  }
  return undefined;
}

function exampleBody(source: ExampleSource, code: number, framework: string): string | undefined {
  const picked = pickExample(source, code, framework);
  return picked && snippetToPlainText(picked.body);
}

/**
 * The examples the page shows: Express, Flask and PHP (from `extra` if it has them, else from
 * `source`, then from the snippet generator), then the other entries of `extra` in their order, then
 * the frameworks named in `moreFrameworks` (from `source`).
 */
export function pageExamples(
  status: HttpStatus,
  extra: readonly CodeExample[] = [],
  source: ExampleSource = snippetFor,
  moreFrameworks: readonly string[] = [],
): CodeExample[] {
  const out: CodeExample[] = [];
  for (const d of DEFAULT_FRAMEWORKS) {
    const given = extra.find((e) => e.framework === d.framework);
    if (given) {
      out.push(given);
      continue;
    }
    const body = exampleBody(source, status.code, d.framework) ?? (source === snippetFor ? undefined : exampleBody(snippetFor, status.code, d.framework));
    if (body !== undefined) out.push({ ...d, body });
  }
  for (const e of extra) {
    if (!DEFAULT_FRAMEWORKS.some((d) => d.framework === e.framework)) out.push(e);
  }
  for (const id of moreFrameworks) {
    const info = frameworks().find((f) => f.id === id);
    if (!info || out.some((e) => e.framework === id)) continue;
    const body = exampleBody(source, status.code, id);
    if (body !== undefined) out.push({ framework: id, label: info.label, language: info.languageIds[0] ?? 'plaintext', body });
  }
  return out;
}
