import { describe, expect, it } from "vitest";
import { chooseOutputView } from "./choose-output-view";
import type { OutputValue } from "../../serving/types";

const tensor = (shape: number[], length: number): OutputValue => ({
  kind: "tensor",
  dtype: "float32",
  shape,
  data: new Float32Array(length),
});

describe("chooseOutputView()", () => {
  it("shows 0-d and one-element outputs as a scalar", () => {
    expect(chooseOutputView({ kind: "scalar", dtype: "int64", shape: [], value: 3n })).toBe(
      "scalar",
    );
    expect(chooseOutputView({ kind: "scalar", dtype: "float32", shape: [1, 1], value: 2 })).toBe(
      "scalar",
    );
  });

  it("picks the grid by rank: vector for 1-D, matrix (heatmap-capable) for 2-D, tensor above", () => {
    expect(chooseOutputView(tensor([5], 5))).toBe("vector");
    expect(chooseOutputView(tensor([2, 2], 4))).toBe("matrix");
    expect(chooseOutputView(tensor([2, 3, 4], 24))).toBe("tensor");
  });

  it("says a tensor without elements is empty", () => {
    expect(chooseOutputView(tensor([0, 3], 0))).toBe("empty");
  });

  it("shows strings as text, bytes as bytes, and unreadable tensors as invalid", () => {
    expect(chooseOutputView({ kind: "string", shape: [1], value: "tabby" })).toBe("text");
    expect(chooseOutputView({ kind: "strings", shape: [2], values: ["a", "b"] })).toBe("text-list");
    expect(chooseOutputView({ kind: "bytes", shape: [1], value: new Uint8Array(3) })).toBe("bytes");
    expect(
      chooseOutputView({
        kind: "bytes-list",
        shape: [2],
        values: [new Uint8Array(1), new Uint8Array(2)],
      }),
    ).toBe("bytes-list");
    expect(
      chooseOutputView({
        kind: "invalid",
        dtype: "float32",
        shape: [2, 2],
        error: "12 bytes for 4 values",
      }),
    ).toBe("invalid");
  });
});
