import { connect, createServer, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { encodeFrame } from "./frames";
import { startGateway } from "./start";
import { replyOk, startRawUpstream } from "./testing/raw-upstream";
import type { RunningGateway } from "./start";
import type { RawUpstream } from "./testing/raw-upstream";
import type { AddressInfo } from "node:net";

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

/** Returns a counter of the writes the gateway makes on sockets that `mine` picks. */
function countWrites(mine: (socket: Socket) => boolean): () => number {
  let writes = 0;
  const count = function (this: Socket) {
    if (mine(this)) {
      writes += 1;
    }
  };
  // Stream internals call these for every write that reaches the socket, batched or not.
  for (const name of ["_write", "_writev"] as const) {
    const original = Socket.prototype[name] as (...args: unknown[]) => void;
    vi.spyOn(Socket.prototype, name).mockImplementation(function (
      this: Socket,
      ...args: unknown[]
    ) {
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

describe("a unary call", () => {
  it("reaches the browser in one write: headers, message and trailer frame together", async () => {
    // A first call opens the HTTP/2 session to Serving, which may take longer than a reply waits.
    await postRaw(gateway.port, encodeFrame(0, Buffer.from("request")));
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const writes = countWrites((socket) => socket.localPort === gateway.port);
      const reads = await postRaw(gateway.port, encodeFrame(0, Buffer.from("request")));
      vi.restoreAllMocks();
      const whole = Buffer.concat(reads).toString("latin1");
      expect(whole).toContain("reply message");
      expect(whole).toContain("grpc-status:0");
      counts.push(writes());
    }
    expect(counts).toEqual([1, 1, 1, 1, 1]);
  });

  it("ends its upstream stream on the DATA frame that carries the message", async () => {
    // Serving sees HEADERS then DATA with END_STREAM, not an empty DATA frame of its own after it
    // (a second write and a second read for both sides).
    const tap = await startFrameTap(upstream.address);
    const viaTap = await startGateway({
      listen: "127.0.0.1:0",
      upstream: tap.address,
      quiet: true,
    });
    try {
      for (let i = 0; i < 3; i++) {
        await postRaw(viaTap.port, encodeFrame(0, Buffer.from("request")));
      }
    } finally {
      await viaTap.close();
      await tap.close();
    }
    const data = tap.frames.filter((f) => f.type === DATA_FRAME);
    expect(data.map((f) => ({ length: f.length, endStream: f.endStream }))).toEqual(
      [1, 2, 3].map(() => ({ length: 5 + "request".length, endStream: true })),
    );
  });
});

const DATA_FRAME = 0;
const END_STREAM = 0x1;
const PREFACE_BYTES = 24;

/** One HTTP/2 frame header the gateway sent. */
interface FrameSeen {
  type: number;
  length: number;
  endStream: boolean;
}

/** Returns a TCP relay to `target` that records the HTTP/2 frame headers passing towards it. */
async function startFrameTap(
  target: string,
): Promise<{ address: string; frames: FrameSeen[]; close(): Promise<void> }> {
  const [host, port] = [target.slice(0, target.lastIndexOf(":")), Number(target.split(":").pop())];
  const frames: FrameSeen[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((inbound) => {
    const outbound = connect(port, host);
    sockets.add(inbound).add(outbound);
    let pending = Buffer.alloc(0);
    let skipped = 0;
    inbound.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (skipped < PREFACE_BYTES) {
        const skip = Math.min(PREFACE_BYTES - skipped, pending.length);
        pending = pending.subarray(skip);
        skipped += skip;
      }
      while (pending.length >= 9) {
        const length = pending.readUIntBE(0, 3);
        if (pending.length < 9 + length) {
          break;
        }
        frames.push({
          type: pending.readUInt8(3),
          length,
          endStream: (pending.readUInt8(4) & END_STREAM) !== 0,
        });
        pending = pending.subarray(9 + length);
      }
    });
    inbound.pipe(outbound).pipe(inbound);
    inbound.on("error", () => outbound.destroy());
    outbound.on("error", () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    frames,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
