/** The bounds of a load test: what one browser tab may put on a Serving. */
export const LOAD_LIMITS = {
  /** Calls in flight at once, the largest concurrency. */
  maxInFlight: 64,
  /** Warm-up plus measurement over every cell, in seconds. */
  maxTotalSeconds: 600,
  /** Instances in one request. */
  maxInstancesPerRequest: 1024,
  /** Values in one list field. */
  maxListLength: 16,
} as const;
