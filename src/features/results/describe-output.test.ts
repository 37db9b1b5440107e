import { describe, expect, it } from "vitest";
import { describeOutput, describeOutputHeading } from "./describe-output";

const vector = (n: number) => ({
  kind: "tensor" as const,
  dtype: "float32" as const,
  shape: [n],
  data: new Float32Array(n),
});

describe("describeOutputHeading()", () => {
  it("tells a short text and a single number in the heading", () => {
    expect(describeOutputHeading("label", { kind: "string", shape: [1], value: "tabby cat" })).toBe(
      "label: tabby cat",
    );
    expect(
      describeOutputHeading("y", { kind: "scalar", dtype: "int64", shape: [], value: 3n }),
    ).toBe("y: 3");
  });

  it("counts class scores in classes, other vectors in values, matrices by their sides", () => {
    expect(describeOutputHeading("scores", vector(1000))).toBe("scores (1,000 classes)");
    expect(describeOutputHeading("y", vector(4))).toBe("y (4 values)");
    expect(
      describeOutputHeading("y", {
        kind: "tensor",
        dtype: "float32",
        shape: [2, 3],
        data: new Float32Array(6),
      }),
    ).toBe("y (2 × 3)");
  });

  it("keeps a long text out of the heading", () => {
    expect(
      describeOutputHeading("text", { kind: "string", shape: [1], value: "a".repeat(81) }),
    ).toBe("text");
  });
});

describe("describeOutput()", () => {
  it("says how many numbers of which type, without protocol words", () => {
    expect(describeOutput(vector(1_000_000))).toBe("1,000,000 numbers, float32");
    expect(describeOutput({ kind: "strings", shape: [2], values: ["a", "b"] })).toBe("text");
  });
});
