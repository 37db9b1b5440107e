import { parseArgs } from "node:util";
import type { ServingOptions } from "./start";

const WIRES = ["any", "1.3", "1.2"] as const;

function readNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${flag} must be an integer >= ${min}, got "${text}"`);
  }
  return value;
}

/** Returns the startServing options of `npm run serving` flags. Throws with a usage text on a bad flag. */
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
      quiet: { type: "boolean" },
    },
  });
  const wire = values.wire ?? "any";
  if (!(WIRES as readonly string[]).includes(wire)) {
    throw new Error(`--wire must be 1.3 or 1.2 (or any, the default), got "${wire}"`);
  }
  return {
    host: values.host,
    port: readNumber("port", values.port, 0),
    wire: wire as ServingOptions["wire"],
    maxBatch: readNumber("max-batch", values["max-batch"], 1),
    maxEnqueued: readNumber("max-enqueued", values["max-enqueued"], 1),
    maxMessageMb: readNumber("max-message-mb", values["max-message-mb"], 1),
    servablesDir: values.servables,
    resnet50Model: values["resnet50-model"],
    quiet: values.quiet,
  };
}
