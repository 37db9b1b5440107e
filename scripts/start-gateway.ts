/** The gRPC-Web hop of `npm start`: Envoy when an `envoy` binary is on PATH, else the dev gateway. */
import { DEFAULT_CONFIG, startGateway } from "../server/gateway/start";
import { findEnvoy, startEnvoy } from "./start-envoy";

/** A running gRPC-Web hop. */
export interface RunningHop {
  port: number;
  /** One line saying what runs where, for the terminal. */
  banner: string;
  close(): Promise<void>;
}

/** What the hop needs to know. */
export interface HopOptions {
  port: number;
  servingAddress: string;
  servingPort: number;
  /** Port of Serving's REST API, for the `/model/` route. */
  restPort: number;
  extraOrigins: string[];
  noEnvoy: boolean;
  /** Called when Envoy exits on its own. */
  onEnvoyExit(code: number | null): void;
}

/** Returns the started hop. Rejects when the port is taken, or is 0 for Envoy (which cannot report it). */
export async function startGrpcWebHop(options: HopOptions): Promise<RunningHop> {
  const envoy = options.noEnvoy ? undefined : findEnvoy();
  if (!envoy) {
    const gateway = await startGateway({
      listen: `127.0.0.1:${options.port}`,
      upstream: options.servingAddress,
      restUpstream: `127.0.0.1:${options.restPort}`,
      allowOrigins: options.extraOrigins,
      quiet: true,
    });
    return {
      port: gateway.port,
      banner: `gRPC-Web gateway${options.noEnvoy ? "" : " (no envoy on PATH)"} on ${gateway.url} → ${options.servingAddress}`,
      close: () => gateway.close(),
    };
  }
  if (options.port === 0) {
    throw new Error("Envoy needs a fixed --gateway-port");
  }
  const child = startEnvoy(envoy, DEFAULT_CONFIG, {
    gatewayPort: options.port,
    servingPort: options.servingPort,
    restPort: options.restPort,
    extraOrigins: options.extraOrigins,
  });
  let closing = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", (code) => {
    if (!closing) {
      options.onEnvoyExit(code);
    }
  });
  return {
    port: options.port,
    banner: `Envoy (${envoy}) on http://localhost:${options.port} → ${options.servingAddress}`,
    async close() {
      closing = true;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
