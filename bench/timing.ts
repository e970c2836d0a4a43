// Helpers shared by the benchmarks.

/**
 * ms per run of f: the minimum over repeated runs. The machine may be shared (other processes,
 * GC), and the minimum is the steadiest estimate of the uncontended cost.
 */
export function timeIt(f: () => void, minMs = 400): number {
  f();
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
