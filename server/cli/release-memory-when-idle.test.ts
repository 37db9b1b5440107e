import { constants, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { releaseMemoryWhenIdle } from "./release-memory-when-idle";

/** Whether a "gc" performance entry reports a major (full) collection. */
function isMajorCollection(entry: PerformanceEntry): boolean {
  const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
  return detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}

/** Resolves with the kind of the next major garbage collection V8 reports. */
function nextMajorCollection(): Promise<number> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(isMajorCollection)) {
        observer.disconnect();
        resolve(constants.NODE_PERFORMANCE_GC_MAJOR);
      }
    });
    observer.observe({ entryTypes: ["gc"] });
  });
}

describe("releaseMemoryWhenIdle", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it("runs a full collection once the calls of a burst are over", async () => {
    let inFlight = 1;
    stop = releaseMemoryWhenIdle(() => inFlight, { sampleMs: 10, idleMs: 50 });
    const collected = nextMajorCollection();
    await new Promise((resolve) => setTimeout(resolve, 50));
    inFlight = 0;
    await expect(collected).resolves.toBe(constants.NODE_PERFORMANCE_GC_MAJOR);
  });

  it("leaves a process that never served a call alone", async () => {
    let collections = 0;
    const observer = new PerformanceObserver((list) => {
      collections += list.getEntries().filter(isMajorCollection).length;
    });
    observer.observe({ entryTypes: ["gc"] });
    stop = releaseMemoryWhenIdle(() => 0, { sampleMs: 10, idleMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    expect(collections).toBe(0);
  });
});
