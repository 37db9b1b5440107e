/**
 * SHA-256 digests computed in a module Web Worker: Chromium digests on the calling thread, about
 * 100 ms per 3 MB photo on a busy machine, which would hold the page while a run is recorded.
 * Where there is no Worker (Node, jsdom) or it fails to load, the digest is computed here.
 */
import { blobOfBytes } from "../serving/bytes-blob";
import { createWorkerClient } from "../workers/worker-client";
import type { HashAnswer, HashJob } from "./hash-messages";

const hasher = createWorkerClient<Omit<HashJob, "id">, HashAnswer>({
  start: (Worker) =>
    new Worker(new URL("./hash-bytes.worker.ts", import.meta.url), { type: "module" }),
  name: "hashing worker",
  // An idle worker is ended; the next run's files start a new one.
  idleMs: 10_000,
});

function digestHere(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", bytes);
}

/** Returns the SHA-256 digest of the bytes, computed in the hashing worker where there is one. */
export async function digestOffThread(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  if (!hasher.prepare()) {
    return digestHere(bytes);
  }
  // As a Blob, which crosses by reference: posting the bytes would copy megabytes on the page's
  // thread. A photo's Blob is usually made already (its thumbnail, the send).
  const answer = await hasher.request({ blob: blobOfBytes(bytes) });
  if (!answer) {
    return digestHere(bytes);
  }
  if ("error" in answer) {
    throw new Error(answer.error);
  }
  return answer.digest;
}
