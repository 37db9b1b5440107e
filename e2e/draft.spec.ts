import { expect, test } from "@playwright/test";
import { expectAddInstances, typeAddInstances } from "./fixtures/add-instances";
import { ConsolePage } from "./fixtures/console-page";
import { startOwnChain } from "./fixtures/own-chain";

const IMAGES = ["../shared/fixtures/images/cat.jpg", "../shared/fixtures/images/dog.jpg"];

test("a stopped gateway is reported as unreachable and the draft stays intact", async ({
  page,
  baseURL,
}) => {
  const chain = await startOwnChain({ consoleUrl: baseURL });
  try {
    const console = new ConsolePage(page);
    // No ?gateway= in the page URL: it would win over the saved gateway on reload.
    await console.goto("");
    await console.gatewayUrl.fill(chain.gatewayUrl);
    await typeAddInstances(console, 2);
    await console.send.click();
    await expect(console.result(2).getByRole("cell", { name: "4", exact: true })).toHaveCount(4);

    await chain.stopGateway();
    await console.send.click();
    await expect(console.alert).toContainText(/unreachable/i);
    await expect(console.alert).toContainText("UNAVAILABLE");

    await expect(console.gatewayUrl).toHaveValue(chain.gatewayUrl);
    await expectAddInstances(console, 2);
    await page.reload();
    await expect(console.gatewayUrl).toHaveValue(chain.gatewayUrl);
    await expectAddInstances(console, 2);
  } finally {
    await chain.close();
  }
});

test("a reload brings the whole draft back, images included", async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto();
  await console.preset.selectOption({ label: "resnet50 · classify_top5" });
  await console.version.fill("0");
  await console.dropFiles(IMAGES);
  await expect(console.instance(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();

  await page.reload();
  await expect(console.method).toHaveValue("classify_top5");
  await expect(console.preset).toHaveValue("resnet50/classify_top5");
  for (const [n, name] of [
    [1, "cat.jpg"],
    [2, "dog.jpg"],
  ] as const) {
    const image = console.instance(n).getByRole("img", { name });
    await expect(image).toBeVisible();
    // The thumbnail decodes: the restored bytes are the image itself.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await console.send.click();
  await expect(
    console.result(1).getByRole("list", { name: "Classes by score" }).getByRole("listitem"),
  ).toHaveCount(5);
  await expect(
    console.result(2).getByRole("list", { name: "Classes by score" }).getByRole("listitem"),
  ).toHaveCount(5);
});
