import { cp, mkdtemp, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures/test";

const FIXTURES = "src/features/discovery/fixtures";

test.describe("contract discovery", () => {
  test("a servable folder's servable_config.py becomes removable presets named after the folder", async ({
    app,
    page,
  }) => {
    const root = await mkdtemp(join(tmpdir(), "servable-"));
    try {
      await mkdir(join(root, "adder", "1"), { recursive: true });
      await cp(join(FIXTURES, "add-r16.py"), join(root, "adder", "servable_config.py"));
      await cp(join(FIXTURES, "classifier-r16.py"), join(root, "adder", "1", "notes.txt"));
      await app.goto();
      await page.getByLabel("Servable folder").setInputFiles(join(root, "adder"));
      await expect(
        page.getByRole("status").filter({ hasText: "adder/servable_config.py" }),
      ).toContainText("2 methods of adder: add_common, add_cast");
      await app.preset.selectOption({ label: "adder · add_cast" });
      await expect(app.servable).toHaveValue("adder");
      await expect(app.method).toHaveValue("add_cast");
      await expect(page.getByRole("textbox", { name: "Input 2 name" })).toHaveValue("x2");

      await page.reload();
      await app.send.waitFor();
      await expect(app.preset.getByRole("option", { name: "adder · add_common" })).toHaveCount(1);
      await page.getByRole("button", { name: "Remove adder · add_common" }).click();
      await expect(app.preset.getByRole("option", { name: "adder · add_common" })).toHaveCount(0);
      await expect(app.preset.getByRole("option", { name: "adder · add_cast" })).toHaveCount(1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test("a file with syntax errors imports its readable methods and lists the lines", async ({
    app,
    page,
  }) => {
    await app.goto();
    await page
      .getByLabel("servable_config.py files")
      .setInputFiles(join(FIXTURES, "broken-syntax.py"));
    const report = page.getByRole("list", { name: "Not understood in broken-syntax.py" });
    await expect(report).toContainText("line 6: syntax error");
    await expect(report).toContainText("line 18: syntax error");
    await expect(app.preset.getByRole("option", { name: "broken-syntax · subtract" })).toHaveCount(
      1,
    );
  });

  test("Discover inputs learns add_common from Serving's refusals and the cache answers next time", async ({
    app,
    page,
  }) => {
    await app.goto();
    await page.getByRole("button", { name: "Discover inputs" }).click();
    const learned = page.getByRole("status", { name: "Discovered inputs" });
    await expect(learned).toContainText("add_common: learned in 6 calls");
    await expect(learned).toContainText("x1: float32, 16 bytes (4 values)");
    await expect(learned).toContainText("x2: float32, 16 bytes (4 values)");
    await page.getByRole("button", { name: "Discover inputs" }).click();
    await expect(learned).toContainText("add_common: from the cache (learned in 6 calls)");
  });

  test("Discover inputs finds resnet50's image input by name", async ({ app, page }) => {
    await app.goto();
    await app.preset.selectOption({ label: "resnet50 · classify_top5" });
    await page.getByRole("button", { name: "Discover inputs" }).click();
    const learned = page.getByRole("status", { name: "Discovered inputs" });
    await expect(learned).toContainText("classify_top5: learned in 2 calls");
    await expect(learned).toContainText("image: image");
  });
});
