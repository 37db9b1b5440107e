import { attachScreenshot } from "./fixtures/attach-screenshot";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";

test("dropped images classify one per instance; classify_top5 shows five labels with bars", async ({
  app,
  page,
}, testInfo) => {
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await app.dropFiles(CAT_AND_DOG);

  await expect(app.instance(1).getByRole("img", { name: "cat.jpg" })).toBeVisible();
  await expect(app.instance(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await expect(app.instance(3)).toHaveCount(0);

  await app.send.click();
  await expect(app.output(1, "label")).toContainText(/cat/i);
  await expect(app.output(2, "label")).toContainText(/\w/);
  await attachScreenshot(page, testInfo, "classify-top1");

  await app.openConnection();
  await app.preset.selectOption({ label: "resnet50 · classify_top5" });
  await expect(app.method).toHaveValue("classify_top5");
  await app.send.click();
  for (const n of [1, 2]) {
    await expect(app.classes(n).getByRole("listitem")).toHaveCount(5);
  }
  await expect(app.classes(1).getByRole("listitem").first()).toContainText(/cat/i);
  await attachScreenshot(page, testInfo, "classify-top5");
});

test("an image over the file size limit is refused with a message and adds no instance", async ({
  app,
  page,
}) => {
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await page.getByRole("spinbutton", { name: "File size limit (MB)" }).fill("0.2");
  await app.dropFiles(CAT_AND_DOG);
  await expect(app.instancesPanel).toContainText("cat.jpg is larger than the 200 kB limit");
  await expect(app.instance(1).getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await expect(app.instance(2)).toHaveCount(0);
});
