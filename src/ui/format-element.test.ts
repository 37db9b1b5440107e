import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import { formatElement, formatNumber } from "./format-element";

describe("formatNumber()", () => {
  it("prints whole values without decimals", () => {
    const sums = new Float32Array([2, 4, 6, -3, 0]);
    expect(Array.from(sums, formatNumber)).toEqual(["2", "4", "6", "-3", "0"]);
  });

  it("prints other values with up to 6 significant digits, trailing zeros dropped", () => {
    expect(formatNumber(1 / 3)).toBe("0.333333");
    expect(formatNumber(1.5)).toBe("1.5");
    expect(formatNumber(Math.fround(0.1))).toBe("0.1");
    expect(formatNumber(123456.789)).toBe("123457");
    expect(formatNumber(-2.71828182)).toBe("-2.71828");
  });

  it("switches to exponent form for very small and very large magnitudes", () => {
    expect(formatNumber(1.5e-7)).toBe("1.5e-7");
    expect(formatNumber(1e21)).toBe("1e+21");
    expect(formatNumber(Math.fround(3.4e38))).toBe("3.4e+38");
  });

  it("names NaN and infinities and drops the sign of zero", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Infinity)).toBe("Infinity");
    expect(formatNumber(-Infinity)).toBe("-Infinity");
    expect(formatNumber(-0)).toBe("0");
  });
});

describe("formatElement()", () => {
  it("prints int64 and uint64 exactly beyond 2^53", () => {
    const big = new BigInt64Array([9007199254740993n, -9223372036854775808n]);
    const unsigned = new BigUint64Array([18446744073709551615n]);
    expect(Array.from(big, (value) => formatElement(value))).toEqual([
      "9007199254740993",
      "-9223372036854775808",
    ]);
    expect(formatElement(unsigned[0]!)).toBe("18446744073709551615");
  });

  it("prints the value a float16 actually holds", () => {
    const halves = new Float16Array([0.1, 2, 65504, 1 / 3]);
    expect(Array.from(halves, (value) => formatElement(value))).toEqual([
      "0.0999756",
      "2",
      "65504",
      "0.333252",
    ]);
  });

  it("prints booleans as words", () => {
    expect(formatElement(true)).toBe("true");
    expect(formatElement(false)).toBe("false");
  });

  it("prints the 0/1 bytes of a bool tensor as words when told the dtype", () => {
    const flags = new Uint8Array([1, 0]);
    expect(Array.from(flags, (flag) => formatElement(flag, "bool"))).toEqual(["true", "false"]);
    expect(formatElement(1, "uint8")).toBe("1");
  });
});
