import { describe, expect, it } from "vitest";
import { parseElement } from "./parse-element";

describe("parseElement()", () => {
  it("refuses 300 in uint8 as out of range", () => {
    expect(parseElement("300", "uint8")).toEqual({
      ok: false,
      error: "300 is out of range for uint8 (0…255)",
    });
    expect(parseElement("255", "uint8")).toEqual({ ok: true, value: 255 });
    expect(parseElement("-1", "uint16").ok).toBe(false);
  });

  it("refuses 1.5 in int32 as not an integer and text as not a number", () => {
    expect(parseElement("1.5", "int32")).toEqual({
      ok: false,
      error: "1.5 is not an integer (int32)",
    });
    expect(parseElement("abc", "float32")).toEqual({ ok: false, error: "abc is not a number" });
    expect(parseElement("  ", "float64")).toEqual({ ok: false, error: "empty" });
  });

  it("keeps int64 and uint64 exact beyond 2^53 as BigInt", () => {
    expect(parseElement("9007199254740993", "int64")).toEqual({
      ok: true,
      value: 9007199254740993n,
    });
    expect(parseElement("18446744073709551615", "uint64")).toEqual({
      ok: true,
      value: 18446744073709551615n,
    });
    expect(parseElement("18446744073709551616", "uint64").ok).toBe(false);
    expect(parseElement("-9223372036854775809", "int64").ok).toBe(false);
  });

  it("reports the float16 value actually sent when rounding changes it", () => {
    expect(parseElement("0.1", "float16")).toEqual({
      ok: true,
      value: 0.0999755859375,
      sent: "0.0999755859375",
    });
    expect(parseElement("0.5", "float16")).toEqual({ ok: true, value: 0.5 });
    expect(parseElement("70000", "float16").ok).toBe(false);
  });

  it("reads bools, numpy-style floats and special values", () => {
    expect(parseElement("True", "bool")).toEqual({ ok: true, value: true });
    expect(parseElement("0", "bool")).toEqual({ ok: true, value: false });
    expect(parseElement("2", "bool").ok).toBe(false);
    expect(parseElement("2.", "float64")).toEqual({ ok: true, value: 2 });
    expect(parseElement("-inf", "float32")).toEqual({ ok: true, value: -Infinity });
    expect(parseElement("1e-3", "float64")).toEqual({ ok: true, value: 0.001 });
    expect(parseElement("0.1", "float32")).toEqual({ ok: true, value: Math.fround(0.1) });
  });
});
