// Validation of untrusted input that reaches the extension: command arguments (from hover links,
// keybindings or other extensions) and messages posted by the explanation page's webview.
import { getStatus } from './catalog';
import type { HttpStatus } from './types';

/** Why an argument was refused: `shown` is a short printable form of what was given. */
export type Refusal = { readonly reason: 'not-a-code'; readonly shown: string } | { readonly reason: 'out-of-range' | 'unassigned'; readonly code: number };

export type Parsed<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false; readonly message: string } & Refusal);

const MAX_SHOWN = 40;

/** A short, printable rendering of an untrusted value for an error message. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string' || (typeof value === 'object' && value !== null)) text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    else text = String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  // eslint-disable-next-line no-control-regex -- strips control characters from untrusted text
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/**
 * The status the explain command was asked for: a number (412) or an object with a numeric `code`
 * ({ code: 412 }). Anything else, or a number with no catalog entry, is an error with a clear message.
 * `undefined` is not an error for the command itself (it then looks at the cursor): callers check first.
 */
export function parseStatusArgument(arg: unknown): Parsed<HttpStatus> {
  let code: unknown = arg;
  if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
    if (!Object.prototype.hasOwnProperty.call(arg, 'code')) {
      return notACode(arg);
    }
    code = (arg as { code: unknown }).code;
  }
  if (typeof code !== 'number' || !Number.isInteger(code)) return notACode(arg);
  if (code < 100 || code > 599) {
    return { ok: false, reason: 'out-of-range', code, message: `${code} is not an HTTP status code: status codes run from 100 to 599.` };
  }
  const status = getStatus(code);
  if (!status) return { ok: false, reason: 'unassigned', code, message: `${code} is not an assigned HTTP status code.` };
  return { ok: true, value: status };
}

function notACode(arg: unknown): Parsed<never> {
  const shown = describeValue(arg);
  return { ok: false, reason: 'not-a-code', shown, message: `Expected an HTTP status code such as 412 or { code: 412 }, got ${shown}.` };
}

/** What the explanation page may ask of the extension. Anything else is dropped. */
export type PageMessage =
  | { readonly command: 'open'; readonly code: number }
  | { readonly command: 'copy' | 'insert'; readonly code: number; readonly framework: string };

const FRAMEWORK_ID = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * Validates a message from the webview: known commands only, codes must be integers with a catalog
 * entry, and a framework is only an id (the text to insert is looked up by the host, never taken
 * from the message). Returns undefined for anything else.
 */
export function parsePageMessage(message: unknown, knownFrameworks?: readonly string[]): PageMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const code = m.code;
  if (typeof code !== 'number' || !Number.isInteger(code) || !getStatus(code)) return undefined;
  if (m.command === 'open') return { command: 'open', code };
  if (m.command === 'copy' || m.command === 'insert') {
    const framework = m.framework;
    if (typeof framework !== 'string' || !FRAMEWORK_ID.test(framework)) return undefined;
    if (knownFrameworks && !knownFrameworks.includes(framework)) return undefined;
    return { command: m.command, code, framework };
  }
  return undefined;
}
