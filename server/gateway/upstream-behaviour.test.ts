import { createHash } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "./start";
import { frame, postGrpcWeb } from "./testing/grpc-web-fetch";
import type { RunningGateway } from "./start";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const identity = (bytes: Buffer) => bytes;
/** Upstreams that received a call that never answers, and those whose such call was cancelled. */
const hangingCalls: string[] = [];
const cancelledCalls: string[] = [];

/**
 * A gRPC server on raw bytes whose reply depends on the request's first byte, so each test
 * can make the upstream behave the way it needs.
 */
async function startUpstream(name: string): Promise<{ address: string; server: grpc.Server }> {
  const server = new grpc.Server();
  const service: grpc.ServiceDefinition = {
    Predict: {
      path: PATH,
      requestStream: false,
      responseStream: false,
      requestSerialize: identity,
      requestDeserialize: identity,
      responseSerialize: identity,
      responseDeserialize: identity,
    },
  };
  server.addService(service, {
    Predict: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
      const seen = {
        server: name,
        authorization: call.metadata.get("authorization")[0] ?? null,
        deadlineMs:
          call.getDeadline() === Infinity ? null : Number(call.getDeadline()) - Date.now(),
        bytes: call.request.byteLength,
        sha256: createHash("sha256").update(call.request).digest("hex"),
      };
      const kind = call.request[0];
      if (kind === 1) {
        // An immediate error: grpc-js sends it trailers-only.
        callback({ code: grpc.status.FAILED_PRECONDITION, details: "servable is not available ü" });
        return;
      }
      if (kind === 2) {
        hangingCalls.push(name);
        call.once("cancelled", () => cancelledCalls.push(name));
        return; // never answers
      }
      call.sendMetadata(new grpc.Metadata());
      const trailer = new grpc.Metadata();
      trailer.set("x-served-by", name);
      callback(null, Buffer.from(JSON.stringify(seen)), trailer);
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return { address: `127.0.0.1:${port}`, server };
}

describe("gateway ↔ upstream behaviour", () => {
  let upstreams: { address: string; server: grpc.Server }[];
  let gateway: RunningGateway;
  let url: string;
  beforeAll(async () => {
    upstreams = [await startUpstream("a"), await startUpstream("b")];
    gateway = await startGateway({
      listen: "127.0.0.1:0",
      upstream: upstreams.map((u) => u.address).join(","),
      quiet: true,
    });
    url = `${gateway.url}${PATH}`;
  });
  afterAll(async () => {
    await gateway?.close();
    upstreams?.forEach((u) => u.server.forceShutdown());
  });

  const parse = (bytes: Uint8Array) =>
    JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

  it("forwards metadata and grpc-timeout, sends application/grpc upstream, returns upstream trailers", async () => {
    const reply = await postGrpcWeb(url, frame(new Uint8Array([0, 1, 2])), {
      authorization: "Bearer t0ken",
      "grpc-timeout": "5S",
    });
    expect(reply.grpcStatus).toBe(0);
    const seen = parse(reply.messages[0]!);
    expect(seen).toMatchObject({ authorization: "Bearer t0ken", bytes: 3 });
    expect(seen.deadlineMs).toBeGreaterThan(1000);
    expect(seen.deadlineMs).toBeLessThanOrEqual(5000);
    expect(reply.trailers["x-served-by"]).toBe(seen.server);
  });

  it("balances calls round-robin over the listed upstreams", async () => {
    const servers = new Set<unknown>();
    for (let i = 0; i < 4; i++) {
      servers.add(parse((await postGrpcWeb(url, frame(new Uint8Array([0])))).messages[0]!).server);
    }
    expect([...servers].sort()).toEqual(["a", "b"]);
  });

  it("passes a trailers-only error on as headers with an empty body", async () => {
    const reply = await postGrpcWeb(url, frame(new Uint8Array([1])));
    expect(reply.httpStatus).toBe(200);
    expect(reply.headers.get("grpc-status")).toBe(String(grpc.status.FAILED_PRECONDITION));
    expect(reply.grpcMessage).toBe("servable is not available ü");
    expect(reply.messages).toEqual([]);
  });

  it("ends a call at its grpc-timeout with DEADLINE_EXCEEDED", async () => {
    const reply = await postGrpcWeb(url, frame(new Uint8Array([2])), { "grpc-timeout": "200m" });
    expect(reply.grpcStatus).toBe(grpc.status.DEADLINE_EXCEEDED);
  });

  it("adds CORS headers for an allowed origin and exposes the gRPC status headers and the model marker", async () => {
    const reply = await postGrpcWeb(url, frame(new Uint8Array([0])), {
      origin: "http://localhost:5173",
    });
    expect(reply.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(reply.headers.get("access-control-expose-headers")).toBe(
      "grpc-status,grpc-message,grpc-status-details-bin,x-stand-in-model",
    );
  });

  it("adds no CORS headers for another origin", async () => {
    const reply = await postGrpcWeb(url, frame(new Uint8Array([0])), {
      origin: "http://localhost:9999",
    });
    expect(reply.grpcStatus).toBe(0);
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight from an app origin with the configured policy", async () => {
    const response = await fetch(url, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:4173", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4173");
    expect(response.headers.get("access-control-allow-headers")).toBe(
      "content-type,x-grpc-web,x-user-agent,grpc-timeout,authorization",
    );
  });

  it("cancels the upstream call when the client goes away", async () => {
    const [arrived, cancelled] = [hangingCalls.length, cancelledCalls.length];
    const abort = new AbortController();
    const call = postGrpcWeb(url, frame(new Uint8Array([2])), {}, "POST", abort.signal);
    await expect.poll(() => hangingCalls.length).toBe(arrived + 1);
    abort.abort();
    await expect(call).rejects.toThrow();
    await expect.poll(() => cancelledCalls.length).toBe(cancelled + 1);
  });

  it("takes an endpoint that refuses connections out of rotation", async () => {
    const live = upstreams[0];
    const pair = await startGateway({
      listen: "127.0.0.1:0",
      upstream: `127.0.0.1:1,${live!.address}`,
      quiet: true,
    });
    try {
      const statuses: (number | undefined)[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (await postGrpcWeb(`${pair.url}${PATH}`, frame(new Uint8Array([0])))).grpcStatus,
        );
      }
      // The first call may land on the dead endpoint; after that only the live one is used.
      expect(statuses.slice(1)).toEqual([0, 0, 0, 0, 0]);
    } finally {
      await pair.close();
    }
  });

  it.each([
    ["binary", "application/grpc-web+proto"],
    ["text", "application/grpc-web-text"],
  ])("streams a 3 MB %s body through to the upstream intact", async (mode, contentType) => {
    // 3 MB: past many HTTP/2 flow-control windows, under grpc-js's 4 MB message limit.
    const message = Buffer.alloc(3 * 1024 * 1024);
    for (let i = 1; i < message.byteLength; i++) {
      message[i] = (i * 7919) & 0xff;
    }
    const framed = Buffer.from(frame(message));
    const body = mode === "text" ? framed.toString("base64") : framed;
    const reply = await postGrpcWeb(url, body, { "content-type": contentType });
    expect(reply.grpcStatus).toBe(0);
    expect(parse(reply.messages[0]!).sha256).toBe(
      createHash("sha256").update(message).digest("hex"),
    );
  });
});
