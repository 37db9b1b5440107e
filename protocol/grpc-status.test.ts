import { describe, expect, it } from "vitest";
import { describeGrpcStatus, grpcStatusName } from "./grpc-status";

describe("grpcStatusName()", () => {
  it("names the canonical codes", () => {
    expect([0, 1, 4, 8, 12, 13, 14, 16].map(grpcStatusName)).toEqual([
      "OK",
      "CANCELLED",
      "DEADLINE_EXCEEDED",
      "RESOURCE_EXHAUSTED",
      "UNIMPLEMENTED",
      "INTERNAL",
      "UNAVAILABLE",
      "UNAUTHENTICATED",
    ]);
    expect(grpcStatusName(42)).toBe("STATUS_42");
  });
});

describe("describeGrpcStatus()", () => {
  it("puts name, code and message together", () => {
    expect(describeGrpcStatus(14, "no healthy upstream")).toBe(
      "UNAVAILABLE (14): no healthy upstream",
    );
    expect(describeGrpcStatus(5, "")).toBe("NOT_FOUND (5)");
  });
});
