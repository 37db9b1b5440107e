import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServing } from "../serving/start";
import { DEFAULT_CONFIG, startGateway } from "./start";
import { frame, postGrpcWeb } from "./testing/grpc-web-fetch";
import {
  encodeAddRequest,
  loadMsServiceSchema,
  readAddOutput,
} from "./testing/ms-service-registry";
import type { RunningServing } from "../serving/start";
import type { RunningGateway } from "./start";

const LIMIT = 64 * 1024;
const schema = loadMsServiceSchema("1.3");
const message = encodeAddRequest(schema, [1, 2, 3, 4], [10, 20, 30, 40]);
const good = frame(message);

/** envoy.yaml with a small request limit, so "oversize" needs no huge upload. */
function writeSmallLimitConfig(): string {
  const text = readFileSync(DEFAULT_CONFIG, "utf8").replace(
    "per_request_buffer_limit_bytes: 67108864",
    `per_request_buffer_limit_bytes: ${LIMIT}`,
  );
  expect(text).toContain(`per_request_buffer_limit_bytes: ${LIMIT}`);
  const path = join(mkdtempSync(join(tmpdir(), "gateway-config-")), "envoy.yaml");
  writeFileSync(path, text);
  return path;
}

describe("gateway answers bad requests with the stated status, then still serves", () => {
  let serving: RunningServing;
  let gateway: RunningGateway;
  let predict: string;
  beforeAll(async () => {
    serving = await startServing({ port: 0, quiet: true });
    gateway = await startGateway({
      config: writeSmallLimitConfig(),
      listen: "127.0.0.1:0",
      upstream: serving.address,
      quiet: true,
    });
    predict = `${gateway.url}/mindspore.serving.proto.MSService/Predict`;
  });
  afterAll(async () => {
    await gateway?.close();
    await serving?.close();
  });

  async function expectGoodRequestSucceeds() {
    const reply = await postGrpcWeb(predict, good);
    expect(reply.grpcStatus).toBe(0);
    expect(readAddOutput(schema, reply.messages[0]!)).toEqual([11, 22, 33, 44]);
  }

  const cases: [string, () => Promise<void>][] = [
    [
      "malformed frame length (declares fewer bytes than sent) → INTERNAL",
      async () => {
        const body = frame(message);
        new DataView(body.buffer).setUint32(1, message.byteLength - 2);
        const reply = await postGrpcWeb(predict, body);
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 13]);
        expect(reply.grpcMessage).toMatch(/malformed gRPC-Web request/);
      },
    ],
    [
      "truncated body → INTERNAL",
      async () => {
        const reply = await postGrpcWeb(predict, good.subarray(0, good.byteLength - 7));
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 13]);
        expect(reply.grpcMessage).toMatch(/declares \d+ bytes but only \d+ follow/);
      },
    ],
    [
      "wrong content-type → HTTP 415",
      async () => {
        const reply = await postGrpcWeb(predict, good, { "content-type": "application/json" });
        expect(reply.httpStatus).toBe(415);
        expect(reply.grpcMessage).toMatch(/unsupported content-type "application\/json"/);
      },
    ],
    [
      "invalid base64 in text mode → INTERNAL",
      async () => {
        const reply = await postGrpcWeb(predict, "AAAA*AAA", {
          "content-type": "application/grpc-web-text",
        });
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 13]);
        expect(reply.grpcMessage).toMatch(/base64/);
      },
    ],
    [
      "oversize body → RESOURCE_EXHAUSTED",
      async () => {
        const reply = await postGrpcWeb(predict, frame(new Uint8Array(LIMIT + 1)));
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 8]);
        expect(reply.grpcMessage).toMatch(
          /request body of 65542 bytes exceeds the 65536-byte limit/,
        );
      },
    ],
    [
      "a body 64 times the limit → RESOURCE_EXHAUSTED once it is sent",
      async () => {
        const reply = await postGrpcWeb(predict, frame(new Uint8Array(LIMIT * 64)));
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 8]);
      },
    ],
    [
      "oversize body in text mode → RESOURCE_EXHAUSTED",
      async () => {
        const text = Buffer.from(frame(new Uint8Array(LIMIT + 1))).toString("base64");
        const reply = await postGrpcWeb(predict, text, {
          "content-type": "application/grpc-web-text",
        });
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 8]);
      },
    ],
    [
      "unknown path → HTTP 404",
      async () => {
        const reply = await postGrpcWeb(`${gateway.url}/other.Service/Call`, good);
        expect([reply.httpStatus, reply.grpcStatus]).toEqual([404, 12]);
      },
    ],
    [
      "GET → HTTP 405",
      async () => {
        const reply = await postGrpcWeb(predict, good, {}, "GET");
        expect(reply.httpStatus).toBe(405);
        expect(reply.headers.get("allow")).toBe("POST, OPTIONS");
      },
    ],
    [
      "preflight from a disallowed origin → 403 without CORS headers",
      async () => {
        const response = await fetch(predict, {
          method: "OPTIONS",
          headers: { origin: "http://evil.example", "access-control-request-method": "POST" },
        });
        expect(response.status).toBe(403);
        expect(response.headers.get("access-control-allow-origin")).toBeNull();
      },
    ],
  ];

  it.each(cases)("%s", async (_name, run) => {
    await run();
    await expectGoodRequestSucceeds();
  });

  it("upstream stopped → UNAVAILABLE naming the upstream; works again once it is back", async () => {
    const port = serving.port;
    await serving.close();
    const reply = await postGrpcWeb(predict, good);
    expect([reply.httpStatus, reply.grpcStatus]).toEqual([200, 14]);
    expect(reply.grpcMessage).toContain(`upstream 127.0.0.1:${port}`);
    serving = await startServing({ port, quiet: true });
    await expectGoodRequestSucceeds();
  });
});
