import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { typeAddInstances } from "./fixtures/add-instances";
import { CopyAsCodeDialog } from "./fixtures/copy-as-code-dialog";
import { expect, test } from "./fixtures/test";

test("Copy as code shows each target's code for the draft, copies it and downloads a zip", async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.goto();
  await typeAddInstances(app, 1);
  const code = new CopyAsCodeDialog(page);
  await code.open.click();
  await expect(code.dialog).toBeVisible();
  await expect(code.tab("Python (Serving ≥ 1.3)")).toBeFocused();
  await expect(code.code).toHaveValue(/from mindspore_serving\.client import Client/);
  await expect(code.code).toHaveValue(/"x1": np\.array\(\[\[.*\]\], dtype=np\.float32\)/);

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(code.tab("curl (REST)")).toHaveAttribute("aria-selected", "true");
  await code.restAddress.fill("127.0.0.1:1500");
  await expect(code.code).toHaveValue(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:1500\/model\/add:/);
  await code.copy.click();
  await expect(code.dialog.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await code.code.inputValue(),
  );

  await code.tab("grpcurl").click();
  const downloading = page.waitForEvent("download");
  await code.download.click();
  const download = await downloading;
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(zip).sort()).toEqual(["grpcurl.sh", "proto/ms_service.proto"]);
  expect(strFromU8(zip["grpcurl.sh"] ?? new Uint8Array())).toBe(await code.code.inputValue());

  await page.keyboard.press("Escape");
  await expect(code.dialog).toBeHidden();
  await expect(code.open).toBeFocused();
});
