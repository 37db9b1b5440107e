import { describe, expect, it } from "vitest";
import { encodeFrame, FrameError, splitFrames, TRAILER_FLAG } from "./frames";

describe("encodeFrame()", () => {
  it("writes the flag, the big-endian length and the payload", () => {
    expect([...encodeFrame(TRAILER_FLAG, new Uint8Array([7, 8, 9]))]).toEqual([
      0x80, 0, 0, 0, 3, 7, 8, 9,
    ]);
  });
});

describe("splitFrames()", () => {
  it("returns each frame of a body", () => {
    const body = Buffer.concat([
      encodeFrame(0, Buffer.from("ab")),
      encodeFrame(1, Buffer.alloc(0)),
    ]);
    expect(splitFrames(body).map((f) => [f.flags, f.payload.toString()])).toEqual([
      [0, "ab"],
      [1, ""],
    ]);
  });

  it("accepts an empty body (no message)", () => {
    expect(splitFrames(Buffer.alloc(0))).toEqual([]);
  });

  it("rejects a body that ends inside a frame header", () => {
    expect(() => splitFrames(Buffer.from([0, 0, 0]))).toThrow(FrameError);
  });

  it("rejects a frame that declares more bytes than follow", () => {
    const body = encodeFrame(0, Buffer.from("abcdef")).subarray(0, 8);
    expect(() => splitFrames(body)).toThrow(/declares 6 bytes but only 3 follow/);
  });

  it("rejects a trailer flag or unknown flags in a request", () => {
    expect(() => splitFrames(encodeFrame(TRAILER_FLAG, Buffer.alloc(1)))).toThrow(
      /invalid frame flags 0x80/,
    );
    expect(() => splitFrames(encodeFrame(0x02, Buffer.alloc(1)))).toThrow(FrameError);
  });
});
