import { describe, expect, it } from "vitest";
import { createDraftValue, type TensorDraft } from "../../draft/draft-value";
import { applyPaste } from "./apply-paste";

const grid = createDraftValue("tensor", {
  kind: "tensor",
  dtype: "float32",
  shape: [2, 2],
}) as TensorDraft;

describe("applyPaste()", () => {
  it("fills spreadsheet cells from the focused cell and grows the grid", () => {
    const next = applyPaste(grid, 1, 1, "1\t2\n3\t4\n");
    expect(next).toMatchObject({
      rows: 3,
      cols: 3,
      cells: ["0", "0", "0", "0", "1", "2", "0", "3", "4"],
    });
  });

  it("replaces the tensor with pasted nested lists and adopts a numpy dtype", () => {
    expect(applyPaste(grid, 0, 0, "[[1, 2, 3], [4, 5, 6]]")).toMatchObject({
      editor: "2d",
      rows: 2,
      cols: 3,
      cells: ["1", "2", "3", "4", "5", "6"],
      dtype: "float32",
    });
    expect(applyPaste(grid, 0, 0, "array([7, 8], dtype=int64)")).toMatchObject({
      editor: "1d",
      cols: 2,
      cells: ["7", "8"],
      dtype: "int64",
    });
  });

  it("switches to the text editor for rank 3 and leaves single values to the cell", () => {
    expect(applyPaste(grid, 0, 0, "[[[1]], [[2]]]")).toMatchObject({
      editor: "nd",
      text: "[[[1]], [[2]]]",
    });
    expect(applyPaste(grid, 0, 0, "42")).toBeUndefined();
  });

  it("throws on ragged array text", () => {
    expect(() => applyPaste(grid, 0, 0, "[[1, 2], [3]]")).toThrow(/ragged/);
  });
});
