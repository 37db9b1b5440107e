import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { castToFloat32, readFloat32 } from "./cast-tensor";
import { makeStringTensor } from "./serving-tensor";
import { bytesTensor, numericTensor } from "./testing/tensor-fixtures";

describe("castToFloat32()", () => {
  it.each([
    ["int8", DataType.MS_INT8, new Int8Array([-3, 0, 7])],
    ["uint8", DataType.MS_UINT8, new Uint8Array([0, 128, 255])],
    ["int16", DataType.MS_INT16, new Int16Array([-300, 2, 30000])],
    ["uint16", DataType.MS_UINT16, new Uint16Array([1, 60000, 3])],
    ["int32", DataType.MS_INT32, new Int32Array([-70000, 5, 1 << 20])],
    ["float64", DataType.MS_FLOAT64, new Float64Array([0.5, -2.25, 1e10])],
  ] as const)("converts %s values", (_name, dtype, values) => {
    const tensor = numericTensor(dtype, [3], values);
    expect([...castToFloat32("x1", tensor)]).toEqual([...Float32Array.from(values)]);
  });

  it("converts int64, uint64, bool and float16", () => {
    const int64 = numericTensor(DataType.MS_INT64, [2], new BigInt64Array([-5n, 9n]));
    expect([...castToFloat32("x", int64)]).toEqual([-5, 9]);
    const uint64 = {
      ...int64,
      dtype: DataType.MS_UINT64,
      data: new Uint8Array(new BigUint64Array([7n, 2n ** 40n]).buffer),
    };
    expect([...castToFloat32("x", uint64)]).toEqual([7, 2 ** 40]);
    const bool = numericTensor(DataType.MS_BOOL, [3], new Uint8Array([0, 1, 2]));
    expect([...castToFloat32("x", bool)]).toEqual([0, 1, 1]);
    const half = new Float16Array([1.5, -0.25]);
    const float16 = {
      dtype: DataType.MS_FLOAT16,
      dims: [2],
      data: new Uint8Array(half.buffer),
      bytesVal: [],
    };
    expect([...castToFloat32("x", float16)]).toEqual([1.5, -0.25]);
  });

  it("refuses strings and bytes, naming the input", () => {
    expect(() => castToFloat32("x1", makeStringTensor("1"))).toThrow(
      "Cannot cast input x1 of data type kMSI_String to kMSI_Float32",
    );
    expect(() => castToFloat32("x2", bytesTensor(new Uint8Array([1])))).toThrow(
      "data type kMSI_Bytes",
    );
  });
});

describe("readFloat32()", () => {
  it("reads float32 data that starts at an unaligned offset", () => {
    const backing = new Uint8Array(9);
    backing.set(new Uint8Array(new Float32Array([1.25, -8]).buffer), 1);
    const tensor = {
      dtype: DataType.MS_FLOAT32,
      dims: [2],
      data: backing.subarray(1),
      bytesVal: [],
    };
    expect([...readFloat32(tensor)]).toEqual([1.25, -8]);
  });
});
