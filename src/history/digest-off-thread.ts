/**
 * SHA-256 digests computed in a module Web Worker: Chromium digests on the calling thread, about
 * 100 ms per 3 MB photo on a busy machine, which would hold the page while a run is recorded.
 * Where there is no Worker (Node, jsdom) or it fails to load, the digest is computed here.
 */
import { blobOfBytes } from "../serving/bytes-blob";
import type { HashAnswer, HashJob } from "./hash-messages";

// The few Worker members used here: the history code also compiles without DOM types (Node).
interface HashWorker {
  postMessage(message: HashJob): void;
  terminate(): void;
  onmessage: ((event: { data: HashAnswer }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}
type WorkerConstructor = new (url: URL, options: { type: "module" }) => HashWorker;

interface Pending {
  bytes: Uint8Array<ArrayBuffer>;
  resolve(digest: ArrayBuffer): void;
  reject(error: Error): void;
}

/** An idle worker is ended after this long; the next run's files start a new one. */
const IDLE_MS = 10_000;

let worker: HashWorker | undefined;
let unavailable = false;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, Pending>();

function digestHere(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", bytes);
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

// A worker that cannot load (a strict Content-Security-Policy, say) leaves hashing on this thread.
function giveUpOnWorker(): void {
  unavailable = true;
  stopWorker();
  const left = [...pending.values()];
  pending.clear();
  for (const job of left) {
    digestHere(job.bytes).then(job.resolve, job.reject);
  }
}

function startWorker(): HashWorker | undefined {
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker || unavailable) {
    return undefined;
  }
  try {
    // Written as `new Worker(new URL(…))`: the pattern by which Vite finds and bundles the worker.
    const started = new Worker(new URL("./hash-bytes.worker.ts", import.meta.url), {
      type: "module",
    });
    started.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (job) {
        if ("digest" in data) {
          job.resolve(data.digest);
        } else {
          job.reject(new Error(data.error));
        }
      }
      scheduleIdleStop();
    };
    started.onerror = (event) => {
      event.preventDefault();
      giveUpOnWorker();
    };
    return started;
  } catch {
    unavailable = true;
    return undefined;
  }
}

function scheduleIdleStop(): void {
  if (idleTimer !== undefined) {
    clearTimeout(idleTimer);
  }
  idleTimer = setTimeout(() => {
    idleTimer = undefined;
    if (pending.size === 0) {
      stopWorker();
    }
  }, IDLE_MS);
}

/** Returns the SHA-256 digest of the bytes, computed in the hashing worker where there is one. */
export function digestOffThread(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  worker ??= startWorker();
  const running = worker;
  if (!running) {
    return digestHere(bytes);
  }
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { bytes, resolve, reject });
    try {
      // As a Blob, which crosses by reference: posting the bytes would copy megabytes on the
      // page's thread. A photo's Blob is usually made already (its thumbnail, the send).
      running.postMessage({ id, blob: blobOfBytes(bytes) });
    } catch {
      pending.delete(id);
      digestHere(bytes).then(resolve, reject);
    }
  });
}
