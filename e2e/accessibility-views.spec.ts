import { typeAddInstances } from "./fixtures/add-instances";
import { CopyAsCodeDialog } from "./fixtures/copy-as-code-dialog";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import { expectNoAxeViolations } from "./testing/expect-no-axe-violations";
import type { ConsolePage } from "./fixtures/console-page";

/** Sends the add draft twice, x1 = x2 = 1 and then 3, so History lists two runs. */
async function sendTwoRuns(app: ConsolePage): Promise<void> {
  await typeAddInstances(app, 1);
  await app.send.click();
  await expect(app.output(1, "y").getByRole("cell", { name: "2", exact: true })).toHaveCount(4);
  for (const input of ["x1", "x2"]) {
    await app.typeMatrix(1, input, [
      ["3", "3"],
      ["3", "3"],
    ]);
  }
  await app.send.click();
  await expect(app.output(1, "y").getByRole("cell", { name: "6", exact: true })).toHaveCount(4);
}

// The views beside the main one, each in the state a user reaches it, against WCAG 2.1 AA.
test.describe("accessibility of every view (axe, WCAG 2.1 AA)", () => {
  test("History with runs, and two runs compared", async ({ app, page }, testInfo) => {
    await app.goto();
    await sendTwoRuns(app);
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("button", { name: /^Show run / })).toHaveCount(2);
    await expectNoAxeViolations(page, "history with runs", testInfo);

    const compare = history.getByRole("button", { name: /^Compare run / });
    await compare.nth(0).click();
    await compare.nth(1).click();
    const comparison = page.getByRole("region", { name: "Comparison" });
    await expect(comparison.getByRole("table", { name: "Runs compared" })).toBeVisible();
    await expectNoAxeViolations(page, "comparison open", testInfo);
  });

  test("Presenter after image results", async ({ app, page }, testInfo) => {
    await app.goto();
    await app.preset.selectOption({ label: "resnet50 · classify_top5" });
    await app.dropFiles(CAT_AND_DOG);
    await app.send.click();
    await expect(app.classes(2)).toBeVisible();
    await page.getByRole("button", { name: "Present" }).click();
    const presenter = page.getByRole("region", { name: "Presenter" });
    await expect(presenter.getByRole("img", { name: "cat.jpg" })).toBeVisible();
    await expectNoAxeViolations(page, "presenter", testInfo);
  });

  test("Copy as code and Paste request dialogs", async ({ app, page }, testInfo) => {
    await app.goto();
    await typeAddInstances(app, 1);
    const copy = new CopyAsCodeDialog(page);
    await copy.open.first().click();
    await expect(copy.code).toHaveValue(/Client/);
    await expectNoAxeViolations(page, "copy as code", testInfo);
    await copy.tab("curl (REST)").click();
    await expect(copy.code).toHaveValue(/^curl /);
    await expectNoAxeViolations(page, "copy as code, curl", testInfo);
    await page.keyboard.press("Escape");
    await expect(copy.dialog).toHaveCount(0);

    await page.getByRole("button", { name: "Paste request" }).click();
    const paste = page.getByRole("dialog", { name: "Paste request" });
    await paste
      .getByRole("textbox", { name: "Request text" })
      .fill('{"instances": [{"x1": [[1.0, 2.0], [3.0, 4.0]], "x2": [[1.0, 1.0], [1.0, 1.0]]}]}');
    await expect(paste).toContainText("Reads as a REST JSON body with 1 instance.");
    await expectNoAxeViolations(page, "paste request, read", testInfo);
    await paste.getByRole("textbox", { name: "Request text" }).fill("instances = [{");
    await expect(paste).toContainText("Not read:");
    await expectNoAxeViolations(page, "paste request, refused", testInfo);
  });

  test("Load test with a result", async ({ app, page }, testInfo) => {
    test.setTimeout(60_000);
    await app.goto();
    await typeAddInstances(app, 1);
    await page.getByRole("button", { name: "Load test" }).click();
    const region = page.getByRole("region", { name: "Load test" });
    await expectNoAxeViolations(page, "load test, empty", testInfo);
    await region.getByRole("textbox", { name: "Concurrency" }).fill("1");
    await region.getByRole("textbox", { name: "Duration (s)" }).fill("1");
    await region.getByRole("textbox", { name: "Warm-up (s)" }).fill("0");
    await region.getByRole("button", { name: "Start load test" }).click();
    await expect(region.getByRole("status")).toContainText("Finished: 1 cell measured.", {
      timeout: 30_000,
    });
    await expect(region.getByRole("table", { name: "Measured cells" })).toBeVisible();
    await expectNoAxeViolations(page, "load test with a result", testInfo);
  });
});
