import { describe, expect, it } from "vitest";
import { describeOutput } from "./describe-output";

describe("describeOutput()", () => {
  it("names dtype, shape and element count", () => {
    expect(
      describeOutput({
        kind: "tensor",
        dtype: "float32",
        shape: [1000, 1000],
        data: new Float32Array(1_000_000),
      }),
    ).toBe("float32 · shape [1000, 1000] · 1,000,000 elements");
    expect(describeOutput({ kind: "scalar", dtype: "int64", shape: [], value: 1n })).toBe(
      "int64 scalar · shape []",
    );
    expect(describeOutput({ kind: "strings", shape: [2], values: ["a", "b"] })).toBe(
      "string · shape [2] · 2 values",
    );
  });
});
