import { describe, expect, it } from "vitest";
import { readInteger, readPort, readWire } from "./read-flag-values";

describe("readPort()", () => {
  it("reads 0 to 65535 and leaves an absent flag undefined", () => {
    expect(readPort("port", "0")).toBe(0);
    expect(readPort("port", "65535")).toBe(65535);
    expect(readPort("port", undefined)).toBeUndefined();
  });

  it.each(["65536", "-1", "80.5", "http", "", " "])("rejects %j naming the flag", (text) => {
    expect(() => readPort("web-port", text)).toThrow(
      `--web-port must be a port number from 0 to 65535, got "${text}"`,
    );
  });
});

describe("readInteger()", () => {
  it("reads integers from the minimum up, with no upper bound", () => {
    expect(readInteger("max-batch", "1", 1)).toBe(1);
    expect(readInteger("max-batch", "100000", 1)).toBe(100000);
    expect(readInteger("max-batch", undefined, 1)).toBeUndefined();
  });

  it.each(["0", "2.5", "x", ""])("rejects %j below or beside the minimum", (text) => {
    expect(() => readInteger("max-batch", text, 1)).toThrow(
      `--max-batch must be an integer >= 1, got "${text}"`,
    );
  });
});

describe("readWire()", () => {
  it("reads any, 1.3 and 1.2 and leaves an absent flag undefined", () => {
    expect(["any", "1.3", "1.2"].map(readWire)).toEqual(["any", "1.3", "1.2"]);
    expect(readWire(undefined)).toBeUndefined();
  });

  it("rejects other versions", () => {
    expect(() => readWire("1.4")).toThrow('--wire must be any, 1.3 or 1.2, got "1.4"');
  });
});
