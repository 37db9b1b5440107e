import { expectAddInstances, typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";

test("switching add → resnet50 → add keeps the typed matrices, across a reload too", async ({
  app,
  page,
}) => {
  await app.goto();
  await typeAddInstances(app, 2);
  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await expect(app.instance(1).getByRole("button", { name: "Choose image…" })).toBeVisible();
  await app.preset.selectOption({ label: "add · add_common" });
  await expectAddInstances(app, 2);

  await app.preset.selectOption({ label: "resnet50 · classify_top1" });
  await page.reload();
  await expect(app.method).toHaveValue("classify_top1");
  await app.preset.selectOption({ label: "add · add_common" });
  await expectAddInstances(app, 2);
});

test("a removed instance comes back with Undo and with Ctrl+Z", async ({ app, page }) => {
  await app.goto();
  await typeAddInstances(app, 2);
  await app.instance(1).getByRole("button", { name: "Remove instance 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Instance 1 removed" })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expectAddInstances(app, 2);

  await app.instance(2).getByRole("button", { name: "Remove instance 2" }).click();
  await page.keyboard.press("ControlOrMeta+z");
  await expectAddInstances(app, 2);
});
