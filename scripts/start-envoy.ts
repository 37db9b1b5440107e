/** Runs an installed Envoy with envoy/envoy.yaml, adjusted to the ports `npm start` uses. */
import { spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { parseDocument } from "yaml";
import type { ChildProcess } from "node:child_process";

/** Returns the path of an executable `envoy` on PATH, or undefined. */
export function findEnvoy(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, "envoy");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** The ports `npm start` runs on, and app origins CORS must allow beyond envoy.yaml's. */
export interface LocalPorts {
  gatewayPort: number;
  servingPort: number;
  /** Port of Serving's REST API; the `/model/` route's cluster is pointed at it. */
  restPort?: number;
  extraOrigins: string[];
}

const LISTENER = ["static_resources", "listeners", 0, "address", "socket_address"];
const ENDPOINTS = ["static_resources", "clusters", 0, "load_assignment", "endpoints", 0];
/** The cluster of envoy.yaml's `/model/` route, Serving's REST port. */
const REST_CLUSTER = "mindspore_serving_rest";
const ORIGINS = [
  ...["static_resources", "listeners", 0, "filter_chains", 0, "filters", 0, "typed_config"],
  ...["route_config", "virtual_hosts", 0, "typed_per_filter_config", "envoy.filters.http.cors"],
  "allow_origin_string_match",
];

/**
 * Returns envoy.yaml text with the listener on 127.0.0.1:`gatewayPort`, the Serving cluster
 * reduced to 127.0.0.1:`servingPort`, the REST cluster to 127.0.0.1:`restPort` and `extraOrigins` allowed;
 * every other setting is kept.
 */
export function localizeEnvoyConfig(yamlText: string, ports: LocalPorts): string {
  const doc = parseDocument(yamlText);
  doc.setIn([...LISTENER, "address"], "127.0.0.1");
  doc.setIn([...LISTENER, "port_value"], ports.gatewayPort);
  const socket = { socket_address: { address: "127.0.0.1", port_value: ports.servingPort } };
  doc.setIn([...ENDPOINTS, "lb_endpoints"], doc.createNode([{ endpoint: { address: socket } }]));
  const clusters = doc.getIn(["static_resources", "clusters"]) as { items: unknown[] } | undefined;
  const restIndex = (clusters?.items ?? []).findIndex(
    (_item, i) => doc.getIn(["static_resources", "clusters", i, "name"]) === REST_CLUSTER,
  );
  if (ports.restPort !== undefined && restIndex >= 0) {
    const rest = { socket_address: { address: "127.0.0.1", port_value: ports.restPort } };
    doc.setIn(
      [
        "static_resources",
        "clusters",
        restIndex,
        "load_assignment",
        "endpoints",
        0,
        "lb_endpoints",
      ],
      doc.createNode([{ endpoint: { address: rest } }]),
    );
  }
  for (const exact of ports.extraOrigins) {
    doc.addIn(ORIGINS, doc.createNode({ exact }));
  }
  return doc.toString();
}

/** Starts `envoyPath` on a localized copy of `configPath`; its output goes to this terminal. */
export function startEnvoy(envoyPath: string, configPath: string, ports: LocalPorts): ChildProcess {
  const file = join(mkdtempSync(join(tmpdir(), "serving-console-envoy-")), "envoy.yaml");
  writeFileSync(file, localizeEnvoyConfig(readFileSync(configPath, "utf8"), ports));
  return spawn(envoyPath, ["-c", file, "--log-level", "warn"], { stdio: "inherit" });
}
