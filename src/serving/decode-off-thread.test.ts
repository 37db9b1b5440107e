import { describe, expect, it } from "vitest";
import * as v13 from "../../protocol/generated/serving-1.3/ms_service";
import { decodeOffThread, OFF_THREAD_MIN_REPLY_BYTES } from "./decode-off-thread";
import { decodeReply } from "./decode-reply";

const MS_FLOAT32 = 11;

function matrixReply(side: number): Uint8Array {
  const values = Float32Array.from({ length: side * side }, (_, i) => i);
  return new v13.PredictReply({
    instances: [
      new v13.Instance({
        items: new Map([
          [
            "y",
            new v13.Tensor({
              dtype: MS_FLOAT32,
              shape: new v13.TensorShape({ dims: [side, side] }),
              data: new Uint8Array(values.buffer),
            }),
          ],
        ]),
      }),
    ],
  }).serializeBinary();
}

describe("decodeOffThread() without a Worker", () => {
  it("decodes a reply above the worker threshold in this thread, as decodeReply does", async () => {
    const reply = matrixReply(512);
    expect(reply.byteLength).toBeGreaterThan(OFF_THREAD_MIN_REPLY_BYTES);
    const expected = decodeReply({ wire: "1.3", reply, instanceCount: 1 });
    const decoded = await decodeOffThread({ wire: "1.3", reply, instanceCount: 1 });
    expect(decoded.replyJson).toEqual(expected.replyJson);
    const [ours, theirs] = [decoded, expected].map(({ result }) => {
      const first = result.ok ? result.instances[0] : undefined;
      const y = first && "outputs" in first ? first.outputs.y : undefined;
      return y?.kind === "tensor" ? y : undefined;
    });
    expect(ours?.shape).toEqual([512, 512]);
    expect(ours?.dtype).toBe("float32");
    expect(Buffer.from(ours!.data.buffer).equals(Buffer.from(theirs!.data.buffer))).toBe(true);
    expect((ours?.data as Float32Array)[512 * 512 - 1]).toBe(512 * 512 - 1);
  });

  it("gives a protocol error for bytes that are not a PredictReply", async () => {
    const decoded = await decodeOffThread({
      wire: "1.3",
      reply: Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]),
      instanceCount: 1,
    });
    expect(decoded.result).toMatchObject({ ok: false, cause: "protocol-error" });
    expect(decoded.replyJson).toBeNull();
  });

  it("rejects with an AbortError when the call was already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      decodeOffThread({ wire: "1.3", reply: matrixReply(2), instanceCount: 1 }, controller.signal),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
