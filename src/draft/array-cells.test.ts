import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import {
  countCells,
  createArrayCells,
  listCellTexts,
  readCell,
  replaceArrayCells,
  resizeGridCells,
  writeCell,
} from "./array-cells";
import { buildArrayCells } from "./build-array-cells";
import { buildTensor } from "./build-tensor";
import type { TensorDraft } from "./draft-value";

function bytesOf(a: ArrayBufferView): number[] {
  return [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];
}

describe("array-backed cells", () => {
  it("write each element as its exact text, and typed cells over them", () => {
    const cells = createArrayCells("float32", Float32Array.of(0.1, -0, 2.5e-8, NaN));
    expect(listCellTexts(cells)).toEqual(["0.1", "-0", "2.5e-8", "NaN"]);
    const edited = writeCell(cells, 1, "7.");
    expect(readCell(edited, 1)).toBe("7.");
    expect(readCell(cells, 1)).toBe("-0");
    expect(readCell(edited, 9)).toBe("");
    expect(() => writeCell(cells, 4, "1")).toThrow(RangeError);
  });

  it("keep float16 as bit patterns a structured clone can carry", () => {
    const cells = createArrayCells("float16", new Float16Array([0.1, 65504]));
    expect(cells.lanes).toBeInstanceOf(Uint16Array);
    expect(listCellTexts(structuredClone(cells))).toEqual(["0.0999755859375", "65504"]);
  });

  it("resize keeping the overlap, still typed when padding with zero", () => {
    const cells = writeCell(createArrayCells("int32", Int32Array.of(1, 2, 3, 4, 5, 6)), 5, "60");
    const grown = resizeGridCells(cells, 2, 3, 3, 2);
    expect(countCells(grown)).toBe(6);
    expect(listCellTexts(grown)).toEqual(["1", "2", "4", "5", "0", "0"]);
    const wider = resizeGridCells(cells, 2, 3, 2, 4);
    expect(listCellTexts(wider)).toEqual(["1", "2", "3", "0", "4", "5", "60", "0"]);
    expect(Array.isArray(wider)).toBe(false);
    // Padding text other than the dtype's zero turns the cells into texts.
    const bools = createArrayCells("bool", Uint8Array.of(1));
    expect(resizeGridCells(bools, 1, 1, 1, 2, "0")).toEqual(["true", "0"]);
  });

  it("give equal JSON exactly when they hold equal elements and texts", () => {
    const a = createArrayCells("int64", BigInt64Array.of(2n ** 63n - 1n));
    const b = createArrayCells("int64", BigInt64Array.of(2n ** 63n - 1n));
    const json = (v: unknown) => JSON.stringify({ v }, replaceArrayCells);
    expect(json(a)).toBe(json(b));
    expect(json(writeCell(a, 0, "1"))).not.toBe(json(b));
    expect(json(createArrayCells("int64", BigInt64Array.of(1n)))).not.toBe(json(b));
  });
});

describe("buildArrayCells()", () => {
  it("parses only the typed cells into a copy of the array", () => {
    const data = Float32Array.of(1, 2, 3);
    const built = buildArrayCells(
      writeCell(createArrayCells("float32", data), 2, "0.5"),
      "float32",
    );
    expect(built).toEqual({ ok: true, data: Float32Array.of(1, 2, 0.5) });
    expect(data[2]).toBe(3);
  });

  it("names the lowest invalid typed cell, and leaves another dtype to the texts", () => {
    let cells = createArrayCells("uint8", Uint8Array.of(1, 2, 3));
    cells = writeCell(writeCell(cells, 2, "x"), 1, "300");
    expect(buildArrayCells(cells, "uint8")).toEqual({
      ok: false,
      error: "300 is out of range for uint8 (0…255)",
      index: 1,
    });
    expect(buildArrayCells(cells, "int16")).toBeUndefined();
  });

  it("sends exact int64, float16 and bool elements through buildTensor", () => {
    const draft = (cells: TensorDraft["cells"], dtype: TensorDraft["dtype"]): TensorDraft => ({
      kind: "tensor",
      dtype,
      editor: "2d",
      rows: 1,
      cols: 2,
      cells,
      text: "",
    });
    const int64 = createArrayCells("int64", BigInt64Array.of(-(2n ** 63n), 5n));
    const built64 = buildTensor(draft(writeCell(int64, 1, "9007199254740993"), "int64"));
    expect(built64.ok && [...(built64.tensor.data as BigInt64Array)]).toEqual([
      -(2n ** 63n),
      9007199254740993n,
    ]);
    const half = new Float16Array([0.1, 2]);
    const builtHalf = buildTensor(draft(createArrayCells("float16", half), "float16"));
    expect(builtHalf.ok && bytesOf(builtHalf.tensor.data)).toEqual(bytesOf(half));
    const bools = writeCell(createArrayCells("bool", Uint8Array.of(1, 1)), 0, "false");
    const builtBool = buildTensor(draft(bools, "bool"));
    expect(builtBool.ok && builtBool.tensor.data).toEqual(Uint8Array.of(0, 1));
    // Read as another dtype, the texts are parsed: "true" is not an int8.
    const asInt8 = buildTensor(draft(createArrayCells("bool", Uint8Array.of(1, 0)), "int8"));
    expect(asInt8).toMatchObject({ ok: false, index: 0 });
  });
});
