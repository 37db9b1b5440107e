/** `npm run gateway`: the dev gRPC-Web gateway in front of the stand-in Serving (or a real one). */
import { parseArgs } from "node:util";
import { describeError } from "../../shared/describe-value";
import { collectYoungAfterTraffic } from "../cli/collect-young-after-traffic";
import { releaseMemoryWhenIdle } from "../cli/release-memory-when-idle";
import { parseFlagsOrExit } from "../cli/run-cli";
import { stopOnSignals } from "../cli/stop-on-signals";
import { parseHostPort } from "./host-port";
import { startGateway } from "./start";

const USAGE =
  "npm run gateway -- [--config envoy/envoy.yaml] [--listen host:port] [--upstream host:port[,host:port…]]" +
  " [--rest-upstream host:port[,host:port…]] [--allow-host name[,name…]] [--quiet]";

/** Throws naming `flag` when `text` is not a host:port list; startGateway parses it again. */
function checkAddresses(flag: string, text: string | undefined): void {
  try {
    text?.split(",").forEach(parseHostPort);
  } catch (error) {
    throw new Error(`--${flag}: ${describeError(error)}`);
  }
}

const values = parseFlagsOrExit("gateway", USAGE, () => {
  const { values: flags } = parseArgs({
    options: {
      config: { type: "string" },
      listen: { type: "string" },
      upstream: { type: "string" },
      "allow-host": { type: "string", multiple: true },
      "rest-upstream": { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
  // A malformed address is a usage error (exit 2), not a failure to start (exit 1).
  checkAddresses("listen", flags.listen);
  checkAddresses("upstream", flags.upstream);
  checkAddresses("rest-upstream", flags["rest-upstream"]);
  const allowHosts = (flags["allow-host"] ?? []).flatMap((names) => names.split(","));
  return { ...flags, allowHosts, restUpstream: flags["rest-upstream"] };
});

try {
  const gateway = await startGateway(values);
  releaseMemoryWhenIdle(() => gateway.callsInFlight);
  collectYoungAfterTraffic(() => gateway.bytesRelayed);
  stopOnSignals(() => gateway.close());
} catch (error) {
  console.error(`gateway: ${describeError(error)}`);
  process.exit(1);
}
