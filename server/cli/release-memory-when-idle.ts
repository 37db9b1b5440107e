import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** How a server process hands memory back once a burst of calls is over. */
export interface IdleRelease {
  /** How often the count of calls in flight is sampled. Default 500 ms. */
  sampleMs?: number;
  /** How long nothing must be in flight before memory is released. Default 5 s. */
  idleMs?: number;
}

/**
 * Runs one full garbage collection when the process has been idle for `idleMs` after serving
 * calls. V8 collects only under allocation pressure, so after a burst an idle server keeps its
 * grown heap and the buffers of finished calls indefinitely; a collection at rest returns them.
 * Returns a function that stops watching.
 */
export function releaseMemoryWhenIdle(
  callsInFlight: () => number,
  { sampleMs = 500, idleMs = 5000 }: IdleRelease = {},
): () => void {
  const collect = exposeGarbageCollector();
  let busy = false;
  let idleSince: number | undefined;
  const timer = setInterval(() => {
    const now = Date.now();
    if (callsInFlight() > 0) {
      busy = true;
      idleSince = undefined;
      return;
    }
    if (!busy) {
      return;
    }
    idleSince ??= now;
    if (now - idleSince >= idleMs) {
      busy = false;
      idleSince = undefined;
      collect();
    }
  }, sampleMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** V8's gc(): a full collection, or with `{ type: "minor" }` only the young generation. */
export type GarbageCollector = (options?: { type: "major" | "minor" }) => void;

/** Returns V8's gc() without requiring the process to be started with --expose-gc. */
export function exposeGarbageCollector(): GarbageCollector {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as GarbageCollector;
}
