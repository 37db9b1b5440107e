/// <reference lib="webworker" />
/** A module worker that decodes PredictReplies, so a reply of megabytes never blocks the page. */
import { describeError } from "../../shared/describe-value";
import { decodeReply } from "./decode-reply";
import { packDecodedReply, type DecodeAnswer, type PostedDecodeJob } from "./decode-reply-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<PostedDecodeJob>) => {
  const { id, ...job } = event.data;
  let answer: DecodeAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const packed = packDecodedReply(decodeReply(job));
    answer = { id, ok: true, result: packed.result, replyJson: packed.replyJson };
    transfer = packed.transfer;
  } catch (error) {
    answer = { id, ok: false, message: describeError(error) };
  }
  scope.postMessage(answer, transfer);
});

// Said once the module has loaded: only then does the page hand over a reply's bytes.
scope.postMessage({ ready: true } satisfies DecodeAnswer);
