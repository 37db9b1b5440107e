/** Test helper: a finished load test as the load-test view hands it to the history. */
import { createCellRecord } from "../../load-test/load-cell";
import { toLoadTestRecord, type LoadTestRecord } from "../../load-test/load-test-record";

/** Returns a load test of add · add_common started at `startedAt`, with one measured cell. */
export function sampleLoadTest(startedAt: number): LoadTestRecord {
  const cell = createCellRecord(4, 2);
  cell.latenciesMs.push(12, 10, 30, 11);
  cell.instances = 8;
  cell.errors.ENQUEUE_LIMIT = 2;
  cell.measuredSeconds = 2;
  cell.phase = "done";
  return toLoadTestRecord({
    startedAt,
    target: {
      gatewayUrl: "http://localhost:8080",
      servable: "add",
      method: "add_common",
      version: "0",
      transport: "grpc-web",
    },
    settings: { concurrency: [4], instancesPerRequest: [2], durationSeconds: 2, warmupSeconds: 0 },
    cells: [cell],
    stopReason: { kind: "stopped" },
  });
}
