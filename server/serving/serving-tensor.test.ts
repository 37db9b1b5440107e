import { describe, expect, it } from "vitest";
import { DataType } from "../../protocol/generated/serving-1.3/ms_service";
import { InstanceError } from "./errors";
import { checkTensor, countElements, makeStringTensor } from "./serving-tensor";
import { filledFloat32, numericTensor } from "./testing/tensor-fixtures";

describe("countElements()", () => {
  it("counts a 0-d shape as one element and a zero dimension as none", () => {
    expect(countElements([])).toBe(1);
    expect(countElements([2, 3])).toBe(6);
    expect(countElements([4, 0])).toBe(0);
  });
});

describe("checkTensor()", () => {
  it("accepts payloads that match shape and type", () => {
    expect(() => checkTensor("x1", filledFloat32([2, 2], 1))).not.toThrow();
    expect(() =>
      checkTensor("x1", numericTensor(DataType.MS_INT64, [], new BigInt64Array([5n]))),
    ).not.toThrow();
    expect(() => checkTensor("s", makeStringTensor("hi"))).not.toThrow();
  });

  it("rejects data whose size does not match the shape", () => {
    const tensor = { ...filledFloat32([3], 1), dims: [2, 2] };
    expect(() => checkTensor("x1", tensor)).toThrow(InstanceError);
    expect(() => checkTensor("x1", tensor)).toThrow(
      "Input x1 data size 12 not match the size 16 of shape [2, 2] and data type kMSI_Float32",
    );
  });

  it("rejects a bytes_val count that does not match the shape", () => {
    expect(() => checkTensor("image", { ...makeStringTensor("a"), dims: [2] })).toThrow(
      "Input image of data type kMSI_String has 1 bytes_val entries, shape [2] needs 2",
    );
  });

  it("rejects unknown data types and negative dimensions", () => {
    expect(() => checkTensor("x1", { ...filledFloat32([1], 1), dtype: 0 })).toThrow(
      "Input x1 has unknown data type 0",
    );
    expect(() => checkTensor("x1", { ...filledFloat32([1], 1), dtype: 99 as DataType })).toThrow(
      "unknown data type 99",
    );
    expect(() => checkTensor("x1", { ...filledFloat32([1], 1), dims: [-1] })).toThrow(
      "invalid shape [-1]",
    );
  });
});
