/**
 * Takes the README's screenshots of the main view: the resnet50 classify_top5 preset with the
 * shared cat and dog photos sent, at 1280×800 and 1920×1080, into docs/screenshots/.
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
const SIZES = [
  { file: "main-1280.png", width: 1280, height: 800 },
  { file: "main-1920.png", width: 1920, height: 1080 },
] as const;

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:4173" },
    gateway: { type: "string", default: "http://localhost:8080" },
  },
});

/** Drops the photos on the instances panel as a file manager would. */
async function dropPhotos(page: Page): Promise<void> {
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
  const panel = page.getByRole("region", { name: /^Instances/ });
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
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size.width, height: size.height },
        locale: "en-US",
      });
      await page.goto(`${values.url}/?gateway=${encodeURIComponent(values.gateway)}`);
      await page
        .getByRole("combobox", { name: "Preset" })
        .selectOption({ label: "resnet50 · classify_top5" });
      await dropPhotos(page);
      await page.getByRole("button", { name: "Send", exact: true }).click();
      await page.getByRole("group", { name: "Result 2", exact: true }).waitFor();
      await page.evaluate("window.scrollTo(0, 0)");
      const path = join(outDir, size.file);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
