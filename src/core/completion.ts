// Where a status code (or a named status constant) may be typed, for code completion in source files.
//
// Literal contexts reuse the detection engine: a probe code is put where the cursor is, and if the
// engine reads it as a status literal (`res.status(404`, `abort(404`, `status_code=404`,
// `w.WriteHeader(404`, `render status: 404`, ...), the cursor is in a status context. A short guard
// on the character before keeps prose (`// returns |`) from popping a list at every space.
// Constant contexts read the qualifier before the cursor (`HTTPStatus.`, `http.Status`,
// `status.HTTP_`, `StatusCodes.`, `HttpStatus.`, `Response::HTTP_`, Rails `status: :`) and look it up
// in the constant families of ./detect/constants.ts.
import { getStatus } from './catalog';
import { findStatusMentions } from './detect';
import { constantFamiliesFor, constantName, type ConstantFamily } from './detect/constants';
import { KEYWORDS_BEFORE, CASE_WORDS } from './detect/contexts';
import { statusesByUse } from './statusLine';

export type CodeCompletionContext =
  | { readonly kind: 'literal'; /** Digits already typed, replaced by the completion. */ readonly typed: string }
  | {
      readonly kind: 'constant';
      readonly constantFamily: ConstantFamily;
      /** The qualifier as written before the member, e.g. 'HTTPStatus', 'http', 'Response'. */
      readonly qualifier: string;
      /** Member characters already typed, replaced by the completion. */
      readonly typed: string;
    };

const MAX_PREFIX = 4096;
const PROBE = '404';
/** Characters after which a status argument/value starts (`(`, `,`, `=`, `:`, `[`, `{`, `=>`). */
const VALUE_START = new Set(['(', ',', '=', ':', '[', '{', '>']);

const QUALIFIED_RE = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)(\.|::)([A-Za-z0-9_]*)$/;
const RUBY_SYMBOL_RE = /(?:\bstatus['"]?\s*(?::|=>)|\bhead\b\s*\(?|have_http_status\s*\(?|assert_response\s*\(?|respond_with\s*\(?)\s*:([a-z_]*)$/;
const RUBY_LANGUAGES = new Set(['ruby', 'erb', 'haml']);

/** What may be completed at the end of `linePrefix` (the line up to the cursor), if anything. */
export function completionContextAt(linePrefix: string, languageId: string): CodeCompletionContext | undefined {
  if (typeof linePrefix !== 'string' || linePrefix.length > MAX_PREFIX || typeof languageId !== 'string') return undefined;
  return constantContext(linePrefix, languageId) ?? literalContext(linePrefix, languageId);
}

function literalContext(linePrefix: string, languageId: string): CodeCompletionContext | undefined {
  const typed = /\d{0,3}$/.exec(linePrefix)?.[0] ?? '';
  const before = linePrefix.slice(0, linePrefix.length - typed.length);
  if (/[\w$.]$/.test(before)) return undefined; // part of an identifier or a bigger number
  const trimmed = before.trimEnd();
  const last = trimmed.charAt(trimmed.length - 1);
  if (!VALUE_START.has(last)) {
    const word = /([A-Za-z_]\w*)$/.exec(trimmed)?.[1];
    if (!word || trimmed.length === before.length || !(KEYWORDS_BEFORE.has(word) || CASE_WORDS.has(word))) return undefined;
  }
  const probe = before + PROBE;
  const hit = findStatusMentions(probe, languageId).some((m) => m.kind === 'literal' && m.start === before.length && m.end === probe.length);
  return hit ? { kind: 'literal', typed } : undefined;
}

function constantContext(linePrefix: string, languageId: string): CodeCompletionContext | undefined {
  if (RUBY_LANGUAGES.has(languageId)) {
    const m = RUBY_SYMBOL_RE.exec(linePrefix);
    const rails = constantFamiliesFor(languageId).find((f) => f.separator === ':');
    if (m && rails) return { kind: 'constant', constantFamily: rails, qualifier: '', typed: m[1] ?? '' };
    return undefined;
  }
  const m = QUALIFIED_RE.exec(linePrefix);
  if (!m) return undefined;
  const dotted = m[1] ?? '';
  const separator = m[2] ?? '';
  const typed = m[3] ?? '';
  if (m.index > 0 && /[\w$]/.test(linePrefix.charAt(m.index - 1))) return undefined;
  const segments = dotted.split('.');
  const last = segments[segments.length - 1] ?? '';
  const families = constantFamiliesFor(languageId).filter((f) => f.separator === separator);
  const matches: ConstantFamily[] = [];
  for (const f of families) {
    if (qualifierMatches(f, segments, typed)) matches.push(f);
  }
  if (matches.length === 0) return undefined;
  // `HttpStatus.` in TypeScript is NestJS's enum, not http-status-codes' alias: prefer the family that writes it so.
  const best = matches.find((f) => f.preferredQualifier === last || f.preferredQualifier === dotted) ?? matches[0];
  return best ? { kind: 'constant', constantFamily: best, qualifier: dotted, typed } : undefined;
}

function qualifierMatches(family: ConstantFamily, segments: readonly string[], typed: string): boolean {
  const last = segments[segments.length - 1] ?? '';
  for (const q of family.qualifiers) {
    if (q === '*') {
      // Any receiver (`http.Status`, `fiber.Status`, `response.SC_`): the member prefix must be under way,
      // except after the package that defines the family (`http.` in Go).
      const prefix = family.memberPrefix ?? '';
      if (last === family.preferredQualifier && prefix.startsWith(typed)) return true;
      if (typed.length > 0 && (prefix.startsWith(typed) ? typed.length >= Math.min(2, prefix.length) : typed.startsWith(prefix))) return true;
      continue;
    }
    const parts = q.split('.');
    if (parts.length > segments.length) continue;
    if (!parts.every((p, i) => segments[segments.length - parts.length + i] === p)) continue;
    // A lower-case qualifier that is not the family's own (`status.` in JavaScript) is often a variable:
    // only complete once an upper-case member is being typed.
    const own = q === family.preferredQualifier || /^[A-Z]/.test(q);
    if (!own && !/^[A-Z]/.test(typed)) continue;
    if (family.memberPrefix && !(family.memberPrefix.startsWith(typed) || typed.startsWith(family.memberPrefix))) continue;
    // A common class name whose family is known by its full name (Ninja's `Result`, as `ninja.Result`): only once
    // the member prefix is being typed (`Result.S`).
    if (family.memberPrefix && typed === '' && family.preferredQualifier.endsWith(family.separator + q) && !segments.join(family.separator).endsWith(family.preferredQualifier)) continue;
    return true;
  }
  return false;
}

export interface CompletionEntry {
  readonly code: number;
  /** '412 Precondition Failed' for literals, the member ('PRECONDITION_FAILED') for constants. */
  readonly label: string;
  /** What is inserted in place of the typed characters. */
  readonly insertText: string;
  /** '412 Precondition Failed' for constants; undefined for literals (the label says it). */
  readonly detail?: string;
  /** The status summary (documentation). */
  readonly documentation: string;
  /** Rank by use: 0 is the most used. */
  readonly rank: number;
  readonly official: boolean;
}

/** The completion entries for a context, most used codes first. */
export function completionEntries(ctx: CodeCompletionContext): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const s of statusesByUse()) {
    if (ctx.kind === 'literal') {
      out.push({ code: s.code, label: `${s.code} ${s.name}`, insertText: String(s.code), documentation: s.summary, rank: out.length, official: s.official });
      continue;
    }
    const member = constantName(ctx.constantFamily, s.code);
    if (member === undefined) continue;
    out.push({ code: s.code, label: member, insertText: member, detail: `${s.code} ${s.name}`, documentation: s.summary, rank: out.length, official: s.official });
  }
  return out;
}

/** The catalog name of a code, for labels ('412 Precondition Failed'), or undefined if unknown. */
export function statusLabel(code: number): string | undefined {
  const s = getStatus(code);
  return s ? `${s.code} ${s.name}` : undefined;
}
