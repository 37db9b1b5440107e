import { exposeGarbageCollector, type GarbageCollector } from "./release-memory-when-idle";

/** How often and after how much traffic a proxy collects its young generation. */
export interface YoungCollection {
  /** Body bytes passed on between two collections. Default 2 MiB. */
  limitBytes?: number;
  /** How often the byte count is sampled. Default 100 ms. */
  sampleMs?: number;
  /** The collector; V8's gc() by default. */
  collect?: GarbageCollector;
}

/**
 * Runs a young-generation collection each time `bytes()` (body bytes a proxy has passed on) has
 * grown by `limitBytes`. Each chunk a proxy reads is a Buffer whose memory comes from malloc and
 * goes back only when V8 collects the small object that holds it; V8 times collections by its
 * own heap, where such an object weighs a few dozen bytes, so under upload traffic tens of MiB
 * of dead chunks pile up between collections, and the allocator keeps that peak after they are
 * freed. A scavenge every few MiB keeps the pile (and the process's RSS after the load) small;
 * a scavenge copies only what is alive, and the chunks are dead by then. Returns a function that stops.
 */
export function collectYoungAfterTraffic(
  bytes: () => number,
  { limitBytes = 2 * 1024 * 1024, sampleMs = 100, collect }: YoungCollection = {},
): () => void {
  const gc = collect ?? exposeGarbageCollector();
  let collectedAt = bytes();
  const timer = setInterval(() => {
    const now = bytes();
    if (now - collectedAt >= limitBytes) {
      collectedAt = now;
      gc({ type: "minor" });
    }
  }, sampleMs);
  timer.unref();
  return () => clearInterval(timer);
}
