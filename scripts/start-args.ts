/** The flags of `npm start` / `npm run dev`. */
import { parseArgs } from "node:util";
import { readPort, readWire } from "../server/cli/read-flag-values";
import type { ServingOptions } from "../server/serving/start";

/** What to start and on which ports. */
export interface StartOptions {
  /** Vite's dev server instead of a production build. */
  dev: boolean;
  servingPort: number;
  /** Port of the stand-in's REST API, which the gateway's `/model/` route reaches. */
  restPort: number;
  gatewayPort: number;
  webPort: number;
  /** Passed to the stand-in Serving. */
  resnet50Model?: string;
  wire?: ServingOptions["wire"];
  /** Use the Node gateway even when an `envoy` binary is on PATH. */
  noEnvoy: boolean;
}

/** The usage line of `npm start` / `npm run dev`. */
export const START_USAGE =
  "npm start -- [--dev] [--serving-port 5500] [--rest-port 1500] [--gateway-port 8080] [--web-port 4173]" +
  " [--resnet50-model FILE] [--wire any|1.3|1.2] [--no-envoy]";

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
      "rest-port": { type: "string" },
      "gateway-port": { type: "string" },
      "web-port": { type: "string" },
      "resnet50-model": { type: "string" },
      wire: { type: "string" },
      "no-envoy": { type: "boolean", default: false },
    },
  });
  return {
    dev: values.dev,
    servingPort: readPort("serving-port", values["serving-port"]) ?? 5500,
    restPort: readPort("rest-port", values["rest-port"]) ?? 1500,
    gatewayPort: readPort("gateway-port", values["gateway-port"]) ?? 8080,
    webPort: readPort("web-port", values["web-port"]) ?? (values.dev ? 5173 : 4173),
    resnet50Model: values["resnet50-model"],
    wire: readWire(values.wire),
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
