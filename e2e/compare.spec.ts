import { startOwnChain } from "./fixtures/own-chain";
import { expect, test } from "./fixtures/test";
import { writeTwoVersionAdd } from "./fixtures/two-version-servables";

test("runs the add draft on version 1 and version 2 and shows where they differ", async ({
  app,
  page,
  baseURL,
}) => {
  const servables = await writeTwoVersionAdd();
  const chain = await startOwnChain({ consoleUrl: baseURL, servablesDir: servables.dir });
  try {
    await app.goto(chain.gatewayUrl);
    await app.typeMatrix(1, "x1", [
      ["1", "2"],
      ["3", "4"],
    ]);
    await app.typeMatrix(1, "x2", [
      ["5", "6"],
      ["7", "8"],
    ]);
    await app.addInstance.click();
    for (const input of ["x1", "x2"]) {
      await app.typeMatrix(2, input, [
        ["2", "2"],
        ["2", "2"],
      ]);
    }

    const versions = page.getByRole("group", { name: "Run this draft on two versions" });
    await versions.getByRole("textbox", { name: "Version A" }).fill("1");
    await versions.getByRole("textbox", { name: "Version B" }).fill("2");
    await versions.getByRole("button", { name: "Run on both versions" }).press("Enter");

    const region = page.getByRole("region", { name: "Comparison" });
    const runs = region.getByRole("table", { name: "Runs compared" });
    await expect(runs.getByRole("row", { name: /A: Version 1/ })).toContainText(
      "add · add_common · 1",
    );
    await expect(runs.getByRole("row", { name: /B: Version 2/ })).toContainText("2 instances");
    await expect(runs.getByRole("row", { name: /B: Version 2/ })).toContainText(/\d ms/);

    // Version 1 adds (6, 8, 10, 12), version 2 multiplies (5, 12, 21, 32).
    const first = region
      .getByRole("group", { name: "Instance 1" })
      .getByRole("group", { name: /^y/ });
    const stats = first.getByRole("definition");
    await expect(stats.nth(2)).toHaveText("20 at [1, 1]");
    await expect(stats.nth(3)).toHaveText("0.625 at [1, 1]");
    await expect(stats.nth(4)).toHaveText("4");
    const sideBySide = first.getByRole("table", { name: "y: A and B side by side" });
    await expect(sideBySide.getByRole("row", { name: /\[1, 0\]/ }).getByRole("cell")).toHaveText([
      "10",
      "21",
      "11",
    ]);
    await expect(first.getByRole("img", { name: /Heatmap of \|a − b\| for y/ })).toBeVisible();

    const tolerance = region.getByRole("textbox", { name: "Tolerance" });
    await tolerance.fill("10");
    await expect(stats.nth(4)).toHaveText("2");

    // 2 + 2 and 2 · 2 agree.
    const second = region.getByRole("group", { name: "Instance 2" });
    await expect(second).toContainText("Identical: every element is equal.");

    await region.getByRole("button", { name: "Close comparison" }).press("Enter");
    await expect(region).toHaveCount(0);
  } finally {
    await chain.close();
    await servables.remove();
  }
});
