import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterEach, describe, expect, it } from "vitest";
import * as v12 from "../../protocol/generated/serving-1.2/ms_service";
import * as v13 from "../../protocol/generated/serving-1.3/ms_service";
import { ServingClient } from "./client";
import { InvalidInputError } from "./invalid-input-error";
import { startGrpcWebTestServer } from "./testing/grpc-web-test-server";
import type { GrpcWebTestServer, ReceivedCall, TestResponse } from "./testing/grpc-web-test-server";
import type { Instance, ServingTarget } from "./types";

let server: GrpcWebTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(
  handle: (call: ReceivedCall) => TestResponse | Promise<TestResponse>,
): Promise<string> {
  server = await startGrpcWebTestServer(handle);
  return server.url;
}

function clientFor(url: string, extra: Partial<ServingTarget> = {}): ServingClient {
  return new ServingClient(
    { url, servable: "add", method: "add_common", ...extra },
    NodeHttpTransport(),
  );
}

function float32Tensor(values: number[], dims: number[]): v13.Tensor {
  const data = new Uint8Array(new Float32Array(values).buffer);
  return new v13.Tensor({
    shape: new v13.TensorShape({ dims }),
    dtype: v13.DataType.MS_FLOAT32,
    data,
  });
}

/** Answers add_common the way the model does: y = x1 + x2 for each instance. */
function addCommon(call: ReceivedCall): TestResponse {
  const request = v13.PredictRequest.deserializeBinary(call.message);
  const instances = request.instances.map((instance) => {
    const x1 = instance.items.get("x1")!;
    const x2 = instance.items.get("x2")!;
    const a = new Float32Array(x1.data.slice().buffer);
    const b = new Float32Array(x2.data.slice().buffer);
    const y = float32Tensor(
      Array.from(a, (v, i) => v + b[i]!),
      x1.shape.dims,
    );
    return new v13.Instance({ items: new Map([["y", y]]) });
  });
  return {
    reply: new v13.PredictReply({
      servable_spec: request.servable_spec,
      instances,
    }).serializeBinary(),
  };
}

function addInstances(): Instance[] {
  return [1, 2, 3].map((k) => ({
    x1: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(4).fill(k) },
    x2: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(4).fill(k) },
  }));
}

describe("ServingClient.infer()", () => {
  it("sends PredictRequest over gRPC-Web and returns one result per instance", async () => {
    const url = await serve(addCommon);
    const result = await clientFor(url).infer(addInstances());

    expect(server!.calls[0]!.path).toBe("/mindspore.serving.proto.MSService/Predict");
    expect(server!.calls[0]!.headers["content-type"]).toBe("application/grpc-web+proto");
    expect(result).toEqual({
      ok: true,
      instances: [2, 4, 6].map((v) => ({
        outputs: {
          y: { kind: "tensor", dtype: "float32", shape: [2, 2], data: new Float32Array(4).fill(v) },
        },
      })),
    });
  });

  it("speaks the 1.2 encoding: instances in field 3, signed version, reply status", async () => {
    const url = await serve((call) => {
      const request = v12.PredictRequest.deserializeBinary(call.message);
      expect(request.servable_spec.version_number).toBe(7);
      const instances = request.instances.map(
        (instance) => new v12.Instance({ items: new Map([["echo", instance.items.get("x")!]]) }),
      );
      return { reply: new v12.PredictReply({ status: true, instances }).serializeBinary() };
    });
    const exchange = await clientFor(url, { wire: "1.2", version: 7n }).inferDetailed({
      x: "hello",
    });

    expect(v13.PredictRequest.deserializeBinary(server!.calls[0]!.message).instances).toHaveLength(
      0,
    );
    expect(exchange.result).toEqual({
      ok: true,
      instances: [{ outputs: { echo: { kind: "string", shape: [1], value: "hello" } } }],
    });
    expect(exchange.replyJson).toMatchObject({ status: true });
  });

  it("reports sizes and JSON views of both messages", async () => {
    let replyLength = 0;
    const url = await serve((call) => {
      const response = addCommon(call) as { reply: Uint8Array };
      replyLength = response.reply.byteLength;
      return response;
    });
    const exchange = await clientFor(url).inferDetailed(addInstances()[0]!);

    expect(exchange.requestBytes).toBe(server!.calls[0]!.message.byteLength);
    expect(exchange.replyBytes).toBe(replyLength);
    expect(exchange.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(exchange.requestJson).toEqual({
      servable_spec: { name: "add", method_name: "add_common", version_number: 0 },
      instances: [
        {
          items: Object.fromEntries(
            ["x1", "x2"].map((name) => [
              name,
              {
                shape: { dims: [2, 2] },
                dtype: "MS_FLOAT32",
                data: "<16 bytes> 0000803f0000803f0000803f0000803f",
                values: [1, 1, 1, 1],
              },
            ]),
          ),
        },
      ],
    });
    expect(exchange.replyJson).toMatchObject({
      instances: [{ items: { y: { values: [2, 2, 2, 2] } } }],
    });
  });

  it("sends the target's metadata as request headers", async () => {
    const url = await serve(addCommon);
    await clientFor(url, {
      metadata: { authorization: "Bearer token-1", "x-team": "serving" },
    }).infer(addInstances()[0]!);

    expect(server!.calls[0]!.headers).toMatchObject({
      authorization: "Bearer token-1",
      "x-team": "serving",
    });
  });

  it("turns a non-OK status in trailers into a whole-request error naming the status", async () => {
    const url = await serve(() => ({ status: 14, message: "upstream connect error" }));
    const result = await clientFor(url).infer(addInstances());

    expect(result).toEqual({
      ok: false,
      cause: "upstream-unreachable",
      error: "UNAVAILABLE (14): upstream connect error",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
  });

  it("decodes a percent-encoded grpc-message of a trailers-only response", async () => {
    const url = await serve(() => ({
      status: 5,
      message: "servable «add2» not found",
      trailersOnly: true,
    }));
    const result = await clientFor(url).infer(addInstances());

    expect(result).toEqual({
      ok: false,
      cause: "grpc-error",
      error: "NOT_FOUND (5): servable «add2» not found",
      grpcStatus: 5,
      grpcStatusName: "NOT_FOUND",
    });
  });

  it("reports an unreachable endpoint as UNAVAILABLE", async () => {
    const url = await serve(addCommon);
    await server!.close();
    server = undefined;
    const result = await clientFor(url).infer(addInstances());

    expect(result).toMatchObject({
      ok: false,
      cause: "unreachable",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
    expect(result.ok === false && result.error).toContain(
      `UNAVAILABLE (14): no response from ${url}`,
    );
  });

  it("sends grpc-timeout and ends an overdue call as DEADLINE_EXCEEDED", async () => {
    const url = await serve(() => ({ hang: true }));
    const result = await clientFor(url).infer(addInstances(), { timeoutMs: 150 });

    expect(server!.calls[0]!.headers["grpc-timeout"]).toBe("150m");
    expect(result).toMatchObject({
      ok: false,
      cause: "deadline",
      grpcStatus: 4,
      grpcStatusName: "DEADLINE_EXCEEDED",
    });
    await server!.calls[0]!.aborted;
  });

  it("rejects with an AbortError and closes the request when the signal aborts", async () => {
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => (received = resolve));
    const url = await serve(() => {
      received();
      return { hang: true };
    });
    const controller = new AbortController();
    const pending = clientFor(url).infer(addInstances(), { signal: controller.signal });
    await arrived;
    controller.abort();

    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(pending).rejects.toBeInstanceOf(DOMException);
    await server!.calls[0]!.aborted;
  });

  it("rejects an already aborted call without sending it", async () => {
    const url = await serve(addCommon);
    const controller = new AbortController();
    controller.abort();

    await expect(
      clientFor(url).infer(addInstances(), { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(server!.calls).toHaveLength(0);
  });

  it("rejects bad input with InvalidInputError before sending", async () => {
    const url = await serve(addCommon);
    const pending = clientFor(url).infer([
      ...addInstances(),
      { x1: { kind: "scalar", dtype: "uint8", value: 300 } },
    ]);

    await expect(pending).rejects.toBeInstanceOf(InvalidInputError);
    await expect(pending).rejects.toMatchObject({
      instanceIndex: 3,
      inputName: "x1",
      message: 'Instance 4, input "x1": 300 is out of range for uint8 [0, 255]',
    });
    expect(server!.calls).toHaveLength(0);
  });

  it("rejects a version the wire cannot carry", async () => {
    const url = await serve(addCommon);
    await expect(clientFor(url, { version: 2n ** 60n }).infer(addInstances())).rejects.toThrow(
      /version must be a whole number/,
    );
    expect(server!.calls).toHaveLength(0);
  });

  it("rejects a timeout that is not a positive number", async () => {
    const url = await serve(addCommon);
    await expect(clientFor(url).infer(addInstances(), { timeoutMs: 0 })).rejects.toThrow(
      "timeoutMs must be a positive number of milliseconds, got 0",
    );
    expect(server!.calls).toHaveLength(0);
  });

  it("turns a reply that is not a PredictReply into a protocol error", async () => {
    const url = await serve(() => ({ reply: new Uint8Array([0xff, 0xff, 0xff]) }));
    const result = await clientFor(url).infer(addInstances());

    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error).toMatch(
      /^Protocol error: the reply is not a PredictReply/,
    );
  });
});
