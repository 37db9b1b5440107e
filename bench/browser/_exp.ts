import { chromium, type Page } from "@playwright/test";
import { startBrowserChain } from "./browser-chain";
import { makeNoiseJpegs } from "./noise-jpegs";
import { dropAt, makeDataTransfer } from "./page-timing";
import { showClassifiedRun } from "./presenter-scenario";
import type { ConsoleSteps } from "./history-scenarios";

const chain = await startBrowserChain(7370);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const steps: ConsoleSteps = {
    open: async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${chain.appUrl}/?gateway=${encodeURIComponent(chain.gatewayUrl)}`);
      await page.getByRole("button", { name: "Send", exact: true }).waitFor();
      return [context, page];
    },
    dropPhotosToClassify: async (page: Page, photos: Buffer[], prefix: string) => {
      await page.getByRole("combobox", { name: "Preset" }).selectOption({ label: "resnet50 · classify_top1" });
      const transfer = await makeDataTransfer(page, photos.map((bytes, i) => ({ name: `${prefix}-${i}.jpg`, type: "image/jpeg", bytes })));
      return dropAt(page.getByRole("region", { name: /^Instances/ }), transfer);
    },
    npyFloat32: () => { throw new Error("no"); },
  };
  const photos = await makeNoiseJpegs(16, 800, 600);
  const [, page] = await showClassifiedRun(steps, photos, "shown");
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => [screen.width, screen.height, innerWidth, innerHeight, document.querySelectorAll("*").length]));
  for (const where of ["body", "results", "body", "results"]) {
    const cdp = await page.context().newCDPSession(page);
    const events: { name: string; dur?: number; args?: { elementCount?: number } }[] = [];
    cdp.on("Tracing.dataCollected", ({ value }) => events.push(...(value as never[])));
    const done = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
    await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
    const r = await page.evaluate(async (w) => {
      const div = document.createElement("div");
      div.style.cssText = "position:fixed;inset:0;background:white;z-index:1000";
      div.textContent = "hello";
      (w === "body" ? document.body : document.querySelector(".app-results")!).append(div);
      const t0 = performance.now();
      await div.requestFullscreen().catch((e) => String(e));
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t2 = performance.now();
      await document.exitFullscreen();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      div.remove();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return [t1 - t0, t2 - t0, innerWidth];
    }, where);
    await cdp.send("Tracing.end");
    await done;
    const ult = events.filter((e) => e.name === "UpdateLayoutTree").map((e) => `${e.args?.elementCount}:${((e.dur ?? 0) / 1000).toFixed(1)}`);
    const lay = events.filter((e) => e.name === "Layout").map((e) => ((e.dur ?? 0) / 1000).toFixed(1));
    console.log(where, r.map((x) => Math.round(x)), "styles", ult.join(" "), "layouts", lay.join(" "));
    await cdp.detach();
  }
} finally {
  await browser.close();
  await chain.stop();
}
