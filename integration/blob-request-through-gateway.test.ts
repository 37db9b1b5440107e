import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, readReply } from "../protocol/wire-layouts";
import { startGateway } from "../server/gateway/start";
import { startServing } from "../server/serving/start";
import { callPredict } from "../src/serving/call-predict";
import { encodeInstances } from "../src/serving/encode-instances";
import { parseReply } from "../src/serving/parse-reply";
import type { RunningGateway } from "../server/gateway/start";
import type { RunningServing } from "../server/serving/start";

const cat = new Uint8Array(readFileSync("../shared/fixtures/images/cat.jpg"));
const MODEL = "../shared/models/mobilenetv2-12-int8.onnx";

describe("a request held as a Blob, sent with fetch through the gateway", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  beforeAll(async () => {
    serving = await startServing({ port: 0, resnet50Model: MODEL, quiet: true });
    gateway = await startGateway({ listen: "127.0.0.1:0", upstream: serving.address, quiet: true });
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
  });

  const spec = { name: "resnet50", methodName: "classify_top1", version: 0 };

  it("gets the same reply as the same request sent as bytes, and counts the reply bytes", async () => {
    const request = buildRequest("1.3", spec, encodeInstances([{ image: cat }, { image: cat }]));
    const counts: number[] = [];
    const viaBlob = await callPredict({
      url: gateway.url,
      request: new Blob([request]),
      onReceived: (bytes) => counts.push(bytes),
    });
    if (!viaBlob.ok) {
      throw new Error(`the Blob request failed: ${viaBlob.message}`);
    }
    const result = parseReply(readReply("1.3", viaBlob.reply), 2);
    expect(result.ok && result.instances).toHaveLength(2);
    expect(result.ok && result.instances[0]).toEqual(result.ok && result.instances[1]);
    // The running count ends at the whole response: the reply frame and the trailer frame.
    expect(counts.at(-1)).toBeGreaterThan(viaBlob.reply.byteLength + 5);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it("carries Serving's error reply for a Blob request", async () => {
    const request = buildRequest(
      "1.3",
      { ...spec, methodName: "nope" },
      encodeInstances([{ image: cat }]),
    );
    const outcome = await callPredict({ url: gateway.url, request: new Blob([request]) });
    // Serving answers with its own error text inside a PredictReply.
    if (!outcome.ok) {
      throw new Error(`the call failed: ${outcome.message}`);
    }
    const result = parseReply(readReply("1.3", outcome.reply), 1);
    expect(!result.ok && result.error).toContain("method is not available");
  });

  it("rejects with AbortError when aborted in flight", async () => {
    const controller = new AbortController();
    const request = buildRequest("1.3", spec, encodeInstances([{ image: cat }]));
    const call = callPredict({
      url: gateway.url,
      request: new Blob([request]),
      signal: controller.signal,
    });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });
});
