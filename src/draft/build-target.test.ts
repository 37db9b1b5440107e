import { describe, expect, it } from "vitest";
import { buildTarget } from "./build-target";
import { initialConnection } from "./connection-draft";

describe("buildTarget()", () => {
  it("builds the call target with version, wire, timeout and metadata", () => {
    const c = {
      ...initialConnection(),
      gatewayUrl: "http://127.0.0.1:8080/",
      version: "2",
      wire: "1.2" as const,
      timeoutSeconds: "1.5",
      metadata: [
        { id: "a", key: "authorization ", value: "Bearer t" },
        { id: "b", key: " ", value: "" },
      ],
    };
    expect(buildTarget(c)).toEqual({
      target: {
        url: "http://127.0.0.1:8080",
        servable: "add",
        method: "add_common",
        version: 2n,
        transport: "grpc-web",
        wire: "1.2",
        metadata: { authorization: "Bearer t" },
      },
      timeoutMs: 1500,
      wireChoice: "1.2",
    });
  });

  it("leaves the wire to detection with Auto and passes REST on", () => {
    const built = buildTarget({ ...initialConnection(), wire: "auto", transport: "rest" });
    expect(built).toMatchObject({
      target: { transport: "rest", wire: undefined },
      wireChoice: "auto",
    });
  });

  it("refuses an unreadable version or timeout", () => {
    expect(buildTarget({ ...initialConnection(), version: "1.5" })).toHaveProperty("error");
    expect(buildTarget({ ...initialConnection(), timeoutSeconds: "-1" })).toHaveProperty("error");
  });

  it("refuses a metadata header name the field marks, naming the header", () => {
    const metadata = [
      { id: "a", key: "authorization", value: "Bearer t" },
      { id: "b", key: "Content-Type", value: "text/plain" },
    ];
    expect(buildTarget({ ...initialConnection(), metadata })).toEqual({
      error: "Header 2: content-type is set by the client itself",
    });
  });
});
