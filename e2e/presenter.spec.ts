import { CAT_AND_DOG } from "./fixtures/images";
import { expect, test } from "./fixtures/test";

test.use({ viewport: { width: 1920, height: 1080 } });

test("classifies a cat and a dog, presents them one at a time, and Esc returns to Present", async ({
  app,
  page,
}) => {
  await app.goto();
  await app.preset.selectOption({ label: "resnet50 · classify_top5" });
  await app.dropFiles(CAT_AND_DOG);
  await app.send.click();
  for (const n of [1, 2]) {
    await expect(app.classes(n).getByRole("listitem")).toHaveCount(5);
  }
  // Each result shows the photo it came from.
  await expect(app.result(1).getByRole("img", { name: "cat.jpg" })).toBeVisible();
  await expect(app.result(2).getByRole("img", { name: "dog.jpg" })).toBeVisible();

  const present = page.getByRole("button", { name: "Present" });
  await present.click();
  const presenter = page.getByRole("region", { name: "Presenter" });
  await expect(presenter).toBeVisible();
  await expect(presenter).toContainText("Instance 1 of 2");
  await expect(presenter.getByRole("img", { name: "cat.jpg" })).toBeVisible();
  // Full screen is asked for once the first photo and label are painted, still within the click's
  // user activation.
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute("aria-label")))
    .toBe("Presenter");
  await expect(
    presenter.getByRole("list", { name: "Top classes" }).getByRole("listitem"),
  ).toHaveCount(5);
  await expect(presenter.getByRole("list", { name: "Top classes" })).toContainText("%");
  // Readable from the back of the room: body text of at least 28 px.
  const fontSize = await presenter.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(28);

  await page.keyboard.press("ArrowRight");
  await expect(presenter).toContainText("Instance 2 of 2");
  await expect(presenter.getByRole("img", { name: "dog.jpg" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/presenter-1920.png" });

  await page.keyboard.press("ArrowLeft");
  await expect(presenter).toContainText("Instance 1 of 2");
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
  await expect(present).toBeFocused();

  // The shortcut opens it again; the draft changing marks the results as from an earlier run.
  await page.keyboard.press("p");
  await expect(presenter).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
  await app
    .instance(2)
    .getByRole("button", { name: /Remove/ })
    .click();
  await expect(page.getByText(/the draft has changed since/)).toBeVisible();
});

test("marks replies of the untrained stand-in model with a badge, in presenter mode too", async ({
  app,
  page,
  ownChain,
}) => {
  // The suite's chain runs a trained classifier; this chain runs the stand-in's own seeded,
  // untrained ResNet-50, whose replies carry `x-stand-in-model: untrained`.
  await app.goto(ownChain.gatewayUrl);
  await app.preset.selectOption({ label: "resnet50 · classify_top5" });
  await app.dropFiles(CAT_AND_DOG);
  await app.send.click();
  const badge = "stand-in model, untrained: labels are random";
  await expect(page.getByRole("region", { name: "Results" })).toContainText(badge);
  await page.getByRole("button", { name: "Present" }).click();
  await expect(page.getByRole("region", { name: "Presenter" })).toContainText(badge);
});
