import { request } from "node:http";
import { constants } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame, TRAILER_FLAG } from "./frames";
import { startGateway } from "./start";
import { writeEditedConfig } from "./testing/edited-config";
import { exchange, grpcStatusOf } from "./testing/raw-http";
import { startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";
import type { ServerHttp2Stream } from "node:http2";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const LIMIT = 64 * 1024;
const message = Buffer.alloc(3000, 7);
const TEXT = "application/grpc-web-text";
const BINARY = "application/grpc-web";

/** Pending replies: each waits for the test to say the browser has seen its first bytes. */
const releases: (() => void)[] = [];
/** rstCode of each upstream stream once it closed. */
const closedWith: number[] = [];

/**
 * Replies to a request whose first message byte is 1 with a 100 KiB message (over the limit);
 * otherwise with `message`, in two parts: the second only once the test releases it.
 */
function answer(stream: ServerHttp2Stream): void {
  stream.once("close", () => closedWith.push(stream.rstCode));
  let first: number | undefined;
  stream.on("data", (chunk: Buffer) => (first ??= chunk[5]));
  stream.once("end", () => {
    stream.respond(
      { ":status": 200, "content-type": "application/grpc" },
      { waitForTrailers: true },
    );
    stream.once("wantTrailers", () =>
      stream.sendTrailers({ "grpc-status": "0", "x-trailer": "t" }),
    );
    if (first === 1) {
      stream.write(encodeFrame(0, Buffer.alloc(100 * 1024)));
      return; // never ends by itself: the gateway must cancel it
    }
    const framed = encodeFrame(0, message);
    stream.write(framed.subarray(0, 1000));
    releases.push(() => stream.end(framed.subarray(1000)));
  });
}

/**
 * Posts one message and returns the reply body; releases the upstream's second part only once
 * the first bytes of the reply have arrived, which a gateway that collects replies never sends.
 */
function callStreaming(url: string, contentType: string, first = 0): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: PATH,
        method: "POST",
        agent: false,
        headers: { "content-type": contentType },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          releases.shift()?.();
        });
        response.once("end", () => resolve(Buffer.concat(chunks)));
        response.once("error", reject);
      },
    );
    req.once("error", reject);
    const body = encodeFrame(0, Buffer.from([first, 2, 3]));
    req.end(contentType === TEXT ? body.toString("base64") : body);
  });
}

describe("replies stream from Serving to the browser", () => {
  let upstream: RawUpstream;
  let gateway: RunningGateway;
  beforeAll(async () => {
    upstream = await startRawUpstream(answer);
    gateway = await startGateway({
      config: writeEditedConfig([
        ["per_request_buffer_limit_bytes: 67108864", `per_request_buffer_limit_bytes: ${LIMIT}`],
      ]),
      listen: "127.0.0.1:0",
      upstream: upstream.address,
      quiet: true,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const trailerFrame = encodeFrame(TRAILER_FLAG, Buffer.from("grpc-status:0\r\nx-trailer:t\r\n"));

  it("binary: the first part reaches the browser before Serving sends the rest", async () => {
    const body = await callStreaming(gateway.url, BINARY);
    expect(body.equals(Buffer.concat([encodeFrame(0, message), trailerFrame]))).toBe(true);
  });

  it("text: base64 is written per chunk, unpadded until the message ends, then the trailer block", async () => {
    const text = (await callStreaming(gateway.url, TEXT)).toString("latin1");
    const blocks = text.match(/[^=]+=*/g) ?? [];
    expect(blocks).toHaveLength(2);
    const decoded = blocks.map((block) => Buffer.from(block, "base64"));
    expect(decoded[0]?.equals(encodeFrame(0, message))).toBe(true);
    expect(decoded[1]?.equals(trailerFrame)).toBe(true);
  });

  it.each([BINARY, TEXT])(
    "%s: a reply message past the limit ends the call with RESOURCE_EXHAUSTED and cancels Serving's stream",
    async (contentType) => {
      const closed = closedWith.length;
      const raw = await callStreaming(gateway.url, contentType, 1);
      const body = contentType === TEXT ? Buffer.from(raw.toString("latin1"), "base64") : raw;
      expect(body[0]).toBe(TRAILER_FLAG);
      const status = grpcStatusOf({ status: 200, headers: {}, body });
      expect(status).toEqual({
        status: 8,
        message: `upstream frame at offset 0 declares ${100 * 1024} bytes: reply of ${100 * 1024 + 5} bytes exceeds the ${LIMIT}-byte limit`,
      });
      await expect.poll(() => closedWith.length).toBe(closed + 1);
      expect(closedWith.at(-1)).toBe(constants.NGHTTP2_CANCEL);
    },
  );

  it("still answers a whole call through exchange() after those", async () => {
    const answered = exchange(gateway.url, {
      path: PATH,
      headers: { "content-type": BINARY },
      body: encodeFrame(0, Buffer.from([0])),
    });
    await expect.poll(() => releases.length).toBe(1);
    releases.shift()?.();
    expect(grpcStatusOf(await answered).status).toBe(0);
  });
});
