/** Schedules work for after the browser has painted what the current update shows. */

/** A hidden page paints no frames; the work then runs after this long anyway. */
const HIDDEN_PAGE_DELAY_MS = 1000;

/**
 * Runs `work` once, in a task after the next animation frame (so after the frame that shows the
 * state just set), or after a short delay where frames never come (a hidden page, no rAF).
 */
export function afterFirstPaint(work: () => void): void {
  let done = false;
  const run = (): void => {
    if (!done) {
      done = true;
      work();
    }
  };
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
  setTimeout(run, typeof requestAnimationFrame === "function" ? HIDDEN_PAGE_DELAY_MS : 0);
}
