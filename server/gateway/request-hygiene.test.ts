import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "./frames";
import { startGateway } from "./start";
import { writeEditedConfig } from "./testing/edited-config";
import { exchange, grpcStatusOf } from "./testing/raw-http";
import { replyOk, startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const good = encodeFrame(0, Buffer.from([1, 2, 3]));
const grpcWeb = { "content-type": "application/grpc-web" };

describe("what the gateway lets through, and what never reaches Serving", () => {
  let upstream: RawUpstream;
  let gateway: RunningGateway;
  beforeAll(async () => {
    upstream = await startRawUpstream((stream) =>
      replyOk(stream, Buffer.from("ok"), {
        "set-cookie": "upstream=1",
        "x-internal": "build-42",
        "x-request-id": "r-1",
      }),
    );
    gateway = await startGateway({
      config: writeEditedConfig([
        [
          "expose_headers: grpc-status,grpc-message,grpc-status-details-bin",
          "expose_headers: grpc-status,grpc-message,grpc-status-details-bin,x-request-id",
        ],
      ]),
      listen: "127.0.0.1:0",
      upstream: upstream.address,
      allowHosts: ["console.lan"],
      quiet: true,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  /** Sends `request` and returns its answer and whether it reached Serving. */
  async function send(request: Parameters<typeof exchange>[1]) {
    const before = upstream.calls.length;
    const answer = await exchange(gateway.url, request);
    return { answer, forwarded: upstream.calls.length > before };
  }

  it("drops hop-by-hop headers, those named in Connection, and cookies; keeps call metadata", async () => {
    const { answer, forwarded } = await send({
      path: PATH,
      headers: {
        ...grpcWeb,
        connection: "keep-alive, x-hop",
        "x-hop": "1",
        "keep-alive": "timeout=5",
        "proxy-connection": "keep-alive",
        te: "gzip",
        cookie: "session=secret",
        authorization: "Bearer t0ken",
        "x-call": "kept",
      },
      body: good,
    });
    expect([grpcStatusOf(answer).status, forwarded]).toEqual([0, true]);
    const seen = upstream.calls.at(-1) ?? {};
    expect(seen).toMatchObject({ te: "trailers", authorization: "Bearer t0ken", "x-call": "kept" });
    for (const name of ["x-hop", "keep-alive", "proxy-connection", "cookie", "connection"]) {
      expect(seen[name], name).toBeUndefined();
    }
  });

  it("passes to the browser only gRPC status fields and exposed metadata, never cookies", async () => {
    const { answer } = await send({ path: PATH, headers: grpcWeb, body: good });
    expect(answer.headers["x-request-id"]).toBe("r-1");
    expect(answer.headers["x-internal"]).toBeUndefined();
    expect(answer.headers["set-cookie"]).toBeUndefined();
  });

  it.each([
    "/mindspore.serving.proto.MSService/Other",
    "/mindspore.serving.proto.MSService/Predict/",
    "/mindspore.serving.proto.MSService//Predict",
    "//mindspore.serving.proto.MSService/Predict",
    "/x/../mindspore.serving.proto.MSService/Predict",
    "/mindspore.serving.proto.MSService/%2e%2e/mindspore.serving.proto.MSService/Predict",
    "/mindspore.serving.proto.MSService/%50redict",
    "/mindspore.serving.proto.msservice/predict",
  ])("answers %s with 404 without touching Serving", async (path) => {
    const { answer, forwarded } = await send({ path, headers: grpcWeb, body: good });
    expect([answer.status, grpcStatusOf(answer).status, forwarded]).toEqual([404, 12, false]);
  });

  it("matches the path without its query string and forwards the path alone", async () => {
    const { answer, forwarded } = await send({ path: `${PATH}?x=1`, headers: grpcWeb, body: good });
    expect([grpcStatusOf(answer).status, forwarded]).toEqual([0, true]);
    expect(upstream.calls.at(-1)?.[":path"]).toBe(PATH);
  });

  it.each([
    ["grpc-encoding: gzip", { ...grpcWeb, "grpc-encoding": "gzip" }, good],
    ["a compressed frame", grpcWeb, encodeFrame(1, Buffer.from([1, 2, 3]))],
  ])("refuses %s with UNIMPLEMENTED naming identity, before Serving", async (_, headers, body) => {
    const { answer, forwarded } = await send({ path: PATH, headers, body });
    expect([answer.status, grpcStatusOf(answer).status, forwarded]).toEqual([200, 12, false]);
    expect(grpcStatusOf(answer).message).toMatch(/only identity \(uncompressed\)/);
  });

  it.each(["localhost:8080", "127.0.0.1", "[::1]:1", "console.lan:8080", "CONSOLE.LAN"])(
    "answers Host %s",
    async (host) => {
      const { answer } = await send({ path: PATH, headers: { ...grpcWeb, host }, body: good });
      expect(grpcStatusOf(answer).status).toBe(0);
    },
  );

  it.each(["evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.2"])(
    "answers Host %s with 421 without touching Serving",
    async (host) => {
      const { answer, forwarded } = await send({
        path: PATH,
        headers: { ...grpcWeb, host },
        body: good,
      });
      expect([answer.status, forwarded]).toEqual([421, false]);
      expect(answer.body.toString()).toContain(`host "${host}" is not served by this gateway`);
    },
  );
});
