/**
 * One object URL per photo for every thumbnail of it: the instance card and the result card show
 * the same URL, so a result paints an image the page already holds instead of registering and
 * fetching the photo again. A large photo is shown through a small thumbnail made off the page's
 * thread; a small one, or one the worker cannot shrink, through its own bytes.
 * The URLs are released when the bytes are garbage collected.
 */
import { blobOfBytes } from "../serving/bytes-blob";
import { canMakeThumbnails, thumbnailOffThread } from "./thumbnail-off-thread";

/** Photos smaller than this are shown as they are: a thumbnail would save little. */
export const THUMBNAIL_FROM_BYTES = 256 * 1024;

/** Photos larger than this are not handed to the thumbnail worker (nor decoded for one). */
export const MAX_THUMBNAIL_SOURCE_BYTES = 64 * 1024 * 1024;

interface Entry {
  url?: string;
  making?: Promise<void>;
}

const entries = new WeakMap<Uint8Array, Entry>();
const listeners = new Set<() => void>();
// File bytes are never changed in place, so a URL stays right until the bytes are gone.
const release =
  typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<string>((url) => URL.revokeObjectURL(url))
    : undefined;

function canMakeUrls(): boolean {
  return typeof URL.createObjectURL === "function";
}

function settle(bytes: Uint8Array, entry: Entry, blob: Blob): void {
  entry.url = URL.createObjectURL(blob);
  release?.register(bytes, entry.url);
  for (const listener of [...listeners]) {
    listener();
  }
}

function wantsThumbnail(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= THUMBNAIL_FROM_BYTES &&
    bytes.byteLength <= MAX_THUMBNAIL_SOURCE_BYTES &&
    canMakeThumbnails()
  );
}

/** Returns whether this page can show photos at all (it has object URLs). */
export function canShowThumbnails(): boolean {
  return canMakeUrls();
}

/**
 * Returns the URL to show the photo `bytes` by, when it is ready: at once for a small photo, and
 * for a large one once its thumbnail is made (start that with requestThumbnailUrl).
 */
export function thumbnailUrlNow(bytes: Uint8Array, type: string): string | undefined {
  const known = entries.get(bytes);
  if (known || !canMakeUrls()) {
    return known?.url;
  }
  if (wantsThumbnail(bytes)) {
    return undefined;
  }
  const entry: Entry = {};
  entries.set(bytes, entry);
  entry.url = URL.createObjectURL(blobOfBytes(bytes, type));
  release?.register(bytes, entry.url);
  return entry.url;
}

/** Starts making the thumbnail of `bytes` unless it is made or being made; resolves when its URL is ready. */
export function requestThumbnailUrl(bytes: Uint8Array, type: string): Promise<void> {
  if (!canMakeUrls()) {
    return Promise.resolve();
  }
  const known = entries.get(bytes);
  if (known) {
    return known.making ?? Promise.resolve();
  }
  if (!wantsThumbnail(bytes)) {
    thumbnailUrlNow(bytes, type);
    return Promise.resolve();
  }
  const entry: Entry = {};
  entries.set(bytes, entry);
  const photo = blobOfBytes(bytes, type);
  entry.making = thumbnailOffThread(photo).then(
    (thumbnail) => settle(bytes, entry, thumbnail),
    // Not an image the worker can decode: the photo itself, as the browser shows it.
    () => settle(bytes, entry, photo),
  );
  return entry.making;
}

/** Calls `listener` whenever a thumbnail URL becomes ready; returns the unsubscribe function. */
export function subscribeThumbnails(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
