/** The messages between the page and the hashing worker. */

/** One file's bytes to hash, as a Blob (no copy on the way); `id` pairs the answer with its job. */
export interface HashJob {
  id: number;
  blob: Blob;
}

/** The SHA-256 digest of a job's bytes, or why it could not be computed. */
export type HashAnswer = { id: number; digest: ArrayBuffer } | { id: number; error: string };
