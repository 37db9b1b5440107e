import { describe, expect, it } from "vitest";
import { classifyGrpcStatus, classifyHttpStatus, classifyServingError } from "./classify-failure";

describe("classifyGrpcStatus()", () => {
  it("names deadlines, cancellations and size limits by their status", () => {
    expect(classifyGrpcStatus(4, "Deadline exceeded")).toBe("deadline");
    expect(classifyGrpcStatus(1, "Cancelled on client")).toBe("cancelled");
    expect(classifyGrpcStatus(8, "Received message larger than max (5242880 vs. 4194304)")).toBe(
      "too-large",
    );
  });

  it("blames Serving, not the gateway, when the gateway cannot reach its upstream", () => {
    expect(
      classifyGrpcStatus(
        14,
        "upstream 127.0.0.1:5500 unavailable: connect ECONNREFUSED 127.0.0.1:5500",
      ),
    ).toBe("upstream-unreachable");
    expect(
      classifyGrpcStatus(14, "upstream connect error or disconnect/reset before headers"),
    ).toBe("upstream-unreachable");
    expect(classifyGrpcStatus(14, "no healthy upstream")).toBe("upstream-unreachable");
  });

  it("says the gateway is unreachable on any other UNAVAILABLE", () => {
    expect(classifyGrpcStatus(14, "connection refused")).toBe("unreachable");
  });

  it("leaves other statuses as gRPC errors", () => {
    expect(classifyGrpcStatus(13, "boom")).toBe("grpc-error");
    expect(classifyGrpcStatus(2, "")).toBe("grpc-error");
  });
});

describe("classifyServingError()", () => {
  it("recognizes Serving's not-available and full-queue texts", () => {
    expect(
      classifyServingError("Request servable(add) method(add_common2) , method is not available"),
    ).toBe("not-available");
    expect(classifyServingError("Serving Error: enqueued requests count exceeds the limit 4")).toBe(
      "busy",
    );
  });

  it("leaves any other text a Serving error", () => {
    expect(classifyServingError("Cannot find input x1 in instance input")).toBe("serving-error");
  });
});

describe("classifyHttpStatus()", () => {
  it("names size limits, deadlines and a gateway that cannot reach Serving as over gRPC-Web", () => {
    expect(classifyHttpStatus(413, "request body is larger than 4194304 bytes", undefined)).toBe(
      "too-large",
    );
    expect(classifyHttpStatus(504, "upstream request timeout", undefined)).toBe("deadline");
    expect(classifyHttpStatus(503, "no healthy upstream", undefined)).toBe("upstream-unreachable");
    expect(
      classifyHttpStatus(503, "", "upstream connect error or disconnect/reset before headers"),
    ).toBe("upstream-unreachable");
  });

  it("classifies an error_msg Serving wrote by its wording, and anything else as an HTTP error", () => {
    expect(
      classifyHttpStatus(400, "", "Request servable(add) method(x), method is not available"),
    ).toBe("not-available");
    expect(classifyHttpStatus(404, "no route", undefined)).toBe("http-error");
    expect(classifyHttpStatus(502, "gateway error", undefined)).toBe("http-error");
  });
});
