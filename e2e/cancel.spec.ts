import { expect, test } from "./fixtures/test";

test("a call in flight shows progress and Cancel ends it, keeping the draft", async ({
  app,
  page,
  silentGateway,
}) => {
  await app.goto(silentGateway.url);
  await app.typeMatrix(1, "x1", [
    ["1", "2"],
    ["3", "4"],
  ]);
  await page.keyboard.press("Control+Enter");
  await silentGateway.called;
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(app.send).toBeDisabled();

  await app.cancel.click();
  await expect(page.getByRole("status").filter({ hasText: "cancelled" })).toBeVisible();
  await expect(app.cancel).toHaveCount(0);
  await expect(app.send).toBeEnabled();
  await expect(app.cell(1, "x1", 1, 1)).toHaveValue("4");
});
