import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/test";

test("the 1000×1000 grid moves by keys past its drawn cells and keeps the focused cell while scrolled away", async ({
  app,
  page,
}, testInfo) => {
  const dir = testInfo.outputPath("arrays");
  mkdirSync(dir, { recursive: true });
  execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      'import numpy as np; np.save("x1.npy", (np.arange(1_000_000, dtype=np.float32) / 8).reshape(1000, 1000))',
    ],
    { cwd: dir },
  );
  await app.goto();
  await app.servable.fill("matrix_add");
  const instance = app.instance(1);
  await app.dropFilesOn(instance.getByRole("group", { name: "x1", exact: true }), [
    join(dir, "x1.npy"),
  ]);
  const cell = (row: number, col: number) =>
    instance.getByRole("textbox", { name: `x1 row ${row}, column ${col}`, exact: true });
  await cell(0, 0).click();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(cell(15, 0)).toBeFocused();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
  }
  await expect(cell(15, 12)).toBeFocused();
  await expect(cell(15, 12)).toHaveValue(String(15_012 / 8));
  await page.keyboard.type("7");
  await expect(cell(15, 12)).toHaveValue("7");

  // Scrolled far away, the cell being edited keeps focus and takes the next keys.
  const scroller = instance
    .getByRole("group", { name: "x1", exact: true })
    .locator(".matrix-scroll");
  await scroller.evaluate((el) => {
    el.scrollTop = 44 * 700;
    el.scrollLeft = 92 * 600;
  });
  await expect(cell(700, 600)).toBeVisible();
  await expect(cell(700, 600)).toHaveValue(String(700_600 / 8));
  await expect(cell(15, 12)).toBeFocused();
  await page.keyboard.type("8");
  await page.keyboard.press("Enter");
  await expect(cell(16, 12)).toBeFocused();
  // Enter brings the grid back to the cell below, and the far cells are gone from the page.
  await expect(cell(15, 12)).toHaveValue("78");
  await expect(cell(16, 12)).toHaveValue(String(16_012 / 8));
  await expect(cell(700, 600)).toHaveCount(0);
});
