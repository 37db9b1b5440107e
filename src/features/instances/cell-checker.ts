/** Finds the invalid cells of a grid, re-checking only the cells an edit changed. */
import { parseElement } from "../../draft/parse-element";
import type { NumericDType } from "../../serving/types";

/** Remembers the last cells checked, so the next check parses only what differs. */
export class CellChecker {
  private cells: readonly string[] = [];
  private dtype: NumericDType | undefined;
  private readonly invalid = new Map<number, string>();

  /** Returns the invalid cells as index → reason, in index order. */
  check(cells: readonly string[], dtype: NumericDType): [number, string][] {
    const same = dtype === this.dtype && cells.length === this.cells.length;
    if (!same) {
      this.invalid.clear();
    }
    // Comparing string references is cheap; parsing a million cells per keystroke is not.
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i] ?? "";
      if (same && text === this.cells[i]) {
        continue;
      }
      const parsed = parseElement(text, dtype);
      if (parsed.ok) {
        this.invalid.delete(i);
      } else {
        this.invalid.set(i, parsed.error);
      }
    }
    this.cells = cells;
    this.dtype = dtype;
    return [...this.invalid].sort((a, b) => a[0] - b[0]);
  }
}
