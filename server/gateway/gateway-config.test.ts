import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isOriginAllowed } from "./cors";
import { parseDurationMs, parseGatewayConfig, readGatewayConfig } from "./gateway-config";
import { DEFAULT_CONFIG } from "./start";

describe("readGatewayConfig() on envoy/envoy.yaml", () => {
  const config = readGatewayConfig(DEFAULT_CONFIG);

  it("reads the listener, the Serving endpoint and the MSService route", () => {
    expect(config.listen).toEqual({ host: "0.0.0.0", port: 8080 });
    expect(config.upstreams).toEqual([{ host: "127.0.0.1", port: 5500 }]);
    expect(config.routePath).toBe("/mindspore.serving.proto.MSService/Predict");
  });

  it("reads the limits and HTTP/2 windows", () => {
    expect(config.timeoutMs).toBe(120_000);
    expect(config.maxGrpcTimeoutMs).toBe(120_000);
    expect(config.maxRequestBytes).toBe(64 * 1024 * 1024);
    expect(config.streamWindowBytes).toBe(16 * 1024 * 1024);
    expect(config.maxReplyBytes).toBe(64 * 1024 * 1024);
  });

  it("reads the virtual host's domains as allowed Host names", () => {
    expect(config.allowedHosts).toEqual(["*"]);
  });

  it("reads the CORS policy, allowing the app origins of npm start and npm run dev", () => {
    for (const origin of [
      "http://localhost:4173",
      "http://localhost:5173",
      "http://127.0.0.1:4173",
      "http://127.0.0.1:5173",
    ]) {
      expect(isOriginAllowed(origin, config.cors)).toBe(true);
    }
    expect(isOriginAllowed("http://localhost:3000", config.cors)).toBe(false);
    expect(config.cors.exposeHeaders.split(",")).toEqual([
      "grpc-status",
      "grpc-message",
      "grpc-status-details-bin",
      "x-stand-in-model",
    ]);
    expect(config.cors.allowHeaders.split(",")).toEqual(
      expect.arrayContaining([
        "content-type",
        "x-grpc-web",
        "x-user-agent",
        "grpc-timeout",
        "authorization",
      ]),
    );
  });
});

describe("parseGatewayConfig()", () => {
  const base = readFileSync(DEFAULT_CONFIG, "utf8");

  it("lists every endpoint of the cluster", () => {
    const text = base.replace(
      "socket_address: { address: 127.0.0.1, port_value: 5500 }",
      "socket_address: { address: 127.0.0.1, port_value: 5500 }\n              - endpoint:\n                  address:\n                    socket_address: { address: serving-2, port_value: 5501 }",
    );
    expect(parseGatewayConfig(text).upstreams).toEqual([
      { host: "127.0.0.1", port: 5500 },
      { host: "serving-2", port: 5501 },
    ]);
  });

  it("needs the route to Serving to be an exact path match", () => {
    const text = base.replace(
      "match: { path: /mindspore.serving.proto.MSService/Predict }",
      "match: { prefix: /mindspore.serving.proto.MSService/ }",
    );
    expect(text).not.toBe(base);
    expect(() => parseGatewayConfig(text)).toThrow(/route with an exact path match missing/);
  });

  it("fails with the missing part named", () => {
    expect(() => parseGatewayConfig(base.replace("static_resources:", "other:"))).toThrow(
      /static_resources missing/,
    );
  });
});

describe("parseDurationMs()", () => {
  it("reads proto3 JSON durations", () => {
    expect(parseDurationMs("120s", 0)).toBe(120_000);
    expect(parseDurationMs("0.25s", 0)).toBe(250);
    expect(parseDurationMs(undefined, 7)).toBe(7);
    expect(() => parseDurationMs("2m", 0)).toThrow(/invalid duration/);
  });
});
