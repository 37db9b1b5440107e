import { describe, expect, it } from "vitest";
import { parseLoadSettings, type LoadSettingsText } from "./parse-load-settings";

const valid: LoadSettingsText = {
  concurrency: "1, 2, 4, 8",
  instancesPerRequest: "1 4",
  durationSeconds: "5",
  warmupSeconds: "0",
};

function problemsOf(change: Partial<LoadSettingsText>) {
  const parsed = parseLoadSettings({ ...valid, ...change });
  return "problems" in parsed ? parsed.problems : [];
}

describe("parseLoadSettings()", () => {
  it("reads lists separated by commas or spaces, dropping repeats", () => {
    expect(parseLoadSettings({ ...valid, concurrency: "1,2 2; 4" })).toEqual({
      settings: {
        concurrency: [1, 2, 4],
        instancesPerRequest: [1, 4],
        durationSeconds: 5,
        warmupSeconds: 0,
      },
    });
  });

  it.each<[Partial<LoadSettingsText>, string, string]>([
    [{ concurrency: "" }, "concurrency", "problems.listEmpty"],
    [{ concurrency: "0" }, "concurrency", "problems.belowOne"],
    [{ concurrency: "-2" }, "concurrency", "problems.belowOne"],
    [{ concurrency: "65" }, "concurrency", "problems.aboveMax"],
    [{ concurrency: "1.5" }, "concurrency", "problems.notWholeNumber"],
    [{ concurrency: "two" }, "concurrency", "problems.notWholeNumber"],
    [{ instancesPerRequest: "1025" }, "instancesPerRequest", "problems.aboveMax"],
    [{ instancesPerRequest: "0" }, "instancesPerRequest", "problems.belowOne"],
    [{ durationSeconds: "0" }, "durationSeconds", "problems.notPositive"],
    [{ durationSeconds: "-1" }, "durationSeconds", "problems.notPositive"],
    [{ durationSeconds: "abc" }, "durationSeconds", "problems.notNumber"],
    [{ durationSeconds: "" }, "durationSeconds", "problems.notNumber"],
    [{ warmupSeconds: "-0.5" }, "warmupSeconds", "problems.negative"],
    [{ warmupSeconds: "Infinity" }, "warmupSeconds", "problems.notNumber"],
  ])("refuses %o at its field", (change, field, key) => {
    expect(problemsOf(change)).toEqual([expect.objectContaining({ field, key })]);
  });

  it("refuses more than 16 values in a list", () => {
    const many = Array.from({ length: 17 }, (_, i) => i + 1).join(",");
    expect(problemsOf({ concurrency: many })).toEqual([
      expect.objectContaining({ key: "problems.listTooLong", values: { max: 16 } }),
    ]);
  });

  it("reports every refused field at once", () => {
    expect(problemsOf({ concurrency: "0", warmupSeconds: "-1" }).map((p) => p.field)).toEqual([
      "concurrency",
      "warmupSeconds",
    ]);
  });

  it("refuses a sweep over 10 minutes: cells × (warm-up + duration)", () => {
    // 4 × 2 cells × (10 + 70) s = 640 s
    expect(problemsOf({ durationSeconds: "70", warmupSeconds: "10" })).toEqual([
      expect.objectContaining({
        field: "durationSeconds",
        key: "problems.totalTooLong",
        values: { seconds: 640, max: 600 },
      }),
    ]);
    // 8 cells × 75 s = 600 s exactly is allowed.
    expect(
      "settings" in parseLoadSettings({ ...valid, durationSeconds: "70", warmupSeconds: "5" }),
    ).toBe(true);
  });
});
