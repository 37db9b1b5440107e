import { describe, expect, it } from "vitest";
import { parseTsv } from "./parse-tsv";

describe("parseTsv()", () => {
  it("splits spreadsheet rows and cells, ignoring the trailing newline", () => {
    expect(parseTsv("1\t2\r\n3\t4\r\n")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(parseTsv("7")).toEqual([["7"]]);
  });
});
