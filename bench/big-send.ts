/**
 * The main thread during a 16 × 3.2 MB send, measured in Debian's Chromium against a running
 * console: the longest task (PerformanceObserver "longtask") from Send to the first result, and
 * the time until Cancel shows. Runs once with the encoding worker and once with Worker removed from
 * the page (the in-thread path the console falls back to), and prints both as a table.
 *
 * Usage: tsx bench/big-send.ts --url http://localhost:4173 --gateway http://localhost:8080
 */
import { parseConsoleFlags, type ConsoleFlags } from "./bench-flags";
import { writeBigPhotos } from "./big-photos";
import { launchChromium, openWithPhotos, sendAndWait } from "./big-send-page";
import { formatTable } from "./print-table";

interface Measure {
  longestTaskMs: number;
  tasksOver100Ms: number;
  cancelShownMs: number;
  resultMs: number;
}

async function measure(
  flags: ConsoleFlags,
  paths: string[],
  withWorker: boolean,
): Promise<Measure> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    if (!withWorker) {
      await page.addInitScript(() => {
        Reflect.deleteProperty(globalThis, "Worker");
      });
    }
    await openWithPhotos(page, flags, paths);
    await page.evaluate(() => {
      const tasks: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push(entry.duration);
        }
      }).observe({ type: "longtask" as never });
    });
    const { cancelShownMs, resultMs } = await sendAndWait(page);
    const tasks = await page.evaluate(
      () => (globalThis as unknown as { longTasks: number[] }).longTasks,
    );
    return {
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver100Ms: tasks.filter((d) => d > 100).length,
      cancelShownMs,
      resultMs,
    };
  } finally {
    await browser.close();
  }
}

const flags = parseConsoleFlags({});
const { paths, bytes } = await writeBigPhotos(16);
const rows: string[][] = [];
for (const withWorker of [false, true]) {
  const m = await measure(flags, paths, withWorker);
  rows.push([
    withWorker ? "worker" : "in-thread (no Worker)",
    `${(bytes / 1e6).toFixed(1)} MB`,
    m.longestTaskMs.toFixed(0),
    String(m.tasksOver100Ms),
    String(m.cancelShownMs),
    String(m.resultMs),
  ]);
}
console.log(
  formatTable(
    [
      "encoding",
      "request files",
      "longest main-thread task ms",
      "tasks > 100 ms",
      "Cancel shown after ms",
      "result after ms",
    ],
    rows,
  ),
);
