import { describe, expect, it } from "vitest";
import { looksLikeNestedList, parseNestedList } from "./parse-nested-list";

describe("parseNestedList()", () => {
  it("reads nested lists with their shape", () => {
    expect(parseNestedList("[[1, 2], [3, 4]]")).toEqual({
      values: ["1", "2", "3", "4"],
      shape: [2, 2],
    });
    expect(parseNestedList("[1,2,3]")).toEqual({ values: ["1", "2", "3"], shape: [3] });
    expect(parseNestedList("[[[1],[2]],[[3],[4]],[[5],[6]]]").shape).toEqual([3, 2, 1]);
  });

  it("reads numpy reprs and prints, keeping the named dtype", () => {
    expect(parseNestedList("array([[1., 2.],\n       [3., 4.]], dtype=float32)")).toEqual({
      values: ["1.", "2.", "3.", "4."],
      shape: [2, 2],
      dtype: "float32",
    });
    expect(parseNestedList("np.array([5, 6])")).toEqual({ values: ["5", "6"], shape: [2] });
    expect(parseNestedList("[[1 2 3]\n [4 5 6]]")).toEqual({
      values: ["1", "2", "3", "4", "5", "6"],
      shape: [2, 3],
    });
  });

  it("keeps big integers as exact text", () => {
    expect(parseNestedList("[9007199254740993]").values).toEqual(["9007199254740993"]);
  });

  it("throws on ragged or malformed text", () => {
    expect(() => parseNestedList("[[1, 2], [3]]")).toThrow(/ragged/);
    expect(() => parseNestedList("[[1, 2], 3]")).toThrow(/ragged/);
    expect(() => parseNestedList("[[1, 2]")).toThrow(/missing \]|end of text/);
    expect(() => parseNestedList("[1] 2")).toThrow(/after the array/);
  });
});

describe("looksLikeNestedList()", () => {
  it("tells array text from plain cells", () => {
    expect(looksLikeNestedList(" [[1]]")).toBe(true);
    expect(looksLikeNestedList("array([1])")).toBe(true);
    expect(looksLikeNestedList("1\t2\n3\t4")).toBe(false);
  });
});
