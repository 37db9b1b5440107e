import { describe, expect, it } from "vitest";
import { FrameGate } from "./frames";
import { encodeTrailerFrame } from "./trailers";

describe("encodeTrailerFrame()", () => {
  it("writes lower-case name:value lines in a 0x80 frame", () => {
    const frame = encodeTrailerFrame({ "Grpc-Status": "0", "grpc-message": "" });
    expect(frame[0]).toBe(0x80);
    expect(frame.subarray(5).toString()).toBe("grpc-status:0\r\ngrpc-message:\r\n");
    // A request may never carry it.
    expect(() => new FrameGate({ limitBytes: 1024, what: "request body" }).push(frame)).toThrow(
      /invalid frame flags 0x80/,
    );
  });
});
