/** The grid-scroll scenario's table rows: smoothness figures and the rule that says "met". */
import type { ScrollRun } from "./scroll-grid";

/** A frame longer than this is slow: about one and a half frames of a 60 Hz display. */
export const SLOW_FRAME_MS = 25;
/** The median frame rate the grid must keep, frames per second. */
export const MIN_MEDIAN_FPS = 58;
/** The largest share of slow frames the grid may have. */
export const MAX_SLOW_SHARE = 0.05;
/** The most cells the grid may have in the DOM at once. */
export const MAX_CELLS = 2000;

/** One table row of the browser benchmark. */
export interface ScrollRow {
  what: string;
  value: string;
  goal: string;
  met: boolean | null;
}

/** Returns the `p`-th percentile (0–1) of `values` by the nearest-rank method; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(Math.max(Math.ceil(p * sorted.length), 1), sorted.length);
  return sorted[rank - 1] ?? Number.NaN;
}

/** Returns how many of a run's slow frames overlap one of its long tasks, and how many do not. */
export function splitSlowFrames(run: ScrollRun): { withLongTask: number; without: number } {
  let withLongTask = 0;
  let without = 0;
  run.frameMs.forEach((ms, i) => {
    const start = run.frameAt[i];
    const end = run.frameAt[i + 1];
    if (ms <= SLOW_FRAME_MS || start === undefined || end === undefined) {
      return;
    }
    if (run.longTasks.some(([from, to]) => from < end && to > start)) {
      withLongTask++;
    } else {
      without++;
    }
  });
  return { withLongTask, without };
}

/** Returns the DOM changes per frame, in all and for the most frequent kinds. */
export function describeMutations(runs: readonly ScrollRun[], frameCount: number): string {
  const total = new Map<string, number>();
  for (const run of runs) {
    for (const [kind, count] of Object.entries(run.mutations)) {
      total.set(kind, (total.get(kind) ?? 0) + count);
    }
  }
  const perFrame = (n: number): string => (n / Math.max(frameCount, 1)).toFixed(1);
  const all = [...total.values()].reduce((s, n) => s + n, 0);
  const top = [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([kind, n]) => `${kind} ${perFrame(n)}`);
  return `${perFrame(all)} (${top.join(", ")})`;
}

/** Returns the scenario's rows for `runs` of `durationMs` each, noting the machine's `loadAverage`. */
export function scrollRows(runs: readonly ScrollRun[], loadAverage: number): ScrollRow[] {
  const frames = runs.flatMap((r) => r.frameMs);
  const medianFps = 1000 / percentile(frames, 0.5);
  const bestFps = Math.max(...runs.map((r) => 1000 / percentile(r.frameMs, 0.5)));
  const p95 = percentile(frames, 0.95);
  const slowCount = frames.filter((f) => f > SLOW_FRAME_MS).length;
  const slowShare = slowCount / Math.max(frames.length, 1);
  const split = runs.map(splitSlowFrames);
  const withLongTask = split.reduce((s, x) => s + x.withLongTask, 0);
  const without = split.reduce((s, x) => s + x.without, 0);
  const maxCells = Math.max(0, ...runs.map((r) => r.maxCells));
  return [
    {
      what: `1000×1000 grid scroll, a row and a column a frame, ${runs.length} rounds (${frames.length} frames; best round ${bestFps.toFixed(1)} fps; load average ${loadAverage.toFixed(1)} on this machine)`,
      value: `${medianFps.toFixed(1)} fps median, 95th percentile frame ${p95.toFixed(1)} ms, ${(slowShare * 100).toFixed(1)}% of frames over ${SLOW_FRAME_MS} ms`,
      goal: `median ≥ ${MIN_MEDIAN_FPS} fps and ≤ ${MAX_SLOW_SHARE * 100}% of frames over ${SLOW_FRAME_MS} ms`,
      met: medianFps >= MIN_MEDIAN_FPS && slowShare <= MAX_SLOW_SHARE,
    },
    {
      // A slow frame with no long task in the page was late while the page sat idle: the machine's doing.
      what: `… its ${slowCount} frames over ${SLOW_FRAME_MS} ms: with a page task ≥ 50 ms (long task) / with none (page idle, machine late)`,
      value: `${withLongTask} / ${without}`,
      goal: "—",
      met: null,
    },
    {
      what: "… DOM changes in the grid per frame (attributes set, texts changed, nodes added or removed)",
      value: describeMutations(runs, frames.length),
      goal: "—",
      met: null,
    },
    {
      what: "cells in the DOM while scrolling (most at once)",
      value: String(maxCells),
      goal: `< ${MAX_CELLS.toLocaleString("en")}`,
      met: maxCells < MAX_CELLS,
    },
  ];
}
