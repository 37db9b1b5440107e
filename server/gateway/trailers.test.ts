import { describe, expect, it } from "vitest";
import { FrameChecker } from "./frames";
import { encodeTrailerFrame, pickMetadata } from "./trailers";

describe("encodeTrailerFrame()", () => {
  it("writes lower-case name:value lines in a 0x80 frame", () => {
    const frame = encodeTrailerFrame({ "Grpc-Status": "0", "grpc-message": "" });
    expect(frame[0]).toBe(0x80);
    expect(frame.subarray(5).toString()).toBe("grpc-status:0\r\ngrpc-message:\r\n");
    // A request may never carry it.
    expect(() => new FrameChecker().push(frame)).toThrow(/invalid frame flags 0x80/);
  });
});

describe("pickMetadata()", () => {
  it("drops pseudo-headers, hop-by-hop fields and the listed names; joins repeated values", () => {
    expect(
      pickMetadata(
        {
          ":status": "200",
          connection: "keep-alive",
          "content-length": "12",
          "content-type": "application/grpc",
          "x-trace": ["a", "b"],
          "grpc-status": "0",
        },
        ["content-type"],
      ),
    ).toEqual({ "x-trace": "a, b", "grpc-status": "0" });
  });
});
