import { describe, expect, it } from "vitest";
import { readServingError } from "./read-serving-error";

describe("readServingError()", () => {
  it("reads the three refusals Serving gives before inference", () => {
    expect(
      readServingError("Cannot find input x2 in instance input , servable add, method add_common"),
    ).toEqual({ kind: "missing-input", name: "x2" });
    expect(
      readServingError("Given model input 0 size 32 not match the size 16 defined in model"),
    ).toEqual({
      kind: "input-size",
      index: 0,
      given: 32,
      wanted: 16,
    });
    expect(
      readServingError(
        "Given model input 1 data type kMSI_Int32 not match the data type kMSI_Float32 defined in model",
      ),
    ).toEqual({
      kind: "input-dtype",
      index: 1,
      given: "kMSI_Int32",
      wanted: "float32",
      wantedName: "kMSI_Float32",
    });
  });

  it("leaves any other wording as other, the shortened missing-input text included", () => {
    const text = "Cannot find input x1 in instance input";
    expect(readServingError(text)).toEqual({ kind: "other", text });
  });
});
