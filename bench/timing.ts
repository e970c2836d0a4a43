// Helpers shared by the benchmarks.

/**
 * ms per run of f: the minimum over repeated runs. The machine may be shared (other processes,
 * GC), and the minimum is the steadiest estimate of the uncontended cost.
 *
 * f first runs untimed until it is as fast as it will get: V8 compiles a large function in tiers, on a
 * background thread, and the engine's rule functions reach their optimised code only after a while on
 * this document. Timed from the first run, the engine read 20-40% slower on its first 400 ms than on the
 * next (2026-11-25); a year of rules later, a fixed 600 ms warm-up still caught it before its last tier
 * (2.5 ms a pass in the first second, 1.9 ms from the second on; the session start's engine 2.1 and 1.9).
 * So the warm-up runs in rounds of `roundMs` until a round's best is no more than 2% better than the best
 * before it (at least `warmMs`, at most `maxWarmMs`). An extension host runs for hours, so the steady
 * state is what a user meets.
 */
export function timeIt(f: () => void, minMs = 400, warmMs = 600, maxWarmMs = 5000, roundMs = 300): number {
  const warm = performance.now();
  let before = Infinity;
  for (;;) {
    let round = Infinity;
    const start = performance.now();
    do {
      const a = performance.now();
      f();
      round = Math.min(round, performance.now() - a);
    } while (performance.now() - start < roundMs);
    const elapsed = performance.now() - warm;
    const settled = round >= before * 0.98;
    before = Math.min(before, round);
    if (elapsed >= maxWarmMs || (settled && elapsed >= warmMs)) break;
  }
  let best = Infinity;
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 5) {
    const a = performance.now();
    f();
    best = Math.min(best, performance.now() - a);
    runs++;
  }
  return best;
}

/** ms of the fastest of `runs` calls of f, without warming up (noise only adds time, so the fastest is the closest to the work). */
export function bestOf(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    f();
    best = Math.min(best, performance.now() - a);
  }
  return best;
}

/**
 * The lines as an extension sees them. VS Code sends a document's lines to the extension host over
 * its RPC protocol, which parses every message with `JSON.parse` (rpcProtocol.ts,
 * `parseJsonAndRestoreBufferRefs`), so `TextDocument.lineAt(i).text` is a string of its own. Lines cut
 * from one big string with `split` are views into it, which V8 reads through one more indirection,
 * and lines built by string operations are in yet other shapes: both the engine and the bare regex
 * run on these copies, so neither is timed on a representation the extension never gets.
 */
export function asExtensionHostLines(lines: readonly string[]): string[] {
  return JSON.parse(JSON.stringify(lines)) as string[];
}
