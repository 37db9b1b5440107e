/** Checks metadata header names before a browser sends them through the gRPC-Web gateway. */
import type { MetadataEntry } from "./connection-draft";

/**
 * The request headers the gateway's CORS policy lets a browser send (envoy/envoy.yaml
 * `allow_headers`); a test keeps this list equal to the file.
 */
export const GATEWAY_ALLOWED_HEADERS = [
  "content-type",
  "x-grpc-web",
  "x-user-agent",
  "grpc-timeout",
  "authorization",
] as const;

// Headers the gRPC-Web client or the browser sets itself; a second value would break the call.
const RESERVED = new Set([
  "content-type",
  "content-length",
  "x-grpc-web",
  "x-user-agent",
  "user-agent",
  "accept",
  "te",
  "host",
  "connection",
]);

// gRPC custom metadata names: lowercase letters, digits, "-", "_" and "." (gRPC over HTTP/2 spec).
const NAME = /^[0-9a-z_.-]+$/;

/** Returns why `name` (trimmed) cannot be sent as a metadata header name, or undefined when it can. */
export function checkHeaderName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") {
    return "Enter a header name";
  }
  const lower = trimmed.toLowerCase();
  if (!NAME.test(lower)) {
    return 'Use only lowercase letters, digits, "-", "_" and "."';
  }
  if (lower === "grpc-timeout") {
    return "Set the deadline with Timeout (s) instead";
  }
  if (lower.startsWith("grpc-")) {
    return "grpc-* headers are reserved for gRPC itself";
  }
  if (RESERVED.has(lower)) {
    return `${lower} is set by the client itself`;
  }
  return trimmed === lower ? undefined : `Header names are lowercase: "${lower}"`;
}

/**
 * Returns the problem with each entry's name by entry id: an invalid name, or one used by an
 * earlier entry. Entries with neither name nor value are ignored, as sending does.
 */
export function checkMetadataNames(entries: readonly MetadataEntry[]): Map<string, string> {
  const problems = new Map<string, string>();
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (isBlankEntry(entry)) {
      return;
    }
    const name = entry.key.trim();
    const problem = checkHeaderName(name);
    const earlier = seen.get(name);
    if (problem) {
      problems.set(entry.id, problem);
    } else if (earlier !== undefined) {
      problems.set(entry.id, `Header ${earlier + 1} already has this name`);
    } else {
      seen.set(name, index);
    }
  });
  return problems;
}

/** Returns true when the entry has neither a name nor a value (a row not filled in yet). */
export function isBlankEntry(entry: MetadataEntry): boolean {
  return entry.key.trim() === "" && entry.value === "";
}

/** Returns true when the gateway's allow_headers must list `name` before a browser may send it. */
export function needsAllowHeader(name: string): boolean {
  return !(GATEWAY_ALLOWED_HEADERS as readonly string[]).includes(name.trim());
}
