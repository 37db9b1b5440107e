import { describe, expect, it } from "vitest";
import { describeExchangeRoute } from "./describe-exchange-route";

describe("describeExchangeRoute()", () => {
  it("names REST, or gRPC-Web with the wire version the request was sent in", () => {
    expect(describeExchangeRoute({ transport: "rest" })).toBe("REST");
    expect(describeExchangeRoute({ transport: "grpc-web", wire: "1.2" })).toBe(
      "gRPC-Web, Serving 1.1–1.2",
    );
    expect(describeExchangeRoute({ wire: "1.3" })).toBe("gRPC-Web, Serving ≥ 1.3");
    expect(describeExchangeRoute({})).toBe("gRPC-Web");
  });
});
