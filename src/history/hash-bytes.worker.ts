/// <reference lib="webworker" />
/** A module worker that computes SHA-256 digests, so hashing megabytes of photos never holds the page. */
import type { HashAnswer, HashJob } from "./hash-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener("message", (event: MessageEvent<HashJob>) => {
  const { id, blob } = event.data;
  blob
    .arrayBuffer()
    .then((bytes) => crypto.subtle.digest("SHA-256", bytes))
    .then(
      (digest) => scope.postMessage({ id, digest } satisfies HashAnswer),
      (error: unknown) => scope.postMessage({ id, error: String(error) } satisfies HashAnswer),
    );
});
