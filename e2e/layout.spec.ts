import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { typeAddInstances } from "./fixtures/add-instances";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import { expectInViewport, expectNoHorizontalOverflow } from "./testing/layout-checks";
import { writeFloat32Npy } from "./testing/write-npy";
import type { ConsolePage } from "./fixtures/console-page";
import type { Locator } from "@playwright/test";

/** Fails unless the element is on screen and not hidden under the sticky send bar. */
async function expectAboveSendBar(app: ConsolePage, locator: Locator, what: string) {
  await expectInViewport(app.page, locator, what);
  const box = await locator.boundingBox();
  const bar = await app.send.locator("..").boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? Infinity), `${what} bottom edge`).toBeLessThanOrEqual(
    bar?.y ?? 0,
  );
}

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

for (const viewport of VIEWPORTS) {
  test.describe(`layout at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the first instance and Send fit the window; the skip link is the first Tab stop and leads to the instances", async ({
      app,
      page,
    }) => {
      await app.goto();
      // add's instance is two 2×2 matrices: the whole of it, every cell and control of x1 and
      // x2 included, shows above the send bar.
      await expectInViewport(page, app.instance(1).getByText("Instance 1"), "instance 1's heading");
      await expectAboveSendBar(app, app.instance(1), "instance 1");
      for (const input of ["x1", "x2"]) {
        await expectAboveSendBar(app, app.cell(1, input, 1, 1), `instance 1's ${input}[1, 1]`);
        await expectAboveSendBar(
          app,
          app.instance(1).getByRole("button", { name: `Load ${input} from .npy…` }),
          `instance 1's Load ${input} button`,
        );
      }
      await expectInViewport(page, app.send, "Send");
      await expectInViewport(page, app.language, "the Language combobox");
      await expectNoHorizontalOverflow(page, "on opening");

      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to instances" });
      await expect(skip).toBeFocused();
      await expectInViewport(page, skip, "the focused skip link");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main")).toBeFocused();
      // The next Tab stop is inside the instances, not back in the header or the connection.
      await page.keyboard.press("Tab");
      const focusedInInstances = await app.instancesPanel.evaluate((panel) =>
        panel.contains(document.activeElement),
      );
      expect(focusedInInstances).toBe(true);
    });

    test("an image instance fits whole above Send", async ({ app, page }) => {
      await app.goto();
      await app.preset.selectOption({ label: "resnet50 · classify_top5" });
      await expectAboveSendBar(app, app.instance(1), "instance 1");
      await app.dropFiles(CAT_AND_DOG.slice(0, 1));
      await expect(app.instance(1).getByText("cat.jpg")).toBeVisible();
      await expectAboveSendBar(app, app.instance(1), "instance 1 with its photo");
      await expectInViewport(page, app.send, "Send");
      await expectNoHorizontalOverflow(page, "with a photo");
    });

    test("a successful send folds the connection into one line that opens again; the results stay in view", async ({
      app,
      page,
    }) => {
      await app.goto();
      await typeAddInstances(app, 3);
      await app.send.click();
      await expect(app.result(3)).toBeVisible();

      const connection = page.getByRole("region", { name: "Connection" });
      await expect(app.gatewayUrl).toHaveCount(0);
      await expect(connection).toContainText("add · add_common · latest version · gRPC-Web");
      await page.evaluate(() => window.scrollTo(0, 0));
      const connectionBox = await connection.boundingBox();
      expect(connectionBox?.height).toBeLessThan(160);
      await expectInViewport(page, app.editConnection, "Edit connection");

      // Scrolled to the bottom of the page, the results column is still on screen.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const column = page.getByRole("region", { name: "Results" }).locator("..");
      const box = await column.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      await expectNoHorizontalOverflow(page, "with three results");

      await app.editConnection.click();
      await expect(app.preset).toBeFocused();
      await expect(app.gatewayUrl).toBeVisible();
      await page.getByRole("button", { name: "Hide connection settings" }).click();
      await expect(app.editConnection).toBeFocused();
    });

    test("a 1000×1000 result scrolls inside its column, never the page", async ({
      app,
      page,
    }, testInfo) => {
      const dir = testInfo.outputPath("arrays");
      mkdirSync(dir, { recursive: true });
      const file = join(dir, "x.npy");
      writeFloat32Npy(file, 1000, 1000, (r, c) => r * 1000 + c);
      await app.goto();
      await app.servable.fill("matrix_add");
      const instance = app.instance(1);
      for (const input of ["x1", "x2"]) {
        await app.dropFilesOn(instance.getByRole("group", { name: input, exact: true }), [file]);
        await expect(instance.getByRole("spinbutton", { name: `${input} columns` })).toHaveValue(
          "1000",
        );
      }
      await app.send.click();
      const y = app.result(1).getByRole("group", { name: "y", exact: true });
      await expect(y).toContainText("float32", { timeout: 60_000 });
      await expectNoHorizontalOverflow(page, "with a 1000×1000 result");
      const column = page.getByRole("region", { name: "Results" }).locator("..");
      const box = await column.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test.describe("layout at 1280×800 in Simplified Chinese", () => {
  test.use({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });

  test("the first instance and Send fit the window for add and for one photo", async ({
    app,
    page,
  }) => {
    const send = page.getByRole("button", { name: "发送", exact: true });
    const instance = page.getByRole("group", { name: "实例 1", exact: true });
    const gateway = process.env.CONSOLE_GATEWAY;
    await page.goto(gateway ? `/?gateway=${encodeURIComponent(gateway)}` : "/");
    await send.waitFor();
    const bar = send.locator("..");
    const expectAboveBar = async (what: string) => {
      await expectInViewport(page, instance, what);
      const box = await instance.boundingBox();
      const barBox = await bar.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? Infinity), `${what} bottom edge`).toBeLessThanOrEqual(
        barBox?.y ?? 0,
      );
    };
    await expectAboveBar("实例 1 (add)");
    await expectInViewport(page, send, "发送");
    await expectNoHorizontalOverflow(page, "on opening in Chinese");

    await page
      .getByRole("combobox", { name: "预设" })
      .selectOption({ label: "resnet50 · classify_top5" });
    await app.dropFilesOn(page.getByRole("region", { name: /^实例/ }), CAT_AND_DOG.slice(0, 1));
    await expect(instance.getByText("cat.jpg")).toBeVisible();
    await expectAboveBar("实例 1 (one photo)");
    await expectInViewport(page, send, "发送");
    await expectNoHorizontalOverflow(page, "with a photo in Chinese");
  });
});
