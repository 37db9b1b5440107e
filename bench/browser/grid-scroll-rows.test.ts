import { describe, expect, it } from "vitest";
import { describeMutations, percentile, scrollRows, splitSlowFrames } from "./grid-scroll-rows";
import type { ScrollRun } from "./scroll-grid";

/** A run whose frames take `frameMs` each, starting at 0 ms. */
function runOf(frameMs: number[], longTasks: [number, number][] = []): ScrollRun {
  const frameAt = [0];
  for (const ms of frameMs) {
    frameAt.push((frameAt.at(-1) ?? 0) + ms);
  }
  return { frameMs, frameAt, maxCells: 84, longTasks, mutations: { "attribute style": 40 } };
}

describe("grid-scroll rows", () => {
  it("takes percentiles by nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("tells slow frames holding a long task from those without", () => {
    // Frames: 0–16.7, 16.7–50 (slow), 50–66.7, 66.7–106.7 (slow).
    const run = runOf([16.7, 33.3, 16.7, 40], [[20, 45]]);
    expect(splitSlowFrames(run)).toEqual({ withLongTask: 1, without: 1 });
    expect(splitSlowFrames(runOf([16.7, 33.3]))).toEqual({ withLongTask: 0, without: 1 });
  });

  it("is met at a 60 Hz pace with few slow frames, and missed when over 5% are slow", () => {
    const smooth = Array.from({ length: 100 }, (_, i) => (i < 5 ? 33.4 : 16.7));
    const [pace] = scrollRows([runOf(smooth)], 1.5);
    expect(pace?.met).toBe(true);
    expect(pace?.value).toContain("5.0% of frames over 25 ms");
    expect(pace?.goal).toBe("median ≥ 58 fps and ≤ 5% of frames over 25 ms");

    const jerky = Array.from({ length: 100 }, (_, i) => (i < 6 ? 33.4 : 16.7));
    expect(scrollRows([runOf(jerky)], 1.5)[0]?.met).toBe(false);

    const slowPace = Array.from({ length: 100 }, () => 18);
    expect(scrollRows([runOf(slowPace)], 1.5)[0]?.met).toBe(false);
  });

  it("keeps the cells check and counts DOM changes per frame", () => {
    const rows = scrollRows([runOf([16.7, 16.7]), { ...runOf([16.7, 16.7]), maxCells: 2000 }], 0.5);
    expect(rows.at(-1)).toMatchObject({ value: "2000", met: false });
    expect(describeMutations([runOf([16.7, 16.7])], 2)).toBe("20.0 (attribute style 20.0)");
  });
});
