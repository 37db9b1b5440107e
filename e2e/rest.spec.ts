import { typeAddInstances } from "./fixtures/add-instances";
import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";
import type { Locator, Page } from "@playwright/test";

/** The "Sent as" figure of the latest exchange. */
function sentAs(page: Page): Locator {
  return page.locator("dt", { hasText: "Sent as" }).locator("xpath=following-sibling::dd[1]");
}

/** The text of every cell in each result's outputs, to compare two sends. */
async function resultTexts(results: readonly Locator[]): Promise<string[]> {
  return Promise.all(results.map((result) => result.innerText()));
}

test("REST through the gateway shows the same results as gRPC-Web for the same instances", async ({
  app,
}) => {
  await app.goto();
  await expect(app.transport).toHaveValue("grpc-web");
  await typeAddInstances(app, 2);
  await app.send.click();
  await expect(app.output(2, "y").getByRole("cell", { name: "4", exact: true })).toHaveCount(4);
  const overGrpcWeb = await resultTexts([app.output(1, "y"), app.output(2, "y")]);

  await app.openConnection();
  await app.transport.selectOption({ label: "REST" });
  await expect(app.wire).toBeDisabled();
  await expect(app.page.getByText("REST sends JSON: no wire version")).toBeVisible();
  await app.send.click();
  await expect(app.output(2, "y").getByRole("cell", { name: "4", exact: true })).toHaveCount(4);
  await expect(sentAs(app.page)).toHaveText("REST");
  expect(await resultTexts([app.output(1, "y"), app.output(2, "y")])).toEqual(overGrpcWeb);
});

test("REST sends dropped images as b64 and shows the five classes with scores", async ({ app }) => {
  await app.goto();
  await app.transport.selectOption({ label: "REST" });
  await app.preset.selectOption({ label: "resnet50 · classify_top5" });
  await app.dropFiles(CAT_AND_DOG);
  await expect(app.instance(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await app.send.click();
  for (const n of [1, 2]) {
    await expect(app.classes(n).getByRole("listitem")).toHaveCount(5);
  }
  const overRest = await resultTexts([app.classes(1), app.classes(2)]);

  await app.openConnection();
  await app.transport.selectOption({ label: "gRPC-Web" });
  await app.send.click();
  await expect(app.classes(2).getByRole("listitem")).toHaveCount(5);
  expect(await resultTexts([app.classes(1), app.classes(2)])).toEqual(overRest);
});

test("a REST error from Serving is the whole-request error, as over gRPC-Web", async ({ app }) => {
  await app.goto();
  await app.transport.selectOption({ label: "REST" });
  await app.method.fill("add_common2");
  await typeAddInstances(app, 1);
  await app.send.click();
  await expect(app.alert).toContainText(/add_common2.*is not available/);
  await expect(app.alert).toContainText(/Hint:.*servable, method or version/);
  await expect(sentAs(app.page)).toHaveText("REST");
  const overRest = (await app.alert.textContent()) ?? "";

  await app.transport.selectOption({ label: "gRPC-Web" });
  await app.send.click();
  await expect(sentAs(app.page)).toHaveText(/^gRPC-Web/);
  await expect(app.alert).toHaveText(overRest);
});
