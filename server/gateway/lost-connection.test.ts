import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "./frames";
import { GrpcStatus } from "./grpc-status";
import { startGateway } from "./start";
import { exchange, grpcStatusOf } from "./testing/raw-http";
import { startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";

const PATH = "/mindspore.serving.proto.MSService/Predict";
const message = encodeFrame(0, Buffer.from("part of a reply"));

let upstream: RawUpstream;
let gateway: RunningGateway;

beforeAll(async () => {
  // Serving goes away after its reply's message and before its trailers, as a killed process does.
  upstream = await startRawUpstream((stream) => {
    stream.resume();
    stream.once("end", () => {
      stream.respond({ ":status": 200, "content-type": "application/grpc" });
      stream.write(message, () => stream.session?.destroy());
    });
  });
  gateway = await startGateway({ listen: "127.0.0.1:0", upstream: upstream.address, quiet: true });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

describe("a connection to Serving lost mid-reply", () => {
  it("ends the call UNAVAILABLE after the message that came, not INTERNAL", async () => {
    const answer = await exchange(gateway.url, {
      path: PATH,
      headers: { "content-type": "application/grpc-web+proto" },
      body: encodeFrame(0, Buffer.from("request")),
    });
    expect(answer.body.subarray(0, message.byteLength).equals(message)).toBe(true);
    const { status, message: text } = grpcStatusOf(answer);
    expect(status).toBe(GrpcStatus.UNAVAILABLE);
    expect(text).toMatch(/^upstream 127\.0\.0\.1:\d+ closed the connection mid-reply/);
  });
});
