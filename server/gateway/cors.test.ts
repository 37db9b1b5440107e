import { describe, expect, it } from "vitest";
import { buildPreflightHeaders, buildResponseCorsHeaders, isOriginAllowed } from "./cors";
import type { CorsPolicy } from "./cors";

const policy: CorsPolicy = {
  origins: [
    { exact: "http://localhost:4173" },
    { prefix: "https://console." },
    { suffix: ".example.org", ignoreCase: true },
    { regex: /^http:\/\/10\.0\.0\.\d+:8000$/ },
  ],
  allowMethods: "POST, OPTIONS",
  allowHeaders: "content-type,x-grpc-web",
  exposeHeaders: "grpc-status,grpc-message",
  maxAge: "600",
  allowCredentials: false,
};

describe("isOriginAllowed()", () => {
  it.each([
    ["http://localhost:4173", true],
    ["http://localhost:41730", false],
    ["https://console.corp", true],
    ["https://app.EXAMPLE.org", true],
    ["http://10.0.0.7:8000", true],
    ["http://10.0.0.7:8000.evil", false],
    ["http://evil.example", false],
  ])("%s → %s", (origin, allowed) => {
    expect(isOriginAllowed(origin, policy)).toBe(allowed);
  });
});

describe("buildPreflightHeaders()", () => {
  it("echoes the origin with the policy's methods, headers and max age", () => {
    expect(buildPreflightHeaders("http://localhost:4173", policy)).toMatchObject({
      "access-control-allow-origin": "http://localhost:4173",
      "access-control-allow-methods": "POST, OPTIONS",
      "access-control-allow-headers": "content-type,x-grpc-web",
      "access-control-max-age": "600",
    });
  });

  it("allows credentials only when the policy does", () => {
    expect(buildPreflightHeaders("http://localhost:4173", policy)).not.toHaveProperty(
      "access-control-allow-credentials",
    );
    expect(
      buildPreflightHeaders("http://localhost:4173", { ...policy, allowCredentials: true }),
    ).toHaveProperty("access-control-allow-credentials", "true");
  });
});

describe("buildResponseCorsHeaders()", () => {
  it("exposes the gRPC status headers to an allowed origin", () => {
    expect(buildResponseCorsHeaders("http://localhost:4173", policy)).toMatchObject({
      "access-control-allow-origin": "http://localhost:4173",
      "access-control-expose-headers": "grpc-status,grpc-message",
    });
  });

  it("adds nothing without an origin or for a disallowed one", () => {
    expect(buildResponseCorsHeaders(undefined, policy)).toEqual({});
    expect(buildResponseCorsHeaders("http://evil.example", policy)).toEqual({});
  });
});
