/** Runs the numeric diff in a Web Worker, or in place where the environment has no Worker. */
import { runDiffTask, type DiffAnswer, type DiffFailure, type DiffRequest } from "./diff-task";
import { matrixLayout } from "./downsample-max";
import { packArray } from "./packed-array";
import type { NumericArray, NumericDType } from "../../protocol/tensor-types";

/** Heatmap resolution: a 1000 × 1000 tensor becomes 200 × 200 blocks of 5 × 5 maxima. */
export const HEATMAP_MAX_SIDE = 200;

/** The diff of two tensors, as the comparison view uses it. */
export type TensorDiff = Omit<DiffAnswer, "id">;

let worker: Worker | undefined;
// Set when the worker could not run (e.g. a policy forbids workers): later diffs run in place.
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, { resolve(a: DiffAnswer): void; reject(e: Error): void }>();

function getWorker(): Worker | undefined {
  if (typeof Worker === "undefined" || workerFailed) {
    return undefined;
  }
  if (!worker) {
    worker = new Worker(new URL("./diff.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<DiffAnswer | DiffFailure>) => {
      const task = pending.get(event.data.id);
      pending.delete(event.data.id);
      if ("error" in event.data) {
        task?.reject(new Error(event.data.error));
      } else {
        task?.resolve(event.data);
      }
    });
    worker.addEventListener("error", (event) => {
      // A worker that fails to load fails every task waiting on it; later diffs run in place.
      for (const task of pending.values()) {
        task.reject(new Error(event.message || "The comparison worker stopped"));
      }
      pending.clear();
      worker = undefined;
      workerFailed = true;
    });
  }
  return worker;
}

/** Starts the comparison worker ahead of its first diff (it takes a while to load); a no-op without Worker. */
export function prepareDiffWorker(): void {
  getWorker();
}

/**
 * Resolves to the element-wise diff of two tensors of one dtype and shape. Copies of the arrays
 * are transferred to the worker, so the originals stay intact. Rejects when they cannot be compared.
 */
export async function diffInBackground(
  dtype: NumericDType,
  shape: readonly number[],
  a: NumericArray,
  b: NumericArray,
): Promise<TensorDiff> {
  const { rows, columns } = matrixLayout(shape);
  const request: DiffRequest = {
    id: nextId++,
    a: packArray(dtype, a),
    b: packArray(dtype, b),
    rows,
    columns,
    maxSide: HEATMAP_MAX_SIDE,
  };
  const target = getWorker();
  if (!target) {
    return runDiffTask(request);
  }
  const answer = await new Promise<DiffAnswer>((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    target.postMessage(request, [request.a.buffer, request.b.buffer]);
  });
  return answer;
}
