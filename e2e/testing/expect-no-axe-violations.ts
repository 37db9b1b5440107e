import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** The WCAG 2.1 A and AA rule sets the console is held to. */
export const WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/**
 * Runs axe on the page as it is now and fails, naming each rule and the elements it found, when
 * anything breaks WCAG 2.1 AA. `name` names the state in the message and the attached report.
 */
export async function expectNoAxeViolations(
  page: Page,
  name: string,
  testInfo?: TestInfo,
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_21_AA_TAGS]).analyze();
  if (testInfo) {
    await testInfo.attach(`axe-${name}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: "application/json",
    });
  }
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n"),
  );
  expect(found, `axe violations in the ${name} state`).toEqual([]);
}
