import { expect, test } from "@playwright/test";
import { typeAddInstances } from "./fixtures/add-instances";
import { ConsolePage } from "./fixtures/console-page";

test("authorization passes the gateway's CORS; a header outside allow_headers is blocked as the note says", async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.goto();
  await typeAddInstances(console, 1);
  await page.getByRole("button", { name: "Add header" }).click();
  const name = page.getByRole("textbox", { name: "Header 1 name" });
  await name.fill("authorization");
  await page.getByRole("textbox", { name: "Header 1 value" }).fill("Bearer token");
  await console.send.click();
  await expect(console.result(1).getByRole("cell", { name: "2", exact: true })).toHaveCount(4);

  await name.fill("x-api-key");
  await expect(name).toHaveAccessibleDescription(/Add x-api-key to allow_headers in envoy\.yaml/);
  await console.send.click();
  // The browser's preflight is refused, so the call never reaches the gateway's handler.
  await expect(console.alert).toContainText(/CORS/);
  await expect(console.result(1)).toHaveCount(0);

  await name.fill("Grpc-Timeout");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Timeout \(s\)/);
});
