/**
 * `npm start` / `npm run dev`: the stand-in Serving, Envoy (if installed) or the dev gateway,
 * and the web app, with one URL to open; Ctrl+C or SIGTERM stops them all.
 *
 * Flags: --dev, --serving-port 5500, --rest-port 1500, --gateway-port 8080, --web-port 4173 (5173 with --dev),
 * --resnet50-model FILE, --wire any|1.3|1.2, --no-envoy. Port 0 picks a free port.
 */
import { parseFlagsOrExit } from "../server/cli/run-cli";
import { stopOnSignals } from "../server/cli/stop-on-signals";
import { startServing } from "../server/serving/start";
import { describeError } from "../shared/describe-value";
import { buildAppUrl, listExtraOrigins, parseStartArgs, START_USAGE } from "./start-args";
import { startGrpcWebHop } from "./start-gateway";
import { startBuiltWeb, startDevWeb } from "./start-web";

const options = parseFlagsOrExit("start", START_USAGE, () => parseStartArgs(process.argv.slice(2)));

const stops: (() => Promise<void>)[] = [];
async function closeAll(): Promise<void> {
  // Reverse start order: the gRPC-Web hop and the page first, Serving last.
  for (const stop of stops.reverse()) {
    await stop().catch((error: unknown) => console.error(error));
  }
}
// A runner may deliver one signal twice (to the group and relayed), so only a signal well after
// the first forces the exit.
const stopAll = stopOnSignals(closeAll, {
  onSignal: (signal) => console.log(`\n${signal}: stopping`),
  forceExitAfterMs: 2000,
});

try {
  const serving = await startServing({
    port: options.servingPort,
    restPort: options.restPort,
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
    restPort: serving.restPort ?? options.restPort,
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
  console.error(`start: ${describeError(error)}`);
  await stopAll(1);
}
