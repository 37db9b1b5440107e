/** A queue that runs waiting items in batches of at most `maxBatch`, one batch at a time, in arrival order. */
export interface BatchQueue<I, O> {
  /** Returns one promise per item, settled with that item's result or its batch's failure. */
  push(items: readonly I[]): Promise<O>[];
  /** Items waiting for a batch, not counting the batch that is running. */
  readonly waiting: number;
}

interface Entry<I, O> {
  item: I;
  resolve(value: O): void;
  reject(reason: unknown): void;
}

/** Returns a BatchQueue whose batches go to `runBatch`, which must return one result per item, in order. */
export function createBatchQueue<I, O>(
  runBatch: (items: I[]) => Promise<O[]>,
  maxBatch: number,
): BatchQueue<I, O> {
  if (!Number.isInteger(maxBatch) || maxBatch < 1) {
    throw new RangeError(`max batch must be a positive integer, got ${maxBatch}`);
  }
  const entries: Entry<I, O>[] = [];
  let running = false;

  async function drain(): Promise<void> {
    while (entries.length > 0) {
      const batch = entries.splice(0, maxBatch);
      try {
        const results = await runBatch(batch.map((e) => e.item));
        batch.forEach((e, i) => e.resolve(results[i] as O));
      } catch (error) {
        batch.forEach((e) => e.reject(error));
      }
    }
    running = false;
  }

  return {
    push(items) {
      const promises = items.map(
        (item) => new Promise<O>((resolve, reject) => entries.push({ item, resolve, reject })),
      );
      if (!running && items.length > 0) {
        running = true;
        // Waiting one macrotask lets instances of requests that arrive together share the first batch.
        setImmediate(() => void drain());
      }
      return promises;
    },
    get waiting() {
      return entries.length;
    },
  };
}
