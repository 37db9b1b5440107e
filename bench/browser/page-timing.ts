/** Timing helpers that run inside the page, so the clock is the page's own performance.now(). */
import type { ElementHandle, JSHandle, Locator, Page } from "@playwright/test";

/** Returns performance.now() of the first animation frame at which `locator` is visible (polled every frame). */
export async function frameWhenVisible(
  page: Page,
  locator: Locator,
  timeoutMs = 120_000,
): Promise<number> {
  await locator.first().waitFor({ state: "attached", timeout: timeoutMs });
  const handle = (await locator.first().elementHandle()) as ElementHandle<Element>;
  const at = await page.waitForFunction(
    (el) => (el.isConnected && (el as HTMLElement).offsetParent !== null ? performance.now() : 0),
    handle,
    { polling: "raf", timeout: timeoutMs },
  );
  return (await at.jsonValue()) as number;
}

/** Returns a DataTransfer in the page holding `files` (made before any timing starts). */
export function makeDataTransfer(
  page: Page,
  files: readonly { name: string; type: string; bytes: Buffer }[],
): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString("base64") })),
  );
}

/** Drops `transfer` on `target` and returns performance.now() just before the drop events. */
export async function dropAt(target: Locator, transfer: JSHandle<DataTransfer>): Promise<number> {
  return target.evaluate((el, dataTransfer) => {
    const started = performance.now();
    for (const type of ["dragenter", "dragover", "drop"]) {
      el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    }
    return started;
  }, transfer);
}

/** Clicks `target` from inside the page and returns performance.now() just before the click. */
export async function clickAt(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const started = performance.now();
    (el as HTMLElement).click();
    return started;
  });
}

/** Starts recording long tasks (and Predict fetches) in the page from now on. */
export async function startObservers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __observers: PerformanceObserver[] };
    w.__longTasks = [];
    w.__observers?.forEach((o) => o.disconnect());
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longTasks.push(entry.duration);
      }
    });
    observer.observe({ type: "longtask", buffered: false });
    w.__observers = [observer];
  });
}

/** Returns the longest task recorded since startObservers, in ms (0 when none passed 50 ms). */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    return Math.max(0, ...w.__longTasks);
  });
}

/** Returns the latest resource entry whose URL ends with the Predict path or a REST /model/ path. */
export async function lastPredictFetch(
  page: Page,
): Promise<{ startTime: number; responseEnd: number } | undefined> {
  return page.evaluate(() => {
    const entries = performance
      .getEntriesByType("resource")
      .filter((e) => /MSService\/Predict|\/model\//.test(e.name)) as PerformanceResourceTiming[];
    const last = entries[entries.length - 1];
    return last ? { startTime: last.startTime, responseEnd: last.responseEnd } : undefined;
  });
}

/**
 * Starts watching, inside the page, for the first animation frame at which an element matching
 * `selector` is visible, and records long tasks with their start times. Installed before the
 * action, so the time does not depend on when the test process gets to ask.
 */
export async function watchForVisible(page: Page, selector: string): Promise<void> {
  // Source text, not a function: the TypeScript loader would name inner functions with a helper
  // the page does not have.
  await page.evaluate(`(() => {
    const w = window;
    w.__visibleAt = 0;
    w.__tasks = [];
    w.__taskObserver?.disconnect();
    w.__taskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    });
    w.__taskObserver.observe({ type: "longtask", buffered: false });
    const check = () => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (element && element.offsetParent !== null) {
        w.__visibleAt = performance.now();
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
}

/** Returns the frame time watchForVisible saw, once it saw one. */
export async function visibleAt(page: Page, timeoutMs = 120_000): Promise<number> {
  const at = await page.waitForFunction(
    () => (window as unknown as { __visibleAt: number }).__visibleAt,
    undefined,
    { timeout: timeoutMs },
  );
  return (await at.jsonValue()) as number;
}

/** Returns the longest task (ms) that started at or after page time `from`, as watchForVisible recorded them. */
export async function longestTaskSince(page: Page, from: number): Promise<number> {
  return page.evaluate((since) => {
    const w = window as unknown as { __tasks: { start: number; duration: number }[] };
    return Math.max(0, ...w.__tasks.filter((t) => t.start >= since).map((t) => t.duration));
  }, from);
}
