import { describe, expect, it } from "vitest";
import { checkName, checkTimeout, checkUrl, checkVersion, checkWire } from "./check-target";
import { InvalidInputError } from "./invalid-input-error";
import type { WireVersion } from "./types";

describe("checkWire()", () => {
  it("defaults to 1.3 and accepts 1.2", () => {
    expect(checkWire(undefined)).toBe("1.3");
    expect(checkWire("1.2")).toBe("1.2");
    expect(() => checkWire("1.5" as WireVersion)).toThrow(
      new InvalidInputError('wire version must be "1.3" or "1.2", got "1.5"'),
    );
  });
});

describe("checkVersion()", () => {
  it("takes numbers and bigints the generated ServableSpec can hold", () => {
    expect(checkVersion(undefined)).toBe(0);
    expect(checkVersion(3n)).toBe(3);
    expect(checkVersion(2 ** 53 - 1)).toBe(2 ** 53 - 1);
    for (const bad of [-1, 1.5, 2n ** 53n, NaN]) {
      expect(() => checkVersion(bad)).toThrow(
        /^version must be a whole number from 0 \(latest\) to 2\^53-1/,
      );
    }
  });
});

describe("checkTimeout()", () => {
  it("accepts no timeout or a positive finite one", () => {
    expect(() => checkTimeout(undefined)).not.toThrow();
    expect(() => checkTimeout(0.5)).not.toThrow();
    for (const bad of [0, -5, Infinity, NaN]) {
      expect(() => checkTimeout(bad)).toThrow(InvalidInputError);
    }
  });
});

describe("checkUrl()", () => {
  it("accepts http(s) base URLs and drops trailing slashes", () => {
    expect(checkUrl("http://localhost:8080/")).toBe("http://localhost:8080");
    expect(checkUrl("https://serving.example/grpc")).toBe("https://serving.example/grpc");
    for (const bad of ["", "localhost:8080", "ftp://host", "/relative"]) {
      expect(() => checkUrl(bad)).toThrow(/^gateway URL must be an http:\/\/ or https:\/\/ URL/);
    }
  });
});

describe("checkName()", () => {
  it("rejects empty servable and method names", () => {
    expect(checkName("servable", "add")).toBe("add");
    expect(() => checkName("method", " ")).toThrow(
      new InvalidInputError("method name must not be empty"),
    );
  });
});
