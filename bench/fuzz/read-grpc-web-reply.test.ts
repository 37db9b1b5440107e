import { describe, expect, it } from "vitest";
import { encodeFrame } from "../../server/gateway/frames";
import { readGrpcWebReply } from "./read-grpc-web-reply";

describe("readGrpcWebReply()", () => {
  const trailers = encodeFrame(0x80, Buffer.from("grpc-status:3\r\ngrpc-message:bad%20input\r\n"));

  it("reads messages and the trailer frame's status, in binary and text mode", () => {
    const body = Buffer.concat([encodeFrame(0, Buffer.from("abc")), trailers]);
    for (const [bytes, type] of [
      [body, "application/grpc-web+proto"],
      [Buffer.from(body.toString("base64")), "application/grpc-web-text+proto"],
    ] as const) {
      const reply = readGrpcWebReply(bytes, type, undefined);
      expect(reply.messages.map(String)).toEqual(["abc"]);
      expect([reply.grpcStatus, reply.grpcMessage, reply.problem]).toEqual([
        3,
        "bad input",
        undefined,
      ]);
    }
  });

  it("takes the status from the headers of a trailers-only reply", () => {
    const reply = readGrpcWebReply(Buffer.alloc(0), "application/grpc-web+proto", "14", "down");
    expect([reply.grpcStatus, reply.grpcMessage]).toEqual([14, "down"]);
  });

  it("names a frame that declares more bytes than follow, without reading past the end", () => {
    const lying = Buffer.from([0, 0xff, 0xff, 0xff, 0xff, 1, 2]);
    const reply = readGrpcWebReply(lying, "application/grpc-web+proto", undefined);
    expect(reply.problem).toBe("reply frame at 0 declares 4294967295 bytes, fewer follow");
    expect(reply.messages).toEqual([]);
  });
});
