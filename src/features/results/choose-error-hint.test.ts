import { describe, expect, it } from "vitest";
import { chooseErrorHint } from "./choose-error-hint";

describe("chooseErrorHint()", () => {
  it("points at the servable and method names when Serving says they are not available", () => {
    const hint = chooseErrorHint({
      error: "Request Servable(add) method(add_common2), method is not available",
    });
    expect(hint?.cause).toBe("not-available");
    expect(hint?.hint).toMatch(/servable, method or version/);
  });

  it("says the gateway is unreachable on UNAVAILABLE and on a fetch that never got headers", () => {
    const unavailable = chooseErrorHint({
      error: "UNAVAILABLE (14): connection refused",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
    const noHeaders = chooseErrorHint({
      error: "UNKNOWN (2): Response closed without headers",
      grpcStatus: 2,
      grpcStatusName: "UNKNOWN",
    });
    expect(unavailable?.cause).toBe("gateway-unreachable");
    expect(noHeaders?.cause).toBe("gateway-unreachable");
    expect(unavailable?.hint).toMatch(/gateway \(Envoy.*running.*Gateway URL/);
  });

  it("reads the client's own no-response and not-gRPC-Web texts", () => {
    const noResponse = chooseErrorHint({
      error:
        "UNAVAILABLE (14): no response from http://localhost:8080 (gateway down or unreachable, or the origin not allowed by CORS)",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
    const notGrpcWeb = chooseErrorHint({
      error:
        "UNKNOWN (2): http://localhost:4173 answered without a gRPC status (content-type text/html); is it the gRPC-Web endpoint?",
      grpcStatus: 2,
      grpcStatusName: "UNKNOWN",
    });
    expect(noResponse?.cause).toBe("gateway-unreachable");
    expect(notGrpcWeb?.cause).toBe("cors");
  });

  it("blames Serving, not the gateway, when the gateway cannot reach its upstream", () => {
    const devGateway = chooseErrorHint({
      error:
        "UNAVAILABLE (14): upstream 127.0.0.1:5500 unavailable: connect ECONNREFUSED 127.0.0.1:5500",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
    expect(devGateway?.cause).toBe("serving-unreachable");
  });

  it("blames Serving, not the gateway, when Envoy cannot reach its upstream", () => {
    const hint = chooseErrorHint({
      error: "UNAVAILABLE (14): upstream connect error or disconnect/reset before headers",
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
    expect(hint?.cause).toBe("serving-unreachable");
  });

  it("names the CORS expose-headers setting when a response came without a readable grpc-status", () => {
    const hint = chooseErrorHint({
      error: "UNKNOWN (2): Response closed without grpc-status (Headers only)",
      grpcStatus: 2,
      grpcStatusName: "UNKNOWN",
    });
    expect(hint?.cause).toBe("cors");
    expect(hint?.hint).toMatch(/expose the grpc-status and grpc-message headers/);
  });

  it("says the message is too large on RESOURCE_EXHAUSTED", () => {
    const hint = chooseErrorHint({
      error: "RESOURCE_EXHAUSTED (8): Received message larger than max (5242880 vs. 4194304)",
      grpcStatus: 8,
      grpcStatusName: "RESOURCE_EXHAUSTED",
    });
    expect(hint?.cause).toBe("too-large");
  });

  it("recognizes a full Serving queue and an expired deadline", () => {
    expect(
      chooseErrorHint({ error: "Serving Error: enqueued requests count exceeds the limit 4" })
        ?.cause,
    ).toBe("busy");
    expect(
      chooseErrorHint({
        error: "DEADLINE_EXCEEDED (4): Deadline exceeded",
        grpcStatus: 4,
        grpcStatusName: "DEADLINE_EXCEEDED",
      })?.cause,
    ).toBe("timeout");
  });

  it("gives no hint for errors it has no advice on", () => {
    expect(chooseErrorHint({ error: "Cannot find input x1 in instance input" })).toBeUndefined();
  });

  it("names the likely wire when Serving read no instances from a request that had some", () => {
    const error = "Instances count of request cannot be 0, servable: add, method: add_common";
    expect(chooseErrorHint({ error, likelyWire: "1.2" })).toEqual({
      cause: "wire-mismatch",
      hint: expect.stringContaining("it likely speaks the Serving 1.1–1.2 wire"),
    });
    expect(
      chooseErrorHint({ error: "Instances count of request cannot be 0", likelyWire: "1.3" })?.hint,
    ).toMatch(/Pick Serving ≥ 1\.3 or Auto/);
    expect(chooseErrorHint({ error })).toBeUndefined();
  });
});
