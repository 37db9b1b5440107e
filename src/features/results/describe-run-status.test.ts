import { describe, expect, it } from "vitest";
import { describeRunStatus } from "./describe-run-status";
import type { InferExchange, InferResult } from "../../serving/types";

const exchangeOf = (result: InferResult): InferExchange => ({
  result,
  requestBytes: 0,
  replyBytes: 0,
  elapsedMs: 0,
  requestJson: {},
  replyJson: null,
});

describe("describeRunStatus()", () => {
  it("counts instances in flight and results received, singular and plural", () => {
    expect(describeRunStatus("running", undefined, 1)).toBe("Sending 1 instance…");
    expect(describeRunStatus("running", undefined, 3)).toBe("Sending 3 instances…");
    const done = exchangeOf({ ok: true, instances: [{ error: "x" }, { outputs: {} }] });
    expect(describeRunStatus("done", done, 2)).toBe("Received 2 results.");
  });

  it("says when the request failed or was cancelled", () => {
    expect(
      describeRunStatus(
        "done",
        exchangeOf({ ok: false, cause: "serving-error", error: "boom" }),
        1,
      ),
    ).toBe("The request failed.");
    expect(describeRunStatus("cancelled", undefined, 1)).toMatch(/^Request cancelled/);
  });

  it("tells what to do before the first request", () => {
    expect(describeRunStatus("idle", undefined, 0)).toMatch(/press Send \(Ctrl\+Enter\)/);
  });
});
