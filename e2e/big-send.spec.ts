import { writeBigPhotos } from "../bench/big-photos";
import { expect, test } from "./fixtures/test";

test("sixteen 3.2 MB photos: Cancel is there during the send, and a result arrives when not cancelled", async ({
  app,
  page,
}) => {
  // Writing and dropping 50 MB of photos takes minutes on a small machine.
  test.setTimeout(480_000);
  const { paths, bytes } = await writeBigPhotos(16);
  expect(bytes).toBeGreaterThan(48_000_000);
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await app.dropFiles(paths);
  await expect(app.instance(16).getByRole("img", { name: "photo-16.jpg" })).toBeVisible();

  await app.send.click();
  await expect(app.cancel).toBeVisible();
  await app.cancel.click();
  await expect(page.getByRole("status").filter({ hasText: "cancelled" })).toBeVisible();
  await expect(app.send).toBeEnabled();

  await app.send.click();
  await expect(app.cancel).toBeVisible();
  await expect(app.output(16, "label")).toContainText(/\w/, { timeout: 90_000 });
  await expect(app.output(1, "label")).toContainText(/\w/);
  await expect(app.cancel).toHaveCount(0);
});
