import { describe, expect, it } from "vitest";
import { createDraftValue, type TensorDraft } from "../../draft/draft-value";
import { convertTensorEditor, formatNestedList } from "./convert-tensor-editor";

describe("convertTensorEditor()", () => {
  const grid = { ...(createDraftValue("tensor") as TensorDraft), cells: ["1", "2", "3", "4"] };

  it("writes a grid as nested-list text and reads it back", () => {
    const nd = convertTensorEditor(grid, "nd");
    expect(nd.text).toBe("[[1, 2], [3, 4]]");
    expect(convertTensorEditor(nd, "2d")).toMatchObject({
      editor: "2d",
      rows: 2,
      cols: 2,
      cells: ["1", "2", "3", "4"],
    });
  });

  it("flattens to 1-D in C order", () => {
    expect(convertTensorEditor(grid, "1d")).toMatchObject({
      editor: "1d",
      rows: 1,
      cols: 4,
      cells: ["1", "2", "3", "4"],
    });
  });

  it("folds rank-3 text to rows of its first axis", () => {
    const nd = { ...grid, editor: "nd" as const, text: "[[[1, 2]], [[3, 4]]]" };
    expect(convertTensorEditor(nd, "2d")).toMatchObject({
      rows: 2,
      cols: 2,
      cells: ["1", "2", "3", "4"],
    });
  });
});

describe("formatNestedList()", () => {
  it("nests by shape", () => {
    expect(formatNestedList(["1", "2", "3", "4", "5", "6"], [3, 1, 2])).toBe(
      "[[[1, 2]], [[3, 4]], [[5, 6]]]",
    );
  });
});
