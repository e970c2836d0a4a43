// Status lines in .http/.rest files (`HTTP/1.1 412 Precondition Failed`): checks and completion contexts.
import { allStatuses, getStatus } from './catalog';
import type { HttpStatus } from './types';

export type StatusLineSeverity = 'warning' | 'information';

export interface StatusLineProblem {
  readonly kind: 'reason-mismatch' | 'unassigned' | 'unofficial';
  readonly severity: StatusLineSeverity;
  readonly message: string;
  /** UTF-16 range in the line, end exclusive: the reason phrase for a mismatch, else the code. */
  readonly start: number;
  readonly end: number;
  readonly code: number;
  /** For a mismatch: the registered phrase to put instead. */
  readonly replacement?: string;
}

const STATUS_LINE = /^(\s*HTTP\/\d(?:\.\d)?[ \t]+)(\d{3})(?:([ \t]+)(.*?))?[ \t]*\r?$/;
const MAX_LINE = 4096;

function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s-]+/g, ' ').trim();
}

function phraseMatches(status: HttpStatus, phrase: string): boolean {
  const p = normalisePhrase(phrase);
  return [status.name, ...status.aliases].some((n) => normalisePhrase(n) === p);
}

/** The problem on one line of a .http file, if it is a status line with something to say. */
export function checkStatusLine(line: string): StatusLineProblem | undefined {
  if (typeof line !== 'string' || line.length > MAX_LINE) return undefined;
  const m = STATUS_LINE.exec(line);
  if (!m) return undefined;
  const prefix = m[1] ?? '';
  const codeText = m[2] ?? '';
  const code = Number(codeText);
  const codeStart = prefix.length;
  const codeEnd = codeStart + 3;
  const status = getStatus(code);
  if (!status) {
    return { kind: 'unassigned', severity: 'warning', code, start: codeStart, end: codeEnd, message: `${code} is not an assigned HTTP status code.` };
  }
  const phrase = m[4] ?? '';
  if (phrase !== '' && !phraseMatches(status, phrase)) {
    const start = codeEnd + (m[3] ?? '').length;
    return {
      kind: 'reason-mismatch',
      severity: 'warning',
      code,
      start,
      end: start + phrase.length,
      replacement: status.name,
      message: `The reason phrase "${phrase.slice(0, 60)}" does not match ${code}: its registered phrase is "${status.name}".`,
    };
  }
  if (!status.official) {
    return {
      kind: 'unofficial',
      severity: 'information',
      code,
      start: codeStart,
      end: codeEnd,
      message: `${code} ${status.name} is not an official HTTP status code: it is used by ${status.vendor ?? 'some servers'}.`,
    };
  }
  return undefined;
}

/** Where a status code may be typed: after `HTTP/1.1 ` or `HTTP/2 `, or after httpYac's `?? status ==`. */
export type StatusCompletionContext = { readonly kind: 'status-line' | 'assertion'; readonly typed: string };

export function statusCompletionContext(linePrefix: string): StatusCompletionContext | undefined {
  if (typeof linePrefix !== 'string' || linePrefix.length > MAX_LINE) return undefined;
  let m = /^\s*HTTP\/\d(?:\.\d)?[ \t]+(\d{0,3})$/.exec(linePrefix);
  if (m) return { kind: 'status-line', typed: m[1] ?? '' };
  m = /^\s*\?\?\s*status\s*(?:==|===|!=|>=|<=|>|<)\s*(\d{0,3})$/.exec(linePrefix);
  if (m) return { kind: 'assertion', typed: m[1] ?? '' };
  return undefined;
}

/** Codes in the order developers reach for them: the most used first, then every other code. */
export const COMMON_CODES: readonly number[] = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 301, 302, 304, 307, 308, 405, 412, 415, 502, 503, 504];

export function statusesByUse(): HttpStatus[] {
  const rank = new Map(COMMON_CODES.map((c, i) => [c, i]));
  return [...allStatuses()].sort((a, b) => (rank.get(a.code) ?? 1000 + a.code) - (rank.get(b.code) ?? 1000 + b.code));
}
