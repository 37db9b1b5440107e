import { describe, expect, it } from "vitest";
import { encodeFrame, FrameError, FrameGate, TRAILER_FLAG } from "./frames";
import { GrpcStatus } from "./grpc-status";

describe("encodeFrame()", () => {
  it("writes the flag, the big-endian length and the payload", () => {
    expect([...encodeFrame(TRAILER_FLAG, new Uint8Array([7, 8, 9]))]).toEqual([
      0x80, 0, 0, 0, 3, 7, 8, 9,
    ]);
  });
});

/** Returns the gate after pushing `body` in pieces of `size` bytes and ending, and what it let through. */
function pass(body: Buffer, size = body.byteLength || 1, limitBytes = 1024) {
  const gate = new FrameGate({ limitBytes, what: "request body" });
  const out: Buffer[] = [];
  for (let at = 0; at < body.byteLength; at += size) {
    out.push(gate.push(body.subarray(at, at + size)));
  }
  gate.end();
  return { frames: gate.frames, passed: Buffer.concat(out) };
}

/** Returns the FrameError `run` throws. */
function refusal(run: () => unknown): FrameError {
  try {
    run();
  } catch (error) {
    if (error instanceof FrameError) {
      return error;
    }
    throw error;
  }
  throw new Error("no FrameError thrown");
}

describe("FrameGate", () => {
  const body = Buffer.concat([
    encodeFrame(0, Buffer.from("abcdef")),
    encodeFrame(0, Buffer.alloc(0)),
    encodeFrame(0, Buffer.from("xy")),
  ]);

  it.each([1, 2, 5, 7, 100])(
    "passes every byte and counts whole frames whatever the chunk size (%i)",
    (size) => {
      const { frames, passed } = pass(body, size);
      expect(frames).toBe(3);
      expect(passed.equals(body)).toBe(true);
    },
  );

  it("passes a chunk whose frame headers are whole as a view of that chunk, not a copy", () => {
    const gate = new FrameGate({ limitBytes: 1024, what: "request body" });
    // Ends 3 bytes into the third frame's header, which is held back for the next chunk.
    const chunk = body.subarray(0, 19);
    const passed = gate.push(chunk);
    expect(passed.buffer).toBe(chunk.buffer);
    expect(passed.byteOffset).toBe(chunk.byteOffset);
    expect(passed.equals(body.subarray(0, 16))).toBe(true);
    expect(gate.push(body.subarray(19)).equals(body.subarray(16))).toBe(true);
  });

  it("accepts an empty body (no message)", () => {
    expect(pass(Buffer.alloc(0)).frames).toBe(0);
  });

  it("holds back a frame header until it is whole and checked", () => {
    const gate = new FrameGate({ limitBytes: 1024, what: "request body" });
    expect(gate.push(body.subarray(0, 4)).byteLength).toBe(0);
    expect([...gate.push(body.subarray(4, 6))]).toEqual([...body.subarray(0, 6)]);
  });

  it("refuses a declared length past the limit before any byte of it passes", () => {
    const gate = new FrameGate({ limitBytes: 8 * 1024 * 1024, what: "request body" });
    const error = refusal(() => gate.push(Buffer.from([0, 0xff, 0xff, 0xff, 0xff, 1, 2, 3])));
    expect(error.grpcStatus).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(error.message).toBe(
      "frame at offset 0 declares 4294967295 bytes: request body of 4294967300 bytes exceeds the 8388608-byte limit",
    );
  });

  it("counts earlier frames towards the limit", () => {
    const error = refusal(() => pass(body, 3, 20));
    expect(error.grpcStatus).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(error.message).toMatch(/frame at offset 16 declares 2 bytes: .* of 23 bytes/);
  });

  it("refuses a compressed message as UNIMPLEMENTED, naming what is supported", () => {
    const error = refusal(() => pass(encodeFrame(1, Buffer.from("x"))));
    expect(error.grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
    expect(error.message).toMatch(/compressed message at offset 0: only identity/);
  });

  it("rejects a body that ends inside a frame header", () => {
    expect(() => pass(Buffer.from([0, 0, 0]))).toThrow(/truncated frame header: 3 byte/);
  });

  it("rejects a frame that declares more bytes than follow", () => {
    const cut = encodeFrame(0, Buffer.from("abcdef")).subarray(0, 8);
    expect(() => pass(cut, 3)).toThrow(/frame at offset 0 declares 6 bytes but only 3 follow/);
  });

  it("rejects a trailer flag or unknown flags as INTERNAL", () => {
    const trailer = refusal(() => pass(encodeFrame(TRAILER_FLAG, Buffer.alloc(1))));
    expect([trailer.grpcStatus, trailer.message]).toEqual([
      GrpcStatus.INTERNAL,
      "invalid frame flags 0x80 at offset 0",
    ]);
    const second = Buffer.concat([
      encodeFrame(0, Buffer.alloc(2)),
      encodeFrame(0x02, Buffer.alloc(1)),
    ]);
    expect(() => pass(second, 1)).toThrow(/invalid frame flags 0x2 at offset 7/);
  });
});
