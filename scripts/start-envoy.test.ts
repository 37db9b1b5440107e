import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkConstraints } from "../envoy/check-constraints";
import { buildEnvoyApiRegistry } from "../envoy/envoy-api-registry";
import { parseEnvoyConfig } from "../envoy/parse-envoy-config";
import { parseGatewayConfig } from "../server/gateway/gateway-config";
import { parseRestRoute } from "../server/gateway/rest-route-config";
import { DEFAULT_CONFIG } from "../server/gateway/start";
import { findEnvoy, localizeEnvoyConfig } from "./start-envoy";

describe("localizeEnvoyConfig()", () => {
  const localized = localizeEnvoyConfig(readFileSync(DEFAULT_CONFIG, "utf8"), {
    gatewayPort: 18080,
    servingPort: 15500,
    restPort: 11500,
    extraOrigins: ["http://localhost:3000"],
  });

  it("moves the listener to loopback and the cluster to the local Serving port", () => {
    const config = parseGatewayConfig(localized);
    expect(config.listen).toEqual({ host: "127.0.0.1", port: 18080 });
    expect(config.upstreams).toEqual([{ host: "127.0.0.1", port: 15500 }]);
    expect(config.cors.origins).toContainEqual({
      exact: "http://localhost:3000",
      ignoreCase: false,
    });
    expect(config.cors.origins).toContainEqual({
      exact: "http://localhost:4173",
      ignoreCase: false,
    });
  });

  it("points the /model/ route's cluster at the local REST port", () => {
    expect(parseRestRoute(localized)?.upstreams).toEqual([{ host: "127.0.0.1", port: 11500 }]);
  });

  it("still passes Envoy's v3 API and its validation rules", () => {
    const registry = buildEnvoyApiRegistry();
    expect(checkConstraints(parseEnvoyConfig(localized, registry), registry)).toEqual([]);
  });
});

describe("findEnvoy()", () => {
  it("finds an executable envoy on PATH and nothing elsewhere", () => {
    const dir = mkdtempSync(join(tmpdir(), "envoy-path-"));
    expect(findEnvoy(dir)).toBeUndefined();
    writeFileSync(join(dir, "envoy"), "#!/bin/sh\n");
    expect(findEnvoy(dir)).toBeUndefined();
    chmodSync(join(dir, "envoy"), 0o755);
    expect(findEnvoy(`/nonexistent:${dir}`)).toBe(join(dir, "envoy"));
  });
});
