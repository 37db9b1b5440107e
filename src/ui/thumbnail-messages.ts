/** The messages between the page and the thumbnail worker. */

/** One photo to shrink; `id` pairs the answer with its job. A Blob crosses without a copy. */
export interface ThumbnailJob {
  id: number;
  photo: Blob;
}

/** The thumbnail of a job's photo, or why it could not be made. */
export type ThumbnailAnswer = { id: number; thumbnail: Blob } | { id: number; error: string };
