/** What `bench/big-send.ts` and `bench/trace-big-send.ts` share: the browser, the photo drop and the send. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { ConsoleFlags } from "./bench-flags";

/** Starts Debian's Chromium as the benchmarks run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
}

/** Drops the JPEG files at `paths` on the console's instances panel, as a user dragging them would. */
export async function dropPhotos(page: Page, paths: readonly string[]): Promise<void> {
  const files = await Promise.all(
    paths.map(async (path) => ({
      name: basename(path),
      base64: (await readFile(path)).toString("base64"),
    })),
  );
  const transfer = await page.evaluateHandle((list) => {
    // The page has DataTransfer; this project compiles without DOM types.
    const data = new (
      globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } }
    ).DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0));
      data.items.add(new File([bytes], f.name, { type: "image/jpeg" }));
    }
    return data;
  }, files);
  const panel = page.getByRole("region", { name: /^Instances/ });
  for (const type of ["dragenter", "dragover", "drop"]) {
    await panel.dispatchEvent(type, { dataTransfer: transfer });
  }
}

/**
 * Opens the console on its gateway with resnet50 · classify_top1 and drops the photos on it;
 * resolves once the last one shows.
 */
export async function openWithPhotos(
  page: Page,
  { url, gateway }: ConsoleFlags,
  paths: readonly string[],
): Promise<void> {
  await page.goto(`${url}/?gateway=${encodeURIComponent(gateway)}`);
  await page
    .getByRole("combobox", { name: "Preset" })
    .selectOption({ label: "resnet50 · classify_top1" });
  await dropPhotos(page, paths);
  await page.getByRole("img", { name: basename(paths.at(-1) ?? "") }).waitFor();
}

/** Clicks Send and waits for the result; returns the ms until Cancel showed and until it went. */
export async function sendAndWait(
  page: Page,
): Promise<{ cancelShownMs: number; resultMs: number }> {
  const cancel = page.getByRole("button", { name: "Cancel", exact: true });
  const started = Date.now();
  // Clicked from a timer: a blocked main thread would otherwise stall the click itself.
  await page.getByRole("button", { name: "Send", exact: true }).evaluate((button) => {
    setTimeout(() => (button as unknown as { click(): void }).click(), 0);
  });
  await cancel.waitFor({ timeout: 180_000 });
  const cancelShownMs = Date.now() - started;
  await cancel.waitFor({ state: "detached", timeout: 180_000 });
  return { cancelShownMs, resultMs: Date.now() - started };
}
