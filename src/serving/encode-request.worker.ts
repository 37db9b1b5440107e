/// <reference lib="webworker" />
/** A module worker that encodes PredictRequests so a large send never blocks the page. */
import { encodePredictRequest } from "./encode-predict-request";
import {
  describeEncodeFailure,
  type EncodeAnswer,
  type EncodeJob,
} from "./encode-request-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<EncodeJob>) => {
  const { wire, spec, instances } = event.data;
  let answer: EncodeAnswer;
  try {
    const { request, ...rest } = encodePredictRequest(wire, spec, instances);
    // Copied into a Blob here, off the page's thread; the page passes the Blob to fetch by reference.
    answer = { ok: true, request: new Blob([request as Uint8Array<ArrayBuffer>]), ...rest };
  } catch (error) {
    answer = { ok: false, failure: describeEncodeFailure(error) };
  }
  scope.postMessage(answer);
});
