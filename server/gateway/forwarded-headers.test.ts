import { describe, expect, it } from "vitest";
import { pickReplyHeaders, pickReplyTrailers, pickRequestMetadata } from "./forwarded-headers";

describe("pickRequestMetadata()", () => {
  it("keeps call metadata only", () => {
    expect(
      pickRequestMetadata({
        host: "localhost:8080",
        connection: "keep-alive, X-Hop",
        "x-hop": "1",
        "keep-alive": "timeout=5",
        te: "trailers",
        cookie: "a=b",
        "content-type": "application/grpc-web",
        "grpc-encoding": "identity",
        "grpc-accept-encoding": "gzip",
        authorization: "Bearer t",
        "x-trace": ["a", "b"],
      }),
    ).toEqual({ authorization: "Bearer t", "x-trace": "a, b" });
  });
});

describe("pickReplyHeaders()", () => {
  it("keeps the gRPC status fields and exposed metadata", () => {
    expect(
      pickReplyHeaders(
        {
          ":status": 200,
          "content-type": "application/grpc",
          "grpc-status": "5",
          "grpc-message": "gone",
          "grpc-status-details-bin": "AA",
          "set-cookie": ["a=b"],
          "x-request-id": "r",
          "x-internal": "i",
          "grpc-encoding": "gzip",
        },
        "grpc-status, X-Request-Id,set-cookie,grpc-encoding",
      ),
    ).toEqual({
      "grpc-status": "5",
      "grpc-message": "gone",
      "grpc-status-details-bin": "AA",
      "x-request-id": "r",
    });
  });
});

describe("pickReplyTrailers()", () => {
  it("keeps status fields and custom metadata, drops cookies and connection fields", () => {
    expect(
      pickReplyTrailers({
        "grpc-status": "0",
        "x-served-by": "a",
        "set-cookie": "c",
        trailer: "x",
      }),
    ).toEqual({ "grpc-status": "0", "x-served-by": "a" });
  });
});
