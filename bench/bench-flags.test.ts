import { describe, expect, it } from "vitest";
import { parseBenchFlags, parseConsoleFlags } from "./bench-flags";

describe("parseConsoleFlags()", () => {
  it("gives the console of `npm start` and the numeric defaults when no flag is given", () => {
    expect(parseConsoleFlags({ "settle-ms": 3000 }, [])).toEqual({
      url: "http://localhost:4173",
      gateway: "http://localhost:8080",
      "settle-ms": 3000,
    });
  });

  it("reads the console, its gateway and the numbers given", () => {
    const args = ["--url", "http://localhost:7502", "--gateway", "http://localhost:7501"];
    expect(parseConsoleFlags({ "inside-ms": 20 }, [...args, "--inside-ms", "5"])).toEqual({
      url: "http://localhost:7502",
      gateway: "http://localhost:7501",
      "inside-ms": 5,
    });
  });

  it("refuses a number that is not one, and a flag it does not know", () => {
    expect(() => parseConsoleFlags({ "inside-count": 6 }, ["--inside-count", "six"])).toThrow(
      '--inside-count takes a number, not "six"',
    );
    expect(() => parseConsoleFlags({}, ["--rounds", "2"])).toThrow(/rounds/);
  });
});

describe("parseBenchFlags()", () => {
  it("refuses a count of rounds below 1", () => {
    expect(() => parseBenchFlags(3, ["--rounds", "0"])).toThrow(
      '--rounds takes a whole number of at least 1, not "0"',
    );
    expect(parseBenchFlags(3, [])).toEqual({ resnet50Model: undefined, rounds: 3 });
  });
});
