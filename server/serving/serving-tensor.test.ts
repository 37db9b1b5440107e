import { describe, expect, it } from "vitest";
import { countElements } from "./serving-tensor";

describe("countElements()", () => {
  it("counts a 0-d shape as one element and a zero dimension as none", () => {
    expect(countElements([])).toBe(1);
    expect(countElements([2, 3])).toBe(6);
    expect(countElements([4, 0])).toBe(0);
  });
});
