import { expect, test } from "@playwright/test";
import { expectAddInstances, typeAddInstances } from "./fixtures/add-instances";
import { ConsolePage } from "./fixtures/console-page";
import { startOwnChain } from "./fixtures/own-chain";
import { startSilentGateway } from "./fixtures/silent-gateway";

test("Serving stopped behind a live gateway is UNAVAILABLE naming the upstream; the draft stays", async ({
  page,
  baseURL,
}) => {
  const chain = await startOwnChain({ consoleUrl: baseURL });
  try {
    const console = new ConsolePage(page);
    await console.goto(chain.gatewayUrl);
    await typeAddInstances(console, 2);
    await console.send.click();
    await expect(console.result(2).getByRole("cell", { name: "4", exact: true })).toHaveCount(4);

    await chain.stopServing();
    await console.send.click();
    await expect(console.alert).toContainText("UNAVAILABLE");
    await expect(console.alert).toContainText(chain.servingAddress);
    await expect(console.alert).toContainText("cannot reach Serving");
    await expect(console.result(1)).toHaveCount(0);

    await expect(console.gatewayUrl).toHaveValue(chain.gatewayUrl);
    await expectAddInstances(console, 2);
  } finally {
    await chain.close();
  }
});

test("a call with no reply within the timeout is DEADLINE_EXCEEDED with a hint", async ({
  page,
  baseURL,
}) => {
  const gateway = await startSilentGateway(baseURL);
  try {
    const console = new ConsolePage(page);
    await console.goto(gateway.url);
    await page.getByRole("spinbutton", { name: "Timeout (s)" }).fill("0.5");
    await console.typeMatrix(1, "x1", [
      ["5", "6"],
      ["7", "8"],
    ]);
    await console.send.click();
    await gateway.called;

    await expect(console.alert).toContainText("DEADLINE_EXCEEDED");
    await expect(console.alert).toContainText(/Hint:.*request timeout/);
    await expect(console.send).toBeEnabled();
    await expect(
      console.instance(1).getByRole("textbox", { name: "x1 row 2, column 2" }),
    ).toHaveValue("8");
  } finally {
    await gateway.close();
  }
});
