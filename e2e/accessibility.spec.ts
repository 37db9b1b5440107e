import { typeAddInstances } from "./fixtures/add-instances";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import { expectNoAxeViolations } from "./testing/expect-no-axe-violations";

// Each state of the main view a user reaches is checked against WCAG 2.1 AA; a new view adds its
// state here with one more test calling expectNoAxeViolations.
test.describe("accessibility of the main view (axe, WCAG 2.1 AA)", () => {
  test("empty, as first opened", async ({ app, page }, testInfo) => {
    await app.goto();
    await expectNoAxeViolations(page, "empty", testInfo);
  });

  test("after a result, with the connection folded", async ({ app, page }, testInfo) => {
    await app.goto();
    await typeAddInstances(app, 2);
    await app.send.click();
    await expect(app.result(2)).toBeVisible();
    await expect(app.editConnection).toBeVisible();
    await expectNoAxeViolations(page, "after a result", testInfo);
  });

  test("after image results", async ({ app, page }, testInfo) => {
    await app.goto();
    await app.preset.selectOption({ label: "resnet50 · classify_top5" });
    await app.dropFiles(CAT_AND_DOG);
    await app.send.click();
    await expect(app.classes(2)).toBeVisible();
    await expectNoAxeViolations(page, "after image results", testInfo);
  });

  test("with a whole-request error", async ({ app, page }, testInfo) => {
    await app.goto();
    await app.method.fill("add_common2");
    await app.send.click();
    await expect(app.alert).toContainText("method is not available");
    await expectNoAxeViolations(page, "with an error", testInfo);
  });

  test("with input problems", async ({ app, page }, testInfo) => {
    await app.goto();
    await app.cell(1, "x1", 0, 0).fill("abc");
    await app.send.click();
    await expect(page.getByText(/Not sent/)).toBeVisible();
    await expectNoAxeViolations(page, "with input problems", testInfo);
  });

  test("the check itself fails on a control without a name", async ({ app, page }) => {
    await app.goto();
    await page.evaluate(() => {
      const unnamed = document.createElement("input");
      unnamed.type = "text";
      document.body.append(unnamed);
    });
    await expect(expectNoAxeViolations(page, "planted")).rejects.toThrow(/label/);
  });

  test.describe("in Simplified Chinese", () => {
    test.use({ locale: "zh-CN" });

    test("empty and after a result", async ({ page }, testInfo) => {
      await page.goto(`/?gateway=${encodeURIComponent(process.env.CONSOLE_GATEWAY ?? "")}`);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expectNoAxeViolations(page, "zh-CN empty", testInfo);
      // The preset's instance (two 2×2 zero matrices) is sent as it is: its cells have Chinese names.
      await page.getByRole("button", { name: "发送", exact: true }).click();
      await expect(
        page.getByRole("region", { name: /^结果/ }).getByRole("cell", { name: "0", exact: true }),
      ).toHaveCount(4);
      await expectNoAxeViolations(page, "zh-CN after a result", testInfo);
    });
  });
});
