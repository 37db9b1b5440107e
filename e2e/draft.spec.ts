import { expectAddInstances, typeAddInstances } from "./fixtures/add-instances";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";

test("a stopped gateway is reported as unreachable and the draft stays intact", async ({
  app,
  page,
  ownChain,
}) => {
  // No ?gateway= in the page URL: it would win over the saved gateway on reload.
  await app.goto("");
  await app.gatewayUrl.fill(ownChain.gatewayUrl);
  await typeAddInstances(app, 2);
  await app.send.click();
  await expect(app.result(2).getByRole("cell", { name: "4", exact: true })).toHaveCount(4);

  await ownChain.stopGateway();
  await app.send.click();
  await expect(app.alert).toContainText(/unreachable/i);
  await expect(app.alert).toContainText("UNAVAILABLE");

  await expect(app.gatewayUrl).toHaveValue(ownChain.gatewayUrl);
  await expectAddInstances(app, 2);
  await page.reload();
  await expect(app.gatewayUrl).toHaveValue(ownChain.gatewayUrl);
  await expectAddInstances(app, 2);
});

test("a reload brings the whole draft back, images included", async ({ app, page }) => {
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top5" });
  await app.version.fill("0");
  await app.dropFiles(CAT_AND_DOG);
  await expect(app.instance(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();

  await page.reload();
  await expect(app.method).toHaveValue("classify_top5");
  await expect(app.preset).toHaveValue("resnet50/classify_top5");
  for (const [n, name] of [
    [1, "cat.jpg"],
    [2, "dog.jpg"],
  ] as const) {
    const image = app.instance(n).getByRole("img", { name });
    await expect(image).toBeVisible();
    // The thumbnail decodes: the restored bytes are the image itself.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await app.send.click();
  await expect(app.classes(1).getByRole("listitem")).toHaveCount(5);
  await expect(app.classes(2).getByRole("listitem")).toHaveCount(5);
});
