/** What every generator returns. */

/** A script and the files it reads, by path relative to the script. */
export interface Snippet {
  /** File name of the script in the download. */
  fileName: string;
  code: string;
  /** Every file the script reads (dropped files, large tensors as `.npy`, proto files). */
  files: Record<string, Uint8Array>;
}

/** Tensors with more elements than this are loaded from `.npy` files instead of written inline. */
export const INLINE_ELEMENT_LIMIT = 1000;

/** Serving addresses a snippet that talks to Serving directly uses. */
export interface ServingAddresses {
  /** host:port of Serving's gRPC server. */
  grpc: string;
  /** host:port of Serving's RESTful server. */
  rest: string;
}
