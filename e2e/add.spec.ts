import { expect, test } from "@playwright/test";
import { typeAddInstances } from "./fixtures/add-instances";
import { ConsolePage } from "./fixtures/console-page";

test.describe("add servable", () => {
  test("add_common adds three typed instances: y = 2s, 4s, 6s", async ({ page }, testInfo) => {
    const console = new ConsolePage(page);
    await console.goto();
    await expect(console.servable).toHaveValue("add");
    await expect(console.method).toHaveValue("add_common");
    await typeAddInstances(console, 3);
    await console.send.click();

    for (const n of [1, 2, 3]) {
      const y = console.result(n).getByRole("group", { name: "y" });
      await expect(y).toContainText("float32");
      await expect(y.getByRole("cell", { name: String(2 * n), exact: true })).toHaveCount(4);
    }
    await page.screenshot({ path: testInfo.outputPath("add-common.png"), fullPage: true });
    await testInfo.attach("add-common", {
      path: testInfo.outputPath("add-common.png"),
      contentType: "image/png",
    });
  });

  test("an unknown method is one alert saying it is not available", async ({ page }) => {
    const console = new ConsolePage(page);
    await console.goto();
    await console.method.fill("add_common2");
    await console.send.click();
    await expect(console.alert).toContainText("method is not available");
    await expect(console.result(1)).toHaveCount(0);
  });

  test("an int32 instance fails alone while the others add", async ({ page }) => {
    const console = new ConsolePage(page);
    await console.goto();
    await typeAddInstances(console, 3);
    await console.instance(2).getByRole("combobox", { name: "x1 dtype" }).selectOption("int32");
    await console.send.click();

    await expect(console.result(2)).toContainText("Error:");
    await expect(console.result(2).getByRole("group", { name: "y" })).toHaveCount(0);
    for (const n of [1, 3]) {
      const y = console.result(n).getByRole("group", { name: "y" });
      await expect(y.getByRole("cell", { name: String(2 * n), exact: true })).toHaveCount(4);
    }
    await expect(console.alert).toHaveCount(0);
  });
});
