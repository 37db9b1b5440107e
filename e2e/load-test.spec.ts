import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";
import type { Locator } from "@playwright/test";

/** Returns the numbers in a table row's cells, by column header. */
async function readRow(table: Locator, row: Locator): Promise<Record<string, number>> {
  const headers = await table.getByRole("columnheader").allTextContents();
  const cells = await row.getByRole("cell").allTextContents();
  return Object.fromEntries(
    headers.map((h, i) => [h, Number((cells[i] ?? "").replace(/[^\d.]/g, ""))]),
  );
}

test.describe("load test", () => {
  test("a 5-second sweep of add_common shows plausible latencies and throughput", async ({
    app,
    page,
  }) => {
    test.setTimeout(60_000);
    await app.goto();
    await typeAddInstances(app, 1);
    await page.getByRole("button", { name: "Load test" }).click();
    const region = page.getByRole("region", { name: "Load test" });
    await expect(region).toBeVisible();

    await region.getByRole("textbox", { name: "Concurrency" }).fill("1, 4");
    await region.getByRole("textbox", { name: "Instances per request" }).fill("2");
    await region.getByRole("textbox", { name: "Duration (s)" }).fill("2");
    await region.getByRole("textbox", { name: "Warm-up (s)" }).fill("0.5");
    await region.getByRole("button", { name: "Start load test" }).click();
    await expect(region.getByRole("button", { name: "Stop" })).toBeVisible();
    await expect(region.getByRole("status")).toContainText("Finished: 2 cells measured.", {
      timeout: 30_000,
    });

    // uPlot drew its canvas beside the table.
    await expect(region.locator("figure canvas").first()).toBeVisible();
    const table = region.getByRole("table", { name: "Measured cells" });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(3);
    for (const index of [1, 2]) {
      const row = await readRow(table, rows.nth(index));
      expect(row["Completed requests"]).toBeGreaterThan(0);
      expect(row["Failed requests"]).toBe(0);
      expect(row["p50 (ms)"]).toBeGreaterThan(0);
      expect(row["p50 (ms)"]).toBeLessThanOrEqual(row["p95 (ms)"] ?? Number.NaN);
      expect(row["p95 (ms)"]).toBeLessThanOrEqual(row["p99 (ms)"] ?? Number.NaN);
      expect(row["Instances/s"]).toBeGreaterThan(0);
    }
    await expect(region.getByText("No errors.")).toBeVisible();

    const download = page.waitForEvent("download");
    await region.getByRole("button", { name: "Export CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^load-test-.*\.csv$/);
  });

  test("impossible settings are refused at their field", async ({ app, page }) => {
    await app.goto();
    await page.getByRole("button", { name: "Load test" }).click();
    const region = page.getByRole("region", { name: "Load test" });
    const concurrency = region.getByRole("textbox", { name: "Concurrency" });
    await concurrency.fill("1, 65");
    await region.getByRole("textbox", { name: "Duration (s)" }).fill("0");
    await region.getByRole("button", { name: "Start load test" }).click();
    await expect(concurrency).toHaveAttribute("aria-invalid", "true");
    await expect(
      region.getByRole("alert").filter({ hasText: "65 is above the limit of 64." }),
    ).toBeVisible();
    await expect(
      region.getByRole("alert").filter({ hasText: "Must be more than 0 seconds, not 0." }),
    ).toBeVisible();
    await expect(region.getByRole("button", { name: "Stop" })).toHaveCount(0);
  });
});
