// Timing helper shared by the benchmarks.

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
