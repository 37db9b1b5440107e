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
  results: /^结果/,
  instance1: "实例 1",
  instances: /^实例/,
  history: "历史记录",
  showRun: /^查看运行 /,
  present: "演示",
  presenter: "演示模式",
  topClasses: "最可能的类别",
  next: "下一个实例",
} as const;

/**
 * Latin words a Chinese reader may see: protocol terms, file formats, names the user typed and
 * key names. Anything else in Latin letters is English left untranslated.
 */
const LATIN_ALLOWED = new Set(
  [
    "MindSpore Serving",
    "Serving",
    "gRPC-Web",
    "REST",
    "URL",
    "Servable",
    "servable",
    "config",
    "py",
    "authorization",
    "envoy",
    "yaml",
    "allow",
    "headers",
    "MB",
    "ms",
    "npz",
    "npy",
    "zip",
    "CSV",
    "JSON",
    "Ctrl",
    "Enter",
    "P",
    "A",
    "B",
    "x",
    "y",
    "float",
    "localhost",
    "add",
    "common",
    "resnet",
    "classify",
    "top",
    "image",
    "Esc",
    // The switcher keeps its English name in every language, so it can always be found.
    "Language",
  ].map((word) => word.toLowerCase()),
);

/** Returns the visible Latin-letter words of the page (text and accessible names) not allowed above. */
async function untranslatedWords(page: Page, data: readonly string[] = []): Promise<string[]> {
  const words = await page.evaluate(() => {
    const out = new Set<string>();
    const add = (text: string | null | undefined) => {
      for (const word of (text ?? "").match(/[A-Za-z][A-Za-z'’-]*(?: +[A-Za-z][A-Za-z'’-]*)*/g) ??
        []) {
        out.add(word);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element && !element.closest("script, style, textarea") && element.checkVisibility()) {
        add(node.textContent);
      }
    }
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      for (const name of ["aria-label", "title", "placeholder"]) {
        add(element.getAttribute(name));
      }
    }
    return [...out];
  });
  return words.filter(
    (phrase) =>
      !data.some((text) => text.includes(phrase)) &&
      !LATIN_ALLOWED.has(phrase.toLowerCase()) &&
      !phrase.split(/[ -]/).every((word) => LATIN_ALLOWED.has(word.toLowerCase())),
  );
}

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

  await expect(
    page.getByRole("region", { name: ZH.history }).getByRole("button", { name: ZH.showRun }),
  ).toHaveCount(1);
  expect(await untranslatedWords(page)).toEqual([]);

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
  await app.dropFilesOn(page.getByRole("region", { name: ZH.instances }), CAT_AND_DOG);
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

  const history = page.getByRole("region", { name: ZH.history });
  await expect(history.getByRole("button", { name: ZH.showRun })).toHaveCount(1);

  await page.getByRole("button", { name: ZH.present }).click();
  const presenter = page.getByRole("region", { name: ZH.presenter });
  await expect(presenter).toContainText("第 1 个实例，共 2 个");
  await expect(presenter.getByRole("img", { name: "cat.jpg" })).toBeVisible();
  await expect(
    presenter.getByRole("list", { name: ZH.topClasses }).getByRole("listitem"),
  ).toHaveCount(5);
  // Class names and file names are the model's and the user's data, not the console's words.
  const data = [
    ...(await presenter.getByRole("list", { name: ZH.topClasses }).allInnerTexts()),
    ...(await page.getByRole("region", { name: ZH.results }).allInnerTexts()),
  ];
  expect(await untranslatedWords(page, data)).toEqual([]);
  await presenter.getByRole("button", { name: ZH.next }).click();
  await expect(presenter).toContainText("第 2 个实例，共 2 个");
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
});
