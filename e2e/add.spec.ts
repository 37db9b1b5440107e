import { typeAddInstances } from "./fixtures/add-instances";
import { attachScreenshot } from "./fixtures/attach-screenshot";
import { expect, test } from "./fixtures/test";

test.describe("add servable", () => {
  test("add_common adds three typed instances: y = 2s, 4s, 6s", async ({ app, page }, testInfo) => {
    await app.goto();
    await expect(app.servable).toHaveValue("add");
    await expect(app.method).toHaveValue("add_common");
    await typeAddInstances(app, 3);
    await app.send.click();

    for (const n of [1, 2, 3]) {
      const y = app.output(n, "y");
      await expect(y).toContainText("float32");
      await expect(y.getByRole("cell", { name: String(2 * n), exact: true })).toHaveCount(4);
    }
    await attachScreenshot(page, testInfo, "add-common");
  });

  test("an unknown method is one alert saying it is not available", async ({ app }) => {
    await app.goto();
    await app.method.fill("add_common2");
    await app.send.click();
    await expect(app.alert).toContainText("method is not available");
    await expect(app.result(1)).toHaveCount(0);
  });

  test("an int32 instance fails alone while the others add", async ({ app }) => {
    await app.goto();
    await typeAddInstances(app, 3);
    await app.instance(2).getByRole("combobox", { name: "x1 dtype" }).selectOption("int32");
    await app.send.click();

    await expect(app.result(2)).toContainText("Error:");
    await expect(app.output(2, "y")).toHaveCount(0);
    for (const n of [1, 3]) {
      const y = app.output(n, "y");
      await expect(y.getByRole("cell", { name: String(2 * n), exact: true })).toHaveCount(4);
    }
    await expect(app.alert).toHaveCount(0);
  });
});
