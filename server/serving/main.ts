import { describeError } from "../../src/serving/describe-value";
import { parseServingFlags } from "./parse-flags";
import { startServing, type ServingOptions } from "./start";

// npm run serving -- [--host 127.0.0.1] [--port 5500] [--wire 1.3|1.2] [--max-batch 32] [--max-enqueued N]
//                    [--max-message-mb 512] [--servables DIR] [--resnet50-model FILE]
let options: ServingOptions;
try {
  options = parseServingFlags(process.argv.slice(2));
} catch (error) {
  console.error(describeError(error));
  process.exit(2);
}

const starting = startServing(options);
starting.catch((error: unknown) => {
  console.error(`Cannot start the stand-in Serving: ${describeError(error)}`);
  process.exit(1);
});

// Handlers go in before the server starts listening, so a signal right after start-up still exits cleanly.
let stopping = false;
function stop(signal: string): void {
  // npm, tsx and the terminal may each pass the same Ctrl+C on: one stop is enough.
  if (stopping) {
    return;
  }
  stopping = true;
  if (!options.quiet) {
    console.log(`${signal}: finishing in-flight requests`);
  }
  starting
    .then((serving) => serving.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
