/**
 * The gateway's settings, read from envoy/envoy.yaml so Envoy and the gateway share one source
 * of truth: listener address, Serving endpoints, route prefix and timeouts, body limit, CORS.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readCorsPolicy } from "./read-cors-policy";
import { dig, list, obj } from "./yaml-node";
import type { CorsPolicy } from "./cors";
import type { HostPort } from "./host-port";
import type { Node } from "./yaml-node";

/** Everything the gateway needs from envoy.yaml. */
export interface GatewayConfig {
  listen: HostPort;
  upstreams: HostPort[];
  routePrefix: string;
  /** Route timeout, used when a request has no grpc-timeout. */
  timeoutMs: number;
  /** Upper bound for a request's grpc-timeout. */
  maxGrpcTimeoutMs: number;
  maxRequestBytes: number;
  /** HTTP/2 flow-control windows towards Serving. */
  streamWindowBytes: number;
  connectionWindowBytes: number;
  cors: CorsPolicy;
}

/** Returns milliseconds of a proto3 JSON Duration such as "120s" or "0.5s". */
export function parseDurationMs(value: unknown, fallbackMs: number): number {
  if (value === undefined) {
    return fallbackMs;
  }
  const match = /^(\d+(?:\.\d+)?)s$/.exec(String(value));
  if (!match) {
    throw new Error(`envoy config: invalid duration "${String(value)}"`);
  }
  return Math.round(Number(match[1]) * 1000);
}

function readSocketAddress(node: unknown, what: string): HostPort {
  const address = obj(obj(node, what).socket_address, `${what}.socket_address`);
  return { host: String(address.address), port: Number(address.port_value ?? 0) };
}

/** Returns the gateway settings in an Envoy bootstrap YAML text. Throws when a part is missing. */
export function parseGatewayConfig(yamlText: string): GatewayConfig {
  const root = obj(parse(yamlText), "document");
  const resources = obj(root.static_resources, "static_resources");
  // list() throws on an empty list, so each [0] below exists; obj() says so to the type checker.
  const listener = obj(list(resources.listeners, "listeners")[0], "listeners");
  const chain = obj(list(listener.filter_chains, "filter_chains")[0], "filter_chains");
  const manager = list(chain.filters, "filters")
    .map((filter) => obj(filter.typed_config, "typed_config"))
    .find((config) => String(config["@type"]).endsWith(".HttpConnectionManager"));
  const host = obj(
    list(obj(manager?.route_config, "route_config").virtual_hosts, "virtual_hosts")[0],
    "virtual_hosts",
  );
  const route = list(host.routes, "routes").find(
    (r) => typeof obj(r.match, "match").prefix === "string",
  );
  const action = obj(route?.route, "route action");
  const cluster = list(resources.clusters, "clusters").find((c) => c.name === action.cluster);
  const endpoints = list(obj(cluster?.load_assignment, "load_assignment").endpoints, "endpoints")
    .flatMap((group) => list(group.lb_endpoints, "lb_endpoints"))
    .map((lb) => readSocketAddress(obj(lb.endpoint, "endpoint").address, "endpoint.address"));
  const h2 = dig(
    cluster?.typed_extension_protocol_options,
    "envoy.extensions.upstreams.http.v3.HttpProtocolOptions",
    "explicit_http_config",
    "http2_protocol_options",
  ) as Node | undefined;
  const timeoutMs = parseDurationMs(action.timeout, 15_000);
  return {
    listen: readSocketAddress(listener.address, "listener address"),
    upstreams: endpoints,
    routePrefix: String(obj(route?.match, "match").prefix),
    timeoutMs,
    maxGrpcTimeoutMs: parseDurationMs(
      dig(action, "max_stream_duration", "grpc_timeout_header_max"),
      timeoutMs,
    ),
    maxRequestBytes: Number(
      host.per_request_buffer_limit_bytes ?? listener.per_connection_buffer_limit_bytes ?? 1 << 20,
    ),
    streamWindowBytes: Number(h2?.initial_stream_window_size ?? 65_535),
    connectionWindowBytes: Number(h2?.initial_connection_window_size ?? 65_535),
    cors: readCorsPolicy(
      obj(
        obj(host.typed_per_filter_config, "typed_per_filter_config")["envoy.filters.http.cors"],
        "CorsPolicy",
      ),
    ),
  };
}

/** Returns the gateway settings of the Envoy config file at `path`. */
export function readGatewayConfig(path: string): GatewayConfig {
  return parseGatewayConfig(readFileSync(path, "utf8"));
}
