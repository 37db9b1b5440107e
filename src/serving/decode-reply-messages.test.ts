import { Float16Array } from "@petamoriken/float16";
import { describe, expect, it } from "vitest";
import * as v13 from "../../protocol/generated/serving-1.3/ms_service";
import { decodeReply } from "./decode-reply";
import { packDecodedReply, unpackDecodedReply } from "./decode-reply-messages";
import { recallBlockMeans, recallTensorStats } from "./tensor-summaries";

const MS_FLOAT16 = 10;
const MS_FLOAT32 = 11;
const MS_BYTES = 14;

function tensor(dtype: number, dims: number[], data: Uint8Array): v13.Tensor {
  return new v13.Tensor({ dtype, shape: new v13.TensorShape({ dims }), data });
}

function replyOf(...outputs: [string, v13.Tensor][]): Uint8Array {
  return new v13.PredictReply({
    instances: [new v13.Instance({ items: new Map(outputs) })],
  }).serializeBinary();
}

describe("packDecodedReply() and unpackDecodedReply()", () => {
  it("carry a 1000 × 1000 float32 tensor in its own buffer, with its stats and block means", () => {
    const values = Float32Array.from({ length: 1_000_000 }, (_, i) => (i % 1000) - 500);
    const bytes = replyOf(["y", tensor(MS_FLOAT32, [1000, 1000], new Uint8Array(values.buffer))]);
    const decoded = decodeReply({ wire: "1.3", reply: bytes, instanceCount: 1 });
    const packed = packDecodedReply(decoded);

    const [first] = packed.result.ok ? packed.result.instances : [];
    const y = first && "outputs" in first ? first.outputs.y : undefined;
    expect(y?.kind).toBe("packed-tensor");
    // The decoded array's buffer itself moves: no copy of 4 MB.
    const original = decoded.result.ok ? decoded.result.instances[0] : undefined;
    const originalY = original && "outputs" in original ? original.outputs.y : undefined;
    expect(originalY?.kind === "tensor" && packed.transfer).toEqual([
      originalY?.kind === "tensor" ? originalY.data.buffer : undefined,
    ]);

    const unpacked = unpackDecodedReply(structuredClone(packed.result), packed.replyJson);
    const result = unpacked.result.ok ? unpacked.result.instances[0] : undefined;
    const output = result && "outputs" in result ? result.outputs.y : undefined;
    if (output?.kind !== "tensor") {
      throw new Error(`expected a tensor, got ${output?.kind}`);
    }
    expect(output.dtype).toBe("float32");
    expect(output.shape).toEqual([1000, 1000]);
    expect(Array.from((output.data as Float32Array).subarray(998, 1002))).toEqual([
      498, 499, -500, -499,
    ]);
    expect(recallTensorStats(output.data)).toEqual({
      count: 1_000_000,
      nanCount: 0,
      min: -500,
      max: 499,
      mean: -0.5,
    });
    const blocks = recallBlockMeans(output.data, 1000, 1000, 200);
    expect([blocks?.width, blocks?.height]).toEqual([200, 200]);
    // Block 0 covers columns 0–4 of rows 0–4: values -500…-496, mean -498.
    expect(blocks?.means[0]).toBe(-498);
    expect(recallBlockMeans(output.data, 100, 10_000, 200)).toBeUndefined();
  });

  it("rebuild a float16 tensor, which the structured clone cannot carry as an array", () => {
    const halves = new Float16Array([1.5, -2, 65504, 0.25]);
    const bytes = replyOf([
      "h",
      tensor(MS_FLOAT16, [2, 2], new Uint8Array(halves.buffer, 0, halves.byteLength)),
    ]);
    const packed = packDecodedReply(decodeReply({ wire: "1.3", reply: bytes, instanceCount: 1 }));
    const unpacked = unpackDecodedReply(structuredClone(packed.result), packed.replyJson);
    const result = unpacked.result.ok ? unpacked.result.instances[0] : undefined;
    const output = result && "outputs" in result ? result.outputs.h : undefined;
    expect(output?.kind === "tensor" && output.dtype).toBe("float16");
    expect(output?.kind === "tensor" ? Array.from(output.data as Iterable<number>) : []).toEqual([
      1.5, -2, 65504, 0.25,
    ]);
  });

  it("leave bytes outputs and small tensors as they are, and keep no stats for small tensors", () => {
    const small = new Float32Array([1, 2, 3, 4]);
    const bytes = replyOf(
      ["image", new v13.Tensor({ dtype: MS_BYTES, bytes_val: [new Uint8Array([9, 8, 7])] })],
      ["y", tensor(MS_FLOAT32, [2, 2], new Uint8Array(small.buffer))],
    );
    const packed = packDecodedReply(decodeReply({ wire: "1.3", reply: bytes, instanceCount: 1 }));
    expect(packed.transfer).toHaveLength(2);
    const unpacked = unpackDecodedReply(structuredClone(packed.result), packed.replyJson);
    const result = unpacked.result.ok ? unpacked.result.instances[0] : undefined;
    const outputs = result && "outputs" in result ? result.outputs : {};
    expect(outputs.image).toEqual({ kind: "bytes", shape: [], value: new Uint8Array([9, 8, 7]) });
    const y = outputs.y;
    expect(y?.kind === "tensor" && Array.from(y.data as Float32Array)).toEqual([1, 2, 3, 4]);
    expect(y?.kind === "tensor" && recallTensorStats(y.data)).toBeUndefined();
  });

  it("pass failures and instance errors through unchanged", () => {
    const failed = new v13.PredictReply({
      error_msg: [new v13.ErrorMsg({ error_code: 1, error_msg: new TextEncoder().encode("busy") })],
    }).serializeBinary();
    const decoded = decodeReply({ wire: "1.3", reply: failed, instanceCount: 2 });
    const packed = packDecodedReply(decoded);
    expect(unpackDecodedReply(packed.result, packed.replyJson)).toEqual(decoded);
    expect(packed.transfer).toEqual([]);
  });
});
