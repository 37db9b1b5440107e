/** One MSService.Predict call over gRPC-Web with @improbable-eng/grpc-web. */
import { blobFetchTransport, frameBlob } from "./blob-fetch-transport";
import { classifyGrpcStatus } from "./classify-failure";
import { grpcRuntime } from "./grpc-web-runtime";
import { predictMethod, SerializedMessage } from "./predict-method";
import { MODEL_MARKER_HEADER, readModelMarker } from "./read-model-marker";
import type { FailureCause } from "./types";
import type { grpc } from "@improbable-eng/grpc-web";

/** What to call and how. */
export interface PredictCall {
  /** Base URL of the gRPC-Web endpoint. */
  url: string;
  /** The serialized PredictRequest; a Blob (from the encoding worker) is sent without a copy. */
  request: Uint8Array | Blob;
  metadata?: Record<string, string>;
  transport?: grpc.TransportFactory;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with the running count of reply bytes received (Blob requests over fetch). */
  onReceived?: (bytes: number) => void;
}

/** The end of a call: the serialized reply, or the gRPC status it failed with and why. */
export type PredictOutcome =
  | { ok: true; reply: Uint8Array; untrainedModel?: true }
  | { ok: false; status: number; message: string; cause: FailureCause };

/**
 * Returns the outcome of one Predict call. Sends `grpc-timeout` for `timeoutMs` and also ends the
 * call locally as DEADLINE_EXCEEDED when the deadline passes. Rejects with a DOMException named
 * "AbortError" when `signal` aborts.
 */
export function callPredict(call: PredictCall): Promise<PredictOutcome> {
  const { signal, timeoutMs } = call;
  if (signal?.aborted) {
    return Promise.reject(abortError());
  }
  const metadata: Record<string, string> = { ...call.metadata };
  if (timeoutMs !== undefined) {
    metadata["grpc-timeout"] = formatTimeout(timeoutMs);
  }
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    // A Blob request travels as the fetch body itself; grpc-web then frames an empty placeholder.
    const blob = call.request instanceof Uint8Array ? undefined : call.request;
    const request = grpcRuntime.unary<SerializedMessage, SerializedMessage, typeof predictMethod>(
      predictMethod,
      {
        host: call.url,
        request: new SerializedMessage(blob ? undefined : (call.request as Uint8Array)),
        metadata,
        transport:
          blob && !call.transport
            ? blobFetchTransport(frameBlob(blob), call.onReceived)
            : call.transport,
        onEnd: (output) => {
          finish();
          resolve(toOutcome(output, call.url));
        },
      },
    );
    const stop = (): void => {
      finish();
      request.close();
    };
    function onAbort(): void {
      stop();
      reject(abortError());
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        stop();
        resolve({
          ok: false,
          status: grpcRuntime.Code.DeadlineExceeded,
          message: `no reply within ${timeoutMs} ms`,
          cause: "deadline",
        });
      }, timeoutMs);
    }
  });
}

function toOutcome(output: grpc.UnaryOutput<SerializedMessage>, url: string): PredictOutcome {
  if (output.status === grpcRuntime.Code.OK) {
    const untrainedModel = readModelMarker(output.headers.get(MODEL_MARKER_HEADER));
    return output.message
      ? { ok: true, reply: output.message.bytes, ...(untrainedModel ? { untrainedModel } : {}) }
      : {
          ok: false,
          status: grpcRuntime.Code.Internal,
          message: "the call ended OK without a reply message",
          cause: "protocol-error",
        };
  }
  // grpc-web reports a request that got no HTTP response at all (connection refused, DNS, CORS
  // rejection) as UNKNOWN; gRPC calls that condition UNAVAILABLE.
  if (
    output.status === grpcRuntime.Code.Unknown &&
    Object.keys(output.headers.headersMap).length === 0
  ) {
    return {
      ok: false,
      status: grpcRuntime.Code.Unavailable,
      message: `no response from ${url} (gateway down or unreachable, or the origin not allowed by CORS)`,
      cause: "unreachable",
    };
  }
  // A response without grpc-status came from something that is not a gRPC-Web endpoint (a web
  // server, a proxy error page); grpc-web then only knows the HTTP status, so say what answered.
  if (!output.headers.has("grpc-status") && !output.trailers.has("grpc-status")) {
    const type = output.headers.get("content-type")[0] ?? "none";
    return {
      ok: false,
      status: output.status,
      message: `${url} answered without a gRPC status (content-type ${type}); is it the gRPC-Web endpoint?`,
      cause: "not-grpc-web",
    };
  }
  return {
    ok: false,
    status: output.status,
    message: output.statusMessage,
    cause: classifyGrpcStatus(output.status, output.statusMessage),
  };
}

/** grpc-timeout is at most 8 digits plus a unit (gRPC over HTTP/2 spec). */
function formatTimeout(ms: number): string {
  const millis = Math.max(1, Math.ceil(ms));
  return millis < 1e8 ? `${millis}m` : `${Math.min(99_999_999, Math.ceil(millis / 1000))}S`;
}

function abortError(): DOMException {
  return new DOMException("The inference call was aborted", "AbortError");
}
