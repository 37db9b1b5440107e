/**
 * Encodes a PredictRequest in a module Web Worker, so the page stays responsive (Send, Cancel,
 * progress) while a request of tens of megabytes is built. Where there is no Worker (Node, jsdom),
 * or the worker cannot take the values (a value that cannot be cloned), it encodes in this thread.
 * Aborting ends the worker at once.
 */
import { detachLargeBytes } from "./detach-large-bytes";
import { encodePredictRequest, type EncodedPredictRequest } from "./encode-predict-request";
import {
  rebuildEncodeFailure,
  type EncodeAnswer,
  type EncodeJob,
  type PostedEncodeJob,
} from "./encode-request-messages";

// The few Worker members used here: the client also compiles without DOM types (Node).
interface EncodeWorker {
  postMessage(message: PostedEncodeJob): void;
  terminate(): void;
  onmessage: ((event: { data: EncodeAnswer }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}
type WorkerConstructor = new (url: URL, options: { type: "module" }) => EncodeWorker;

function abortError(): DOMException {
  return new DOMException("The inference call was aborted", "AbortError");
}

/** An encoded request: its bytes (encoded in this thread) or a Blob of them (from the worker). */
export type EncodedRequest = Omit<EncodedPredictRequest, "request"> & {
  request: Uint8Array | Blob;
};

/** Returns the encoded request; rejects with InvalidInputError, or an AbortError when `signal` aborts. */
export async function encodeOffThread(
  job: EncodeJob,
  signal?: AbortSignal,
): Promise<EncodedRequest> {
  if (signal?.aborted) {
    throw abortError();
  }
  const inThread = () => encodePredictRequest(job.wire, job.spec, job.instances);
  // Named Worker and written as `new Worker(new URL(…))`: the pattern by which Vite finds the
  // worker and bundles it; any other spelling ships the .ts file, which then fails to load.
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker) {
    return inThread();
  }
  let worker: EncodeWorker;
  try {
    worker = new Worker(new URL("./encode-request.worker.ts", import.meta.url), {
      type: "module",
    });
  } catch {
    return inThread();
  }
  return new Promise<EncodedRequest>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    const fallBack = () => {
      finish();
      try {
        resolve(inThread());
      } catch (error) {
        reject(error as Error);
      }
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      finish();
      if (data.ok) {
        resolve({
          request: data.request,
          requestJson: data.requestJson,
          instanceCount: data.instanceCount,
        });
      } else {
        reject(rebuildEncodeFailure(data.failure));
      }
    };
    // A worker that fails to load (a strict Content-Security-Policy, say) still leaves the send working.
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
    try {
      worker.postMessage({ ...job, instances: detachLargeBytes(job.instances) });
    } catch {
      // A value the structured clone cannot carry (the float16 array class) is encoded here.
      fallBack();
    }
  });
}
