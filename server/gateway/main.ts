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
  const stop = () => {
    void gateway.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
