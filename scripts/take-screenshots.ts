/**
 * Takes the README's screenshots of the main view: the resnet50 classify_top5 preset with the
 * shared cat and dog photos sent, at 1280×800 and 1920×1080, and in Simplified Chinese at 1280×800,
 * into docs/screenshots/. The Chinese one needs a CJK font (Debian's fonts-noto-cjk).
 *
 * Start the chain first (`npm start`), then:
 *   npm run screenshots [-- --url http://localhost:4173 --gateway http://localhost:8080]
 */
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "docs", "screenshots");
const photos = ["cat.jpg", "dog.jpg"].map((name) =>
  join(root, "..", "shared", "fixtures", "images", name),
);
/** The accessible names the script finds its way by, in each language it shoots. */
const NAMES = {
  "en-US": { preset: "Preset", instances: /^Instances/, send: "Send", result2: "Result 2" },
  "zh-CN": { preset: "预设", instances: /^实例/, send: "发送", result2: "结果 2" },
} as const;

const SHOTS = [
  { file: "main-1280.png", width: 1280, height: 800, locale: "en-US" },
  { file: "main-1920.png", width: 1920, height: 1080, locale: "en-US" },
  { file: "main-1280-zh-CN.png", width: 1280, height: 800, locale: "zh-CN" },
] as const;

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:4173" },
    gateway: { type: "string", default: "http://localhost:8080" },
  },
});

/** Drops the photos on the instances panel as a file manager would. */
async function dropPhotos(page: Page, instances: RegExp): Promise<void> {
  const files = photos.map((path) => ({
    name: basename(path),
    base64: readFileSync(path).toString("base64"),
  }));
  // A string runs in the page, where DataTransfer exists; this script compiles without the DOM.
  const transfer = await page.evaluateHandle(`(() => {
    const data = new DataTransfer();
    for (const f of ${JSON.stringify(files)}) {
      const bytes = Uint8Array.from(atob(f.base64), (ch) => ch.charCodeAt(0));
      data.items.add(new File([bytes], f.name, { type: "image/jpeg" }));
    }
    return data;
  })()`);
  const panel = page.getByRole("region", { name: instances });
  for (const type of ["dragenter", "dragover", "drop"]) {
    await panel.dispatchEvent(type, { dataTransfer: transfer });
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const shot of SHOTS) {
      const names = NAMES[shot.locale];
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        locale: shot.locale,
      });
      await page.goto(`${values.url}/?gateway=${encodeURIComponent(values.gateway)}`);
      await page
        .getByRole("combobox", { name: names.preset })
        .selectOption({ label: "resnet50 · classify_top5" });
      await dropPhotos(page, names.instances);
      await page.getByRole("button", { name: names.send, exact: true }).click();
      await page.getByRole("group", { name: names.result2, exact: true }).waitFor();
      await page.evaluate("window.scrollTo(0, 0)");
      const path = join(outDir, shot.file);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
