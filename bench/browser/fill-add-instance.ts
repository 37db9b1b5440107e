import type { Page } from "@playwright/test";

/** Types 1…4 into the 2×2 x1 and x2 grids of the add preset's first instance. */
export async function fillAddInstance(page: Page): Promise<void> {
  const instance = page.getByRole("group", { name: "Instance 1", exact: true });
  for (const input of ["x1", "x2"]) {
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ] as const) {
      await instance
        .getByRole("textbox", { name: `${input} row ${r}, column ${c}`, exact: true })
        .fill(String(r * 2 + c + 1));
    }
  }
}
