/** Test helper: sends as the runs store hands them to the history, with every kind of output. */
import { Float16Array } from "@petamoriken/float16";
import { initialConnection } from "../../draft/connection-draft";
import type { SentRun } from "../build-run-record";

/** A PNG's first bytes; enough for a file input. */
export const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7);

/** Returns a send of `servable`/`method` with an image and a tensor, answered with every output kind. */
export function sampleSend(finishedAt: number, method = "add_common", image = PNG): SentRun {
  return {
    connection: {
      ...initialConnection(),
      servable: "add",
      method,
      metadata: [{ id: "m", key: "authorization", value: "Bearer secret-token" }],
      inputs: [
        { id: "a", name: "x1", kind: "tensor", dtype: "float32", shape: [2, 2] },
        { id: "b", name: "photo", kind: "image" },
      ],
    },
    instances: [
      {
        id: "i0",
        values: {
          x1: {
            kind: "tensor",
            dtype: "float32",
            editor: "2d",
            rows: 2,
            cols: 2,
            cells: ["1", "2.5", "-0", "nan"],
            text: "",
          },
          photo: {
            kind: "image",
            file: { id: "f1", name: "cat.png", size: image.length, type: "image/png" },
          },
        },
      },
      { id: "i1", values: { x1: { kind: "int", text: "12345678901234567890" } } },
    ],
    files: { f1: image, unused: Uint8Array.of(1, 2, 3) },
    exchange: {
      result: {
        ok: true,
        instances: [
          {
            outputs: {
              y: {
                kind: "tensor",
                dtype: "float16",
                shape: [2, 2],
                data: Float16Array.of(0.1, 65504, -0, NaN),
              },
              big: {
                kind: "tensor",
                dtype: "int64",
                shape: [2],
                data: BigInt64Array.of(-(2n ** 63n), 2n ** 62n + 1n),
              },
              flag: { kind: "scalar", dtype: "bool", shape: [], value: true },
              n: { kind: "scalar", dtype: "uint64", shape: [1], value: 2n ** 64n - 1n },
              label: { kind: "string", shape: [1], value: "cat;dog" },
              names: { kind: "strings", shape: [2], values: ["a", "b"] },
              raw: { kind: "bytes", shape: [1], value: Uint8Array.of(0, 255) },
              many: {
                kind: "bytes-list",
                shape: [2],
                values: [Uint8Array.of(1), Uint8Array.of(2, 3)],
              },
              odd: {
                kind: "invalid",
                dtype: "float32",
                shape: [3],
                error: "4 bytes for 3 elements",
              },
            },
          },
          { error: "instance 1 failed" },
        ],
      },
      transport: "grpc-web",
      wire: "1.3",
      requestBytes: 321,
      replyBytes: 654,
      elapsedMs: 12.5,
      requestJson: { instances: [{ items: { x1: "…" } }] },
      replyJson: { instances: [] },
    },
    startedAt: finishedAt - 13,
    finishedAt,
  };
}

/** Returns a send that failed as a whole. */
export function failedSend(finishedAt: number): SentRun {
  const sent = sampleSend(finishedAt, "add_cast");
  return {
    ...sent,
    exchange: {
      ...sent.exchange,
      result: {
        ok: false,
        cause: "not-available",
        error: "servable add not available",
        grpcStatus: 0,
      },
      replyBytes: 0,
    },
  };
}
