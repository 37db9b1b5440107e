import { describe, expect, it } from "vitest";
import { learnedDeclarations, replacesDeclared } from "./learned-declarations";

describe("learnedDeclarations()", () => {
  it("declares sized inputs as 1-d tensors, image names as images, the rest as tensors", () => {
    expect(
      learnedDeclarations([
        { name: "x1", image: false, byteSize: 16, dtype: "float32" },
        { name: "ids", image: false, byteSize: 24, dtype: "int64" },
        { name: "image", image: true },
        { name: "mask", image: false, byteSize: 3 },
      ]),
    ).toEqual([
      { name: "x1", kind: "tensor", dtype: "float32", shape: [4] },
      { name: "ids", kind: "tensor", dtype: "int64", shape: [3] },
      { name: "image", kind: "image" },
      { name: "mask", kind: "tensor" },
    ]);
  });
});

describe("replacesDeclared()", () => {
  it("is false when every declared input stays with its kind, true when one changes or goes", () => {
    const x1 = { name: "x1", kind: "tensor" as const };
    const x2 = { name: "x2", kind: "tensor" as const };
    expect(replacesDeclared([], [x1])).toBe(false);
    expect(replacesDeclared([x1], [x1, x2])).toBe(false);
    expect(replacesDeclared([x1, x2], [x1])).toBe(true);
    expect(replacesDeclared([x1], [{ name: "x1", kind: "image" }])).toBe(true);
  });
});
