/**
 * `npm start` / `npm run dev`: the stand-in Serving, Envoy (if installed) or the dev gateway,
 * and the web app, with one URL to open; Ctrl+C or SIGTERM stops them all.
 *
 * Flags: --dev, --serving-port 5500, --gateway-port 8080, --web-port 4173 (5173 with --dev),
 * --resnet50-model FILE, --wire any|1.3|1.2, --no-envoy.
 */
import { startGateway, DEFAULT_CONFIG } from "../server/gateway/start";
import { startServing } from "../server/serving/start";
import { buildAppUrl, listExtraOrigins, parseStartArgs } from "./start-args";
import { findEnvoy, startEnvoy } from "./start-envoy";
import { startBuiltWeb, startDevWeb } from "./start-web";
import type { StartOptions } from "./start-args";

type Stop = () => Promise<void>;

let options: StartOptions;
try {
  options = parseStartArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const stops: Stop[] = [];
let stopping = false;
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Reverse start order: the page first, Serving last, so no call is cut short mid-chain.
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => console.error(error));
    }
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      process.exit(1);
    }
    console.log(`\n${signal}: stopping`);
    void stopAll(0);
  });
}

try {
  const serving = await startServing({
    port: options.servingPort,
    resnet50Model: options.resnet50Model,
    wire: options.wire,
  });
  stops.push(() => serving.close());

  const extraOrigins = listExtraOrigins(options.webPort);
  const envoy = options.noEnvoy ? undefined : findEnvoy();
  if (envoy) {
    const child = startEnvoy(envoy, DEFAULT_CONFIG, {
      gatewayPort: options.gatewayPort,
      servingPort: serving.port,
      extraOrigins,
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.once("exit", (code) => {
      if (!stopping) {
        console.error(`envoy exited with code ${code}`);
        void stopAll(1);
      }
    });
    stops.push(async () => {
      child.kill("SIGTERM");
      await exited;
    });
    console.log(`Envoy (${envoy}) on http://localhost:${options.gatewayPort} → ${serving.address}`);
  } else {
    const gateway = await startGateway({
      listen: `127.0.0.1:${options.gatewayPort}`,
      upstream: serving.address,
      allowOrigins: extraOrigins,
      quiet: true,
    });
    stops.push(() => gateway.close());
    console.log(`gRPC-Web gateway (no envoy on PATH) on ${gateway.url} → ${serving.address}`);
  }

  const web = options.dev
    ? await startDevWeb(options.webPort)
    : await startBuiltWeb(options.webPort);
  stops.push(() => web.close());
  console.log(`\nServing Console: ${buildAppUrl(options.webPort, options.gatewayPort)}\n`);
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}
