import { describeError } from "../../shared/describe-value";
import { releaseMemoryWhenIdle } from "../cli/release-memory-when-idle";
import { parseFlagsOrExit } from "../cli/run-cli";
import { stopOnSignals } from "../cli/stop-on-signals";
import { parseServingFlags, SERVING_USAGE } from "./parse-flags";
import { startServing } from "./start";

const options = parseFlagsOrExit("serving", SERVING_USAGE, () =>
  parseServingFlags(process.argv.slice(2)),
);

const starting = startServing(options);
starting.catch((error: unknown) => {
  console.error(`Cannot start the stand-in Serving: ${describeError(error)}`);
  process.exit(1);
});

void starting.then((serving) => releaseMemoryWhenIdle(() => serving.pending));

// Handlers go in before the server starts listening, so a signal right after start-up still exits cleanly.
stopOnSignals(() => starting.then((serving) => serving.close()), {
  onSignal: (signal) => {
    if (!options.quiet) {
      console.log(`${signal}: finishing in-flight requests`);
    }
  },
});
