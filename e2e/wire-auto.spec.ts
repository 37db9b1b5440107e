import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";

test.use({ chainWire: "1.2" });

test("Auto finds Serving 1.1–1.2, remembers it across a reload; a fixed ≥ 1.3 gets the wire hint", async ({
  app,
  page,
  ownChain,
}) => {
  await app.goto(ownChain.gatewayUrl);
  await expect(app.wire).toHaveValue("auto");
  await expect(page.getByText(/^detected:/)).toHaveCount(0);
  await typeAddInstances(app, 2);
  await app.send.click();
  for (const n of [1, 2]) {
    await expect(
      app.output(n, "y").getByRole("cell", { name: String(2 * n), exact: true }),
    ).toHaveCount(4);
  }
  // The summary of the folded connection names the detected wire; the form's note says it too.
  await expect(page.getByRole("region", { name: "Connection" })).toContainText(
    "gRPC-Web, Auto (Serving 1.1–1.2)",
  );
  await app.openConnection();
  await expect(app.wire).toHaveAccessibleDescription("detected: Serving 1.1–1.2");
  await expect(
    page.locator("dt", { hasText: "Sent as" }).locator("xpath=following-sibling::dd[1]"),
  ).toHaveText("gRPC-Web, Serving 1.1–1.2");

  await page.reload();
  await app.send.waitFor();
  await expect(app.wire).toHaveValue("auto");
  await expect(app.wire).toHaveAccessibleDescription("detected: Serving 1.1–1.2");

  await app.wire.selectOption({ label: "Serving ≥ 1.3" });
  await expect(page.getByText(/^detected:/)).toHaveCount(0);
  await app.send.click();
  // r1.2 appends ", servable: add, method: add_common"; either form names the empty request.
  await expect(app.alert).toContainText("Instances count of request cannot be 0");
  await expect(app.alert).toContainText("it likely speaks the Serving 1.1–1.2 wire");
});
