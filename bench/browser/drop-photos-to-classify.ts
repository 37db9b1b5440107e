/** Drops photos on the console to classify them, as the browser scenarios and traces do. */
import { dropAt, makeDataTransfer } from "./page-timing";
import type { Page } from "@playwright/test";

/**
 * Picks the resnet50 classify_top1 preset and drops `photos` (named `<prefix>-<i>.jpg`) on the
 * instances panel; returns the page time of the drop.
 */
export async function dropPhotosToClassify(
  page: Page,
  photos: Buffer[],
  prefix: string,
): Promise<number> {
  await page
    .getByRole("combobox", { name: "Preset" })
    .selectOption({ label: "resnet50 · classify_top1" });
  const transfer = await makeDataTransfer(
    page,
    photos.map((bytes, i) => ({ name: `${prefix}-${i}.jpg`, type: "image/jpeg", bytes })),
  );
  return dropAt(page.getByRole("region", { name: /^Instances/ }), transfer);
}
