import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { dtypeOfOrtType, findDtype, nameDtype } from "./dtype-table";

describe("findDtype()", () => {
  it("gives Serving's name and the wire width of numeric types", () => {
    expect(findDtype(DataType.MS_BOOL)).toEqual({ name: "kMSI_Bool", itemSize: 1 });
    expect(findDtype(DataType.MS_FLOAT16)).toEqual({ name: "kMSI_Float16", itemSize: 2 });
    expect(findDtype(DataType.MS_UINT32)).toEqual({ name: "kMSI_Uint32", itemSize: 4 });
    expect(findDtype(DataType.MS_INT64)).toEqual({ name: "kMSI_Int64", itemSize: 8 });
  });

  it("gives item size 0 to the bytes_val types", () => {
    expect(findDtype(DataType.MS_STRING)).toEqual({ name: "kMSI_String", itemSize: 0 });
    expect(findDtype(DataType.MS_BYTES)).toEqual({ name: "kMSI_Bytes", itemSize: 0 });
  });

  it("knows nothing of MS_UNKNOWN or codes outside the enum", () => {
    expect(findDtype(DataType.MS_UNKNOWN)).toBeUndefined();
    expect(findDtype(99)).toBeUndefined();
    expect(nameDtype(99)).toBe("kMSI_Unknown");
  });
});

describe("dtypeOfOrtType()", () => {
  it("maps onnxruntime element types to wire types", () => {
    expect(dtypeOfOrtType("float32")).toBe(DataType.MS_FLOAT32);
    expect(dtypeOfOrtType("uint64")).toBe(DataType.MS_UINT64);
    expect(dtypeOfOrtType("bool")).toBe(DataType.MS_BOOL);
    expect(dtypeOfOrtType("string")).toBe(DataType.MS_STRING);
  });

  it("has no wire type for onnxruntime-only types", () => {
    expect(dtypeOfOrtType("bfloat16")).toBeUndefined();
    expect(dtypeOfOrtType("complex64")).toBeUndefined();
    expect(dtypeOfOrtType("bytes")).toBeUndefined();
  });
});
