import { describe, expect, it } from "vitest";
import { WireFormatError } from "../../protocol/check-wire-format";
import {
  buildRequest,
  readReply,
  readRequest,
  toInstance,
  toSpec,
  wireMessages,
} from "../../protocol/wire-layouts";
import { encodeInstances } from "./encode-instances";
import type { WireVersion } from "./types";

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const instances = encodeInstances([
  {
    x1: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array([1, 2, 3, 4]) },
    name: "text",
  },
  { x1: { kind: "scalar", dtype: "int64", value: 7n } },
]);
const spec = { name: "add", methodName: "add_common", version: 2 };

/** Overwrites, inserts or deletes a few bytes, favouring values that upset length prefixes. */
function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + Math.floor(random() * 3);
  const interesting = [0x00, 0x7f, 0x80, 0xff, 0x0f, 0x07, 0x0a, 0x12, 0x1a, 0x0b, 0x0c];
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (out.length + 1));
    const value = interesting[Math.floor(random() * interesting.length)] ?? 0xff;
    const kind = random();
    if (kind < 0.5) {
      out[Math.min(at, out.length - 1)] = value;
    } else if (kind < 0.8) {
      out.splice(at, 0, value);
    } else {
      out.splice(at, 1);
    }
  }
  return Uint8Array.from(out);
}

describe("readRequest() and readReply() on mutated messages", () => {
  it.each(["1.3", "1.2"] as const)(
    "either refuse with WireFormatError or decode, for 1,500 seeded mutations (%s)",
    (wire: WireVersion) => {
      const random = seeded(wire === "1.3" ? 13 : 12);
      const request = buildRequest(wire, spec, instances);
      const m = wireMessages(wire);
      const reply = new m.PredictReply({
        servable_spec: toSpec(m, spec),
        instances: instances.map((items) => toInstance(m, items)),
        error_msg: [new m.ErrorMsg({ error_code: 1, error_msg: new TextEncoder().encode("bad") })],
      }).serializeBinary();
      const verdicts = { refused: 0, decoded: 0, otherError: 0 };
      for (let i = 0; i < 1500; i += 1) {
        const useRequest = i % 2 === 0;
        const bytes = mutate(useRequest ? request : reply, random);
        try {
          if (useRequest) {
            readRequest(wire, bytes);
          } else {
            readReply(wire, bytes);
          }
          verdicts.decoded += 1;
        } catch (error) {
          // google-protobuf may still refuse a well-formed message (e.g. bad UTF-8 in a string).
          verdicts[error instanceof WireFormatError ? "refused" : "otherError"] += 1;
        }
      }
      expect(verdicts.refused).toBeGreaterThan(300);
      expect(verdicts.decoded).toBeGreaterThan(100);
    },
  );
});
