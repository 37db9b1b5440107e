/**
 * Which headers cross the gateway. Towards Serving: the call's metadata, without hop-by-hop
 * fields (RFC 9110 §7.6.1, including every name the Connection header lists), cookies, and the
 * fields that describe the gRPC-Web hop. Towards the browser: only what a gRPC-Web client reads.
 */
import type { Metadata } from "./trailers";
import type { IncomingHttpHeaders } from "node:http";

type HeaderBlock = Record<string, string | string[] | number | undefined>;

/** Connection-level fields, never forwarded in either direction. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "host",
  "content-length",
  "http2-settings",
]);

/**
 * Request fields that are not call metadata: the gRPC-Web hop's own (content type, timeout,
 * encodings, which the gateway sets itself) and the browser's cookies, which belong to the page's
 * site and must not reach Serving.
 */
const NOT_CALL_METADATA = new Set([
  "content-type",
  "accept",
  "accept-encoding",
  "x-grpc-web",
  "grpc-timeout",
  "grpc-encoding",
  "grpc-accept-encoding",
  "expect",
  "cookie",
]);

/** gRPC status fields a gRPC-Web client reads from response headers (trailers-only replies). */
const STATUS_FIELDS = ["grpc-status", "grpc-message", "grpc-status-details-bin"];

/** Fields of a reply that are never metadata for the browser. */
const NOT_REPLY_METADATA = new Set([
  ...HOP_BY_HOP,
  "content-type",
  "content-encoding",
  "grpc-encoding",
  "grpc-accept-encoding",
  "set-cookie",
  "date",
  "server",
]);

const NO_NAMES: ReadonlySet<string> = new Set();

/** Returns the names listed in Connection header values, lower-case. */
function connectionNames(value: string | string[] | number | undefined): ReadonlySet<string> {
  if (value === undefined) {
    return NO_NAMES;
  }
  const text = Array.isArray(value) ? value.join(",") : String(value ?? "");
  return new Set(
    text
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** The CORS policy's exposed names, parsed once: the policy is the same for every call. */
let exposedCache: { text: string; names: ReadonlySet<string> } | undefined;

function exposedNames(exposeHeaders: string): ReadonlySet<string> {
  if (exposedCache?.text !== exposeHeaders) {
    exposedCache = { text: exposeHeaders, names: connectionNames(exposeHeaders) };
  }
  return exposedCache.names;
}

/** Returns `block` without pseudo-headers and the names `skip` rejects, repeated values joined. */
function pick(block: HeaderBlock, skip: (name: string) => boolean): Metadata {
  const out: Metadata = {};
  for (const [name, value] of Object.entries(block)) {
    const lower = name.toLowerCase();
    if (lower.startsWith(":") || value === undefined || skip(lower)) {
      continue;
    }
    out[lower] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return out;
}

/** Returns the metadata of a browser's request to send on to Serving. */
export function pickRequestMetadata(headers: IncomingHttpHeaders): Metadata {
  const named = connectionNames(headers.connection);
  return pick(
    headers,
    (name) => HOP_BY_HOP.has(name) || NOT_CALL_METADATA.has(name) || named.has(name),
  );
}

/**
 * Returns the fields of Serving's response headers the browser gets: the gRPC status fields,
 * and other metadata only where the CORS policy exposes it (a page could not read it otherwise).
 */
export function pickReplyHeaders(headers: HeaderBlock, exposeHeaders: string): Metadata {
  const exposed = exposedNames(exposeHeaders);
  const named = connectionNames(headers.connection);
  return pick(
    headers,
    (name) =>
      !STATUS_FIELDS.includes(name) &&
      (!exposed.has(name) || NOT_REPLY_METADATA.has(name) || named.has(name)),
  );
}

/**
 * Returns the fields of Serving's trailers for the gRPC-Web trailer frame: the status fields and
 * custom metadata (the frame is part of the body, which the page reads anyway).
 */
export function pickReplyTrailers(trailers: HeaderBlock): Metadata {
  return pick(trailers, (name) => NOT_REPLY_METADATA.has(name));
}
