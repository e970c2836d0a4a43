// Helpers shared by the benchmarks.

/**
 * ms per run of f: the minimum over repeated runs. The machine may be shared (other processes,
 * GC), and the minimum is the steadiest estimate of the uncontended cost.
 *
 * f first runs for `warmMs` untimed: V8 compiles a large function in tiers, and the engine's rule
 * functions reached their optimised code only after about half a second of this document (timed from
 * the first run, the engine read 20-40% slower on its first 400 ms than on the next, the bare regex
 * the same). An extension host runs for hours, so the steady state is what a user meets.
 */
export function timeIt(f: () => void, minMs = 400, warmMs = 600): number {
  const warm = performance.now();
  do f();
  while (performance.now() - warm < warmMs);
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
