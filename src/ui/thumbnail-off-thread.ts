/**
 * Thumbnails made in a module Web Worker, one photo at a time: decoding a photo takes tens of
 * megabytes of pixels, so sixteen at once would take hundreds. Where there is no Worker (jsdom)
 * or it fails to load, no thumbnail is made and callers show the photo itself.
 */
import { createWorkerClient } from "../workers/worker-client";
import type { ThumbnailAnswer, ThumbnailJob } from "./thumbnail-messages";

const shrinker = createWorkerClient<Omit<ThumbnailJob, "id">, ThumbnailAnswer>({
  start: (Worker) =>
    new Worker(new URL("./make-thumbnail.worker.ts", import.meta.url), { type: "module" }),
  name: "thumbnail worker",
  // An idle worker is ended; the next photo starts a new one.
  idleMs: 10_000,
});

// The end of the line of photos waiting for the worker: each starts when the one before settles.
let lastInLine: Promise<unknown> = Promise.resolve();

async function makeThumbnail(photo: Blob): Promise<Blob> {
  const answer = await shrinker.request({ photo });
  if (!answer) {
    throw new Error("the thumbnail worker is not available");
  }
  if ("error" in answer) {
    throw new Error(answer.error);
  }
  return answer.thumbnail;
}

/** Returns whether thumbnails can be made here (a Worker that has not failed); starts it if so. */
export function canMakeThumbnails(): boolean {
  return shrinker.prepare();
}

/** Returns a thumbnail of the photo made in the worker; rejects when it cannot be made there. */
export function thumbnailOffThread(photo: Blob): Promise<Blob> {
  const made = lastInLine.then(() => makeThumbnail(photo));
  lastInLine = made.catch(() => undefined);
  return made;
}
