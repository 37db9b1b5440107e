import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures/test";
import { numpy, writeArrays } from "./testing/run-numpy";

test.describe("tensor files", () => {
  test("a dropped 1000×1000 .npy on x1 and a picked one on x2 are added by matrix_add", async ({
    app,
  }, testInfo) => {
    // x2 is Fortran-ordered and big-endian: the console must reorder and swap it.
    const dir = writeArrays(
      testInfo.outputPath("arrays"),
      String.raw`
import numpy as np
x1 = (np.arange(1_000_000, dtype=np.float32) / 8).reshape(1000, 1000)
x2 = np.asfortranarray(np.fromfunction(lambda r, c: r - c, (1000, 1000)).astype(">f4"))
np.save("x1.npy", x1)
np.save("x2.npy", x2)
`,
    );
    await app.goto();
    // x1 dropped, x2 chosen in its file field.
    await app.loadMatrixAddArrays(dir, { picked: ["x2"] });
    const instance = app.instance(1);
    await expect(
      instance.getByRole("textbox", { name: "x1 row 0, column 1", exact: true }),
    ).toHaveValue("0.125");
    // Virtualized: two million elements, a few hundred text boxes.
    expect(await instance.getByRole("textbox").count()).toBeLessThan(2000);
    await expect(
      instance.getByRole("textbox", { name: "x2 row 1, column 0", exact: true }),
    ).toHaveValue("1");

    await app.send.click();
    const y = app.result(1).getByRole("group", { name: "y", exact: true });
    await expect(y).toContainText("float32", { timeout: 60_000 });
    await app.saveDownload(
      y.getByRole("button", { name: "Download y of result 1 as .npy" }),
      join(dir, "y.npy"),
    );
    expect(
      numpy(
        String.raw`
import numpy as np
y, x1, x2 = np.load("y.npy"), np.load("x1.npy"), np.load("x2.npy")
print(y.dtype.str, y.shape, np.array_equal(y, x1 + x2))
`,
        dir,
      ),
    ).toBe("<f4 (1000, 1000) True");
  });
});

test("the exported draft archive opens in numpy and imports back exactly", async ({
  app,
  page,
}, testInfo) => {
  const dir = testInfo.outputPath("archive");
  mkdirSync(dir, { recursive: true });
  await app.goto();
  const cell = app.cell(1, "x1", 1, 0);
  await cell.fill("2.5");
  await app.saveDownload(
    page.getByRole("button", { name: "Export draft (.zip)" }),
    join(dir, "draft.zip"),
  );
  expect(
    numpy(
      String.raw`
import io, json, zipfile, numpy as np
z = zipfile.ZipFile("draft.zip")
m = json.loads(z.read("manifest.json"))
x1 = np.load(io.BytesIO(z.read(m["draft"]["instances"][0]["values"]["x1"]["npy"])))
print(m["format"], m["version"], x1.dtype.str, x1.tolist())
`,
      dir,
    ),
  ).toBe("serving-console-archive 1 <f4 [[0.0, 0.0], [2.5, 0.0]]");

  await cell.fill("9");
  await page.getByLabel("Draft archive file").setInputFiles(join(dir, "draft.zip"));
  await expect(app.cell(1, "x1", 1, 0)).toHaveValue("2.5");
});
