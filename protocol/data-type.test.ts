import { describe, expect, it } from "vitest";
import { DataType, dataTypeName } from "./data-type";
import { DataType as Generated12 } from "./generated/serving-1.2/ms_service";
import { DataType as Generated13 } from "./generated/serving-1.3/ms_service";

describe("DataType", () => {
  it("has exactly the codes and names of both generated wire versions", () => {
    for (const generated of [Generated12, Generated13]) {
      const names = Object.keys(generated).filter((k) => Number.isNaN(Number(k)));
      expect(Object.keys(DataType).sort()).toEqual(names.sort());
      for (const name of names) {
        const code = generated[name as keyof typeof generated];
        expect(DataType[name as keyof typeof DataType]).toBe(code);
        expect(dataTypeName(code)).toBe(name);
      }
    }
  });

  it("names no unknown code", () => {
    expect(dataTypeName(15)).toBeUndefined();
    expect(dataTypeName(-1)).toBeUndefined();
  });
});
