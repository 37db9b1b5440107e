import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { ServingClient } from "./client";
import type { Instance } from "./types";

interface Received {
  method?: string;
  url?: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let close: (() => Promise<void>) | undefined;

afterEach(async () => {
  await close?.();
  close = undefined;
});

/** An HTTP server on loopback that records each request and answers it with `answer`. */
async function serve(
  answer: (response: ServerResponse, received: Received) => void,
): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const entry = {
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      received.push(entry);
      answer(response, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}`, received };
}

function json(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(body);
}

const instance: Instance = {
  x1: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([1, 2]) },
};

function client(url: string, version = 0) {
  return new ServingClient({
    url,
    servable: "add",
    method: "add_common",
    version,
    transport: "rest",
    metadata: { authorization: "Bearer t" },
  });
}

describe("ServingClient over REST", () => {
  it("posts the instances as JSON to /model/<servable>[/version/<n>]:<method>", async () => {
    const server = await serve((response) =>
      json(response, 200, '{"instances":[{"y":[2.0,4.0]}]}'),
    );
    const exchange = await client(server.url, 3).inferDetailed([instance]);
    expect(server.received[0]).toMatchObject({
      method: "POST",
      url: "/model/add/version/3:add_common",
      body: '{"instances":[{"x1":[1.0,2.0]}]}',
    });
    expect(server.received[0]?.headers).toMatchObject({
      "content-type": "application/json",
      authorization: "Bearer t",
    });
    expect(exchange).toMatchObject({
      transport: "rest",
      requestBytes: server.received[0]?.body.length,
      replyBytes: 31,
      result: {
        ok: true,
        instances: [
          {
            outputs: {
              y: { kind: "tensor", dtype: "float32", shape: [2], data: new Float32Array([2, 4]) },
            },
          },
        ],
      },
      replyJson: { instances: [{ y: [2, 4] }] },
    });
    await client(server.url).infer(instance);
    expect(server.received[1]?.url).toBe("/model/add:add_common");
  });

  it("reports a status other than 200 with the HTTP status and Serving's error_msg or the body", async () => {
    const server = await serve((response, received) =>
      received.url?.includes("version")
        ? json(response, 503, '{"error_msg":"upstream connect error"}')
        : json(response, 404, "no route"),
    );
    expect(await client(server.url, 1).infer(instance)).toEqual({
      ok: false,
      cause: "upstream-unreachable",
      error: `HTTP 503 Service Unavailable from ${server.url}/model/add/version/1:add_common: upstream connect error`,
      httpStatus: 503,
    });
    expect(await client(server.url).infer(instance)).toMatchObject({
      ok: false,
      cause: "http-error",
      error: expect.stringMatching(/^HTTP 404 Not Found from .*: no route$/),
      httpStatus: 404,
    });
  });

  it("refuses a reply larger than the limit, declared or streamed, naming the limit", async () => {
    const big = `{"instances":[{"y":"${"a".repeat(5000)}"}]}`;
    const server = await serve((response, received) => {
      if (received.url?.includes("version")) {
        response.writeHead(200, { "content-type": "application/json" });
        response.write(big.slice(0, 3000));
        response.end(big.slice(3000));
      } else {
        response.writeHead(200, {
          "content-type": "application/json",
          "content-length": big.length,
        });
        response.end(big);
      }
    });
    expect(await client(server.url).infer(instance, { maxReplyBytes: 1000 })).toEqual({
      ok: false,
      cause: "too-large",
      error: `The REST reply of ${big.length} bytes is larger than the limit of 1000 bytes`,
      grpcStatus: 8,
      grpcStatusName: "RESOURCE_EXHAUSTED",
    });
    expect(await client(server.url, 1).infer(instance, { maxReplyBytes: 1000 })).toMatchObject({
      ok: false,
      cause: "too-large",
      error: "The REST reply is larger than the limit of 1000 bytes",
    });
  });

  it("ends a call without a reply at the deadline, and rejects when aborted", async () => {
    const server = await serve(() => undefined);
    expect(await client(server.url).infer(instance, { timeoutMs: 50 })).toEqual({
      ok: false,
      cause: "deadline",
      error: "no reply within 50 ms",
      grpcStatus: 4,
      grpcStatusName: "DEADLINE_EXCEEDED",
    });
    const controller = new AbortController();
    const call = client(server.url).infer(instance, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("reports a refused connection as UNAVAILABLE naming the URL", async () => {
    const server = await serve(() => undefined);
    await close?.();
    close = undefined;
    expect(await client(server.url).infer(instance)).toMatchObject({
      ok: false,
      cause: "unreachable",
      error: expect.stringContaining(`no response from ${server.url}/model/add:add_common`),
      grpcStatus: 14,
    });
  });
});
