/**
 * A grpc-web transport that sends a request body held as a Blob. A Blob body is streamed by the
 * browser from its own storage, so a request of tens of megabytes costs the page no copy, where
 * fetch with a Uint8Array body copies it on the main thread. It also reports the reply bytes as
 * they arrive.
 */
import { grpcRuntime } from "./grpc-web-runtime";
import type { grpc } from "@improbable-eng/grpc-web";

/** Shortest time between two reports of the reply bytes received. */
const PROGRESS_INTERVAL_MS = 100;

/** Returns the gRPC-Web frame of a serialized message held as a Blob: flag byte, big-endian length, bytes. */
export function frameBlob(message: Blob): Blob {
  const header = new Uint8Array(5);
  new DataView(header.buffer).setUint32(1, message.size, false);
  return new Blob([header, message]);
}

/**
 * Returns a transport factory that POSTs `body` (an already framed request) and ignores the bytes
 * grpc-web hands to `sendMessage`. `onReceived` gets the running count of reply bytes.
 */
export function blobFetchTransport(
  body: Blob,
  onReceived?: (bytes: number) => void,
): grpc.TransportFactory {
  return (options) => {
    const controller = new AbortController();
    let metadata: grpc.Metadata | undefined;
    let cancelled = false;
    let received = 0;
    const fail = (error: unknown): void => {
      if (!cancelled) {
        cancelled = true;
        options.onEnd(error instanceof Error ? error : new Error(String(error)));
      }
    };
    // The chunks are joined once at the end: grpc-web's parser copies everything it holds on
    // each chunk it is given, which for a reply of megabytes in small chunks is quadratic.
    const pump = async (reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> => {
      const chunks: Uint8Array[] = [];
      let reported = -Infinity;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          if (received > 0) {
            onReceived?.(received);
            options.onChunk(joinChunks(chunks, received));
          }
          options.onEnd();
          return;
        }
        received += value.byteLength;
        chunks.push(value);
        // At most one progress report per interval: each one re-renders the page's progress.
        const now = performance.now();
        if (now - reported >= PROGRESS_INTERVAL_MS) {
          reported = now;
          onReceived?.(received);
        }
      }
    };
    return {
      start: (headers) => {
        metadata = headers;
      },
      sendMessage: () => {
        fetch(options.url, {
          method: "POST",
          headers: metadata?.toHeaders(),
          body,
          signal: controller.signal,
          credentials: "same-origin",
        })
          .then((response) => {
            options.onHeaders(new grpcRuntime.Metadata(response.headers), response.status);
            if (response.body) {
              return pump(response.body.getReader());
            }
            options.onEnd();
            return undefined;
          })
          .catch(fail);
      },
      finishSend: () => undefined,
      cancel: () => {
        cancelled = true;
        controller.abort();
      },
    };
  };
}

function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) {
    return chunks[0];
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
