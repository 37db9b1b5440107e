import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "./frames";
import { startGateway } from "./start";
import { exchange } from "./testing/raw-http";
import { replyOk, startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const REPLY = Buffer.alloc(3000, 1);

let upstream: RawUpstream;
let gateway: RunningGateway;

beforeAll(async () => {
  upstream = await startRawUpstream((stream) => replyOk(stream, REPLY));
  gateway = await startGateway({ listen: "127.0.0.1:0", upstream: upstream.address, quiet: true });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

describe("bytesRelayed", () => {
  it("counts the body bytes of each call both ways, framing included", async () => {
    const request = encodeFrame(0, Buffer.alloc(10_000, 2));
    const before = gateway.bytesRelayed;
    for (let i = 0; i < 3; i++) {
      const answer = await exchange(gateway.url, {
        path: PATH,
        headers: { "content-type": "application/grpc-web+proto" },
        body: request,
      });
      expect(answer.status).toBe(200);
    }
    // Serving's reply body is the message frame; the trailer frame is the gateway's own.
    expect(gateway.bytesRelayed - before).toBe(3 * (request.byteLength + 5 + REPLY.byteLength));
  });
});
