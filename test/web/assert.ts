// A tiny stand-in for Node's `assert`, for the web worker extension host (no Node built-ins there).
// run-web.ts makes esbuild resolve `assert` to this file when it bundles the integration suite for
// the browser, so test/integration/*.test.ts run unchanged. Only the functions the tests use.

export class AssertionError extends Error {
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  readonly code = 'ERR_ASSERTION';
  constructor(message: string, actual?: unknown, expected?: unknown, operator = 'fail') {
    super(message);
    this.name = 'AssertionError';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return `[Function ${v.name || 'anonymous'}]`;
  if (v instanceof RegExp) return v.toString();
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v, null, 2) ?? Object.prototype.toString.call(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

function raise(message: string | Error | undefined, fallback: string, actual: unknown, expected: unknown, operator: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `The expression evaluated to a falsy value:\n\n  assert.ok(${show(value)})`, value, true, '==');
}

export function fail(message: string | Error = 'Failed'): never {
  raise(message, 'Failed', undefined, undefined, 'fail');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) {
    raise(message, `Expected values to be strictly equal:\n\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
  }
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) {
    raise(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
  }
}

function deepEqual(a: unknown, b: unknown, seen: [object, object][]): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.some(([x, y]) => x === a && y === b)) return true;
  seen.push([a, b]);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags;
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    return a.size === m.size && [...a].every(([k, v]) => m.has(k) && deepEqual(v, m.get(k), seen));
  }
  if (a instanceof Set) {
    const s = b as Set<unknown>;
    return a.size === s.size && [...a].every((v) => s.has(v));
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen));
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEqual(actual, expected, [])) {
    raise(message, `Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ ${show(actual)}\n- ${show(expected)}`, actual, expected, 'deepStrictEqual');
  }
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepEqual(actual, expected, [])) {
    raise(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
  }
}

export function match(value: string, regexp: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !regexp.test(value)) {
    raise(message, `The input did not match the regular expression ${String(regexp)}. Input:\n\n${show(value)}\n`, value, regexp, 'match');
  }
}

export function doesNotMatch(value: string, regexp: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || regexp.test(value)) {
    raise(message, `The input was expected to not match the regular expression ${String(regexp)}. Input:\n\n${show(value)}\n`, value, regexp, 'doesNotMatch');
  }
}

type ErrorCheck = RegExp | ((e: unknown) => boolean);

function checkError(e: unknown, expected: ErrorCheck | undefined, message: string | Error | undefined, operator: string): void {
  if (expected === undefined) return;
  const passes = expected instanceof RegExp ? expected.test(e instanceof Error ? e.message : String(e)) : expected(e);
  if (!passes) raise(message, `The error did not pass the check: ${e instanceof Error ? e.message : String(e)}`, e, expected, operator);
}

export function throws(fn: () => unknown, expected?: ErrorCheck, message?: string | Error): void {
  try {
    fn();
  } catch (e) {
    checkError(e, expected, message, 'throws');
    return;
  }
  raise(message, 'Missing expected exception.', undefined, expected, 'throws');
}

export async function rejects(promiseOrFn: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorCheck, message?: string | Error): Promise<void> {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (e) {
    checkError(e, expected, message, 'rejects');
    return;
  }
  raise(message, 'Missing expected rejection.', undefined, expected, 'rejects');
}

/** `assert(value)` and `assert.strict` as in Node, for `import assert from 'assert'`. */
const assert = Object.assign((value: unknown, message?: string | Error): void => ok(value, message), {
  AssertionError, ok, fail, strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual, match, doesNotMatch, throws, rejects,
});
export const strict = assert;
export default assert;
