/**
 * Encodes a PredictRequest in a module Web Worker, so the page stays responsive (Send, Cancel,
 * progress) while a request of tens of megabytes is built. Where there is no Worker (Node, jsdom),
 * or the worker cannot take the values (a value that cannot be cloned), it encodes in this thread.
 * Aborting ends the worker at once.
 */
import { createWorkerClient } from "../workers/worker-client";
import { detachLargeBytes } from "./detach-large-bytes";
import { encodePredictRequest, type EncodedPredictRequest } from "./encode-predict-request";
import {
  rebuildEncodeFailure,
  type EncodeAnswer,
  type EncodeJob,
  type PostedEncodeJob,
} from "./encode-request-messages";

const ABORT_MESSAGE = "The inference call was aborted";

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
    throw new DOMException(ABORT_MESSAGE, "AbortError");
  }
  const inThread = () => encodePredictRequest(job.wire, job.spec, job.instances);
  // A worker of its own for each request: aborting ends it, and the encoding under way with it.
  const encoder = createWorkerClient<PostedEncodeJob, EncodeAnswer>({
    start: (Worker) =>
      new Worker(new URL("./encode-request.worker.ts", import.meta.url), { type: "module" }),
    name: "request encoder",
    abortMessage: ABORT_MESSAGE,
  });
  if (!encoder.prepare()) {
    return inThread();
  }
  try {
    const answer = await encoder.request(
      { ...job, instances: detachLargeBytes(job.instances) },
      { signal },
    );
    if (!answer) {
      // The worker could not load or take the values (the float16 array class): encoded here.
      return inThread();
    }
    if (!answer.ok) {
      throw rebuildEncodeFailure(answer.failure);
    }
    return {
      request: answer.request,
      requestJson: answer.requestJson,
      instanceCount: answer.instanceCount,
    };
  } finally {
    encoder.close();
  }
}
