import { expect, test } from "./fixtures/test";

test("the Language combobox switches to 简体中文 and back, and the choice outlives a reload", async ({
  app,
  page,
}) => {
  await app.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(app.language).toHaveValue("en");
  await app.language.selectOption({ label: "简体中文" });
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "发送", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "连接" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "发送", exact: true })).toBeVisible();
  await expect(app.language).toHaveValue("zh-CN");

  await app.language.selectOption({ label: "English" });
  await expect(app.send).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
