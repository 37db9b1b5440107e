/** Starts the gRPC-Web gateway in-process (used by `npm run gateway`, `npm start` and tests). */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { readGatewayConfig } from "./gateway-config";
import { createGatewayHandler } from "./handler";
import { buildAllowedHosts } from "./host-check";
import { formatHostPort, parseHostPort } from "./host-port";
import { createRestProxy } from "./rest-proxy";
import { readGrpcUpstreamTls, readRestRoute } from "./rest-route-config";
import { TrafficMeter } from "./traffic-meter";
import { UpstreamPool } from "./upstream-pool";
import type { AddressInfo } from "node:net";

/** The Envoy config the gateway reads by default. */
export const DEFAULT_CONFIG = fileURLToPath(new URL("../../envoy/envoy.yaml", import.meta.url));

/** Options of startGateway; each overrides the value read from the config. */
export interface GatewayOptions {
  /** Envoy bootstrap YAML to read (default envoy/envoy.yaml). */
  config?: string;
  /** "host:port" to listen on, port 0 = a free port. Default: the config's port on 127.0.0.1. */
  listen?: string;
  /** "host:port" of Serving, or several separated by commas. Default: the config's endpoints. */
  upstream?: string;
  /** "host:port" of Serving's REST API, or several separated by commas. Default: the config's `/model/` route. */
  restUpstream?: string;
  /** Origins to allow in addition to the config's CORS policy (e.g. the app on another port). */
  allowOrigins?: string[];
  /**
   * Host names to answer to besides loopback names, the listen address and the config's
   * `domains` (e.g. the name the machine has on the LAN), with or without a port.
   */
  allowHosts?: string[];
  /** Default false: print where the gateway listens and where it forwards. */
  quiet?: boolean;
}

/** A running gateway. */
export interface RunningGateway {
  /** Base URL for gRPC-Web clients, e.g. http://127.0.0.1:8080. */
  url: string;
  port: number;
  /** Where calls go. */
  upstreams: string[];
  /** Where `/model/` requests go; empty when the config has no REST route. */
  restUpstreams: string[];
  /** Requests received and not yet answered. */
  readonly callsInFlight: number;
  /** Body bytes of gRPC-Web calls read so far, both ways. */
  readonly bytesRelayed: number;
  close(): Promise<void>;
}

/** Returns a listening gateway. Rejects when the config cannot be read or the port is taken. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const configPath = options.config ?? DEFAULT_CONFIG;
  const config = readGatewayConfig(configPath);
  // Bind to loopback unless asked otherwise: the gateway is a development tool.
  const listen = options.listen
    ? parseHostPort(options.listen)
    : { host: "127.0.0.1", port: config.listen.port };
  const upstreams = options.upstream
    ? options.upstream.split(",").map(parseHostPort)
    : config.upstreams;
  const pool = new UpstreamPool(upstreams, config, readGrpcUpstreamTls(configPath));
  const cors = {
    ...config.cors,
    origins: [...config.cors.origins, ...(options.allowOrigins ?? []).map((exact) => ({ exact }))],
  };
  const allowedHostNames = buildAllowedHosts(listen.host, [
    ...config.allowedHosts,
    ...(options.allowHosts ?? []),
  ]);
  const traffic = new TrafficMeter();
  const grpcWeb = createGatewayHandler(
    { ...config, listen, upstreams, cors, allowedHostNames },
    pool,
    traffic,
  );
  const restRoute = readRestRoute(configPath);
  const restUpstreams = options.restUpstream
    ? options.restUpstream.split(",").map(parseHostPort)
    : (restRoute?.upstreams ?? []);
  const rest = restRoute
    ? createRestProxy({
        ...restRoute,
        upstreams: restUpstreams,
        maxRequestBytes: config.maxRequestBytes,
        cors,
      })
    : undefined;
  // The gRPC-Web route's exact path is checked first, so calls skip parsing their URL for the
  // REST prefix (unless a config makes that path a REST one too).
  const routeIsRest = rest?.matches({ url: config.routePath }) ?? false;
  let callsInFlight = 0;
  const server = createServer((req, res) => {
    callsInFlight += 1;
    res.once("close", () => (callsInFlight -= 1));
    const isRest = req.url === config.routePath ? routeIsRest : (rest?.matches(req) ?? false);
    return isRest && rest ? rest.handle(req, res) : grpcWeb(req, res);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = listen.host === "0.0.0.0" || listen.host === "::" ? "127.0.0.1" : listen.host;
  const url = `http://${formatHostPort({ host, port })}`;
  if (!options.quiet) {
    process.stdout.write(`gRPC-Web gateway on ${url} → ${pool.addresses.join(", ")}\n`);
    if (rest) {
      process.stdout.write(
        `REST ${url}/model/ → ${restUpstreams.map(formatHostPort).join(", ")}\n`,
      );
    }
  }
  return {
    url,
    port,
    upstreams: pool.addresses,
    restUpstreams: restUpstreams.map(formatHostPort),
    get callsInFlight() {
      return callsInFlight;
    },
    get bytesRelayed() {
      return traffic.bytes;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([closed, pool.close()]);
    },
  };
}
