import { Worker as NodeWorker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createWorkerClient, type WorkerClientOptions } from "./worker-client";

// Real threads behind the Web Worker members the client uses: jobs are structured-cloned and
// transferred buffers detached exactly as between a page and its worker.
const THREAD = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
if (workerData.failToLoad) throw new Error("blocked by policy");
if (workerData.ready) parentPort.postMessage({ ready: true });
const held = [];
const answer = (job) => parentPort.postMessage({
  id: job.id,
  echo: job.value,
  sum: job.buffer ? new Uint8Array(job.buffer).reduce((a, b) => a + b, 0) : undefined,
});
parentPort.on("message", (job) => {
  if (job.crash) throw new Error("out of memory");
  if (job.hold) { held.push(job); return; }
  answer(job);
  // Held jobs are answered after a later one, newest first.
  while (held.length > 0) answer(held.pop());
});
`;

interface Job {
  value?: string;
  buffer?: ArrayBuffer;
  hold?: boolean;
  crash?: boolean;
  callback?: () => void;
}
interface Answer {
  id: number;
  echo?: string;
  sum?: number;
}

let started: ThreadWorker[] = [];

class ThreadWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null = null;
  readonly thread: NodeWorker;
  terminated = false;
  readonly ended: Promise<void>;
  private end: () => void = () => undefined;

  constructor(url: URL) {
    started.push(this);
    this.ended = new Promise((resolve) => (this.end = resolve));
    this.thread = new NodeWorker(THREAD, {
      eval: true,
      workerData: { ready: url.hash === "#ready", failToLoad: url.hash === "#fail" },
    });
    this.thread.on("message", (data: unknown) => this.onmessage?.({ data }));
    this.thread.on("error", (error: Error) =>
      this.onerror?.({ message: error.message, preventDefault: () => undefined }),
    );
  }

  postMessage(message: unknown, transfer: ArrayBuffer[]): void {
    this.thread.postMessage(message, transfer);
  }

  terminate(): void {
    this.terminated = true;
    void this.thread.terminate();
    this.end();
  }
}

function client(
  kind: "plain" | "ready" | "fail",
  extra: Partial<WorkerClientOptions<Job, Answer>> = {},
) {
  return createWorkerClient<Job, Answer>({
    start: (Worker) => new Worker(new URL(`test:thread#${kind}`), { type: "module" }),
    name: "test worker",
    ...extra,
  });
}

beforeEach(() => {
  started = [];
  vi.stubGlobal("Worker", ThreadWorker);
});

afterEach(() => {
  started.forEach((worker) => worker.terminate());
  vi.unstubAllGlobals();
});

describe("createWorkerClient()", () => {
  it("starts one worker on the first job and pairs each answer with its job by id", async () => {
    const workers = client("plain");
    const first = workers.request({ value: "first", hold: true });
    const second = workers.request({ value: "second" });
    // The worker answers the second job before the first.
    expect(await second).toMatchObject({ echo: "second" });
    expect(await first).toMatchObject({ echo: "first" });
    expect(started).toHaveLength(1);
    workers.close();
  });

  it("transfers the buffers it is given, and waits for a worker that says it is ready", async () => {
    const workers = client("ready", { waitForReady: true });
    const buffer = Uint8Array.of(1, 2, 3, 250).buffer;
    const answer = await workers.request({ buffer }, { transfer: [buffer] });
    expect(answer?.sum).toBe(256);
    expect(buffer.byteLength).toBe(0);
    workers.close();
  });

  it("gives every job back to the caller where there is no Worker", async () => {
    vi.stubGlobal("Worker", undefined);
    const workers = client("plain");
    expect(workers.prepare()).toBe(false);
    expect(await workers.request({ value: "here" })).toBeUndefined();
  });

  it("gives a job back without handing its buffers to a worker that fails to load", async () => {
    const workers = client("fail", { waitForReady: true });
    const buffer = Uint8Array.of(7).buffer;
    expect(await workers.request({ buffer }, { transfer: [buffer] })).toBeUndefined();
    expect(buffer.byteLength).toBe(1);
    // A failed worker is not started again.
    expect(await workers.request({ value: "later" })).toBeUndefined();
    expect(started).toHaveLength(1);
  });

  it("gives a job the structured clone cannot carry back to the caller", async () => {
    const workers = client("plain");
    expect(await workers.request({ callback: () => undefined })).toBeUndefined();
    expect(await workers.request({ value: "next" })).toMatchObject({ echo: "next" });
    workers.close();
  });

  it("fails a job whose buffers a stopping worker holds, and gives back the others", async () => {
    const workers = client("plain");
    const buffer = Uint8Array.of(1).buffer;
    const copied = workers.request({ value: "copied", hold: true });
    const moved = workers.request({ buffer, hold: true }, { transfer: [buffer] });
    const crash = workers.request({ crash: true });
    await expect(moved).rejects.toThrow("The test worker stopped: out of memory");
    expect(await copied).toBeUndefined();
    expect(await crash).toBeUndefined();
    expect(started[0]?.terminated).toBe(true);
  });

  it("rejects an aborted job with an AbortError and drops its late answer", async () => {
    const workers = client("plain", { abortMessage: "The call was aborted" });
    const controller = new AbortController();
    const aborted = workers.request({ value: "slow", hold: true }, { signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({
      name: "AbortError",
      message: "The call was aborted",
    });
    // This job's answer comes first, then the aborted one's, which finds no one waiting.
    expect(await workers.request({ value: "next" })).toMatchObject({ echo: "next" });
    controller.abort();
    await expect(
      workers.request({ value: "never sent" }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    workers.close();
  });

  it("ends an idle worker and starts another for the next job", async () => {
    const workers = client("plain", { idleMs: 5 });
    expect(await workers.request({ value: "one" })).toMatchObject({ echo: "one" });
    await started[0]?.ended;
    expect(await workers.request({ value: "two" })).toMatchObject({ echo: "two" });
    expect(started).toHaveLength(2);
    workers.close();
  });
});
