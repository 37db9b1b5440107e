import { expectAddInstances, typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";

test("Serving stopped behind a live gateway is UNAVAILABLE naming the upstream; the draft stays", async ({
  app,
  ownChain,
}) => {
  await app.goto(ownChain.gatewayUrl);
  await typeAddInstances(app, 2);
  await app.send.click();
  await expect(app.result(2).getByRole("cell", { name: "4", exact: true })).toHaveCount(4);

  await ownChain.stopServing();
  await app.send.click();
  await expect(app.alert).toContainText("UNAVAILABLE");
  await expect(app.alert).toContainText(ownChain.servingAddress);
  await expect(app.alert).toContainText("cannot reach Serving");
  await expect(app.result(1)).toHaveCount(0);

  await expect(app.gatewayUrl).toHaveValue(ownChain.gatewayUrl);
  await expectAddInstances(app, 2);
});

test("a call with no reply within the timeout is DEADLINE_EXCEEDED with a hint", async ({
  app,
  page,
  silentGateway,
}) => {
  await app.goto(silentGateway.url);
  await page.getByRole("spinbutton", { name: "Timeout (s)" }).fill("0.5");
  await app.typeMatrix(1, "x1", [
    ["5", "6"],
    ["7", "8"],
  ]);
  await app.send.click();
  await silentGateway.called;

  await expect(app.alert).toContainText("DEADLINE_EXCEEDED");
  await expect(app.alert).toContainText(/Hint:.*request timeout/);
  await expect(app.send).toBeEnabled();
  await expect(app.cell(1, "x1", 1, 1)).toHaveValue("8");
});
