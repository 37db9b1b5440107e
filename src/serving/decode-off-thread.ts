/**
 * Decodes large PredictReplies in a module Web Worker, so the page stays responsive while a reply
 * of megabytes is read, and the stats of its large tensors are computed there too. The reply's
 * bytes are transferred to the worker and the decoded arrays back, never copied. Small replies,
 * and environments without a Worker (Node, jsdom) or where it cannot load, decode in this thread.
 */
import { decodeReply, type DecodedReply, type ReplyDecodeJob } from "./decode-reply";
import {
  unpackDecodedReply,
  type DecodeAnswer,
  type PostedDecodeJob,
} from "./decode-reply-messages";

/** Replies smaller than this decode in this thread: faster than a trip to the worker. */
export const OFF_THREAD_MIN_REPLY_BYTES = 256 * 1024;

// The few Worker members used here: the client also compiles without DOM types (Node).
interface DecodeWorker {
  postMessage(message: PostedDecodeJob, transfer: ArrayBuffer[]): void;
  addEventListener(type: "message", listener: (event: { data: DecodeAnswer }) => void): void;
  addEventListener(type: "error", listener: (event: { message?: string }) => void): void;
}
type WorkerConstructor = new (url: URL, options: { type: "module" }) => DecodeWorker;

interface Pending {
  resolve(decoded: DecodedReply): void;
  reject(error: Error): void;
}

let worker: DecodeWorker | undefined;
/** Resolves to the worker once it has loaded, or to undefined when it cannot run. */
let ready: Promise<DecodeWorker | undefined> | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Promise<DecodeWorker | undefined> {
  if (ready) {
    return ready;
  }
  // Named Worker and written as `new Worker(new URL(…))`: the pattern by which Vite finds the
  // worker and bundles it.
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker) {
    ready = Promise.resolve(undefined);
    return ready;
  }
  ready = new Promise((settle) => {
    let started: DecodeWorker;
    try {
      started = new Worker(new URL("./decode-reply.worker.ts", import.meta.url), {
        type: "module",
      });
    } catch {
      settle(undefined);
      return;
    }
    started.addEventListener("message", ({ data }) => {
      if ("ready" in data) {
        worker = started;
        settle(started);
        return;
      }
      const task = pending.get(data.id);
      pending.delete(data.id);
      if (data.ok) {
        task?.resolve(unpackDecodedReply(data.result, data.replyJson));
      } else {
        task?.reject(new Error(data.message));
      }
    });
    // A worker that cannot load (a strict Content-Security-Policy, say) leaves decoding in this
    // thread; one that stops later fails the replies it holds, whose bytes it has.
    started.addEventListener("error", (event) => {
      settle(undefined);
      worker = undefined;
      for (const task of pending.values()) {
        task.reject(new Error(`The reply decoder stopped: ${event.message ?? "unknown error"}`));
      }
      pending.clear();
    });
  });
  return ready;
}

/** Starts loading the decoding worker ahead of a reply (where there is one); safe to call often. */
export function prepareReplyDecoder(): void {
  void startWorker();
}

function abortError(): DOMException {
  return new DOMException("The inference call was aborted", "AbortError");
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
    throw abortError();
  }
  if (job.reply.byteLength < OFF_THREAD_MIN_REPLY_BYTES) {
    return decodeReply(job);
  }
  const target = await startWorker();
  if (signal?.aborted) {
    throw abortError();
  }
  if (!target || target !== worker) {
    return decodeReply(job);
  }
  const id = nextId++;
  return new Promise<DecodedReply>((resolve, reject) => {
    const onAbort = (): void => {
      // The worker finishes the reply anyway; its answer then finds no one waiting.
      pending.delete(id);
      reject(abortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    pending.set(id, {
      resolve: (decoded) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(decoded);
      },
      reject: (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error);
      },
    });
    const { buffer } = job.reply;
    try {
      target.postMessage({ id, ...job }, buffer instanceof ArrayBuffer ? [buffer] : []);
    } catch {
      // Not posted, so the bytes are still here.
      pending.delete(id);
      signal?.removeEventListener("abort", onAbort);
      resolve(decodeReply(job));
    }
  });
}
