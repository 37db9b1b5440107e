/** The REST route of an Envoy config: `/model/` to Serving's REST port, as envoy.yaml declares it. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseDurationMs } from "./gateway-config";
import { readUpstreamTls, type UpstreamTls } from "./upstream-tls";
import { dig, list, obj } from "./yaml-node";
import type { HostPort } from "./host-port";
import type { Node } from "./yaml-node";

/** Where and how the gateway forwards Serving's REST API. */
export interface RestRouteConfig {
  readonly prefix: string;
  readonly upstreams: readonly HostPort[];
  readonly timeoutMs: number;
  readonly tls?: UpstreamTls;
}

/** The path prefix of Serving's REST API. */
export const REST_PREFIX = "/model/";

function virtualHost(root: Node): Node | undefined {
  const listeners = dig(root, "static_resources", "listeners") as Node[] | undefined;
  const filters = dig(listeners?.[0], "filter_chains", "0", "filters") as Node[] | undefined;
  const manager = filters
    ?.map((f) => obj(f.typed_config, "typed_config"))
    .find((config) => String(config["@type"]).endsWith(".HttpConnectionManager"));
  return (dig(manager, "route_config", "virtual_hosts") as Node[] | undefined)?.[0];
}

/** Returns the named cluster of the config, or undefined. */
export function findCluster(root: Node, name: unknown): Node | undefined {
  const clusters = (dig(root, "static_resources", "clusters") as Node[] | undefined) ?? [];
  return clusters.find((c) => c.name === name);
}

/**
 * Returns the REST route of an Envoy bootstrap YAML text, or undefined when it routes no `/model/` prefix.
 * Throws when the route names a cluster without endpoints or a certificate file cannot be read.
 */
export function parseRestRoute(yamlText: string): RestRouteConfig | undefined {
  const root = obj(parse(yamlText), "document");
  const routes = (dig(virtualHost(root), "routes") as Node[] | undefined) ?? [];
  const route = routes.find((r) => dig(r, "match", "prefix") === REST_PREFIX);
  if (!route) {
    return undefined;
  }
  const action = obj(route.route, "REST route action");
  const cluster = findCluster(root, action.cluster);
  const upstreams = list(
    obj(cluster?.load_assignment, "REST load_assignment").endpoints,
    "endpoints",
  )
    .flatMap((group) => list(group.lb_endpoints, "lb_endpoints"))
    .map((lb) => {
      const socket = obj(dig(lb, "endpoint", "address", "socket_address"), "REST endpoint address");
      return { host: String(socket.address), port: Number(socket.port_value ?? 0) };
    });
  return {
    prefix: REST_PREFIX,
    upstreams,
    timeoutMs: parseDurationMs(action.timeout, 15_000),
    tls: readUpstreamTls(cluster),
  };
}

/** Returns the REST route of the Envoy config file at `path`, or undefined. */
export function readRestRoute(path: string): RestRouteConfig | undefined {
  return parseRestRoute(readFileSync(path, "utf8"));
}

/**
 * Returns the TLS settings of the cluster serving MSService (the route for its path, prefix or exact), or
 * undefined when that cluster speaks plain text.
 */
export function readGrpcUpstreamTls(path: string): UpstreamTls | undefined {
  const root = obj(parse(readFileSync(path, "utf8")), "document");
  const routes = (dig(virtualHost(root), "routes") as Node[] | undefined) ?? [];
  const route = routes.find((r) =>
    String(dig(r, "match", "prefix") ?? dig(r, "match", "path") ?? "").startsWith(
      "/mindspore.serving.proto.MSService/",
    ),
  );
  return readUpstreamTls(findCluster(root, dig(route, "route", "cluster")));
}
