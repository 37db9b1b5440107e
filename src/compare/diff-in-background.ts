/** Runs the numeric diff in a Web Worker, or in place where the environment has no Worker. */
import { createWorkerClient } from "../workers/worker-client";
import { runDiffTask, type DiffAnswer, type DiffFailure, type DiffRequest } from "./diff-task";
import { matrixLayout } from "./downsample-max";
import { packArray } from "./packed-array";
import type { NumericArray, NumericDType } from "../../protocol/tensor-types";

/** Heatmap resolution: a 1000 × 1000 tensor becomes 200 × 200 blocks of 5 × 5 maxima. */
export const HEATMAP_MAX_SIDE = 200;

/** The diff of two tensors, as the comparison view uses it. */
export type TensorDiff = Omit<DiffAnswer, "id">;

// A worker that cannot run (e.g. a policy forbids workers) leaves later diffs to run in place.
const differ = createWorkerClient<Omit<DiffRequest, "id">, DiffAnswer | DiffFailure>({
  start: (Worker) => new Worker(new URL("./diff.worker.ts", import.meta.url), { type: "module" }),
  name: "comparison worker",
});

/** Starts the comparison worker ahead of its first diff (it takes a while to load); a no-op without Worker. */
export function prepareDiffWorker(): void {
  differ.prepare();
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
  const job = {
    a: packArray(dtype, a),
    b: packArray(dtype, b),
    rows,
    columns,
    maxSide: HEATMAP_MAX_SIDE,
  };
  const answer = await differ.request(job, { transfer: [job.a.buffer, job.b.buffer] });
  if (!answer) {
    // No worker took the copies, so they are still here.
    return runDiffTask({ id: 0, ...job });
  }
  if ("error" in answer) {
    throw new Error(answer.error);
  }
  return answer;
}
