import { expect, test } from "@playwright/test";
import { typeAddInstances } from "./fixtures/add-instances";
import { ConsolePage } from "./fixtures/console-page";
import { startOwnChain, type OwnChain } from "./fixtures/own-chain";

let chain: OwnChain;
test.beforeAll(async () => {
  chain = await startOwnChain({ consoleUrl: test.info().project.use.baseURL, wire: "1.2" });
});
test.afterAll(async () => {
  await chain?.close();
});

test("Serving 1.1–1.2 wire against a stand-in started with --wire 1.2", async ({ page }) => {
  const console = new ConsolePage(page);
  await console.goto(chain.gatewayUrl);
  await expect(console.gatewayUrl).toHaveValue(chain.gatewayUrl);
  await console.wire.selectOption({ label: "Serving 1.1–1.2" });
  await typeAddInstances(console, 2);
  await console.send.click();
  for (const n of [1, 2]) {
    await expect(
      console
        .result(n)
        .getByRole("group", { name: "y" })
        .getByRole("cell", { name: String(2 * n), exact: true }),
    ).toHaveCount(4);
  }
});
