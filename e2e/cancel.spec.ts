import { expect, test } from "@playwright/test";
import { ConsolePage } from "./fixtures/console-page";
import { startSilentGateway } from "./fixtures/silent-gateway";

test("a call in flight shows progress and Cancel ends it, keeping the draft", async ({
  page,
  baseURL,
}) => {
  const gateway = await startSilentGateway(baseURL);
  try {
    const console = new ConsolePage(page);
    await console.goto(gateway.url);
    await console.typeMatrix(1, "x1", [
      ["1", "2"],
      ["3", "4"],
    ]);
    await page.keyboard.press("Control+Enter");
    await gateway.called;
    await expect(page.getByRole("progressbar")).toBeVisible();
    await expect(console.send).toBeDisabled();

    await console.cancel.click();
    await expect(page.getByRole("status").filter({ hasText: "cancelled" })).toBeVisible();
    await expect(console.cancel).toHaveCount(0);
    await expect(console.send).toBeEnabled();
    await expect(
      console.instance(1).getByRole("textbox", { name: "x1 row 2, column 2" }),
    ).toHaveValue("4");
  } finally {
    await gateway.close();
  }
});
