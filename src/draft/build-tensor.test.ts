import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { buildTensor, describeIndex } from "./build-tensor";
import { createDraftValue, type TensorDraft } from "./draft-value";

function grid(dtype: TensorDraft["dtype"], cells: string[], rows = 2, cols = 2): TensorDraft {
  return { ...(createDraftValue("tensor") as TensorDraft), dtype, rows, cols, cells };
}

describe("buildTensor()", () => {
  it("builds a 2-D float32 tensor from the grid", () => {
    const built = buildTensor(grid("float32", ["1", "2", "3", "4.5"]));
    expect(built).toEqual({
      ok: true,
      tensor: {
        kind: "tensor",
        dtype: "float32",
        shape: [2, 2],
        data: new Float32Array([1, 2, 3, 4.5]),
      },
    });
  });

  it("names the first invalid cell", () => {
    expect(buildTensor(grid("uint8", ["1", "2", "300", "4"]))).toEqual({
      ok: false,
      error: "at [1, 0]: 300 is out of range for uint8 (0…255)",
      index: 2,
    });
  });

  it("builds exact int64, float16 and bool storage", () => {
    const int64 = buildTensor({ ...grid("int64", ["9007199254740993"], 1, 1), editor: "1d" });
    expect(int64.ok && Array.from(int64.tensor.data as BigInt64Array)).toEqual([9007199254740993n]);
    const half = buildTensor({ ...grid("float16", ["0.1", "2"], 1, 2), editor: "1d" });
    expect(half.ok && half.tensor.data instanceof Float16Array).toBe(true);
    const bools = buildTensor({ ...grid("bool", ["true", "0"], 1, 2), editor: "1d" });
    expect(bools.ok && bools.tensor.data).toEqual(new Uint8Array([1, 0]));
  });

  it("infers the shape of higher-rank text and reports ragged text", () => {
    const nd = buildTensor({ ...grid("int32", []), editor: "nd", text: "[[[1, 2]], [[3, 4]]]" });
    expect(nd.ok && nd.tensor.shape).toEqual([2, 1, 2]);
    const ragged = buildTensor({ ...grid("int32", []), editor: "nd", text: "[[1, 2], [3]]" });
    expect(ragged.ok).toBe(false);
  });
});

describe("describeIndex()", () => {
  it("names elements by their numpy index", () => {
    expect(describeIndex(3, [5])).toBe("[3]");
    expect(describeIndex(5, [2, 3])).toBe("[1, 2]");
    expect(describeIndex(5, [2, 1, 3])).toBe("[1, 0, 2]");
  });
});
