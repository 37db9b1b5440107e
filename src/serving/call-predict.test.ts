import { NodeHttpTransport } from "@improbable-eng/grpc-web-node-http-transport";
import { afterEach, describe, expect, it } from "vitest";
import { callPredict } from "./call-predict";
import { predictMethod } from "./predict-method";
import { startGrpcWebTestServer } from "./testing/grpc-web-test-server";
import type { GrpcWebTestServer, TestResponse } from "./testing/grpc-web-test-server";

let server: GrpcWebTestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(response: TestResponse, timeoutMs?: number) {
  server = await startGrpcWebTestServer(() => response);
  const request = new Uint8Array([0x0a, 0x03, 0x61, 0x64, 0x64]);
  return callPredict({ url: server.url, request, transport: NodeHttpTransport(), timeoutMs });
}

describe("predictMethod", () => {
  it("addresses MSService.Predict as a unary call", () => {
    expect(predictMethod).toMatchObject({
      methodName: "Predict",
      service: { serviceName: "mindspore.serving.proto.MSService" },
      requestStream: false,
      responseStream: false,
    });
  });
});

describe("callPredict()", () => {
  it("sends the request bytes unchanged and returns the reply bytes unchanged", async () => {
    const reply = new Uint8Array([0x22, 0x02, 0x08, 0x01]);
    expect(await call({ reply })).toEqual({ ok: true, reply });
    expect(Array.from(server!.calls[0]!.message)).toEqual([0x0a, 0x03, 0x61, 0x64, 0x64]);
  });

  it("expresses long deadlines in seconds to stay within 8 digits", async () => {
    await call({ reply: new Uint8Array(0) }, 2e8);
    expect(server!.calls[0]!.headers["grpc-timeout"]).toBe("200000S");
  });

  it("says so when the endpoint answers plain HTTP instead of gRPC-Web", async () => {
    const outcome = await call({
      http: 404,
      contentType: "text/html",
      body: "<html>Not Found</html>",
    });
    expect(outcome).toEqual({
      ok: false,
      status: 5,
      cause: "not-grpc-web",
      message: `${server!.url} answered without a gRPC status (content-type text/html); is it the gRPC-Web endpoint?`,
    });
  });

  it("maps an HTTP 503 error page to UNAVAILABLE", async () => {
    const outcome = await call({
      http: 503,
      contentType: "text/plain",
      body: "no healthy upstream",
    });
    expect(outcome).toMatchObject({ ok: false, status: 14, cause: "not-grpc-web" });
  });
});
