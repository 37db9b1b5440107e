/**
 * Thumbnails made in a module Web Worker, one photo at a time: decoding a photo takes tens of
 * megabytes of pixels, so sixteen at once would take hundreds. Where there is no Worker (jsdom)
 * or it fails to load, no thumbnail is made and callers show the photo itself.
 */
import type { ThumbnailAnswer, ThumbnailJob } from "./thumbnail-messages";

// The few Worker members used here.
interface ThumbnailWorker {
  postMessage(message: ThumbnailJob): void;
  terminate(): void;
  onmessage: ((event: { data: ThumbnailAnswer }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}
type WorkerConstructor = new (url: URL, options: { type: "module" }) => ThumbnailWorker;

interface Queued {
  id: number;
  photo: Blob;
  resolve(thumbnail: Blob): void;
  reject(error: Error): void;
}

/** An idle worker is ended after this long; the next photo starts a new one. */
const IDLE_MS = 10_000;

let worker: ThumbnailWorker | undefined;
let unavailable = false;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let running: Queued | undefined;
const queue: Queued[] = [];

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

// A worker that cannot load (a strict Content-Security-Policy, say): the photos are shown whole.
function giveUpOnWorker(): void {
  unavailable = true;
  stopWorker();
  const left = running ? [running, ...queue] : [...queue];
  running = undefined;
  queue.length = 0;
  for (const job of left) {
    job.reject(new Error("the thumbnail worker is not available"));
  }
}

function startWorker(): ThumbnailWorker | undefined {
  const Worker = (globalThis as { Worker?: WorkerConstructor }).Worker;
  if (!Worker || unavailable) {
    return undefined;
  }
  try {
    // Written as `new Worker(new URL(…))`: the pattern by which Vite finds and bundles the worker.
    const started = new Worker(new URL("./make-thumbnail.worker.ts", import.meta.url), {
      type: "module",
    });
    started.onmessage = ({ data }) => {
      const job = running;
      if (job?.id === data.id) {
        running = undefined;
        if ("thumbnail" in data) {
          job.resolve(data.thumbnail);
        } else {
          job.reject(new Error(data.error));
        }
      }
      runNext();
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

function runNext(): void {
  if (running || !worker) {
    return;
  }
  const job = queue.shift();
  if (!job) {
    scheduleIdleStop();
    return;
  }
  running = job;
  try {
    worker.postMessage({ id: job.id, photo: job.photo });
  } catch (error) {
    running = undefined;
    job.reject(error instanceof Error ? error : new Error(String(error)));
    runNext();
  }
}

function scheduleIdleStop(): void {
  if (idleTimer !== undefined) {
    clearTimeout(idleTimer);
  }
  idleTimer = setTimeout(() => {
    idleTimer = undefined;
    if (!running && queue.length === 0) {
      stopWorker();
    }
  }, IDLE_MS);
}

/** Returns whether thumbnails can be made here (a Worker that has not failed). */
export function canMakeThumbnails(): boolean {
  return !unavailable && typeof (globalThis as { Worker?: unknown }).Worker === "function";
}

/** Returns a thumbnail of the photo made in the worker; rejects when it cannot be made there. */
export function thumbnailOffThread(photo: Blob): Promise<Blob> {
  worker ??= startWorker();
  if (!worker) {
    return Promise.reject(new Error("there is no thumbnail worker here"));
  }
  return new Promise<Blob>((resolve, reject) => {
    queue.push({ id: nextId++, photo, resolve, reject });
    runNext();
  });
}
