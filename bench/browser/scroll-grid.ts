/** Scrolls an element frame by frame inside the page and reports how smoothly the frames came. */
import type { ElementHandle } from "@playwright/test";

/** What one scroll run saw: the time between animation frames, and the most cells in the DOM at once. */
export interface ScrollRun {
  frameMs: number[];
  /** Each frame's rAF timestamp (performance.now() clock); `frameMs[i]` ends at `frameAt[i + 1]`. */
  frameAt: number[];
  maxCells: number;
  /** DOM changes in the scroll area (attributes, texts, added or removed nodes), by kind. */
  mutations: Record<string, number>;
  /** Long tasks (≥ 50 ms, the Long Tasks API's threshold) the page ran meanwhile: [start, end] ms. */
  longTasks: [number, number][];
}

/**
 * Scrolls `scroller` on every animation frame for `durationMs`: down and right for the first half,
 * back up and left for the second, by `rowStep`×`colStep` pixels a frame. Counts the elements
 * matching `cellSelector` inside it at each frame.
 */
export async function scrollByFrames(
  scroller: ElementHandle<Element>,
  options: { durationMs: number; rowStep: number; colStep: number; cellSelector: string },
): Promise<ScrollRun> {
  // The bench runs through tsx, which names the page function's inner functions with a helper
  // the page does not have: an identity stand-in lets them run there.
  await scroller.evaluate(() => {
    (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
  });
  return scroller.evaluate(
    (el, o) =>
      new Promise<ScrollRun>((resolve) => {
        const frameMs: number[] = [];
        const frameAt: number[] = [];
        const longTasks: [number, number][] = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            longTasks.push([e.startTime, e.startTime + e.duration]);
          }
        });
        observer.observe({ type: "longtask" });
        const mutations: Record<string, number> = {};
        // Counted by kind and attribute: a count of DOM work that the machine's load cannot change.
        const watcher = new MutationObserver((records) => {
          for (const r of records) {
            const key = r.type === "attributes" ? `attribute ${r.attributeName}` : r.type;
            mutations[key] = (mutations[key] ?? 0) + 1;
          }
        });
        watcher.observe(el, {
          subtree: true,
          attributes: true,
          characterData: true,
          childList: true,
        });
        let maxCells = 0;
        let started: number | undefined;
        let last: number | undefined;
        const step = (now: number) => {
          started ??= now;
          if (last !== undefined) {
            frameMs.push(now - last);
          }
          last = now;
          frameAt.push(now);
          maxCells = Math.max(maxCells, el.querySelectorAll(o.cellSelector).length);
          const elapsed = now - started;
          if (elapsed >= o.durationMs) {
            // Entries are delivered after the task: one more frame lets the last ones arrive.
            requestAnimationFrame(() => {
              for (const e of observer.takeRecords()) {
                longTasks.push([e.startTime, e.startTime + e.duration]);
              }
              observer.disconnect();
              watcher.disconnect();
              resolve({ frameMs, frameAt, maxCells, longTasks, mutations });
            });
            return;
          }
          const sign = elapsed < o.durationMs / 2 ? 1 : -1;
          el.scrollTop += sign * o.rowStep;
          el.scrollLeft += sign * o.colStep;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    options,
  );
}
