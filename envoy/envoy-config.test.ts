import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { checkConstraints } from "./check-constraints";
import { checkServingRoute } from "./check-serving-route";
import { buildEnvoyApiRegistry } from "./envoy-api-registry";
import { findDeprecatedFields, parseEnvoyConfig } from "./parse-envoy-config";
import type { FileRegistry } from "@bufbuild/protobuf";

// The edits below reach deep into the plain YAML tree; typing every level would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tree = Record<string, any>;

const yamlText = readFileSync(join(import.meta.dirname, "envoy.yaml"), "utf8");

/** Returns envoy.yaml with `edit` applied to its plain-object form. */
function editConfig(edit: (config: Tree) => void): string {
  const config = parse(yamlText) as Tree;
  edit(config);
  return stringify(config);
}

function connectionManager(config: Tree): Tree {
  return config.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
}

describe("envoy/envoy.yaml against Envoy's v3 API", () => {
  let registry: FileRegistry;
  beforeAll(() => {
    registry = buildEnvoyApiRegistry();
  });

  it("parses strictly into envoy.config.bootstrap.v3.Bootstrap with every @type resolved", () => {
    const config = parseEnvoyConfig(yamlText, registry);
    expect(config.message.$typeName).toBe("envoy.config.bootstrap.v3.Bootstrap");
  });

  it("sets no field that the API marks deprecated", () => {
    expect(findDeprecatedFields(parseEnvoyConfig(yamlText, registry), registry)).toEqual([]);
  });

  it("finds a deprecated field when one is set, so the check above can fail", () => {
    const broken = editConfig((config) => {
      connectionManager(config).route_config.virtual_hosts[0].cors = { allow_methods: "POST" };
    });
    expect(findDeprecatedFields(parseEnvoyConfig(broken, registry), registry)).toContain(
      "bootstrap.static_resources.listeners[0].filter_chains[0].filters[0].typed_config.route_config.virtual_hosts[0].cors",
    );
  });

  it("rejects a misspelt field inside a typed_config", () => {
    const broken = editConfig((config) => {
      const cors =
        connectionManager(config).route_config.virtual_hosts[0].typed_per_filter_config[
          "envoy.filters.http.cors"
        ];
      cors.expose_header = cors.expose_headers;
      delete cors.expose_headers;
    });
    expect(() => parseEnvoyConfig(broken, registry)).toThrow(/expose_header/);
  });

  it("exposes the gRPC status headers and the stand-in's untrained-model marker to the page", () => {
    const config = parse(yamlText) as Tree;
    const cors = connectionManager(config).route_config.virtual_hosts[0].typed_per_filter_config[
      "envoy.filters.http.cors"
    ] as Tree;
    expect(String(cors.expose_headers).split(",")).toEqual([
      "grpc-status",
      "grpc-message",
      "grpc-status-details-bin",
      "x-stand-in-model",
    ]);
  });

  it("rejects a misspelt top-level field", () => {
    const broken = yamlText.replace("static_resources:", "static_resource:");
    expect(() => parseEnvoyConfig(broken, registry)).toThrow(/static_resource/);
  });

  it("rejects an unknown @type", () => {
    const broken = yamlText.replace("http.grpc_web.v3.GrpcWeb", "http.grpc_web.v3.GrpcWebb");
    expect(() => parseEnvoyConfig(broken, registry)).toThrow(/GrpcWebb/);
  });

  it("rejects a value of the wrong type", () => {
    const broken = editConfig((config) => {
      config.static_resources.clusters[0].connect_timeout = "two seconds";
    });
    expect(() => parseEnvoyConfig(broken, registry)).toThrow(/connect_timeout|Duration/);
  });

  it("meets every validation rule Envoy enforces on load (required, lengths, bounds)", () => {
    expect(checkConstraints(parseEnvoyConfig(yamlText, registry), registry)).toEqual([]);
  });

  it("routes to Serving only the exact path /mindspore.serving.proto.MSService/Predict", () => {
    expect(checkServingRoute(parseEnvoyConfig(yamlText, registry), registry)).toEqual([]);
  });

  it.each<[string, Tree, RegExp]>([
    [
      "a prefix match",
      { prefix: "/mindspore.serving.proto.MSService/" },
      /routes\[0\]\.match: expected path: \/mindspore\.serving\.proto\.MSService\/Predict, found prefix: \/mindspore\.serving\.proto\.MSService\/$/,
    ],
    ["another exact path", { path: "/mindspore.serving.proto.MSService/Other" }, /found path: /],
    ["a regex match", { safe_regex: { regex: "/mindspore.*" } }, /found safeRegex: /],
  ])("reports the Serving route with %s", (_name, match, problem) => {
    const broken = editConfig((config) => {
      connectionManager(config).route_config.virtual_hosts[0].routes[0].match = match;
    });
    expect(checkServingRoute(parseEnvoyConfig(broken, registry), registry)).toEqual([
      expect.stringMatching(problem),
    ]);
  });

  it.each<[string, (config: Tree) => void, RegExp]>([
    [
      "an empty stat_prefix",
      (config) => {
        connectionManager(config).stat_prefix = "";
      },
      /typed_config\.stat_prefix: string too short/,
    ],
    [
      "a route without a cluster",
      (config) => {
        delete connectionManager(config).route_config.virtual_hosts[0].routes[0].route.cluster;
      },
      /routes\[0\]\.route: one of .*cluster.* is required/,
    ],
    [
      "a zero connect_timeout",
      (config) => {
        config.static_resources.clusters[0].connect_timeout = "0s";
      },
      /connect_timeout: 0 is below the allowed range/,
    ],
    [
      "a virtual host without domains",
      (config) => {
        connectionManager(config).route_config.virtual_hosts[0].domains = [];
      },
      /virtual_hosts\[0\]\.domains: needs at least 1 entries/,
    ],
    [
      "a health check without an interval",
      (config) => {
        delete config.static_resources.clusters[0].health_checks[0].interval;
      },
      /health_checks\[0\]\.interval: required/,
    ],
  ])("reports %s", (_name, edit, problem) => {
    const broken = parseEnvoyConfig(editConfig(edit), registry);
    expect(checkConstraints(broken, registry)).toEqual([expect.stringMatching(problem)]);
  });
});
