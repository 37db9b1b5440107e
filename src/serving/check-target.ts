/** Checks of the call target and options that the wire cannot carry otherwise. */
import { InvalidInputError } from "./invalid-input-error";
import type { WireVersion } from "./types";

/** Returns the wire version, "1.3" by default; throws InvalidInputError for other values. */
export function checkWire(wire: WireVersion | undefined): WireVersion {
  if (wire === undefined || wire === "1.3" || wire === "1.2") {
    return wire ?? "1.3";
  }
  throw new InvalidInputError(`wire version must be "1.3" or "1.2", got ${JSON.stringify(wire)}`);
}

/** Returns the version as a number; throws InvalidInputError unless it is a safe non-negative integer. */
export function checkVersion(version: number | bigint | undefined): number {
  // The generated ServableSpec holds the version as a JS number, so it must be a safe integer.
  const value = version ?? 0;
  if (
    (typeof value === "bigint" || Number.isInteger(value)) &&
    value >= 0 &&
    value <= Number.MAX_SAFE_INTEGER
  ) {
    return Number(value);
  }
  throw new InvalidInputError(
    `version must be a whole number from 0 (latest) to 2^53-1, got ${String(value)}`,
  );
}

/** Throws InvalidInputError unless `timeoutMs` is undefined or a positive finite number. */
export function checkTimeout(timeoutMs: number | undefined): void {
  if (timeoutMs !== undefined && !(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    throw new InvalidInputError(
      `timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`,
    );
  }
}

/** Returns the base URL without trailing slashes; throws InvalidInputError unless it is http(s). */
export function checkUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol !== "http:" && parsed?.protocol !== "https:") {
    throw new InvalidInputError(
      `gateway URL must be an http:// or https:// URL, got ${JSON.stringify(url)}`,
    );
  }
  return url.replace(/\/+$/, "");
}

/** Throws InvalidInputError when a servable or method name is empty, as the Python client does. */
export function checkName(what: "servable" | "method", name: string): string {
  if (typeof name !== "string" || name.trim() === "") {
    throw new InvalidInputError(`${what} name must not be empty`);
  }
  return name;
}
