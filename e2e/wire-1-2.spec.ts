import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";

test.use({ chainWire: "1.2" });

test("Serving 1.1–1.2 wire against a stand-in started with --wire 1.2", async ({
  app,
  ownChain,
}) => {
  await app.goto(ownChain.gatewayUrl);
  await expect(app.gatewayUrl).toHaveValue(ownChain.gatewayUrl);
  await app.wire.selectOption({ label: "Serving 1.1–1.2" });
  await typeAddInstances(app, 2);
  await app.send.click();
  for (const n of [1, 2]) {
    await expect(
      app.output(n, "y").getByRole("cell", { name: String(2 * n), exact: true }),
    ).toHaveCount(4);
  }
});
