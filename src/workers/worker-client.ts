/**
 * A request/answer client for a module Web Worker: it starts the worker on the first job, numbers
 * the jobs and pairs each answer with its job by id, transfers the buffers it is given, and tells
 * the caller when no worker can take a job (there is no Worker, it cannot load, or the job cannot
 * be cloned), so the caller does the work on the page's thread instead.
 */

/** The message by which a worker says it has loaded and can take jobs (see `waitForReady`). */
export interface ReadySignal {
  ready: true;
}

/** What a worker is told of a job: the job and the id its answer carries back. */
export type Numbered<Job> = Job & { id: number };

/** The few Worker members the client uses: the code that uses it also compiles without DOM types. */
export interface WorkerPort<Job, Answer> {
  postMessage(message: Numbered<Job>, transfer: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { data: Answer | ReadySignal }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
}

/** The global Worker class, as the `start` of a client receives it. */
export type ModuleWorkerConstructor = new <Job, Answer>(
  url: URL,
  options: { type: "module" },
) => WorkerPort<Job, Answer>;

/** How a client starts its worker and when it hands jobs over. */
export interface WorkerClientOptions<Job, Answer> {
  /**
   * Starts the worker, given the global Worker class. Write it as
   * `(Worker) => new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })`:
   * the spelling by which Vite finds the worker and bundles it.
   */
  start(Worker: ModuleWorkerConstructor): WorkerPort<Job, Answer>;
  /** Names the worker in the error of a job it stops while holding ("The reply decoder stopped: …"). */
  name: string;
  /** The message of the AbortError a job rejects with when its signal aborts. */
  abortMessage?: string;
  /**
   * Hands jobs over only once the worker has posted `{ ready: true }`: the buffers a job transfers
   * would be lost in a worker that then fails to load.
   */
  waitForReady?: boolean;
  /** Ends the worker after this long without a job in it; the next job starts another. */
  idleMs?: number;
}

/** What a job may bring besides its message. */
export interface JobOptions {
  /** Buffers moved to the worker, not copied: the caller must not read them afterwards. */
  transfer?: ArrayBuffer[];
  /** Aborting rejects the job with an AbortError; its answer, when it comes, is dropped. */
  signal?: AbortSignal;
}

/** A client of one worker at a time. */
export interface WorkerClient<Job, Answer> {
  /**
   * Resolves to the worker's answer, or to undefined when no worker took the job and the caller
   * should do it here. Rejects with an AbortError when the signal aborts, and with an Error when
   * the worker stops while holding a job whose buffers were transferred (they are gone).
   */
  request(job: Job, options?: JobOptions): Promise<Answer | undefined>;
  /**
   * Starts the worker ahead of the first job; safe to call often. Returns false when there is
   * none to start (no Worker here, or it failed), so the caller need not prepare a job for it.
   */
  prepare(): boolean;
  /** Ends the worker; jobs it holds settle as when it stops. The next job starts another. */
  close(): void;
}

interface Pending<Answer> {
  resolve(answer: Answer | undefined): void;
  reject(error: Error): void;
  transferred: boolean;
}

interface Running<Job, Answer> {
  port: WorkerPort<Job, Answer>;
  /** Resolves to the port once it can take jobs, or to undefined when it failed first. */
  ready: Promise<WorkerPort<Job, Answer> | undefined>;
}

/** Returns a client that starts its worker lazily; see `WorkerClient` for how jobs settle. */
export function createWorkerClient<Job extends object, Answer extends { id: number }>(
  options: WorkerClientOptions<Job, Answer>,
): WorkerClient<Job, Answer> {
  let running: Running<Job, Answer> | undefined;
  // Set once a worker could not start or stopped: later jobs are done by the caller.
  let failed = false;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, Pending<Answer>>();

  const abortError = () =>
    new DOMException(options.abortMessage ?? `The ${options.name} job was aborted`, "AbortError");

  // Jobs whose bytes the worker holds fail; the others go back to the caller to do here.
  const settleAll = (stopped: string): void => {
    const left = [...pending.values()];
    pending.clear();
    for (const job of left) {
      if (job.transferred) {
        job.reject(new Error(`The ${options.name} stopped: ${stopped}`));
      } else {
        job.resolve(undefined);
      }
    }
  };

  const stop = (): void => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    running?.port.terminate();
    running = undefined;
  };

  const scheduleIdleStop = (): void => {
    if (options.idleMs === undefined) {
      return;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (pending.size === 0) {
        stop();
      }
    }, options.idleMs);
  };

  const launch = (): Running<Job, Answer> | undefined => {
    const Worker = (globalThis as { Worker?: ModuleWorkerConstructor }).Worker;
    if (!Worker || failed) {
      return undefined;
    }
    let port: WorkerPort<Job, Answer>;
    try {
      port = options.start(Worker);
    } catch {
      failed = true;
      return undefined;
    }
    let markReady: (port: WorkerPort<Job, Answer> | undefined) => void = () => undefined;
    const ready = options.waitForReady
      ? new Promise<WorkerPort<Job, Answer> | undefined>((resolve) => (markReady = resolve))
      : Promise.resolve(port);
    port.onmessage = ({ data }) => {
      if ("ready" in data) {
        markReady(port);
        return;
      }
      const job = pending.get(data.id);
      pending.delete(data.id);
      job?.resolve(data);
      scheduleIdleStop();
    };
    // A worker that cannot load (a strict Content-Security-Policy, say) leaves the work to the page.
    port.onerror = (event) => {
      event.preventDefault();
      failed = true;
      markReady(undefined);
      if (running?.port === port) {
        stop();
      }
      settleAll(event.message ?? "unknown error");
    };
    return { port, ready };
  };

  const request = async (job: Job, { transfer = [], signal }: JobOptions = {}) => {
    if (signal?.aborted) {
      throw abortError();
    }
    running ??= launch();
    const current = running;
    if (!current) {
      return undefined;
    }
    const port = options.waitForReady ? await current.ready : current.port;
    if (signal?.aborted) {
      throw abortError();
    }
    if (!port || running !== current) {
      return undefined;
    }
    clearTimeout(idleTimer);
    const id = nextId++;
    return new Promise<Answer | undefined>((resolve, reject) => {
      const onAbort = (): void => {
        // The worker finishes the job anyway; its answer then finds no one waiting.
        pending.delete(id);
        reject(abortError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      pending.set(id, {
        transferred: transfer.length > 0,
        resolve: (answer) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(answer);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", onAbort);
          reject(error);
        },
      });
      try {
        port.postMessage({ ...job, id }, transfer);
      } catch {
        // Not posted (a value the structured clone cannot carry), so the caller still has it all.
        pending.delete(id);
        signal?.removeEventListener("abort", onAbort);
        resolve(undefined);
      }
    });
  };

  return {
    request,
    prepare: () => {
      running ??= launch();
      return running !== undefined;
    },
    close: () => {
      stop();
      settleAll("closed");
    },
  };
}
