import { describe, expect, it } from "vitest";
import { createCellRecord } from "./load-cell";
import { toLoadTestRecord, writeLoadTestCsv } from "./load-test-record";

function measuredCell() {
  const cell = createCellRecord(4, 2);
  cell.latenciesMs.push(12, 10, 30, 11);
  cell.instances = 8;
  cell.errors.ENQUEUE_LIMIT = 2;
  cell.measuredSeconds = 2;
  cell.phase = "done";
  return cell;
}

const run = {
  startedAt: Date.UTC(2026, 10, 30, 3, 0, 0),
  target: {
    gatewayUrl: "http://localhost:8080",
    servable: "add",
    method: "add_common",
    version: "0",
    transport: "grpc-web",
  },
  settings: { concurrency: [4, 8], instancesPerRequest: [2], durationSeconds: 2, warmupSeconds: 0 },
  cells: [measuredCell(), createCellRecord(8, 2)],
  stopReason: { kind: "gateway-down" as const, message: "no response" },
};

describe("toLoadTestRecord()", () => {
  it("keeps measured cells with percentiles and throughput, and survives a JSON round trip", () => {
    const record = toLoadTestRecord(run);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(record).toMatchObject({
      format: "serving-console-load-test",
      version: 1,
      startedAt: "2026-11-30T03:00:00.000Z",
      stopReason: { kind: "gateway-down", message: "no response" },
    });
    // The pending cell never ran: nothing measured, nothing kept.
    expect(record.cells).toEqual([
      {
        concurrency: 4,
        instancesPerRequest: 2,
        completedRequests: 4,
        failedRequests: 2,
        p50Ms: 11,
        p95Ms: 30,
        p99Ms: 30,
        meanMs: 15.75,
        maxMs: 30,
        instancesPerSecond: 4,
        requestsPerSecond: 2,
        measuredSeconds: 2,
        errors: { ENQUEUE_LIMIT: 2 },
        complete: true,
      },
    ]);
  });
});

describe("writeLoadTestCsv()", () => {
  it("writes a header and one row per cell, errors as STATUS=n", () => {
    const csv = writeLoadTestCsv(toLoadTestRecord(run));
    const [header, row, end] = csv.split("\n");
    expect(header?.split(",")).toContain("p99_ms");
    expect(row).toBe("4,2,4,2,11,30,30,15.75,30,4,2,2,true,ENQUEUE_LIMIT=2");
    expect(end).toBe("");
  });
});
