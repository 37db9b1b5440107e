import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkHeaderName,
  checkMetadataNames,
  GATEWAY_ALLOWED_HEADERS,
  needsAllowHeader,
} from "./check-metadata";

describe("checkHeaderName()", () => {
  it("accepts lowercase gRPC metadata names", () => {
    for (const name of ["authorization", "x-api-key", "tenant_id", "trace.id", " x-b3 "]) {
      expect(checkHeaderName(name)).toBeUndefined();
    }
  });

  it("asks for a name, lowercase and allowed characters", () => {
    expect(checkHeaderName("  ")).toBe("Enter a header name");
    expect(checkHeaderName("X-Api-Key")).toBe('Header names are lowercase: "x-api-key"');
    expect(checkHeaderName("x api key")).toMatch(/only lowercase letters, digits/);
    expect(checkHeaderName("x:key")).toMatch(/only lowercase letters, digits/);
  });

  it("refuses names the client, the browser or gRPC set themselves", () => {
    expect(checkHeaderName("content-type")).toBe("content-type is set by the client itself");
    expect(checkHeaderName("Content-Type")).toBe("content-type is set by the client itself");
    expect(checkHeaderName("x-grpc-web")).toBe("x-grpc-web is set by the client itself");
    expect(checkHeaderName("grpc-timeout")).toMatch(/Timeout \(s\)/);
    expect(checkHeaderName("grpc-encoding")).toMatch(/reserved for gRPC/);
  });
});

describe("checkMetadataNames()", () => {
  it("reports invalid and repeated names by entry id and skips rows not filled in", () => {
    const problems = checkMetadataNames([
      { id: "a", key: "authorization", value: "Bearer t" },
      { id: "b", key: "", value: "" },
      { id: "c", key: "authorization", value: "Bearer u" },
      { id: "d", key: "", value: "orphan" },
      { id: "e", key: "Grpc-Status", value: "0" },
    ]);
    expect(Object.fromEntries(problems)).toEqual({
      c: "Header 1 already has this name",
      d: "Enter a header name",
      e: "grpc-* headers are reserved for gRPC itself",
    });
  });
});

describe("needsAllowHeader()", () => {
  it("is false only for the names envoy/envoy.yaml allows", () => {
    expect(needsAllowHeader("authorization")).toBe(false);
    expect(needsAllowHeader("x-api-key")).toBe(true);
  });

  it("knows the allow_headers of envoy/envoy.yaml", () => {
    const yaml = readFileSync(resolve("envoy/envoy.yaml"), "utf8");
    const listed = /allow_headers:\s*(\S+)/.exec(yaml)?.[1]!.split(",");
    expect(listed).toEqual([...GATEWAY_ALLOWED_HEADERS]);
  });
});
