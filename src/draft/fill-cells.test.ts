import { describe, expect, it } from "vitest";
import { fillCells } from "./fill-cells";
import { parseElement } from "./parse-element";
import { resizeCells } from "./resize-cells";

describe("fillCells()", () => {
  it("fills zeros, ones and identity", () => {
    expect(fillCells("zeros", 1, 2, "float32")).toEqual(["0", "0"]);
    expect(fillCells("ones", 1, 2, "bool")).toEqual(["true", "true"]);
    expect(fillCells("identity", 2, 3, "int8")).toEqual(["1", "0", "0", "0", "1", "0"]);
  });

  it("fills random values valid for the dtype", () => {
    for (const dtype of ["uint8", "int64", "bool", "float16"] as const) {
      const cells = fillCells("random", 3, 3, dtype);
      expect(cells.every((c) => parseElement(c, dtype).ok)).toBe(true);
    }
  });
});

describe("resizeCells()", () => {
  it("keeps overlapping cells and pads new ones", () => {
    expect(resizeCells(["1", "2", "3", "4"], 2, 2, 3, 1)).toEqual(["1", "3", "0"]);
  });
});
