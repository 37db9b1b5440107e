import { expect, test } from "@playwright/test";
import { ConsolePage } from "./fixtures/console-page";

const IMAGES = ["../shared/fixtures/images/cat.jpg", "../shared/fixtures/images/dog.jpg"];

test("dropped images classify one per instance; classify_top5 shows five labels with bars", async ({
  page,
}, testInfo) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.preset.selectOption({ label: "resnet50 · classify_top1" });
  await console.dropFiles(IMAGES);

  await expect(console.instance(1).getByRole("img", { name: "cat.jpg" })).toBeVisible();
  await expect(console.instance(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await expect(console.instance(3)).toHaveCount(0);

  await console.send.click();
  const cat = console.result(1).getByRole("group", { name: "label" });
  await expect(cat).toContainText(/cat/i);
  await expect(console.result(2).getByRole("group", { name: "label" })).toContainText(/\w/);
  await page.screenshot({ path: testInfo.outputPath("classify-top1.png"), fullPage: true });
  await testInfo.attach("classify-top1", {
    path: testInfo.outputPath("classify-top1.png"),
    contentType: "image/png",
  });

  await console.preset.selectOption({ label: "resnet50 · classify_top5" });
  await expect(console.method).toHaveValue("classify_top5");
  await console.send.click();
  for (const n of [1, 2]) {
    const ranked = console.result(n).getByRole("list", { name: "Classes by score" });
    await expect(ranked.getByRole("listitem")).toHaveCount(5);
  }
  await expect(
    console.result(1).getByRole("list", { name: "Classes by score" }).getByRole("listitem").first(),
  ).toContainText(/cat/i);
  await page.screenshot({ path: testInfo.outputPath("classify-top5.png"), fullPage: true });
  await testInfo.attach("classify-top5", {
    path: testInfo.outputPath("classify-top5.png"),
    contentType: "image/png",
  });
});

test("an image over the file size limit is refused with a message and adds no instance", async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.preset.selectOption({ label: "resnet50 · classify_top1" });
  await page.getByRole("spinbutton", { name: "File size limit (MB)" }).fill("0.2");
  await console.dropFiles(IMAGES);
  await expect(console.instancesPanel).toContainText("cat.jpg is larger than the 200 kB limit");
  await expect(console.instance(1).getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await expect(console.instance(2)).toHaveCount(0);
});
