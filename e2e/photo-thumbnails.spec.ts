import { stat } from "node:fs/promises";
import sharp from "sharp";
import { writeBigPhotos } from "../bench/big-photos";
import { THUMBNAIL_EDGE } from "../src/ui/fit-thumbnail";
import { THUMBNAIL_FROM_BYTES } from "../src/ui/thumbnail-urls";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import type { Locator } from "@playwright/test";

/** The decoded size of an <img>, once it has pixels. */
async function naturalSize(image: Locator): Promise<[number, number]> {
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
}

test("a large photo shows as a small thumbnail in its instance and result, and whole in the presenter", async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const {
    paths: [big = ""],
  } = await writeBigPhotos(1);
  const [, dog = ""] = CAT_AND_DOG;
  expect((await stat(dog)).size).toBeLessThan(THUMBNAIL_FROM_BYTES);
  const bigMeta = await sharp(big).metadata();
  const dogMeta = await sharp(dog).metadata();
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await app.dropFiles([big, dog]);

  // The 3 MB photo is shown through a thumbnail whose shorter side is THUMBNAIL_EDGE pixels.
  const instanceImage = app.instance(1).getByRole("img", { name: "photo-01.jpg" });
  const [width, height] = await naturalSize(instanceImage);
  expect(Math.min(width, height)).toBe(THUMBNAIL_EDGE);
  expect(width / height).toBeCloseTo((bigMeta.width ?? 0) / (bigMeta.height ?? 1), 1);
  // A small photo is shown as it is.
  const dogImage = app.instance(2).getByRole("img", { name: "dog.jpg" });
  expect(await naturalSize(dogImage)).toEqual([dogMeta.width, dogMeta.height]);

  await app.send.click();
  await expect(app.output(2, "label")).toContainText(/\w/, { timeout: 60_000 });
  // The result shows the very thumbnail the instance showed: the same URL, no second copy.
  const resultImage = app.result(1).getByRole("img", { name: "photo-01.jpg" });
  expect(await naturalSize(resultImage)).toEqual([width, height]);
  expect(await resultImage.getAttribute("src")).toBe(await instanceImage.getAttribute("src"));

  // The presenter shows the photo itself, at full size.
  await page.getByRole("button", { name: "Present", exact: true }).click();
  const presenter = page.getByRole("region", { name: "Presenter" });
  const presented = presenter.getByRole("img", { name: "photo-01.jpg" });
  expect(await naturalSize(presented)).toEqual([bigMeta.width, bigMeta.height]);
});
