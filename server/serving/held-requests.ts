/** Requests that are never answered, kept until their caller gives up or the server closes. */
export interface HeldRequests {
  /** Resolves once `signal` aborts or close() runs; at once when already closed. */
  hold(signal?: AbortSignal): Promise<void>;
  /** Requests held now. */
  readonly size: number;
  /** Releases every held request and each one held later. */
  close(): void;
}

/** Returns an empty HeldRequests. */
export function createHeldRequests(): HeldRequests {
  const releases = new Set<() => void>();
  let closed = false;
  return {
    hold(signal) {
      if (closed || signal?.aborted) {
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const release = () => {
          releases.delete(release);
          signal?.removeEventListener("abort", release);
          resolve();
        };
        releases.add(release);
        signal?.addEventListener("abort", release, { once: true });
      });
    },
    get size() {
      return releases.size;
    },
    close() {
      closed = true;
      for (const release of [...releases]) {
        release();
      }
    },
  };
}
