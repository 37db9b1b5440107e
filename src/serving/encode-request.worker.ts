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
    answer = { ok: true, ...encodePredictRequest(wire, spec, instances) };
  } catch (error) {
    scope.postMessage({ ok: false, failure: describeEncodeFailure(error) } satisfies EncodeAnswer);
    return;
  }
  // The request's bytes move to the page without a copy.
  scope.postMessage(answer, { transfer: [answer.request.buffer] });
});
