import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";
import type { ConsolePage } from "./fixtures/console-page";

async function typeAll(app: ConsolePage, value: string): Promise<void> {
  for (const input of ["x1", "x2"]) {
    await app.typeMatrix(1, input, [
      [value, value],
      [value, value],
    ]);
  }
}

test.describe("history", () => {
  test("two sends survive a reload; one is restored as the draft and run again", async ({
    app,
    page,
  }) => {
    await app.goto();
    const history = page.getByRole("region", { name: "History" });
    const shows = history.getByRole("button", { name: /^Show run .* add · add_common$/ });

    await typeAddInstances(app, 1);
    await app.send.click();
    await expect(app.output(1, "y").getByRole("cell", { name: "2", exact: true })).toHaveCount(4);
    await expect(shows).toHaveCount(1);

    await typeAll(app, "3");
    await app.send.click();
    await expect(app.output(1, "y").getByRole("cell", { name: "6", exact: true })).toHaveCount(4);
    await expect(shows).toHaveCount(2);

    await page.reload();
    await expect(shows).toHaveCount(2);
    await expect(history.getByText("1 instance")).toHaveCount(2);

    // The older run (listed second) had x1 = x2 = 1; the draft now holds 3s.
    await history
      .getByRole("button", { name: /^Restore run / })
      .nth(1)
      .click();
    await expect(app.cell(1, "x1", 1, 1)).toHaveValue("1");
    await expect(app.cell(1, "x2", 0, 0)).toHaveValue("1");

    await history
      .getByRole("button", { name: /^Run again / })
      .nth(1)
      .click();
    await expect(app.output(1, "y").getByRole("cell", { name: "2", exact: true })).toHaveCount(4);
    await expect(shows).toHaveCount(3);

    // Selecting a run shows its results again.
    await shows.nth(1).click();
    await expect(app.output(1, "y").getByRole("cell", { name: "6", exact: true })).toHaveCount(4);
  });
});
