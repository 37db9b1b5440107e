/** Finds the invalid cells of a grid, re-checking only the cells an edit changed. */
import { type GridCells, isArrayCells, listCellTexts } from "../../draft/array-cells";
import { parseElement } from "../../draft/parse-element";
import type { NumericDType } from "../../serving/types";

/** Remembers the last cells checked, so the next check parses only what differs. */
export class CellChecker {
  private cells: readonly string[] = [];
  private dtype: NumericDType | undefined;
  private readonly invalid = new Map<number, string>();

  /** Returns the invalid cells as index → reason, in index order. */
  check(cells: GridCells, dtype: NumericDType): [number, string][] {
    if (isArrayCells(cells) && cells.dtype === dtype) {
      // A file's elements are valid by construction: only the texts typed over them can be wrong.
      this.cells = [];
      this.dtype = undefined;
      this.invalid.clear();
      for (const [index, text] of cells.edits) {
        this.note(index, text, dtype);
      }
      return this.list();
    }
    const texts = listCellTexts(cells);
    const same = dtype === this.dtype && texts.length === this.cells.length;
    if (!same) {
      this.invalid.clear();
    }
    // Comparing string references is cheap; parsing a million cells per keystroke is not.
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] ?? "";
      if (same && text === this.cells[i]) {
        continue;
      }
      this.note(i, text, dtype);
    }
    this.cells = texts;
    this.dtype = dtype;
    return this.list();
  }

  private note(index: number, text: string, dtype: NumericDType): void {
    const parsed = parseElement(text, dtype);
    if (parsed.ok) {
      this.invalid.delete(index);
    } else {
      this.invalid.set(index, parsed.error);
    }
  }

  private list(): [number, string][] {
    return [...this.invalid].sort((a, b) => a[0] - b[0]);
  }
}
