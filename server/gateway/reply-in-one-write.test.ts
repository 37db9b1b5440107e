import { connect, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encodeFrame } from "./frames";
import { startGateway } from "./start";
import { replyOk, startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";

const PATH = "/mindspore.serving.proto.MSService/Predict";

let upstream: RawUpstream;
let gateway: RunningGateway;

beforeAll(async () => {
  upstream = await startRawUpstream((stream) => replyOk(stream, Buffer.from("reply message")));
  gateway = await startGateway({ listen: "127.0.0.1:0", upstream: upstream.address, quiet: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await gateway.close();
  await upstream.close();
});

/** Returns a counter of the writes the gateway's side of its browser connections makes. */
function countGatewayWrites(port: number): () => number {
  let writes = 0;
  const count = function (this: Socket) {
    if (this.localPort === port) {
      writes += 1;
    }
  };
  // Stream internals call these for every write that reaches the socket, batched or not.
  for (const name of ["_write", "_writev"] as const) {
    const original = Socket.prototype[name] as (...args: unknown[]) => void;
    vi.spyOn(Socket.prototype, name).mockImplementation(function (this: Socket, ...args: unknown[]) {
      count.call(this);
      original.apply(this, args);
    });
  }
  return () => writes;
}

/** Posts one framed message over a raw socket; resolves the reply as the reads that carried it. */
function postRaw(port: number, body: Buffer): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const reads: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => {
      reads.push(chunk);
      // The chunked response ends with its last-chunk marker.
      if (Buffer.concat(reads).includes("\r\n0\r\n\r\n")) {
        socket.end();
        resolve(reads);
      }
    });
    socket.on("error", reject);
    socket.write(
      `POST ${PATH} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/grpc-web+proto\r\n` +
        `x-grpc-web: 1\r\ncontent-length: ${body.byteLength}\r\n\r\n`,
    );
    socket.write(body);
  });
}

describe("a unary reply", () => {
  it("leaves the gateway in one write: headers, message and trailer frame together", async () => {
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const writes = countGatewayWrites(gateway.port);
      const reads = await postRaw(gateway.port, encodeFrame(0, Buffer.from("request")));
      vi.restoreAllMocks();
      const whole = Buffer.concat(reads).toString("latin1");
      expect(whole).toContain("reply message");
      expect(whole).toContain("grpc-status:0");
      counts.push(writes());
    }
    expect(counts).toEqual([1, 1, 1, 1, 1]);
  });
});
