import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isOriginAllowed } from "./cors";
import { readCorsPolicy } from "./read-cors-policy";

const policyYaml = `
allow_origin_string_match:
  - prefix: https://console.
  - suffix: .Example.org
    ignore_case: true
  - safe_regex: { regex: "http://10\\\\.0\\\\.0\\\\.[0-9]+:8000" }
allow_methods: POST
allow_credentials: true
`;

describe("readCorsPolicy()", () => {
  const policy = readCorsPolicy(parse(policyYaml) as Record<string, unknown>);

  it("applies each StringMatcher kind as Envoy does", () => {
    expect(isOriginAllowed("https://console.corp", policy)).toBe(true);
    expect(isOriginAllowed("https://app.example.ORG", policy)).toBe(true);
    expect(isOriginAllowed("http://10.0.0.12:8000", policy)).toBe(true);
    // RE2 in Envoy matches the whole origin, not a part of it.
    expect(isOriginAllowed("http://10.0.0.12:8000.evil.test", policy)).toBe(false);
  });

  it("reads the other fields, with empty defaults", () => {
    expect(policy).toMatchObject({
      allowMethods: "POST",
      allowCredentials: true,
      exposeHeaders: "",
    });
  });

  it("rejects a matcher it cannot apply, and a policy without origins", () => {
    expect(() => readCorsPolicy({ allow_origin_string_match: [{ unknown_kind: "x" }] })).toThrow(
      /unsupported origin matcher/,
    );
    expect(() => readCorsPolicy({})).toThrow(/allow_origin_string_match missing/);
  });
});
