/**
 * Browser benchmark scenarios on recorded runs: restoring a 16-photo run as the draft, and
 * comparing two 1000×1000 float32 results. Each returns its table rows.
 */
import { dropAt, longestTask, makeDataTransfer, startObservers } from "./page-timing";
import type { BrowserContext, Locator, Page } from "@playwright/test";

/** One table row: what, the figure, the goal, and whether it was met (null: no goal, or not measured). */
export interface BenchRow {
  what: string;
  value: string;
  goal: string;
  met: boolean | null;
}

/** The console steps of run-browser-bench.ts these scenarios reuse. */
export interface ConsoleSteps {
  /** Opens the console on the chain, ready to send. */
  open(): Promise<[BrowserContext, Page]>;
  /** Picks resnet50 · classify_top1 and drops the photos; returns the page time of the drop. */
  dropPhotosToClassify(page: Page, photos: Buffer[], prefix: string): Promise<number>;
  /** Returns a C-order float32 `.npy` file of the given shape. */
  npyFloat32(rows: number, cols: number, fill: (i: number) => number): Buffer;
}

const ROUNDS = 3;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

function bestAndMedian(times: number[]): { best: number; median: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    best: sorted[0] ?? Number.NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
  };
}

/** What `clickAndTime` waits for: an element of `selector` whose text is `text`, and decoded images. */
interface ShownCondition {
  selector: string;
  text: string;
  /** When set: also this many decoded `img` elements matching `selector`. */
  images?: { selector: string; count: number };
}

/**
 * Clicks `target` and polls every animation frame, all inside the page (no round trip between the
 * click and the first check), until the condition holds; returns, in ms after the click, when the
 * element was first shown and when the images were decoded too.
 */
async function clickAndTime(
  target: Locator,
  condition: ShownCondition,
  timeoutMs = 60_000,
): Promise<{ shown: number; images: number }> {
  // Only anonymous functions inside: the bundler would name a named one with a helper the page lacks.
  return target.evaluate(
    async (el, [c, timeout]) => {
      const started = performance.now();
      let shown = -1;
      (el as HTMLElement).click();
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        if (shown < 0) {
          const found = [...document.querySelectorAll(c.selector)].some(
            (e) => e.textContent?.trim() === c.text && (e as HTMLElement).offsetParent !== null,
          );
          if (found) {
            shown = now - started;
          }
        }
        const decoded =
          !c.images ||
          [...document.querySelectorAll<HTMLImageElement>(c.images.selector)].filter(
            (img) => img.complete && img.naturalWidth > 0,
          ).length >= c.images.count;
        if (shown >= 0 && decoded) {
          return { shown, images: now - started };
        }
        if (now - started > timeout) {
          throw new Error(`"${c.text}" did not show within ${timeout} ms`);
        }
      }
    },
    [condition, timeoutMs] as const,
  );
}

/** The newest-first rows of the History list. */
function historyRows(page: Page): Locator {
  return page
    .getByRole("region", { name: "History" })
    .getByRole("list", { name: "Runs" })
    .getByRole("listitem");
}

/** Waits until the History list holds `count` runs (a send is recorded in the background). */
async function waitForRuns(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('ul[aria-label="Runs"] > li').length >= n,
    count,
    { timeout: 120_000 },
  );
}

/**
 * Sends 16 photos, then (three times) clears the draft and restores the run from History, timing
 * the Restore click → "Instance 16" shown, and → every thumbnail decoded.
 */
export async function measureRestore(steps: ConsoleSteps, photos: Buffer[]): Promise<BenchRow[]> {
  const [context, page] = await steps.open();
  const count = photos.length;
  await steps.dropPhotosToClassify(page, photos, "restore");
  const last = page.getByRole("group", { name: `Instance ${count}`, exact: true });
  await last.waitFor();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await page
    .getByRole("group", { name: `Result ${count}`, exact: true })
    .waitFor({ timeout: 300_000 });
  await waitForRuns(page, 1);
  const shownTimes: number[] = [];
  const decodedTimes: number[] = [];
  let longest = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await page.getByRole("button", { name: "Clear draft", exact: true }).click();
    await last.waitFor({ state: "detached" });
    await startObservers(page);
    const { shown, images } = await clickAndTime(
      historyRows(page)
        .first()
        .getByRole("button", { name: /^Restore run / }),
      {
        selector: "[role=group] > header > h3",
        text: `Instance ${count}`,
        images: { selector: "[role=group] img.thumbnail", count },
      },
    );
    shownTimes.push(shown);
    decodedTimes.push(images);
    longest = Math.max(longest, await longestTask(page));
  }
  await context.close();
  const shown = bestAndMedian(shownTimes);
  const decoded = bestAndMedian(decodedTimes);
  const mb = photos.reduce((s, p) => s + p.byteLength, 0) / 1e6;
  return [
    {
      what: `restoring a run with ${count} photos (${mb.toFixed(1)} MB): Restore click → "Instance ${count}" shown, median (best) of ${ROUNDS}`,
      value: `${ms(shown.median)} (${ms(shown.best)})`,
      goal: "< 500 ms",
      met: shown.median < 500,
    },
    {
      what: `… → all ${count} thumbnails decoded, median (best); longest main-thread task`,
      value: `${ms(decoded.median)} (${ms(decoded.best)}); ${longest === 0 ? "none over 50 ms" : ms(longest)}`,
      goal: "< 500 ms",
      met: decoded.median < 500,
    },
  ];
}

/** Drops an `.npy` file on an input of the instance and waits until its columns read `cols`. */
async function dropNpy(page: Page, instance: Locator, input: string, bytes: Buffer): Promise<void> {
  const transfer = await makeDataTransfer(page, [
    { name: `${input}.npy`, type: "application/octet-stream", bytes },
  ]);
  await dropAt(instance.getByRole("group", { name: input, exact: true }), transfer);
  await instance
    .getByRole("spinbutton", { name: `${input} columns` })
    .and(page.locator('[value="1000"]'))
    .waitFor();
}

/**
 * Records two matrix_add runs of 1000×1000 float32 (x2 all ones, then all twos), then (three
 * times) picks both for comparison, timing the second Compare click → the maximum absolute
 * difference shown, with the longest main-thread task meanwhile.
 */
export async function measureCompare(steps: ConsoleSteps): Promise<BenchRow[]> {
  const [context, page] = await steps.open();
  await page.getByRole("textbox", { name: "Servable" }).fill("matrix_add");
  const instance = page.getByRole("group", { name: "Instance 1", exact: true });
  const send = page.getByRole("button", { name: "Send", exact: true });
  await dropNpy(
    page,
    instance,
    "x1",
    steps.npyFloat32(1000, 1000, (i) => (i % 1000) / 8),
  );
  for (const [round, fill] of [1, 2].entries()) {
    await dropNpy(
      page,
      instance,
      "x2",
      steps.npyFloat32(1000, 1000, () => fill),
    );
    await send.click();
    await waitForRuns(page, round + 1);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("button")].some(
        (b) => b.textContent?.trim() === "Send" && !b.disabled,
      ),
    );
  }
  const region = page.getByRole("region", { name: "Comparison" });
  const label = "Max absolute difference";
  const times: number[] = [];
  let longest = 0;
  let shownValue = "";
  for (let round = 0; round < ROUNDS; round++) {
    await historyRows(page)
      .nth(1)
      .getByRole("button", { name: /^Compare run / })
      .click();
    await startObservers(page);
    const { shown } = await clickAndTime(
      historyRows(page)
        .first()
        .getByRole("button", { name: /^Compare run / }),
      { selector: "section dl dt", text: label },
    );
    times.push(shown);
    longest = Math.max(longest, await longestTask(page));
    shownValue = await page.evaluate(
      (text) =>
        [...document.querySelectorAll("section dl dt")].find(
          (dt) => dt.textContent?.trim() === text,
        )?.nextElementSibling?.textContent ?? "",
      label,
    );
    await region.getByRole("button", { name: "Close comparison" }).click();
    await region.waitFor({ state: "detached" });
  }
  await context.close();
  if (!/^1\b/.test(shownValue.trim())) {
    throw new Error(`the comparison showed a max absolute difference of "${shownValue}", not 1`);
  }
  const { best, median } = bestAndMedian(times);
  return [
    {
      what: `comparing two 1000×1000 float32 results: second Compare click → max |a − b| shown, median (best) of ${ROUNDS}`,
      value: `${ms(median)} (${ms(best)})`,
      goal: "< 300 ms",
      met: median < 300,
    },
    {
      what: "… longest main-thread task over those comparisons",
      value: longest === 0 ? "none over 50 ms" : ms(longest),
      goal: "< 100 ms",
      met: longest < 100,
    },
  ];
}
