import { describe, expect, it } from "vitest";
import { buildLoadTestEntry, checkLoadTestEntry } from "./load-test-entry";
import { sampleLoadTest } from "./testing/sample-load-test";

describe("buildLoadTestEntry()", () => {
  it("keeps a copy of the record with its start time, which checks out", () => {
    const record = sampleLoadTest(Date.UTC(2026, 10, 30, 3, 0, 0));
    const entry = buildLoadTestEntry(record, "lt-1");
    expect(entry).toMatchObject({ format: 1, kind: "load-test", id: "lt-1" });
    expect(entry.startedAt).toBe(Date.UTC(2026, 10, 30, 3, 0, 0));
    expect(entry.record).toEqual(record);
    expect(entry.record).not.toBe(record);
    expect(checkLoadTestEntry(entry)).toBeUndefined();
  });

  it("refuses a record that is not a load test", () => {
    const record = { ...sampleLoadTest(0), cells: "many" };
    expect(() => buildLoadTestEntry(record as never, "x")).toThrow(
      "the load test cannot be kept: cells is not a list",
    );
  });
});

describe("checkLoadTestEntry()", () => {
  const entry = buildLoadTestEntry(sampleLoadTest(1000), "lt");
  const [cell] = entry.record.cells;

  it.each([
    [null, "not a record"],
    [{ ...entry, format: 2 }, "format 2; this console reads format 1"],
    [{ ...entry, id: 7 }, "id is not text"],
    [
      { ...entry, record: { ...entry.record, version: 9 } },
      "load test version 9; this console reads version 1",
    ],
    [
      { ...entry, record: { ...entry.record, cells: [{ ...cell, p95Ms: "fast" }] } },
      "cell 0: p95Ms is not a number",
    ],
    [
      { ...entry, record: { ...entry.record, cells: [{ ...cell, errors: { UNAVAILABLE: -1 } }] } },
      "cell 0: errors is not a count per status",
    ],
    [
      { ...entry, record: { ...entry.record, cells: Array(257).fill(cell) } },
      "it has more than 256 cells",
    ],
    [
      { ...entry, record: { ...entry.record, target: { servable: "add" } } },
      "target is not a call target",
    ],
  ])("names what is wrong with %#", (value, reason) => {
    expect(checkLoadTestEntry(value)).toBe(reason);
  });
});
