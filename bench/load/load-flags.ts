/** Flags of `npm run bench:load`. */
import { parseArgs } from "node:util";

/** How hard and how long the load runs. */
export interface LoadFlags {
  clients: number;
  seconds: number;
  settleSeconds: number;
  /** Share of calls that abort mid-body. */
  abortShare: number;
  /**
   * Clients that send 8-image resnet50 batches; the others send add_common. A fixed number of
   * image clients keeps the model's queue within what the CPU can answer, so a slow answer means
   * a stuck call, not an overloaded machine.
   */
  imageClients: number;
  /** Seconds of the same mix before the start is measured (0: measure after one call of each kind). */
  warmupSeconds: number;
  resnet50Model?: string;
}

function readNumber(flag: string, text: string, min: number, max = Infinity): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`--${flag} takes a number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** Returns the load settings in `args`; throws naming the flag on a bad value. */
export function parseLoadFlags(args = process.argv.slice(2)): LoadFlags {
  const { values } = parseArgs({
    args,
    options: {
      clients: { type: "string", default: "64" },
      seconds: { type: "string", default: "60" },
      "settle-seconds": { type: "string", default: "60" },
      "abort-share": { type: "string", default: "0.1" },
      "image-clients": { type: "string", default: "2" },
      "warmup-seconds": { type: "string", default: "5" },
      "resnet50-model": { type: "string" },
      // Accepted so `npm run bench -- all --rounds N` can pass it; the load runs once.
      rounds: { type: "string" },
    },
  });
  const clients = Math.round(readNumber("clients", values.clients, 1, 4096));
  return {
    clients,
    seconds: readNumber("seconds", values.seconds, 1),
    settleSeconds: readNumber("settle-seconds", values["settle-seconds"], 0),
    abortShare: readNumber("abort-share", values["abort-share"], 0, 1),
    imageClients: Math.round(readNumber("image-clients", values["image-clients"], 0, clients)),
    warmupSeconds: readNumber("warmup-seconds", values["warmup-seconds"], 0, 600),
    resnet50Model: values["resnet50-model"],
  };
}
