/** One Send in the console, waited for without running any script in the page. */
import type { Page } from "@playwright/test";

const PREDICT = /MSService\/Predict/;

/**
 * Clicks Send and resolves once the Predict call's reply has been fully received and Send is
 * enabled again. The waits are Playwright's network events and locator checks: a predicate
 * polled in the page would compile a new script per send and count as the console's own heap.
 */
export async function sendAndSettle(page: Page, timeoutMs = 30_000): Promise<void> {
  const send = page.getByRole("button", { name: "Send", exact: true });
  const finished = page.waitForEvent("requestfinished", {
    predicate: (request) => PREDICT.test(request.url()),
    timeout: timeoutMs,
  });
  await send.click();
  await finished;
  // Enabled again means the reply was read and the run is over (the click disabled it at once).
  await page
    .getByRole("button", { name: "Send", exact: true, disabled: false })
    .waitFor({ timeout: timeoutMs });
}
