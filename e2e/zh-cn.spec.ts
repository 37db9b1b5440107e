import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import type { Page } from "@playwright/test";

// The whole spec runs in a Chinese browser: the console opens in Simplified Chinese by itself.
test.use({ locale: "zh-CN" });

/** Names a Chinese reader sees, by area. */
const ZH = {
  connection: "连接",
  gatewayUrl: "网关 URL",
  preset: "预设",
  servable: "Servable 名称",
  method: "方法",
  wire: "Serving 协议版本",
  editConnection: "编辑连接",
  contract: "接口约定",
  discover: "探测输入",
  send: "发送",
  skipToInstances: "跳到实例",
  // Areas translated elsewhere: the English name is accepted until their catalogues land.
  results: /^(结果|Results)/,
  instance1: /^(实例 1|Instance 1)$/,
} as const;

async function openInChinese(page: Page) {
  await page.goto(`/?gateway=${encodeURIComponent(process.env.CONSOLE_GATEWAY ?? "")}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("zh-CN");
}

test("add in Simplified Chinese: every name in Chinese, a real send, the connection folds", async ({
  page,
}) => {
  await openInChinese(page);
  await expect(page.getByRole("heading", { name: "Serving 控制台" })).toBeVisible();
  await expect(page.getByRole("link", { name: ZH.skipToInstances })).toBeAttached();
  const connection = page.getByRole("region", { name: ZH.connection });
  await expect(connection.getByRole("textbox", { name: ZH.servable })).toHaveValue("add");
  await expect(connection.getByRole("textbox", { name: ZH.method })).toHaveValue("add_common");
  await expect(connection.getByRole("combobox", { name: ZH.wire })).toHaveValue("auto");
  await expect(page.getByRole("region", { name: ZH.contract })).toBeVisible();
  await expect(page.getByRole("button", { name: ZH.discover })).toBeVisible();
  await expect(page.getByText("在任意位置按 Ctrl/⌘ + Enter 即可发送。")).toBeVisible();

  // The preset's instance is two 2×2 zero matrices: y is 0 everywhere.
  await expect(page.getByRole("group", { name: ZH.instance1 })).toBeVisible();
  await page.getByRole("button", { name: ZH.send, exact: true }).click();
  const results = page.getByRole("region", { name: ZH.results });
  await expect(results.getByRole("cell", { name: "0", exact: true })).toHaveCount(4);

  await expect(connection.getByRole("textbox", { name: ZH.gatewayUrl })).toHaveCount(0);
  await expect(connection).toContainText("add · add_common · 最新版本 · gRPC-Web");
  await connection.getByRole("button", { name: ZH.editConnection }).click();
  await expect(connection.getByRole("textbox", { name: ZH.gatewayUrl })).toBeVisible();
});

test("resnet50 in Simplified Chinese: two photos classified, five classes each", async ({
  app,
  page,
}) => {
  await openInChinese(page);
  await page
    .getByRole("combobox", { name: ZH.preset })
    .selectOption({ label: "resnet50 · classify_top5" });
  await app.dropFiles(CAT_AND_DOG);
  await page.getByRole("button", { name: ZH.send, exact: true }).click();
  const results = page.getByRole("region", { name: ZH.results });
  // Language-independent: each result lists five classes, whatever its headings say.
  await expect(results.getByRole("list").filter({ has: page.getByRole("listitem") })).toHaveCount(
    2,
  );
  for (const list of await results.getByRole("list").all()) {
    await expect(list.getByRole("listitem")).toHaveCount(5);
  }
  await expect(page.getByRole("button", { name: ZH.editConnection })).toBeVisible();
});
