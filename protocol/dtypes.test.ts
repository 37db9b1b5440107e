import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import {
  dtypeOfWire,
  isNumericDType,
  numericDTypes,
  wireDataType,
  wireDataTypeName,
} from "./dtypes";
import { DataType as DataType12 } from "./generated/serving-1.2/ms_service";
import { DataType } from "./generated/serving-1.3/ms_service";

describe("numericDTypes", () => {
  it("gives each numeric dtype its wire code, width and typed array", () => {
    const table = Object.fromEntries(
      Object.entries(numericDTypes).map(([name, info]) => [
        name,
        [DataType[info.wire], info.width, info.arrayName],
      ]),
    );
    expect(table).toEqual({
      bool: ["MS_BOOL", 1, "Uint8Array"],
      int8: ["MS_INT8", 1, "Int8Array"],
      uint8: ["MS_UINT8", 1, "Uint8Array"],
      int16: ["MS_INT16", 2, "Int16Array"],
      uint16: ["MS_UINT16", 2, "Uint16Array"],
      int32: ["MS_INT32", 4, "Int32Array"],
      uint32: ["MS_UINT32", 4, "Uint32Array"],
      int64: ["MS_INT64", 8, "BigInt64Array"],
      uint64: ["MS_UINT64", 8, "BigUint64Array"],
      float16: ["MS_FLOAT16", 2, "Float16Array"],
      float32: ["MS_FLOAT32", 4, "Float32Array"],
      float64: ["MS_FLOAT64", 8, "Float64Array"],
    });
  });

  it("recognises the library's Float16Array and tells typed arrays apart", () => {
    expect(numericDTypes.float16.holds(new Float16Array(1))).toBe(true);
    expect(numericDTypes.float16.holds(new Uint16Array(1))).toBe(false);
    expect(numericDTypes.int64.holds(new BigUint64Array(1))).toBe(false);
    expect(numericDTypes.float16.alloc(3)).toBeInstanceOf(Float16Array);
  });
});

describe("dtypeOfWire()", () => {
  it("maps all 14 DataTypes both ways, identically in both wire versions", () => {
    for (let code = 1; code <= 14; code++) {
      const dtype = dtypeOfWire(code);
      expect(dtype).toBeDefined();
      expect(wireDataType(dtype!)).toBe(code);
      expect(DataType12[code]).toBe(DataType[code]);
    }
    expect(dtypeOfWire(DataType.MS_STRING)).toBe("string");
    expect(dtypeOfWire(DataType.MS_BYTES)).toBe("bytes");
  });

  it("has no dtype for MS_UNKNOWN or unknown codes", () => {
    expect(dtypeOfWire(0)).toBeUndefined();
    expect(dtypeOfWire(15)).toBeUndefined();
    expect(wireDataTypeName(0)).toBe("MS_UNKNOWN");
    expect(wireDataTypeName(15)).toBe("15");
  });
});

describe("isNumericDType()", () => {
  it("accepts numeric names only", () => {
    expect(isNumericDType("float16")).toBe(true);
    expect(isNumericDType("string")).toBe(false);
    expect(isNumericDType("toString")).toBe(false);
  });
});
