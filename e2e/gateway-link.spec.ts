import { typeAddInstances } from "./fixtures/add-instances";
import { startRecordingGateway, type RecordingGateway } from "./fixtures/recording-gateway";
import { expect, test } from "./fixtures/test";

const TOKEN = "Bearer remembered-token";

let recorder: RecordingGateway | undefined;

test.afterEach(async () => {
  await recorder?.close();
  recorder = undefined;
});

test("a crafted ?gateway= link gets no saved token until the user keeps it; unticked headers are forgotten on reload", async ({
  app,
  page,
  baseURL,
}) => {
  const gateway = process.env.CONSOLE_GATEWAY ?? "http://localhost:8080";
  recorder = await startRecordingGateway(baseURL);
  const banner = page.getByRole("status", { name: /Check the gateway/ });

  // First visit through a link: nothing saved yet, so nothing to check.
  await app.goto(gateway);
  await expect(banner).toHaveCount(0);
  await page.getByRole("button", { name: "Add header" }).click();
  await page.getByRole("textbox", { name: "Header 1 name" }).fill("authorization");
  await page.getByRole("textbox", { name: "Header 1 value" }).fill(TOKEN);
  await page.getByRole("checkbox", { name: "Remember on this device" }).check();
  await typeAddInstances(app, 1);
  await app.send.click();
  await expect(app.result(1).getByRole("cell", { name: "2", exact: true })).toHaveCount(4);

  // The crafted link: the banner names both gateways and the call carries no authorization.
  await page.goto(`/?gateway=${encodeURIComponent(recorder.url)}`);
  await expect(banner).toContainText(recorder.url);
  await expect(banner).toContainText(gateway);
  await expect(page.getByRole("textbox", { name: "Header 1 value" })).toHaveValue(TOKEN);
  await app.send.click();
  await expect(app.alert).toContainText("NOT_FOUND");
  expect(recorder.calls).toHaveLength(1);
  expect(recorder.calls[0]?.authorization).toBeUndefined();
  expect(recorder.preflights.join(",")).not.toMatch(/authorization/i);

  // Going back restores the saved gateway; a reload of the link asks again, and keeping it sends the token.
  await page.getByRole("button", { name: "Go back to the saved gateway" }).click();
  await expect(banner).toHaveCount(0);
  await expect(app.gatewayUrl).toHaveValue(gateway);
  await page.goto(`/?gateway=${encodeURIComponent(recorder.url)}`);
  await page.getByRole("button", { name: "Use this gateway" }).click();
  await expect(banner).toHaveCount(0);
  await app.send.click();
  await expect.poll(() => recorder?.calls.length).toBe(2);
  expect(recorder.calls[1]?.authorization).toBe(TOKEN);

  // Unticked, the token lives in memory only: a reload forgets it and storage never held it.
  await app.openConnection();
  await page.getByRole("checkbox", { name: "Remember on this device" }).uncheck();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Header 1 value" })).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN);
});
