import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { encodeTensor } from "./encode-tensor";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** The tensor of `value` with data shown as little-endian hex. */
function encoded(value: Parameters<typeof encodeTensor>[0]) {
  const t = encodeTensor(value);
  return {
    dtype: DataType[t.dtype],
    dims: t.dims,
    data: hex(t.data),
    bytesVal: t.bytesVal.map(hex),
  };
}

describe("encodeTensor()", () => {
  it("sends an n-d array with its dtype, shape and raw bytes", () => {
    const data = new Float16Array([1, -2, 0.5, 65504, 0, 0]);
    expect(encoded({ kind: "tensor", dtype: "float16", shape: [2, 3], data })).toEqual({
      dtype: "MS_FLOAT16",
      dims: [2, 3],
      data: "003c00c00038ff7b00000000",
      bytesVal: [],
    });
  });

  it("sends only the viewed part of a typed array over a larger buffer", () => {
    const buffer = new Int32Array([9, 1, 2, 9]).buffer;
    expect(
      encoded({ kind: "tensor", dtype: "int32", shape: [2], data: new Int32Array(buffer, 4, 2) })
        .data,
    ).toBe("0100000002000000");
  });

  it("sends a typed scalar as a 0-d tensor of that dtype", () => {
    expect(encoded({ kind: "scalar", dtype: "int16", value: -2 })).toEqual({
      dtype: "MS_INT16",
      dims: [],
      data: "feff",
      bytesVal: [],
    });
    expect(encoded({ kind: "scalar", dtype: "uint64", value: 2n ** 64n - 1n }).data).toBe(
      "ffffffffffffffff",
    );
    expect(encoded({ kind: "scalar", dtype: "bool", value: true }).data).toBe("01");
  });

  it("sends plain bool, int and float as [1] bool, int64 and float64", () => {
    expect(encoded(false)).toEqual({ dtype: "MS_BOOL", dims: [1], data: "00", bytesVal: [] });
    expect(encoded(-1)).toEqual({
      dtype: "MS_INT64",
      dims: [1],
      data: "ffffffffffffffff",
      bytesVal: [],
    });
    expect(encoded(2n ** 53n + 1n).data).toBe("0100000000002000");
    expect(encoded(0.5)).toEqual({
      dtype: "MS_FLOAT64",
      dims: [1],
      data: "000000000000e03f",
      bytesVal: [],
    });
    expect(encoded(NaN).dtype).toBe("MS_FLOAT64");
  });

  it("follows the tag for a whole number meant as a float, or an int given as bigint", () => {
    expect(encoded({ kind: "float", value: 2 })).toMatchObject({
      dtype: "MS_FLOAT64",
      data: "0000000000000040",
    });
    expect(encoded({ kind: "int", value: 7n })).toMatchObject({
      dtype: "MS_INT64",
      data: "0700000000000000",
    });
    expect(encoded({ kind: "bool", value: true })).toMatchObject({ dtype: "MS_BOOL", data: "01" });
  });

  it("sends a string as one UTF-8 bytes_val and bytes as they are", () => {
    expect(encoded("é✓")).toEqual({
      dtype: "MS_STRING",
      dims: [1],
      data: "",
      bytesVal: ["c3a9e29c93"],
    });
    expect(encoded({ kind: "string", value: "" })).toEqual({
      dtype: "MS_STRING",
      dims: [1],
      data: "",
      bytesVal: [""],
    });
    expect(encoded(new Uint8Array([0xff, 0xd8]))).toEqual({
      dtype: "MS_BYTES",
      dims: [1],
      data: "",
      bytesVal: ["ffd8"],
    });
    expect(encoded({ kind: "bytes", value: new Uint8Array([1]) }).bytesVal).toEqual(["01"]);
  });

  it("throws TypeError or RangeError with the reason only", () => {
    expect(() => encodeTensor({ kind: "scalar", dtype: "int8", value: 128 })).toThrow(
      new RangeError("128 is out of range for int8 [-128, 127]"),
    );
    expect(() => encodeTensor({ kind: "bytes", value: "abc" as unknown as Uint8Array })).toThrow(
      new TypeError('bytes value must be a Uint8Array, got "abc"'),
    );
    expect(() =>
      encodeTensor({ kind: "scalar", dtype: "int64", value: "1" as unknown as number }),
    ).toThrow(new TypeError('int64 value must be an integer, got "1"'));
    expect(() => encodeTensor({ kind: "scalar", dtype: "bool", value: 2 })).toThrow(
      new TypeError("bool value must be true or false, got 2"),
    );
    expect(() =>
      encodeTensor({
        kind: "tensor",
        dtype: "int8",
        shape: "2" as unknown as number[],
        data: new Int8Array(2),
      }),
    ).toThrow(new TypeError('shape must be an array of dims, got "2"'));
  });
});
