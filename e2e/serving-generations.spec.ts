import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";
import type { ConsolePage } from "./fixtures/console-page";

const SIZE_ERROR = "Given model input 0 size 32 not match the size 16 defined in model";

/** Types two add instances and turns every input of both into float64. */
async function typeFloat64Instances(app: ConsolePage): Promise<void> {
  await typeAddInstances(app, 2);
  for (const n of [1, 2]) {
    for (const input of ["x1", "x2"]) {
      await app
        .instance(n)
        .getByRole("combobox", { name: `${input} dtype` })
        .selectOption("float64");
    }
  }
}

test("Serving ≥ 1.3: the same error in every instance is one alert with Serving's size text", async ({
  app,
  ownChain,
}) => {
  await app.goto(ownChain.gatewayUrl);
  await app.wire.selectOption({ label: "Serving ≥ 1.3" });
  await typeFloat64Instances(app);
  await app.send.click();
  await expect(app.alert).toContainText(SIZE_ERROR);
  await expect(app.result(1)).toHaveCount(0);
});

test("an unknown method is one alert in Serving's exact words", async ({ app, ownChain }) => {
  await app.goto(ownChain.gatewayUrl);
  await app.method.fill("add_common2");
  await app.send.click();
  await expect(app.alert).toContainText(
    "Request servable(add) method(add_common2) , method is not available",
  );
});

test.describe("against a Serving 1.1–1.2", () => {
  test.use({ chainWire: "1.2" });

  test("the same error in every instance stays one error per instance", async ({
    app,
    ownChain,
  }) => {
    await app.goto(ownChain.gatewayUrl);
    await app.wire.selectOption({ label: "Serving 1.1–1.2" });
    await typeFloat64Instances(app);
    await app.send.click();
    for (const n of [1, 2]) {
      await expect(app.result(n)).toContainText(SIZE_ERROR);
    }
    await expect(app.alert).toHaveCount(0);
  });
});
