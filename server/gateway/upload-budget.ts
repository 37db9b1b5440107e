/**
 * Request-body bytes the gateway has read from clients but HTTP/2 has not yet sent to Serving,
 * summed over every call on the pool. Calls read ahead of Serving (so a client that gives up
 * mid-upload is noticed at once, as Envoy's per-connection buffer lets it be) only while the sum
 * is under the limit; past it they wait, so memory stays bounded however many clients upload.
 */
export class UploadBudget {
  private queued = 0;
  private readonly waiting = new Set<() => void>();

  constructor(
    /** Most bytes queued towards Serving at once, over all calls. */
    readonly limitBytes: number,
  ) {}

  /** Bytes queued now. */
  get bytes(): number {
    return this.queued;
  }

  /** Returns whether the queued bytes have reached the limit. */
  get full(): boolean {
    return this.queued >= this.limitBytes;
  }

  /** Counts `n` bytes queued. */
  take(n: number): void {
    this.queued += n;
  }

  /** Counts `n` bytes sent or dropped, and wakes the waiting calls once there is room. */
  give(n: number): void {
    this.queued = Math.max(0, this.queued - n);
    if (this.full || this.waiting.size === 0) {
      return;
    }
    const woken = [...this.waiting];
    this.waiting.clear();
    for (const wake of woken) {
      wake();
    }
  }

  /** Calls `wake` once the budget has room (at once when it has); returns a function that withdraws the wait. */
  whenRoom(wake: () => void): () => void {
    if (!this.full) {
      wake();
      return () => undefined;
    }
    this.waiting.add(wake);
    return () => this.waiting.delete(wake);
  }
}

/** A call's share of an UploadBudget: what it took, given back when sent or when the call ends. */
export class UploadShare {
  private held = 0;

  constructor(private readonly budget: UploadBudget) {}

  /** Counts `n` bytes this call queued; returns the function that gives them back (once). */
  take(n: number): () => void {
    this.held += n;
    this.budget.take(n);
    let given = false;
    return () => {
      if (given) {
        return;
      }
      given = true;
      const back = Math.min(n, this.held);
      this.held -= back;
      this.budget.give(back);
    };
  }

  /** Gives back everything this call still holds (its stream closed: queued bytes were dropped). */
  release(): void {
    const back = this.held;
    this.held = 0;
    this.budget.give(back);
  }
}
