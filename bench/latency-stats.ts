/** One benchmarked operation; it rejects if the call failed. */
export type Call = () => Promise<void>;

/** Latencies (ms) of a batch of calls, the wall time they took, and the units of work they did. */
export interface Sample {
  latencies: number[];
  seconds: number;
  units: number;
}

/** Units per second and latency percentiles (ms) over one or more samples. */
export interface Measure {
  perSecond: number;
  p50: number;
  p95: number;
}

/** Returns the p-th percentile of ascending `sorted` (nearest rank, rounded down). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `total` calls spread over `concurrency` workers; returns a Sample counting `unit` per call. */
export async function sampleCalls(
  call: Call,
  total: number,
  concurrency: number,
  unit = 1,
): Promise<Sample> {
  const latencies: number[] = [];
  let left = total;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left -= 1;
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, units: total * unit };
}

/** Returns the pooled rate and p50/p95 of `samples`. */
export function summarize(samples: Sample[]): Measure {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  const units = samples.reduce((sum, s) => sum + s.units, 0);
  return {
    perSecond: units / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

/** How `compareAlternating` spreads its calls. */
export interface CompareOptions {
  rounds: number;
  perRound: number;
  concurrency: number;
  unit: number;
}

/** Measures `a` and `b` in alternating rounds after one warm-up call each; returns [a, b]. */
export async function compareAlternating(
  a: Call,
  b: Call,
  { rounds, perRound, concurrency, unit }: CompareOptions,
): Promise<[Measure, Measure]> {
  // Alternating rounds let both workloads see the same load from whatever else the machine runs.
  await a();
  await b();
  const samplesA: Sample[] = [];
  const samplesB: Sample[] = [];
  for (let r = 0; r < rounds; r += 1) {
    samplesA.push(await sampleCalls(a, perRound, concurrency, unit));
    samplesB.push(await sampleCalls(b, perRound, concurrency, unit));
  }
  return [summarize(samplesA), summarize(samplesB)];
}

/** Runs `count` sequential calls of each path, interleaved call by call; returns sorted latencies. */
export async function measureInterleaved(calls: Call[], count: number): Promise<number[][]> {
  const samples = calls.map(() => [] as number[]);
  for (let i = 0; i < count; i++) {
    // Rotating the start evens out any cost of going first or last in a turn.
    for (let k = 0; k < calls.length; k++) {
      const j = (i + k) % calls.length;
      const call = calls[j];
      if (!call) {
        continue;
      }
      const start = performance.now();
      await call();
      samples[j]?.push(performance.now() - start);
    }
  }
  return samples.map((s) => s.sort((a, b) => a - b));
}
