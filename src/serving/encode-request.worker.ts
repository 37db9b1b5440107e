/// <reference lib="webworker" />
/** A module worker that encodes PredictRequests so a large send never blocks the page. */
import { attachBytes } from "./detach-large-bytes";
import { encodePredictRequest } from "./encode-predict-request";
import {
  describeEncodeFailure,
  type EncodeAnswer,
  type PostedEncodeJob,
} from "./encode-request-messages";
import type { Numbered } from "../workers/worker-client";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<Numbered<PostedEncodeJob>>) => {
  void encode(event.data).then((answer) => scope.postMessage(answer));
});

async function encode({
  id,
  wire,
  spec,
  instances,
}: Numbered<PostedEncodeJob>): Promise<EncodeAnswer> {
  let answer: EncodeAnswer;
  try {
    const { request, ...rest } = encodePredictRequest(wire, spec, await attachBytes(instances));
    // Copied into a Blob here, off the page's thread; the page passes the Blob to fetch by reference.
    answer = { id, ok: true, request: new Blob([request as Uint8Array<ArrayBuffer>]), ...rest };
  } catch (error) {
    answer = { id, ok: false, failure: describeEncodeFailure(error) };
  }
  return answer;
}
