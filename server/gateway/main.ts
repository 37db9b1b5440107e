/** `npm run gateway -- [--config envoy/envoy.yaml] [--listen host:port] [--upstream host:port[,host:port…]] [--quiet]` */
import { parseArgs } from "node:util";
import { startGateway } from "./start";

try {
  const { values } = parseArgs({
    options: {
      config: { type: "string" },
      listen: { type: "string" },
      upstream: { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
  const gateway = await startGateway(values);
  let stopping = false;
  const stop = () => {
    // npm, tsx and the terminal may each pass the same Ctrl+C on: a second signal while closing
    // must not fall through to Node's default handler, which would kill the process mid-close.
    if (!stopping) {
      stopping = true;
      void gateway.close().then(() => process.exit(0));
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
