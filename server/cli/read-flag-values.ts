/** Readers for the flag values the command-line programs share, with one wording for every program. */
import type { WireVersion } from "../../protocol/wire-version";

/** The values `--wire` accepts: a pinned Serving wire version, or any (tell by the reply). */
export type WireFlag = WireVersion | "any";

const WIRE_FLAGS: readonly string[] = ["any", "1.3", "1.2"];

// Number("") and Number(" ") are 0, so a blank value would quietly mean port 0.
function toNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : text.trim() === "" ? NaN : Number(text);
}

/** Returns the port number `text` names (0 picks a free port), or undefined when the flag is absent; throws on anything outside 0–65535. */
export function readPort(flag: string, text: string | undefined): number | undefined {
  const port = toNumber(text);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--${flag} must be a port number from 0 to 65535, got "${text}"`);
  }
  return port;
}

/** Returns the whole number `text` names, or undefined when the flag is absent; throws when it is not an integer of at least `min`. */
export function readInteger(
  flag: string,
  text: string | undefined,
  min: number,
): number | undefined {
  const value = toNumber(text);
  if (value !== undefined && (!Number.isInteger(value) || value < min)) {
    throw new Error(`--${flag} must be an integer >= ${min}, got "${text}"`);
  }
  return value;
}

/** Returns the wire version `text` names, or undefined when the flag is absent; throws on anything but any, 1.3 or 1.2. */
export function readWire(text: string | undefined): WireFlag | undefined {
  if (text !== undefined && !WIRE_FLAGS.includes(text)) {
    throw new Error(`--wire must be any, 1.3 or 1.2, got "${text}"`);
  }
  return text as WireFlag | undefined;
}
