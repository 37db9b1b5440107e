import { expect, it } from "vitest";
import { formatCompareNumber } from "./format-compare-values";

it("writes numbers in each language asked for, also after another language was used", () => {
  expect(formatCompareNumber(1234.56789, "en")).toBe("1,234.57");
  expect(formatCompareNumber(1234.56789, "de")).toBe("1.234,57");
  expect(formatCompareNumber(0.5, "de")).toBe("0,5");
  expect(formatCompareNumber(1234.56789, "en")).toBe("1,234.57");
  expect(formatCompareNumber(Number.NaN, "en")).toBe("NaN");
  expect(formatCompareNumber(Number.NEGATIVE_INFINITY, "de")).toBe("−∞");
});
