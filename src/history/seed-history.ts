/**
 * Synthetic runs for filling the history: the browser benchmark seeds hundreds of runs through
 * `window.__servingConsoleSeedHistory` (development builds only), and tests use the same runs.
 */
import { buildRunRecord } from "./build-run-record";
import type { ConnectionDraft } from "../draft/connection-draft";
import type { TensorDraft } from "../draft/draft-value";
import type { RunRecord } from "./history-types";

const METHODS = ["add_common", "add_cast"] as const;

/** Returns the record of the `index`-th synthetic run: `add` with two 2×2 float32 inputs and their sum. */
export async function makeSeedRecord(index: number, finishedAt: number): Promise<RunRecord> {
  const method = METHODS[index % METHODS.length] ?? "add_common";
  const connection: ConnectionDraft = {
    gatewayUrl: "http://localhost:8080",
    servable: "add",
    method,
    version: "0",
    transport: "grpc-web",
    wire: "auto",
    timeoutSeconds: "30",
    metadata: [],
    presetId: "add",
    inputs: [
      { id: "x1", name: "x1", kind: "tensor", dtype: "float32", shape: [2, 2] },
      { id: "x2", name: "x2", kind: "tensor", dtype: "float32", shape: [2, 2] },
    ],
    fileLimitMb: 10,
  };
  const cells = [String(index), "1", "2", "3"];
  const tensor = (): TensorDraft => ({
    kind: "tensor",
    dtype: "float32",
    editor: "2d",
    rows: 2,
    cols: 2,
    cells: [...cells],
    text: "",
  });
  const sum = Float32Array.from(cells, (c) => Number(c) * 2);
  return buildRunRecord({
    connection,
    instances: [
      {
        id: `seed-${index}`,
        values: { x1: tensor(), x2: tensor() },
      },
    ],
    files: {},
    exchange: {
      result: {
        ok: true,
        instances: [
          { outputs: { y: { kind: "tensor", dtype: "float32", shape: [2, 2], data: sum } } },
        ],
      },
      transport: "grpc-web",
      wire: "1.3",
      requestBytes: 120,
      replyBytes: 60,
      elapsedMs: 3 + (index % 17),
      requestJson: null,
      replyJson: null,
    },
    startedAt: finishedAt - 5,
    finishedAt,
  });
}

/** Returns `count` synthetic runs, one second apart, the last finishing at `now`. */
export async function makeSeedRecords(count: number, now = Date.now()): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (let i = 0; i < count; i++) {
    records.push(await makeSeedRecord(i, now - (count - 1 - i) * 1000));
  }
  return records;
}
