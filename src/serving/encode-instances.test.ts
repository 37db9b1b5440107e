import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { compareUtf8, encodeInstances } from "./encode-instances";
import { InvalidInputError } from "./invalid-input-error";
import type { Instance } from "./types";

/** Returns the InvalidInputError that encoding `instances` throws. */
function rejection(instances: unknown): InvalidInputError {
  try {
    encodeInstances(instances as Instance[]);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return error;
    }
    throw error;
  }
  throw new Error("encodeInstances accepted the input");
}

const ok: Instance = { x1: 1.5 };

describe("encodeInstances()", () => {
  it("takes a single instance as a list of one", () => {
    expect(encodeInstances({ x: 1 })).toEqual(encodeInstances([{ x: 1 }]));
  });

  it("orders inputs by UTF-8 bytes, not by UTF-16 units", () => {
    const [instance] = encodeInstances({ "\u{1F600}": 1, "\uFF01": 2, b: 3, a: 4 });
    expect(instance!.map(([name]) => name)).toEqual(["a", "b", "\uFF01", "\u{1F600}"]);
    expect(compareUtf8("\uFF01", "\u{1F600}")).toBeLessThan(0);
    expect(compareUtf8("ab", "a")).toBeGreaterThan(0);
    expect(compareUtf8("same", "same")).toBe(0);
  });

  const cases: [string, unknown, string, number | undefined, string | undefined][] = [
    [
      "data length not equal to product(shape)",
      [ok, { x1: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(3) } }],
      'Instance 2, input "x1": data has 3 values (12 bytes) but shape [2, 2] of float32 needs 4 (16 bytes)',
      1,
      "x1",
    ],
    [
      "negative dim",
      [{ img: { kind: "tensor", dtype: "uint8", shape: [2, -1], data: new Uint8Array(2) } }],
      'Instance 1, input "img": shape [2, -1] has dim 1 = -1; dims must be non-negative integers',
      0,
      "img",
    ],
    [
      "fractional dim",
      [{ x: { kind: "tensor", dtype: "int32", shape: [1.5], data: new Int32Array(1) } }],
      'Instance 1, input "x": shape [1.5] has dim 0 = 1.5; dims must be non-negative integers',
      0,
      "x",
    ],
    [
      "non-finite dim",
      [
        ok,
        ok,
        { x: { kind: "tensor", dtype: "float64", shape: [Infinity], data: new Float64Array(1) } },
      ],
      'Instance 3, input "x": shape [Infinity] has dim 0 = Infinity; dims must be non-negative integers',
      2,
      "x",
    ],
    [
      "NaN dim",
      [{ x: { kind: "tensor", dtype: "float64", shape: [NaN], data: new Float64Array(1) } }],
      'Instance 1, input "x": shape [NaN] has dim 0 = NaN; dims must be non-negative integers',
      0,
      "x",
    ],
    [
      "unknown dtype",
      [{ x: { kind: "tensor", dtype: "float8", shape: [1], data: new Uint8Array(1) } }],
      'Instance 1, input "x": unknown dtype "float8"; expected one of bool, int8, uint8, int16, uint16, ' +
        "int32, uint32, int64, uint64, float16, float32, float64",
      0,
      "x",
    ],
    [
      "MS_UNKNOWN dtype",
      [{ x: { kind: "scalar", dtype: "MS_UNKNOWN", value: 1 } }],
      'Instance 1, input "x": unknown dtype "MS_UNKNOWN"; expected one of bool, int8, uint8, int16, uint16, ' +
        "int32, uint32, int64, uint64, float16, float32, float64",
      0,
      "x",
    ],
    ["empty input name", [{ "": 1 }], 'Instance 1, input "": input name is empty', 0, ""],
    [
      "an instance that is a list",
      [ok, [1, 2]],
      "Instance 2: must be a map of input name to value, got an array",
      1,
      undefined,
    ],
    [
      "an instance that is null",
      [null],
      "Instance 1: must be a map of input name to value, got null",
      0,
      undefined,
    ],
    [
      "an instance that is a Map",
      [new Map([["x", 1]])],
      "Instance 1: must be a map of input name to value, got a Map",
      0,
      undefined,
    ],
    [
      "a value of an unsupported kind (object)",
      [{ x: { a: 1 } }],
      'Instance 1, input "x": unsupported value an object',
      0,
      "x",
    ],
    [
      "a value of an unsupported kind (null)",
      [{ x: null }],
      'Instance 1, input "x": unsupported value null',
      0,
      "x",
    ],
    [
      "a value of an unsupported kind (array)",
      [{ x: [1, 2] }],
      'Instance 1, input "x": unsupported value an array',
      0,
      "x",
    ],
    [
      "a bare typed array other than bytes",
      [{ x: new Float32Array(2) }],
      'Instance 1, input "x": unsupported value Float32Array',
      0,
      "x",
    ],
    [
      "an unknown tagged kind",
      [{ x: { kind: "complex", value: 1 } }],
      'Instance 1, input "x": unsupported value kind "complex"',
      0,
      "x",
    ],
    [
      "tensor data of the wrong array type",
      [{ x: { kind: "tensor", dtype: "float16", shape: [2], data: new Float32Array(2) } }],
      'Instance 1, input "x": float16 data must be a Float16Array, got Float32Array',
      0,
      "x",
    ],
    [
      "300 in uint8",
      [{ x: { kind: "scalar", dtype: "uint8", value: 300 } }],
      'Instance 1, input "x": 300 is out of range for uint8 [0, 255]',
      0,
      "x",
    ],
    [
      "-1 in uint64",
      [{ x: { kind: "scalar", dtype: "uint64", value: -1n } }],
      'Instance 1, input "x": -1 is out of range for uint64 [0, 18446744073709551615]',
      0,
      "x",
    ],
    [
      "a plain int beyond int64",
      [{ x: 2n ** 63n }],
      'Instance 1, input "x": 9223372036854775808 is out of range for int64 [-9223372036854775808, 9223372036854775807]',
      0,
      "x",
    ],
    [
      "a fractional value for an integer dtype",
      [{ x: { kind: "scalar", dtype: "int16", value: 1.5 } }],
      'Instance 1, input "x": int16 value must be an integer, got 1.5',
      0,
      "x",
    ],
    [
      "a bool tensor holding 2",
      [{ mask: { kind: "tensor", dtype: "bool", shape: [2], data: new Uint8Array([1, 2]) } }],
      'Instance 1, input "mask": bool data holds 2 at 1; bool values are 0 or 1',
      0,
      "mask",
    ],
    [
      "a string where a float is tagged",
      [{ x: { kind: "float", value: "1.5" } }],
      'Instance 1, input "x": float value must be a number, got "1.5"',
      0,
      "x",
    ],
    ["no instances at all", [], "no instances to send; give at least one", undefined, undefined],
  ];

  it.each(cases)("rejects %s", (_what, instances, message, instanceIndex, inputName) => {
    const error = rejection(instances);
    expect(error.message).toBe(message);
    expect(error.instanceIndex).toBe(instanceIndex);
    expect(error.inputName).toBe(inputName);
  });

  it("accepts the edge values that are in range", () => {
    expect(() =>
      encodeInstances({
        a: { kind: "scalar", dtype: "uint8", value: 255 },
        b: { kind: "scalar", dtype: "int64", value: -(2n ** 63n) },
        c: { kind: "tensor", dtype: "float16", shape: [0], data: new Float16Array(0) },
        d: { kind: "scalar", dtype: "bool", value: 1 },
      }),
    ).not.toThrow();
  });
});
