/** What `bench/big-send.ts` and `bench/trace-big-send.ts` share: their flags and the photo drop. */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Page } from "@playwright/test";

/** Returns the value after `--name` on the command line, or `fallback`. */
export function readFlag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
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
