import { describe, expect, it } from "vitest";
import { describeUsageError } from "./run-cli";

describe("describeUsageError()", () => {
  it("names the program, gives the reason and the usage line", () => {
    expect(
      describeUsageError("serving", new Error("--port must be…"), "npm run serving -- …"),
    ).toBe("serving: --port must be…\nusage: npm run serving -- …");
  });

  it("describes a thrown non-Error value too", () => {
    expect(describeUsageError("start", "bad", "npm start")).toBe("start: bad\nusage: npm start");
  });
});
