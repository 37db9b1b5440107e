import { typeAddInstances } from "./fixtures/add-instances";
import { expect, test } from "./fixtures/test";

test("authorization passes the gateway's CORS; a header outside allow_headers is blocked as the note says", async ({
  app,
  page,
}) => {
  await app.goto();
  await typeAddInstances(app, 1);
  await page.getByRole("button", { name: "Add header" }).click();
  const name = page.getByRole("textbox", { name: "Header 1 name" });
  await name.fill("authorization");
  await page.getByRole("textbox", { name: "Header 1 value" }).fill("Bearer token");
  await app.send.click();
  await expect(app.result(1).getByRole("cell", { name: "2", exact: true })).toHaveCount(4);

  await app.openConnection();
  await name.fill("x-api-key");
  await expect(name).toHaveAccessibleDescription(/Add x-api-key to allow_headers in envoy\.yaml/);
  await app.send.click();
  // The browser's preflight is refused, so the call never reaches the gateway's handler.
  await expect(app.alert).toContainText(/CORS/);
  await expect(app.result(1)).toHaveCount(0);

  await name.fill("Grpc-Timeout");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Timeout \(s\)/);
});
