import { parseArgs } from "node:util";
import { readInteger, readPort, readWire } from "../cli/read-flag-values";
import { readTlsFlags } from "./tls/read-tls-flags";
import type { ServingOptions } from "./start";

/** The usage line of `npm run serving`. */
export const SERVING_USAGE =
  "npm run serving -- [--host 127.0.0.1] [--port 5500] [--wire any|1.3|1.2] [--max-batch 32]" +
  " [--max-enqueued 10000] [--max-message-mb 100] [--servables DIR] [--resnet50-model FILE]" +
  " [--rest-port 1500] [--tls-cert FILE --tls-key FILE [--tls-ca FILE --verify-client]] [--quiet]";

// Serving takes max_msg_mb_size from 1 to 512 (MiB).
const MAX_MESSAGE_MB = 512;

function readMessageMb(text: string | undefined): number | undefined {
  const value = readInteger("max-message-mb", text, 1);
  if (value !== undefined && value > MAX_MESSAGE_MB) {
    throw new Error(
      `--max-message-mb must be an integer from 1 to ${MAX_MESSAGE_MB}, got "${text}"`,
    );
  }
  return value;
}

/** Returns the startServing options of `npm run serving` flags. Throws with the reason on a bad flag. */
export function parseServingFlags(args: readonly string[]): ServingOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      host: { type: "string" },
      port: { type: "string" },
      wire: { type: "string" },
      "max-batch": { type: "string" },
      "max-enqueued": { type: "string" },
      "max-message-mb": { type: "string" },
      servables: { type: "string" },
      "resnet50-model": { type: "string" },
      "rest-port": { type: "string" },
      "tls-cert": { type: "string" },
      "tls-key": { type: "string" },
      "tls-ca": { type: "string" },
      "verify-client": { type: "boolean" },
      quiet: { type: "boolean" },
    },
  });
  return {
    host: values.host,
    port: readPort("port", values.port),
    wire: readWire(values.wire) ?? "any",
    maxBatch: readInteger("max-batch", values["max-batch"], 1),
    maxEnqueued: readInteger("max-enqueued", values["max-enqueued"], 1),
    maxMessageMb: readMessageMb(values["max-message-mb"]),
    servablesDir: values.servables,
    resnet50Model: values["resnet50-model"],
    restPort: readPort("rest-port", values["rest-port"]),
    tls: readTlsFlags(values),
    quiet: values.quiet,
  };
}
