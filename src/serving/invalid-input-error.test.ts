import { describe, expect, it } from "vitest";
import { InvalidInputError } from "./invalid-input-error";

describe("InvalidInputError", () => {
  it("numbers instances from 1 in the message and from 0 in instanceIndex", () => {
    const error = new InvalidInputError("bad", 1, "x1");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "InvalidInputError",
      instanceIndex: 1,
      inputName: "x1",
      reason: "bad",
    });
    expect(error.message).toBe('Instance 2, input "x1": bad');
  });

  it("leaves out what it does not know", () => {
    expect(new InvalidInputError("not a map", 0).message).toBe("Instance 1: not a map");
    expect(new InvalidInputError("no instances").message).toBe("no instances");
  });
});
