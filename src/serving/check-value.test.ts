import { describe, expect, it } from "vitest";
import { numericDTypes } from "../../protocol/dtypes";
import { checkDType, checkShape, requireType, toElement } from "./check-value";

describe("toElement()", () => {
  it("converts to the dtype's element type", () => {
    expect(toElement(numericDTypes.bool, "bool", true)).toBe(1);
    expect(toElement(numericDTypes.int64, "int64", 5)).toBe(5n);
    expect(toElement(numericDTypes.uint32, "uint32", 7n)).toBe(7);
    expect(toElement(numericDTypes.float16, "float16", -Infinity)).toBe(-Infinity);
  });

  it("rejects out-of-range integers at both ends", () => {
    expect(() => toElement(numericDTypes.int8, "int8", -129)).toThrow(
      "-129 is out of range for int8 [-128, 127]",
    );
    expect(() => toElement(numericDTypes.uint16, "uint16", 65536)).toThrow(
      "65536 is out of range for uint16 [0, 65535]",
    );
    expect(() => toElement(numericDTypes.int32, "int32", Infinity)).toThrow(
      "int32 value must be an integer, got Infinity",
    );
  });
});

describe("checkDType()", () => {
  it("accepts numeric names only", () => {
    expect(checkDType("uint64")).toBe("uint64");
    expect(() => checkDType("string")).toThrow(/^unknown dtype "string"/);
    expect(() => checkDType(undefined)).toThrow(/^unknown dtype undefined/);
  });
});

describe("checkShape()", () => {
  it("copies valid shapes and names the bad dim", () => {
    const shape = [0, 3];
    expect(checkShape(shape)).toEqual([0, 3]);
    expect(checkShape(shape)).not.toBe(shape);
    expect(() => checkShape([1, "2"])).toThrow(
      'shape [1, 2] has dim 1 = "2"; dims must be non-negative integers',
    );
  });
});

describe("requireType()", () => {
  it("passes matching values through", () => {
    expect(requireType("a", "string", "string")).toBe("a");
    expect(() => requireType(1, "boolean", "bool")).toThrow("bool value must be a boolean, got 1");
  });
});
