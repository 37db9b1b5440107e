/**
 * The main thread during a 16 × 3.2 MB send, measured in Debian's Chromium against a running
 * console: the longest task (PerformanceObserver "longtask") from Send to the first result, and
 * the time until Cancel shows. Runs once with the encoding worker and once with Worker removed from
 * the page (the in-thread path the console falls back to), and prints both as a table.
 *
 * Usage: tsx bench/big-send.ts --url http://localhost:4173 --gateway http://localhost:8080
 */
import { basename } from "node:path";
import { chromium } from "@playwright/test";
import { writeBigPhotos } from "./big-photos";
import { dropPhotos, readFlag } from "./big-send-page";
import { formatTable } from "./print-table";

interface Measure {
  longestTaskMs: number;
  tasksOver100Ms: number;
  cancelShownMs: number;
  resultMs: number;
}

async function measure(
  url: string,
  gateway: string,
  paths: string[],
  withWorker: boolean,
): Promise<Measure> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    if (!withWorker) {
      await page.addInitScript(() => {
        Reflect.deleteProperty(globalThis, "Worker");
      });
    }
    await page.goto(`${url}/?gateway=${encodeURIComponent(gateway)}`);
    await page
      .getByRole("combobox", { name: "Preset" })
      .selectOption({ label: "resnet50 · classify_top1" });
    await dropPhotos(page, paths);
    await page.getByRole("img", { name: basename(paths.at(-1) ?? "") }).waitFor();
    await page.evaluate(() => {
      const tasks: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push(entry.duration);
        }
      }).observe({ type: "longtask" as never });
    });
    const started = Date.now();
    // Clicked from a timer: a blocked main thread would otherwise stall the click itself.
    await page.getByRole("button", { name: "Send", exact: true }).evaluate((button) => {
      setTimeout(() => (button as unknown as { click(): void }).click(), 0);
    });
    await page.getByRole("button", { name: "Cancel", exact: true }).waitFor({ timeout: 180_000 });
    const cancelShownMs = Date.now() - started;
    await page
      .getByRole("button", { name: "Cancel", exact: true })
      .waitFor({ state: "detached", timeout: 180_000 });
    const resultMs = Date.now() - started;
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

const url = readFlag("url", "http://localhost:4173");
const gateway = readFlag("gateway", "http://localhost:8080");
const { paths, bytes } = await writeBigPhotos(16);
const rows: string[][] = [];
for (const withWorker of [false, true]) {
  const m = await measure(url, gateway, paths, withWorker);
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
