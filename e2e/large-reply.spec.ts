import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/test";
import { numpy, writeArrays } from "./testing/run-numpy";

test("a 10^6-element reply shows its stats, one page of cells and its overview, and saves whole", async ({
  app,
}, testInfo) => {
  const dir = writeArrays(
    testInfo.outputPath("arrays"),
    String.raw`
import numpy as np
np.save("x1.npy", (np.arange(1_000_000, dtype=np.float32) / 8).reshape(1000, 1000))
np.save("x2.npy", np.full((1000, 1000), 0.5, dtype=np.float32))
`,
  );
  await app.goto();
  await app.loadMatrixAddArrays(dir);

  await app.send.click();
  const y = app.result(1).getByRole("group", { name: "y", exact: true });
  // The stats the decoding worker computed: min, max and mean of x1 + 0.5.
  const stats = y.locator("dl");
  await expect(stats).toContainText("Min0.5", { timeout: 60_000 });
  await expect(stats).toContainText("Max125000");
  await expect(stats).toContainText("Mean62500.4");
  // One page of the grid, never a million cells.
  const cells = y.getByRole("cell");
  expect(await cells.count()).toBeLessThanOrEqual(20 * 12);
  await expect(y.getByRole("table")).toContainText("0.625");

  await y.getByRole("button", { name: "Heatmap of y" }).click();
  await expect(
    y.getByRole("img", {
      name: /^Heatmap overview of y: 1000 × 1000 values from 0\.5 to 125,?000$/,
    }),
  ).toBeVisible();

  await app.saveDownload(
    y.getByRole("button", { name: "Download y of result 1 as .npy" }),
    join(dir, "y.npy"),
  );
  expect(
    numpy(
      String.raw`
import numpy as np
y, x1 = np.load("y.npy"), np.load("x1.npy")
print(y.dtype.str, y.shape, np.array_equal(y, x1 + np.float32(0.5)))
`,
      dir,
    ),
  ).toBe("<f4 (1000, 1000) True");
  const csv = await app.saveDownload(
    y.getByRole("button", { name: "Download y of result 1 as CSV" }),
    join(dir, "y.csv"),
  );
  const firstLine = readFileSync(csv, "utf8").split("\n", 1)[0] ?? "";
  expect(firstLine.split(",").slice(0, 2)).toEqual(["0.5", "0.625"]);
});
