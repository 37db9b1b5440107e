import { describe, expect, it } from "vitest";
import { encodeFrame, FrameChecker, FrameError, TRAILER_FLAG } from "./frames";

describe("encodeFrame()", () => {
  it("writes the flag, the big-endian length and the payload", () => {
    expect([...encodeFrame(TRAILER_FLAG, new Uint8Array([7, 8, 9]))]).toEqual([
      0x80, 0, 0, 0, 3, 7, 8, 9,
    ]);
  });
});

/** Returns the frame count after pushing `body` in pieces of `size` bytes and ending. */
function check(body: Buffer, size = body.byteLength || 1): number {
  const checker = new FrameChecker();
  for (let at = 0; at < body.byteLength; at += size) {
    checker.push(body.subarray(at, at + size));
  }
  checker.end();
  return checker.frames;
}

describe("FrameChecker", () => {
  const body = Buffer.concat([
    encodeFrame(0, Buffer.from("abcdef")),
    encodeFrame(1, Buffer.alloc(0)),
    encodeFrame(0, Buffer.from("xy")),
  ]);

  it.each([1, 2, 5, 7, 100])("counts whole frames whatever the chunk size (%i)", (size) => {
    expect(check(body, size)).toBe(3);
  });

  it("accepts an empty body (no message)", () => {
    expect(check(Buffer.alloc(0))).toBe(0);
  });

  it("rejects a body that ends inside a frame header", () => {
    expect(() => check(Buffer.from([0, 0, 0]))).toThrow(FrameError);
    expect(() => check(Buffer.from([0, 0, 0]))).toThrow(/truncated frame header: 3 byte/);
  });

  it("rejects a frame that declares more bytes than follow", () => {
    const cut = encodeFrame(0, Buffer.from("abcdef")).subarray(0, 8);
    expect(() => check(cut, 3)).toThrow(/frame at offset 0 declares 6 bytes but only 3 follow/);
  });

  it("rejects a trailer flag or unknown flags in a request", () => {
    expect(() => check(encodeFrame(TRAILER_FLAG, Buffer.alloc(1)))).toThrow(
      /invalid frame flags 0x80 at offset 0/,
    );
    const second = Buffer.concat([
      encodeFrame(0, Buffer.alloc(2)),
      encodeFrame(0x02, Buffer.alloc(1)),
    ]);
    expect(() => check(second, 1)).toThrow(/invalid frame flags 0x2 at offset 7/);
  });
});
