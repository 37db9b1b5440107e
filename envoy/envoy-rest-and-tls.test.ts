import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { checkConstraints } from "./check-constraints";
import { buildEnvoyApiRegistry } from "./envoy-api-registry";
import { findDeprecatedFields, parseEnvoyConfig } from "./parse-envoy-config";
import type { FileRegistry } from "@bufbuild/protobuf";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tree = Record<string, any>;

const plainText = readFileSync(join(import.meta.dirname, "envoy.yaml"), "utf8");
const tlsText = readFileSync(join(import.meta.dirname, "envoy-tls-upstream.yaml"), "utf8");

const clusterNamed = (config: Tree, name: string): Tree =>
  (config.static_resources.clusters as Tree[]).find((c) => c.name === name) ?? {};
const virtualHost = (config: Tree): Tree =>
  config.static_resources.listeners[0].filter_chains[0].filters[0].typed_config.route_config
    .virtual_hosts[0];
const endpointOf = (cluster: Tree): Tree =>
  cluster.load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address;

describe("the REST route in envoy/envoy.yaml", () => {
  it("sends /model/ to Serving's REST port 127.0.0.1:1500 under the virtual host that carries the CORS policy", () => {
    const config = parse(plainText) as Tree;
    const host = virtualHost(config);
    const route = (host.routes as Tree[]).find((r) => r.match.prefix === "/model/");
    expect(route?.route).toMatchObject({ cluster: "mindspore_serving_rest", timeout: "120s" });
    expect(endpointOf(clusterNamed(config, "mindspore_serving_rest"))).toEqual({
      address: "127.0.0.1",
      port_value: 1500,
    });
    // The one CORS policy of the virtual host covers both routes.
    expect(host.typed_per_filter_config["envoy.filters.http.cors"]).toBeDefined();
    expect((host.routes as Tree[]).every((r) => r.typed_per_filter_config === undefined)).toBe(
      true,
    );
  });
});

describe("envoy/envoy-tls-upstream.yaml against Envoy's v3 API", () => {
  let registry: FileRegistry;
  beforeAll(() => {
    registry = buildEnvoyApiRegistry();
  });

  it("parses strictly, sets no deprecated field and meets every validation rule", () => {
    const config = parseEnvoyConfig(tlsText, registry);
    expect(config.message.$typeName).toBe("envoy.config.bootstrap.v3.Bootstrap");
    expect(findDeprecatedFields(config, registry)).toEqual([]);
    expect(checkConstraints(config, registry)).toEqual([]);
  });

  it("is envoy.yaml plus an UpstreamTlsContext on both Serving clusters", () => {
    const tls = parse(tlsText) as Tree;
    const contexts = (tls.static_resources.clusters as Tree[]).map((cluster) => {
      const socket = cluster.transport_socket as Tree;
      delete cluster.transport_socket;
      return socket.typed_config as Tree;
    });
    expect(tls).toEqual(parse(plainText));
    for (const context of contexts) {
      expect(context["@type"]).toBe(
        "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext",
      );
      expect(context.common_tls_context.validation_context.trusted_ca.filename).toMatch(/\.crt$/);
      expect(context.common_tls_context.tls_certificates[0]).toMatchObject({
        certificate_chain: { filename: expect.stringMatching(/\.crt$/) },
        private_key: { filename: expect.stringMatching(/\.key$/) },
      });
    }
    // gRPC needs HTTP/2, which a TLS server agrees to only through ALPN.
    expect(contexts[0]?.common_tls_context.alpn_protocols).toEqual(["h2"]);
  });

  it.each<[string, (context: Tree) => void, RegExp]>([
    [
      "a misspelt field in the UpstreamTlsContext",
      (context) => {
        context.common_tls_context.validation_context.trusted_cas =
          context.common_tls_context.validation_context.trusted_ca;
        delete context.common_tls_context.validation_context.trusted_ca;
      },
      /trusted_cas/,
    ],
    [
      "an unknown SAN type",
      (context) => {
        context.common_tls_context.validation_context.match_typed_subject_alt_names[0].san_type =
          "HOSTNAME";
      },
      /HOSTNAME|SanType/,
    ],
  ])("rejects %s", (_name, edit, problem) => {
    const tls = parse(tlsText) as Tree;
    edit(tls.static_resources.clusters[0].transport_socket.typed_config as Tree);
    expect(() => parseEnvoyConfig(stringify(tls), registry)).toThrow(problem);
  });

  it("reports a SAN matcher without its string matcher", () => {
    const tls = parse(tlsText) as Tree;
    delete tls.static_resources.clusters[0].transport_socket.typed_config.common_tls_context
      .validation_context.match_typed_subject_alt_names[0].matcher;
    expect(checkConstraints(parseEnvoyConfig(stringify(tls), registry), registry)).toEqual([
      expect.stringMatching(/match_typed_subject_alt_names\[0\]\.matcher: required/),
    ]);
  });
});
