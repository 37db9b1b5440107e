import { request } from "node:http";
import { constants } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFrame } from "./frames";
import { startGateway } from "./start";
import { startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";

const PATH = "/mindspore.serving.proto.MSService/Predict";

let upstream: RawUpstream;
let gateway: RunningGateway;
/** RST_STREAM codes of the streams Serving saw closed, and who waits for the next one. */
const closedCodes: number[] = [];
let onClosed: (() => void) | undefined;

beforeAll(async () => {
  // A Serving too busy to read request bodies: the stream's window fills and stays full.
  upstream = await startRawUpstream((stream) => {
    stream.once("close", () => {
      closedCodes.push(stream.rstCode);
      onClosed?.();
    });
  });
  gateway = await startGateway({ listen: "127.0.0.1:0", upstream: upstream.address, quiet: true });
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

/** Posts the first half of a `bytes`-byte framed body, declaring all of it, then closes the connection. */
function uploadHalfAndLeave(bytes: number): Promise<void> {
  const framed = encodeFrame(0, Buffer.alloc(bytes - 5, 7));
  const { hostname, port } = new URL(gateway.url);
  return new Promise((resolve) => {
    const req = request({
      host: hostname,
      port,
      path: PATH,
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/grpc-web+proto",
        "content-length": String(framed.byteLength),
      },
    });
    req.on("error", () => undefined);
    req.write(framed.subarray(0, bytes / 2), () => {
      req.destroy();
      resolve();
    });
  });
}

describe("a client that leaves mid-upload while Serving's window is full", () => {
  it("has its call cancelled on Serving, not left open pushing the rest of its body", async () => {
    // 600 KB is sent: far more than the 64 KiB stream window Serving grants, so the gateway's
    // stream is full while the rest of the upload waits in the gateway's socket.
    const serviceClosed = new Promise<void>((resolve) => (onClosed = resolve));
    await uploadHalfAndLeave(1_200_000);
    await serviceClosed;
    expect(closedCodes).toEqual([constants.NGHTTP2_CANCEL]);
    expect(gateway.callsInFlight).toBe(0);
  });
});
