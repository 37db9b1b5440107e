/**
 * Decodes large PredictReplies in a module Web Worker, so the page stays responsive while a reply
 * of megabytes is read, and the stats of its large tensors are computed there too. The reply's
 * bytes are transferred to the worker and the decoded arrays back, never copied. Small replies,
 * and environments without a Worker (Node, jsdom) or where it cannot load, decode in this thread.
 */
import { createWorkerClient } from "../workers/worker-client";
import { decodeReply, type DecodedReply, type ReplyDecodeJob } from "./decode-reply";
import { unpackDecodedReply, type DecodeAnswer } from "./decode-reply-messages";
import type { ReadySignal } from "../workers/worker-client";

/** Replies smaller than this decode in this thread: faster than a trip to the worker. */
export const OFF_THREAD_MIN_REPLY_BYTES = 256 * 1024;

const ABORT_MESSAGE = "The inference call was aborted";

const decoder = createWorkerClient<ReplyDecodeJob, Exclude<DecodeAnswer, ReadySignal>>({
  start: (Worker) =>
    new Worker(new URL("./decode-reply.worker.ts", import.meta.url), { type: "module" }),
  name: "reply decoder",
  abortMessage: ABORT_MESSAGE,
  // The reply's bytes are transferred: they go only to a worker known to have loaded.
  waitForReady: true,
});

/** Starts loading the decoding worker ahead of a reply (where there is one); safe to call often. */
export function prepareReplyDecoder(): void {
  decoder.prepare();
}

/**
 * Returns the decoded reply, as `decodeReply` gives it. The job's reply bytes are handed to the
 * worker (the caller must not read them afterwards). Rejects with an AbortError when `signal`
 * aborts, and with an Error when the worker stops while holding the reply.
 */
export async function decodeOffThread(
  job: ReplyDecodeJob,
  signal?: AbortSignal,
): Promise<DecodedReply> {
  if (signal?.aborted) {
    throw new DOMException(ABORT_MESSAGE, "AbortError");
  }
  if (job.reply.byteLength < OFF_THREAD_MIN_REPLY_BYTES) {
    return decodeReply(job);
  }
  const { buffer } = job.reply;
  const answer = await decoder.request(job, {
    signal,
    transfer: buffer instanceof ArrayBuffer ? [buffer] : [],
  });
  if (!answer) {
    // No worker took the reply, so its bytes are still here.
    return decodeReply(job);
  }
  if (!answer.ok) {
    throw new Error(answer.message);
  }
  return unpackDecodedReply(answer.result, answer.replyJson);
}
