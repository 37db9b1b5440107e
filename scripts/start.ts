/**
 * `npm start` / `npm run dev`: the stand-in Serving, Envoy (if installed) or the dev gateway,
 * and the web app, with one URL to open; Ctrl+C or SIGTERM stops them all.
 *
 * Flags: --dev, --serving-port 5500, --gateway-port 8080, --web-port 4173 (5173 with --dev),
 * --resnet50-model FILE, --wire any|1.3|1.2, --no-envoy. Port 0 picks a free port.
 */
import { startServing } from "../server/serving/start";
import { buildAppUrl, listExtraOrigins, parseStartArgs } from "./start-args";
import { startGrpcWebHop } from "./start-gateway";
import { startBuiltWeb, startDevWeb } from "./start-web";
import type { StartOptions } from "./start-args";

let options: StartOptions;
try {
  options = parseStartArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const stops: (() => Promise<void>)[] = [];
let stopping = false;
async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // Reverse start order: the gRPC-Web hop and the page first, Serving last.
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => console.error(error));
    }
  }
  process.exit(code);
}
let firstSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      // A runner may deliver one signal twice (to the group and relayed), so only a signal well
      // after the first forces exit.
      if (Date.now() - firstSignalAt > 2000) {
        process.exit(1);
      }
      return;
    }
    firstSignalAt = Date.now();
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

  const web = options.dev
    ? await startDevWeb(options.webPort)
    : await startBuiltWeb(options.webPort);
  stops.push(() => web.close());

  const hop = await startGrpcWebHop({
    port: options.gatewayPort,
    servingAddress: serving.address,
    servingPort: serving.port,
    extraOrigins: listExtraOrigins(web.port),
    noEnvoy: options.noEnvoy,
    onEnvoyExit: (code) => {
      console.error(`envoy exited with code ${code}`);
      void stopAll(1);
    },
  });
  stops.push(() => hop.close());
  console.log(hop.banner);
  console.log(`\nServing Console: ${buildAppUrl(web.port, hop.port)}\n`);
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}
