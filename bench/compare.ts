/**
 * `npm run bench:compare`: compute time of the comparison's numeric diff (statistics, |a − b| per
 * element, heatmap blocks, count over a tolerance) in Node, for float32, float16 and int64 tensors
 * of 10^4 and 10^6 elements. In the browser the same code runs in a Web Worker; the browser
 * benchmark measures it there, with the main thread's longest task.
 */
import { Float16Array } from "@petamoriken/float16";
import { runDiffTask } from "../src/compare/diff-task";
import { countOverTolerance } from "../src/compare/numeric-diff";
import { packArray } from "../src/compare/packed-array";
import { formatTable } from "./print-table";
import type { NumericArray, NumericDType } from "../protocol/tensor-types";

const ROUNDS = 7;

function makeArrays(dtype: NumericDType, count: number): [NumericArray, NumericArray] {
  const base = Float64Array.from({ length: count }, (_, i) => Math.sin(i) * 100);
  const other = base.map((v, i) => (i % 7 === 0 ? v + 0.001 * (i % 13) : v));
  switch (dtype) {
    case "float16":
      return [Float16Array.from(base), Float16Array.from(other)];
    case "int64":
      return [
        BigInt64Array.from(base, (v) => BigInt(Math.round(v * 1000))),
        BigInt64Array.from(other, (v) => BigInt(Math.round(v * 1000))),
      ];
    default:
      return [Float32Array.from(base), Float32Array.from(other)];
  }
}

/** Returns the median milliseconds of `run` over ROUNDS runs, after one warm-up. */
function medianMs(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const rows: string[][] = [];
for (const dtype of ["float32", "float16", "int64"] as const) {
  for (const [label, rowsCount, columns] of [
    ["10^4 (100 × 100)", 100, 100],
    ["10^6 (1000 × 1000)", 1000, 1000],
  ] as const) {
    const [a, b] = makeArrays(dtype, rowsCount * columns);
    let absolute: Float64Array = new Float64Array(0);
    const diffMs = medianMs(() => {
      const answer = runDiffTask({
        id: 1,
        a: packArray(dtype, a),
        b: packArray(dtype, b),
        rows: rowsCount,
        columns,
        maxSide: 200,
      });
      absolute = answer.absolute;
    });
    const toleranceMs = medianMs(() => countOverTolerance(absolute, 1e-6));
    rows.push([dtype, label, diffMs.toFixed(2), toleranceMs.toFixed(2)]);
  }
}

console.log(
  formatTable(
    [
      "dtype",
      "elements",
      "diff + heatmap blocks (ms, median)",
      "recount over a new tolerance (ms)",
    ],
    rows,
  ),
);
console.log(
  "\nNode only. In the browser the diff runs in a Web Worker (src/compare/diff.worker.ts); the " +
    "browser benchmark measures it there, together with the main thread's longest task.",
);
