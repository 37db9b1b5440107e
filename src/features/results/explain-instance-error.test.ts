import { describe, expect, it } from "vitest";
import { explainInstanceError } from "./explain-instance-error";

describe("explainInstanceError()", () => {
  it("names the declared input and the usual dtype names for a dtype mismatch", () => {
    const text =
      "Given model input 0 data type kMSI_Int32 not match the data type kMSI_Float32 defined in model";
    expect(explainInstanceError(text, ["x1", "x2"])).toEqual({
      message: "x1 was sent as int32, but the model expects float32.",
      hint: "Set the data type of x1 to float32 and send again.",
    });
  });

  it("says model input N when the method declares no input at that position", () => {
    const text =
      "Given model input 2 data type kMSI_Int64 not match the data type kMSI_Float16 defined in model";
    expect(explainInstanceError(text, ["x1"]).message).toBe(
      "model input 2 was sent as int64, but the model expects float16.",
    );
  });

  it("explains a size mismatch in bytes", () => {
    const text = "Given model input 1 size 8 not match the size 16 defined in model";
    expect(explainInstanceError(text, ["x1", "x2"]).message).toBe(
      "x2 holds 8 bytes, but the model expects 16 bytes.",
    );
  });

  it("explains a missing input and a refused one", () => {
    expect(
      explainInstanceError("Cannot find input x2 in instance input , servable add, method m", [])
        .message,
    ).toBe("This instance has no input named x2, which the method needs.");
    expect(
      explainInstanceError("Instances input image check failed, detail: not an image", []).message,
    ).toBe("image was refused: not an image");
  });

  it("gives a generic sentence for texts it does not know", () => {
    expect(explainInstanceError("something odd", ["x1"])).toEqual({
      message: "Serving could not process this instance.",
      hint: "Serving's own message below has the details.",
    });
  });
});
