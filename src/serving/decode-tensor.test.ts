import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { decodeTensor } from "../../protocol/decode-tensor";
import { numericDTypes } from "../../protocol/dtypes";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { buildRequest, readRequest } from "../../protocol/wire-layouts";
import { encodeInstances } from "./encode-instances";
import type { WireTensor } from "../../protocol/wire-tensor";
import type { NumericArray, NumericDType, OutputValue, TensorInput } from "./types";

/** Encodes a tensor input into request bytes, reads them back as protobuf and decodes the tensor. */
function roundTrip(input: TensorInput, wire: "1.3" | "1.2" = "1.3"): OutputValue {
  const bytes = buildRequest(
    wire,
    { name: "s", methodName: "m", version: 0 },
    encodeInstances({ x: input }),
  );
  const [[[name, tensor]]] = readRequest(wire, bytes).instances as [[[string, WireTensor]]];
  expect(name).toBe("x");
  return decodeTensor(tensor);
}

const f16Edges = [0, -0, 2 ** -24, 65504, Infinity, -Infinity, NaN, -(2 ** -14)];
const samples: Record<NumericDType, NumericArray> = {
  bool: new Uint8Array([1, 0, 0, 1]),
  int8: new Int8Array([-128, -1, 0, 127]),
  uint8: new Uint8Array([0, 1, 128, 255]),
  int16: new Int16Array([-32768, -1, 1, 32767]),
  uint16: new Uint16Array([0, 1, 40000, 65535]),
  int32: new Int32Array([-2147483648, -1, 1, 2147483647]),
  uint32: new Uint32Array([0, 1, 3000000000, 4294967295]),
  int64: new BigInt64Array([-(2n ** 63n), -(2n ** 53n) - 3n, 2n ** 53n + 1n, 2n ** 63n - 1n]),
  uint64: new BigUint64Array([0n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n]),
  float16: new Float16Array(f16Edges),
  float32: new Float32Array([-0, 1.5, 3.4028234663852886e38, 1.401298464324817e-45]),
  float64: new Float64Array([-0, Number.MIN_VALUE, Number.MAX_VALUE, NaN]),
};

describe("decodeTensor()", () => {
  for (const [dtype, data] of Object.entries(samples) as [NumericDType, NumericArray][]) {
    it(`round-trips ${dtype} through encode → protobuf bytes → decode`, () => {
      const shape = data.length === 4 ? [2, 2] : [data.length];
      const out = roundTrip({ kind: "tensor", dtype, shape, data });
      expect(out.kind).toBe("tensor");
      if (out.kind !== "tensor") {
        return;
      }
      expect(out.dtype).toBe(dtype);
      expect(out.shape).toEqual(shape);
      expect(numericDTypes[dtype].holds(out.data)).toBe(true);
      // Object.is keeps -0 apart from 0 and NaN equal to NaN.
      const got = Array.from(out.data as ArrayLike<number | bigint>);
      Array.from(data as ArrayLike<number | bigint>).forEach((v, i) =>
        expect(Object.is(got[i], v)).toBe(true),
      );
    });
  }

  it("keeps float16 edge values bit for bit", () => {
    const out = roundTrip(
      { kind: "tensor", dtype: "float16", shape: [8], data: new Float16Array(f16Edges) },
      "1.2",
    );
    expect(out.kind === "tensor" && Array.from(new Uint16Array(out.data.buffer))).toEqual([
      0x0000, 0x8000, 0x0001, 0x7bff, 0x7c00, 0xfc00, 0x7e00, 0x8400,
    ]);
  });

  it("shows 0-d and single-element tensors as scalars, bool as boolean, int64 as bigint", () => {
    expect(
      roundTrip({
        kind: "tensor",
        dtype: "int64",
        shape: [1, 1],
        data: new BigInt64Array([2n ** 62n + 1n]),
      }),
    ).toEqual({
      kind: "scalar",
      dtype: "int64",
      shape: [1, 1],
      value: 2n ** 62n + 1n,
    });
    const out = decodeTensor({
      dtype: DataType.MS_BOOL,
      dims: [],
      data: new Uint8Array([1]),
      bytesVal: [],
    });
    expect(out).toEqual({ kind: "scalar", dtype: "bool", shape: [], value: true });
    expect(
      roundTrip({ kind: "tensor", dtype: "float16", shape: [], data: new Float16Array([-0]) }),
    ).toMatchObject({
      kind: "scalar",
      value: -0,
    });
  });

  it("copies data that is not aligned for its typed array instead of misreading it", () => {
    const backing = new Uint8Array(1 + 8);
    new DataView(backing.buffer).setFloat32(1, 1.5, true);
    new DataView(backing.buffer).setFloat32(5, -2, true);
    const out = decodeTensor({
      dtype: DataType.MS_FLOAT32,
      dims: [2],
      data: backing.subarray(1),
      bytesVal: [],
    });
    expect(out).toEqual({
      kind: "tensor",
      dtype: "float32",
      shape: [2],
      data: new Float32Array([1.5, -2]),
    });
  });

  it("does not alias the reply buffer", () => {
    const data = new Uint8Array([1, 0, 2, 0]);
    const out = decodeTensor({ dtype: DataType.MS_UINT16, dims: [2], data, bytesVal: [] });
    data[0] = 9;
    expect(out.kind === "tensor" && Array.from(out.data as Uint16Array)).toEqual([1, 2]);
  });

  it("turns data whose length disagrees with shape and dtype into an invalid output", () => {
    expect(
      decodeTensor({
        dtype: DataType.MS_FLOAT32,
        dims: [2, 2],
        data: new Uint8Array(12),
        bytesVal: [],
      }),
    ).toEqual({
      kind: "invalid",
      dtype: "MS_FLOAT32",
      shape: [2, 2],
      error: "data has 12 bytes but shape [2, 2] of float32 needs 16",
    });
  });

  it("turns unknown dtypes and negative dims into invalid outputs", () => {
    expect(
      decodeTensor({
        dtype: DataType.MS_UNKNOWN,
        dims: [1],
        data: new Uint8Array(1),
        bytesVal: [],
      }),
    ).toMatchObject({
      kind: "invalid",
      dtype: "MS_UNKNOWN",
      error: "unsupported dtype MS_UNKNOWN",
    });
    expect(
      decodeTensor({ dtype: 99, dims: [], data: new Uint8Array(0), bytesVal: [] }),
    ).toMatchObject({
      kind: "invalid",
      dtype: "99",
    });
    expect(
      decodeTensor({ dtype: DataType.MS_INT8, dims: [-1], data: new Uint8Array(0), bytesVal: [] }),
    ).toMatchObject({
      kind: "invalid",
      error: "dim 0 of shape [-1] is -1",
    });
  });

  it("returns text for MS_STRING and bytes for MS_BYTES, one value or a list", () => {
    const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(
      decodeTensor({
        dtype: DataType.MS_STRING,
        dims: [1],
        data: new Uint8Array(0),
        bytesVal: [utf8("tabby cat")],
      }),
    ).toEqual({
      kind: "string",
      shape: [1],
      value: "tabby cat",
    });
    expect(
      decodeTensor({
        dtype: DataType.MS_STRING,
        dims: [2],
        data: new Uint8Array(0),
        bytesVal: [utf8("a"), utf8("ü")],
      }),
    ).toEqual({
      kind: "strings",
      shape: [2],
      values: ["a", "ü"],
    });
    expect(
      decodeTensor({
        dtype: DataType.MS_BYTES,
        dims: [1],
        data: new Uint8Array(0),
        bytesVal: [new Uint8Array([7])],
      }),
    ).toEqual({
      kind: "bytes",
      shape: [1],
      value: new Uint8Array([7]),
    });
    expect(
      decodeTensor({
        dtype: DataType.MS_BYTES,
        dims: [2],
        data: new Uint8Array(0),
        bytesVal: [new Uint8Array([1]), new Uint8Array([2])],
      }),
    ).toEqual({
      kind: "bytes-list",
      shape: [2],
      values: [new Uint8Array([1]), new Uint8Array([2])],
    });
  });
});
