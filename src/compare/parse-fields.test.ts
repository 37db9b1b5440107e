import { describe, expect, it } from "vitest";
import { parseTolerance } from "./parse-tolerance";
import { parseVersionPair } from "./parse-version-pair";

describe("parseTolerance()", () => {
  it("reads decimals and exponents", () => {
    expect(parseTolerance(" 1e-6 ")).toEqual({ ok: true, value: 1e-6 });
    expect(parseTolerance("0")).toEqual({ ok: true, value: 0 });
  });

  it("refuses empty, non-numeric, infinite and negative texts", () => {
    expect(parseTolerance(" ")).toEqual({ ok: false, problem: "empty" });
    expect(parseTolerance("abc")).toEqual({ ok: false, problem: "not-a-number" });
    expect(parseTolerance("Infinity")).toEqual({ ok: false, problem: "not-a-number" });
    expect(parseTolerance("-0.1")).toEqual({ ok: false, problem: "negative" });
  });
});

describe("parseVersionPair()", () => {
  it("reads two positive whole numbers, or empty for the latest", () => {
    expect(parseVersionPair("1", " 2 ")).toEqual({ ok: true, a: 1, b: 2 });
    expect(parseVersionPair("", "3")).toEqual({ ok: true, a: undefined, b: 3 });
  });

  it("refuses zero, fractions, signs and words, naming the side", () => {
    expect(parseVersionPair("0", "2")).toEqual({ ok: false, problem: "invalid-a" });
    expect(parseVersionPair("1", "1.5")).toEqual({ ok: false, problem: "invalid-b" });
    expect(parseVersionPair("-1", "2")).toEqual({ ok: false, problem: "invalid-a" });
    expect(parseVersionPair("1", "two")).toEqual({ ok: false, problem: "invalid-b" });
    expect(parseVersionPair("99999999999999999999", "1")).toEqual({
      ok: false,
      problem: "invalid-a",
    });
  });

  it("refuses the same version on both sides, both latest included", () => {
    expect(parseVersionPair("2", "02".slice(1))).toEqual({ ok: false, problem: "same" });
    expect(parseVersionPair("", " ")).toEqual({ ok: false, problem: "same" });
  });
});
