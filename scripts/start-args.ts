/** The flags of `npm start` / `npm run dev`. */
import { parseArgs } from "node:util";
import type { ServingOptions } from "../server/serving/start";

/** What to start and on which ports. */
export interface StartOptions {
  /** Vite's dev server instead of a production build. */
  dev: boolean;
  servingPort: number;
  gatewayPort: number;
  webPort: number;
  /** Passed to the stand-in Serving. */
  resnet50Model?: string;
  wire?: ServingOptions["wire"];
  /** Use the Node gateway even when an `envoy` binary is on PATH. */
  noEnvoy: boolean;
}

function readPort(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) {
    return fallback;
  }
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${flag} expects a port number, got "${value}"`);
  }
  return port;
}

/**
 * Returns the options of `argv` (arguments after the script name). Throws on unknown flags,
 * bad port numbers and a wire version other than any, 1.3 or 1.2.
 */
export function parseStartArgs(argv: readonly string[]): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dev: { type: "boolean", default: false },
      "serving-port": { type: "string" },
      "gateway-port": { type: "string" },
      "web-port": { type: "string" },
      "resnet50-model": { type: "string" },
      wire: { type: "string" },
      "no-envoy": { type: "boolean", default: false },
    },
  });
  const wire = values.wire;
  if (wire !== undefined && wire !== "any" && wire !== "1.3" && wire !== "1.2") {
    throw new Error(`--wire expects any, 1.3 or 1.2, got "${wire}"`);
  }
  return {
    dev: values.dev,
    servingPort: readPort(values["serving-port"], 5500, "--serving-port"),
    gatewayPort: readPort(values["gateway-port"], 8080, "--gateway-port"),
    webPort: readPort(values["web-port"], values.dev ? 5173 : 4173, "--web-port"),
    resnet50Model: values["resnet50-model"],
    wire,
    noEnvoy: values["no-envoy"],
  };
}

/** Returns the URL to open: the app, told where the gateway is when it is not on the default port. */
export function buildAppUrl(webPort: number, gatewayPort: number): string {
  const app = `http://localhost:${webPort}/`;
  return gatewayPort === 8080
    ? app
    : `${app}?gateway=${encodeURIComponent(`http://localhost:${gatewayPort}`)}`;
}

/** Returns the app origins to allow beyond envoy.yaml's (which cover ports 4173 and 5173). */
export function listExtraOrigins(webPort: number): string[] {
  return webPort === 4173 || webPort === 5173
    ? []
    : [`http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`];
}
