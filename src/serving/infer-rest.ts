/** One predict call over Serving's RESTful JSON API (master/restful), as an InferExchange. */
import { parse } from "lossless-json";
import { buildRestBody } from "../../protocol/rest-request-body";
import { buildRestUrl } from "../../protocol/rest-url";
import { classifyHttpStatus } from "./classify-failure";
import { parseRestReply } from "./parse-rest-reply";
import { readBoundedBody, ReplyTooLargeError } from "./read-bounded-body";
import { MODEL_MARKER_HEADER, readModelMarker } from "./read-model-marker";
import { restJsonView } from "./rest-json-view";
import type { WireInstance, WireSpec } from "../../protocol/wire-tensor";
import type { InferExchange, InferResult, RequestFailure } from "./types";

/** Replies larger than this are refused unless the caller sets its own limit. */
export const DEFAULT_MAX_REPLY_BYTES = 128 * 1024 * 1024;

/** What to send where, already checked and encoded. */
export interface RestCall {
  /** Base URL (the gateway), without a trailing slash. */
  url: string;
  spec: WireSpec;
  instances: WireInstance[];
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
  maxReplyBytes?: number;
  fetch?: typeof fetch;
}

const utf8 = new TextEncoder();

/**
 * Returns the exchange of one REST call. Serving and transport failures resolve as `{ok: false}`
 * with the same causes as over gRPC-Web (a local deadline as "deadline" with DEADLINE_EXCEEDED, no
 * response as "unreachable" with UNAVAILABLE, a reply over the limit as "too-large");
 * rejects with a DOMException named "AbortError" when `signal` aborts.
 */
export async function inferRest(call: RestCall): Promise<InferExchange> {
  const body = buildRestBody(call.instances);
  const endpoint = buildRestUrl(call.url, call.spec.name, call.spec.methodName, call.spec.version);
  const limit = call.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES;
  const requestBytes = utf8.encode(body).byteLength;
  const requestJson = { url: endpoint, body: restJsonView(JSON.parse(body)) };
  const started = performance.now();
  const finish = (
    result: InferResult,
    replyBytes = 0,
    replyJson: unknown = null,
  ): InferExchange => ({
    transport: "rest",
    result,
    requestBytes,
    replyBytes,
    elapsedMs: performance.now() - started,
    requestJson,
    replyJson,
  });
  if (call.signal?.aborted) {
    throw abortError();
  }
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  call.signal?.addEventListener("abort", onAbort, { once: true });
  const timer =
    call.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, call.timeoutMs);
  try {
    const response = await (call.fetch ?? fetch)(endpoint, {
      method: "POST",
      headers: { ...call.headers, "content-type": "application/json" },
      body,
      signal: controller.signal,
    });
    const text = await readBoundedBody(response, limit);
    const replyBytes = utf8.encode(text).byteLength;
    if (response.status !== 200) {
      return finish(httpFailure(response, text, endpoint), replyBytes, restJsonOrText(text));
    }
    const reply = parseRestReply(text, call.instances.length);
    const exchange = finish(
      reply.result,
      replyBytes,
      reply.json === undefined ? text.slice(0, 200) : restJsonView(reply.json),
    );
    const marker = response.headers.get(MODEL_MARKER_HEADER);
    return marker !== null && readModelMarker([marker])
      ? { ...exchange, untrainedModel: true }
      : exchange;
  } catch (error) {
    if (call.signal?.aborted) {
      throw abortError();
    }
    if (timedOut) {
      return finish({
        ok: false,
        cause: "deadline",
        error: `no reply within ${call.timeoutMs} ms`,
        grpcStatus: 4,
        grpcStatusName: "DEADLINE_EXCEEDED",
      });
    }
    if (error instanceof ReplyTooLargeError) {
      return finish({
        ok: false,
        cause: "too-large",
        error: `The REST ${error.message}`,
        grpcStatus: 8,
        grpcStatusName: "RESOURCE_EXHAUSTED",
      });
    }
    // fetch rejects with a TypeError when no HTTP response arrives (refused, DNS, CORS).
    return finish({
      ok: false,
      cause: "unreachable",
      error: `no response from ${endpoint} (gateway down or unreachable, or the origin not allowed by CORS)`,
      grpcStatus: 14,
      grpcStatusName: "UNAVAILABLE",
    });
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener("abort", onAbort);
  }
}

// Serving answers 200 even for errors; another status came from the gateway or a proxy in between.
function httpFailure(response: Response, text: string, endpoint: string): RequestFailure {
  const served = parseRestReply(text, 0).result;
  // An error_msg Serving wrote, passed on with another status.
  const servingError = !served.ok && served.cause !== "protocol-error" ? served.error : undefined;
  const detail = servingError ?? (text.trim().slice(0, 200) || "no body");
  return {
    ok: false,
    cause: classifyHttpStatus(response.status, text, servingError),
    error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""} from ${endpoint}: ${detail}`,
    httpStatus: response.status,
  };
}

function restJsonOrText(text: string): unknown {
  try {
    return restJsonView(parse(text));
  } catch {
    return text.slice(0, 200);
  }
}

function abortError(): DOMException {
  return new DOMException("The inference call was aborted", "AbortError");
}
