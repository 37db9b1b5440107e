import { describe, expect, it } from "vitest";
import { encodeGrpcMessage, GrpcStatus, mapHttpToGrpcStatus } from "./grpc-status";

describe("mapHttpToGrpcStatus()", () => {
  it.each([
    [400, GrpcStatus.INTERNAL],
    [401, GrpcStatus.UNAUTHENTICATED],
    [403, GrpcStatus.PERMISSION_DENIED],
    [404, GrpcStatus.UNIMPLEMENTED],
    [429, GrpcStatus.UNAVAILABLE],
    [502, GrpcStatus.UNAVAILABLE],
    [503, GrpcStatus.UNAVAILABLE],
    [504, GrpcStatus.UNAVAILABLE],
    [500, GrpcStatus.UNKNOWN],
  ])("HTTP %s → %s", (http, grpc) => {
    expect(mapHttpToGrpcStatus(http)).toBe(grpc);
  });
});

describe("encodeGrpcMessage()", () => {
  it("percent-encodes non-ASCII bytes and % so decodeURIComponent restores the text", () => {
    const text = "size 100% > limit: «über»\n";
    const encoded = encodeGrpcMessage(text);
    expect(encoded).toMatch(/^[\x20-\x7e]*$/);
    expect(encoded).toContain("100%25");
    expect(decodeURIComponent(encoded)).toBe(text);
  });
});
