import { describe, expect, it } from "vitest";
import { formatFuzzReport } from "./format-fuzz-report";
import { runFuzz } from "./run-fuzz";

describe("runFuzz()", () => {
  it("300 seeded hostile cases leave the gateway and the stand-in answering, in time", async () => {
    // One failure is proof enough; stopping there keeps a broken build's run short.
    const report = await runFuzz({ cases: 300, seed: 2026, maxFailures: 1 });
    expect(report.failures, formatFuzzReport(report)).toEqual([]);
    expect(report.passed).toBe(300);
  }, 180_000);
});
